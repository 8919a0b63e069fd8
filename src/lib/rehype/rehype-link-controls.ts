import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { linkControl, sharePath } from '../link-control';
import { UI } from '../ui';
import '../file-data';

/**
 * Gives each section heading and each block quotation (in its attribution) a link control:
 *
 *   <h2 id="the-proposal">The proposal</h2>
 *     -> <h2 id="the-proposal">The proposal <a href="#the-proposal" class="link-control" aria-label="Link to section: The proposal" data-share="s/the-proposal/">#</a></h2>
 *
 * Inline quotes get theirs in the quote panel, where there is room for it.
 */
export default function rehypeLinkControls() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'element', (element: Element) => {
			const id = element.properties.id;
			if (element.tagName === 'h2' && typeof id === 'string') {
				element.children.push({ type: 'text', value: ' ' }, linkControl(id, `${UI.linkTo.section}: ${toString(element).trim()}`, sharePath(id)));
			}
			// A block quotation's control goes in its attribution beside it, never among the article's words.
			const quoteId = String(element.properties.dataQuotes ?? '').split(' ')[0];
			if (quoteId && file.data.quotes!.find((quote) => quote.id === quoteId)?.block) {
				element.children.push({ type: 'text', value: ' ' }, linkControl(quoteId, `${UI.linkTo.quote}: ${speakerOf(file, quoteId)}`, sharePath(quoteId)));
			}
		});
	};
}

function speakerOf(file: VFile, quoteId: string): string {
	const { frontmatter, quotes } = file.data;
	const statement = frontmatter!.statements.find((s) => s.id === quotes!.find((q) => q.id === quoteId)!.statement)!;
	return frontmatter!.people.find((p) => p.id === statement.speaker)!.name;
}
