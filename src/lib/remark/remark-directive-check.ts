import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { DIRECTIVES, SYNTAX } from '../directives';
import { didYouMean, fail } from '../author-error';

const PREFIX = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Checks every directive against the annotation language (src/lib/directives.ts):
 * known name, allowed form, allowed, required and unrepeated attributes, label present
 * or absent, containers closed.
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
			const source = sourceOf(file, node);
			const repeated = repeatedAttribute(source, node.type);
			if (repeated) fail(file, node, `"${written}" has the attribute "${repeated}" more than once.`, 'Keep one: only the last would count, and the others would be lost.');
			if (node.type === 'containerDirective' && !/^\s*:{3,}\s*$/.test(source.split('\n').at(-1) ?? '')) {
				fail(file, node, `"${written}" is never closed.`, `Close it with a line of its own, ":::", after its last block. A container inside another needs more colons on the outer one ("::::").`);
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

/** The directive as written in the file. */
function sourceOf(file: VFile, node: Node): string {
	return String(file.value).slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** The name of an attribute written twice in `{…}` (`#x` counts as id), if any. */
function repeatedAttribute(source: string, type: Node['type']): string | undefined {
	const line = type === 'containerDirective' ? source.split('\n')[0]! : source;
	const block = /\{([^{}]*)\}\s*$/.exec(line)?.[1];
	if (!block) return undefined;
	const names: string[] = [];
	const token = /\s*(?:#([^\s#.]+)|\.([^\s#.]+)|([^\s=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|\S+))?)/gy;
	for (let match = token.exec(block); match && match[0]; match = token.exec(block)) {
		names.push(match[1] ? 'id' : match[2] ? 'class' : match[3]!);
	}
	return names.find((name, index) => names.indexOf(name) !== index);
}
