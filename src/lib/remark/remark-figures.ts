import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, walk } from '../walk';
import { report } from '../author-error';
import { EDITORIAL, holdsPhrasing } from './nodes';
import { UI } from '../ui';
import { idPattern } from '../../schemas/common';
import { idPoint, idProblem } from '../ids';

const FIGURE_ID = idPattern('fig-');

/**
 * An image of the original article that we cannot reproduce: its caption is kept as
 * published, and the page says plainly that the image is missing rather than faking one.
 *
 *   ::figure[Dmitry Medvedev, via Shutterstock]{#fig-medvedev}
 *     -> <figure id="fig-medvedev" class="figure-missing"><p data-editorial>Image not reproduced …</p><figcaption>Dmitry Medvedev, via Shutterstock</figcaption></figure>
 */
export default function remarkFigures() {
	return (tree: Root, file: VFile) => {
		walk(tree, (node, ancestors, index) => {
			if (holdsPhrasing(node)) return SKIP;
			const parent = ancestors.at(-1);
			if (node.type !== 'leafDirective' || node.name !== 'figure' || !parent || index === undefined) return;
			const id = node.attributes?.id ?? '';
			const problem = idProblem(id);
			if (problem || !FIGURE_ID.test(id)) {
				const [place, what] = problem ? [idPoint(file, node, id, problem.index), `is not a valid id: ${problem.reason}`] : [node, 'does not start with "fig-"'];
				report(file, place, `Figure id "#${id}" ${what}.`, { rule: 'figure-id', hint: 'Name figures #fig-<words>, e.g. #fig-harbour-map.' });
				return;
			}
			parent.children[index] = {
				type: 'containerDirective',
				name: 'figure',
				position: node.position,
				children: [
					{ type: 'paragraph', children: [{ type: 'text', value: UI.figureMissing }], data: { hProperties: { className: ['figure-placeholder'], ...EDITORIAL } } },
					{ type: 'paragraph', children: node.children, data: { hName: 'figcaption' } },
				],
				data: { hName: 'figure', hProperties: { id, className: ['figure-missing'] } },
			};
			return undefined;
		});
	};
}
