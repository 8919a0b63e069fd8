import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { DIRECTIVES, SYNTAX } from '../directives';
import { didYouMean, fail } from '../author-error';

const PREFIX = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Checks every directive against the annotation language (src/lib/directives.ts):
 * known name, allowed form, allowed and required attributes, label present or absent.
 * Runs before the plugins that render directives, so they can trust what they get.
 *
 * Prose that only looks like a text directive (`10:30`, `2:nil`: an unknown name with no
 * [label] and no {attributes}) is put back as the text it was, so nothing an author
 * wrote disappears; anything more directive-like with an unknown name is an error.
 */
export default function remarkDirectiveCheck() {
	return (tree: Root, file: VFile) => {
		visit(tree, (node, index, parent) => {
			if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
			const written = `${PREFIX[node.type]}${node.name}`;
			const spec = DIRECTIVES[node.name];
			if (!spec && node.type === 'textDirective' && parent && index !== undefined && isBare(node)) {
				parent.children[index] = { type: 'text', value: written, position: node.position };
				return;
			}
			if (!spec) {
				const prose = node.type === 'textDirective' ? ` If "${written}" is ordinary text, escape the colon: "\\${written}".` : '';
				fail(file, node, `Unknown directive "${written}".${didYouMean(node.name, Object.keys(DIRECTIVES))}`, `Use one of the directives listed in docs/authoring.md.${prose}`);
			}
			if (!spec.types.includes(node.type)) {
				fail(file, node, `"${written}" cannot be written this way.`, `Write it as ${spec.types.map((type) => SYNTAX[type](node.name)).join(' or ')}.`);
			}
			const attributes = Object.keys(node.attributes ?? {});
			const allowed = [...spec.required, ...spec.optional];
			for (const name of attributes) {
				if (!allowed.includes(name)) {
					const fix = allowed.length ? `It takes ${allowed.map((a) => (a === 'id' ? '#id' : a)).join(', ')}.` : 'It takes no attributes.';
					fail(file, node, `"${written}" does not take the attribute "${name === 'class' ? '.class' : name}".`, `${fix} Styling and scripting attributes are never allowed.`);
				}
			}
			for (const name of spec.required) {
				const value = node.attributes?.[name];
				if (value === undefined || value === null || value.trim() === '') {
					fail(file, node, `"${written}" is missing its ${name === 'id' ? '#id' : `"${name}"`} attribute.`, `Add ${name === 'id' ? '{#an-id}' : `{${name}=…}`}; see docs/authoring.md.`);
				}
			}
			if (node.type === 'containerDirective') return;
			const label = toString(node).trim();
			if (spec.label && !label) fail(file, node, `"${written}" has no text in its [brackets].`, `Write the words it marks inside the brackets: ${SYNTAX[node.type](node.name)}.`);
			if (!spec.label && node.children.length > 0) fail(file, node, `"${written}" takes no text in brackets, but received "${label}".`, `Move the text out of the brackets: ${SYNTAX[node.type](node.name).replace('[…]', '')}.`);
		});
	};
}

/** A text directive with neither [label] nor {attributes}: `:30` in `10:30`. */
function isBare(node: TextDirective): boolean {
	return node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
}
