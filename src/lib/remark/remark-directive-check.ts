import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import { toString } from 'mdast-util-to-string';
import { DIRECTIVES, directiveSpec, SYNTAX } from '../directives';
import { didYouMean, report, type Problem } from '../author-error';

type Directive = TextDirective | LeafDirective | ContainerDirective;

const PREFIX = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Checks every directive against the annotation language (src/lib/directives.ts):
 * known name, allowed form, allowed, required and unrepeated attributes, label present
 * or absent, containers closed.
 * Runs before the plugins that render directives, so they can trust what they get: a
 * directive with an error is reported and replaced by its contents.
 *
 * Prose that only looks like a text directive (`10:30`, `2:nil`: an unknown name with no
 * [label] and no {attributes}) is put back as the text it was, so nothing an author
 * wrote disappears; anything more directive-like with an unknown name is an error.
 */
export default function remarkDirectiveCheck() {
	return (tree: Root, file: VFile) => {
		walk(tree, (node, ancestors, index) => {
			if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
			const parent = ancestors.at(-1);
			if (!parent || index === undefined) return;
			if (!directiveSpec(node.name) && node.type === 'textDirective' && isBare(node)) {
				parent.children[index] = { type: 'text', value: `${PREFIX[node.type]}${node.name}`, position: node.position };
				return;
			}
			const problems = check(node, file);
			for (const [reason, problem] of problems) report(file, node, reason, problem);
			if (problems.length === 0) return;
			// The renderers after this step see only valid directives: a wrong one gives way to its contents, which are checked in turn.
			parent.children.splice(index, 1, ...contentsOf(node));
			return index;
		});
	};
}

/** What is wrong with a directive, if anything. */
function check(node: Directive, file: VFile): [string, Problem][] {
	const written = `${PREFIX[node.type]}${node.name}`;
	const spec = directiveSpec(node.name);
	if (!spec) {
		const prose = node.type === 'textDirective' ? ` If "${written}" is ordinary text, escape the colon: "\\${written}".` : '';
		return [[`Unknown directive "${written}".${didYouMean(node.name, Object.keys(DIRECTIVES))}`, { rule: 'unknown-directive', hint: `Use one of the directives listed in docs/authoring.md.${prose}` }]];
	}
	if (!spec.types.includes(node.type)) {
		return [[`"${written}" cannot be written this way.`, { rule: 'directive-form', hint: `Write it as ${spec.types.map((type) => SYNTAX[type](node.name)).join(' or ')}.` }]];
	}
	const problems: [string, Problem][] = [];
	const source = sourceOf(file, node);
	const repeated = repeatedAttribute(source, node.type);
	if (repeated) problems.push([`"${written}" has the attribute "${repeated}" more than once.`, { rule: 'repeated-attribute', hint: 'Keep one: only the last would count, and the others would be lost.' }]);
	if (node.type === 'containerDirective' && !/^\s*:{3,}\s*$/.test(source.split('\n').at(-1) ?? '')) {
		problems.push([`"${written}" is never closed.`, { rule: 'unclosed-directive', hint: 'Close it with a line of its own, ":::", after its last block. A container inside another needs more colons on the outer one ("::::").' }]);
	}
	const allowed = [...spec.required, ...spec.optional];
	for (const name of Object.keys(node.attributes ?? {}).filter((attribute) => !allowed.includes(attribute))) {
		const fix = allowed.length ? `It takes ${allowed.map((a) => (a === 'id' ? '#id' : a)).join(', ')}.` : 'It takes no attributes.';
		problems.push([`"${written}" does not take the attribute "${name === 'class' ? '.class' : name}".`, { rule: 'unknown-attribute', hint: `${fix} Styling and scripting attributes are never allowed.` }]);
	}
	for (const name of spec.required.filter((attribute) => !node.attributes?.[attribute]?.trim())) {
		problems.push([`"${written}" is missing its ${name === 'id' ? '#id' : `"${name}"`} attribute.`, { rule: 'missing-attribute', hint: `Add ${name === 'id' ? '{#an-id}' : `{${name}=…}`}; see docs/authoring.md.` }]);
	}
	if (node.type === 'containerDirective') return problems;
	const label = toString(node).trim();
	if (spec.label && !label) problems.push([`"${written}" has no text in its [brackets].`, { rule: 'directive-label', hint: `Write the words it marks inside the brackets: ${SYNTAX[node.type](node.name)}.` }]);
	if (!spec.label && node.children.length > 0) {
		problems.push([`"${written}" takes no text in brackets, but received "${label}".`, { rule: 'directive-label', hint: `Move the text out of the brackets: ${SYNTAX[node.type](node.name).replace('[…]', '')}.` }]);
	}
	return problems;
}

/** What stands in place of a wrong directive: its words (a leaf's as a paragraph), or a container's blocks. */
function contentsOf(node: Directive): RootContent[] {
	if (node.type === 'leafDirective') return node.children.length ? [{ type: 'paragraph', children: node.children, position: node.position }] : [];
	return node.children;
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
