import type { VFile } from 'vfile';
import type { Point } from 'unist';
import { location } from 'vfile-location';
import { isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { report } from './author-error';
import { CONTROL_CHARACTER, describeCharacter } from './ids';

type Path = PropertyKey[];

/** YAML written by an author: its text, the file it stands in, and the offset where it starts there. */
export interface YamlSource {
	file: VFile;
	text: string;
	start: number;
	/** How messages name it: "frontmatter", "site file". */
	noun: string;
}

/**
 * Reads YAML with `yaml`'s document, which knows the place of every value, reporting at its
 * place in the file the first syntax error (the ones after it mostly follow from it) and any
 * control character written as an escape; with `typedToo`, typed ones as well (in a file no
 * other check reads). Undefined when the text is not valid YAML.
 */
export function parseYaml(source: YamlSource, { typedToo = false } = {}): Document | undefined {
	const doc = parseDocument(source.text, { uniqueKeys: true });
	const [yamlError] = doc.errors;
	if (yamlError) {
		// The YAML library counts lines from the text's start; the message's place is the file's.
		const what = yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		report(source.file, pointOf(source, yamlError.pos[0]), `The ${source.noun} is not valid YAML: ${what}.`, {
			rule: 'frontmatter-yaml',
			hint: 'Check indentation and quoting; values holding ": " or starting with a quote need quotes around the whole value.',
		});
		return undefined;
	}
	// A control character written as an escape ("\0", "\x1b") is as invisible as a typed one.
	visit(doc, {
		Scalar(_key, scalar) {
			const control = typeof scalar.value === 'string' ? CONTROL_CHARACTER.exec(scalar.value) : null;
			if (!control || !scalar.range) return;
			const typed = CONTROL_CHARACTER.test(source.text.slice(scalar.range[0], scalar.range[1]));
			if (typed && !typedToo) return;
			report(source.file, pointOf(source, scalar.range[0]), `A ${source.noun} value holds an invisible control character (${describeCharacter(control[0])})${typed ? '' : ', written as an escape'}.`, {
				rule: 'control-character',
				hint: typed ? 'Delete the invisible character; retype the value if in doubt.' : 'Remove the escape (such as \\0 or \\x1b) from the quoted value.',
			});
		},
	});
	return doc;
}

/**
 * Reports each of zod's issues at the key or value it concerns. `at` is the path in the
 * document of the value that was validated; `prefix` is how the document is named before
 * its own keys in messages (the site file `people.yml` is the list `people`).
 */
export function reportIssues(source: YamlSource, doc: Document, issues: z.core.$ZodIssue[], { label, prefix = [], at = [] }: { label: string; prefix?: Path; at?: Path }): void {
	for (const issue of issues) {
		for (const inner of issuePaths(issue)) {
			const path = [...at, ...inner];
			report(source.file, pointAt(source, doc, path, issue.code === 'unrecognized_keys'), `${label}${describePath([...prefix, ...path])}: ${numberRead(doc, source.text, path) ?? describeIssue(issue, path)}`, {
				rule: 'frontmatter-field',
				hint: `Fix the value in the ${source.noun}; docs/authoring.md lists every field.`,
			});
		}
	}
}

/** Where in the file the node a path reaches stands (see offsetOf). */
export function pointAt(source: YamlSource, doc: Document, path: Path, atKey = false): Point {
	return pointOf(source, offsetOf(doc, path, atKey));
}

function pointOf(source: YamlSource, offset: number): Point {
	return location(source.file).toPoint(source.start + offset) ?? { line: 1, column: 1 };
}

/** The paths of an issue; for unknown keys, the path of each key. */
function issuePaths(issue: z.core.$ZodIssue): Path[] {
	return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [[...issue.path]];
}

/** `events[3].date`, as an author reads a path into the YAML. */
export function describePath(path: Path): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(top level)';
}

/** zod's message rewritten as "expected X, received Y". */
function describeIssue(issue: z.core.$ZodIssue, path: Path): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}, received ${describeValue(issue.input)}`;
		case 'unrecognized_keys':
			return `unknown field "${String(path.at(-1))}"; remove it or check its spelling`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${describeValue(issue.input)}`;
		case 'too_small':
			return issue.input === '' ? 'expected text, received an empty value' : `expected at least ${String(issue.minimum)}, received ${describeValue(issue.input)}`;
		default:
			return issue.message.replace(/^Invalid input: /, '');
	}
}

/**
 * What YAML made of an unquoted number that does not read back as written (`0099` is the
 * number 99, `1e3` is 1000), so the message shows the author's own text.
 */
function numberRead(doc: Document, yaml: string, path: Path): string | undefined {
	const node = doc.getIn(path as (string | number)[], true);
	if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return undefined;
	const written = yaml.slice(node.range[0], node.range[1]);
	if (written === String(node.value)) return undefined;
	return `YAML reads ${written} as the number ${node.value}, not as written; put it in quotes: "${written}"`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return typeof value === 'string' ? `"${value}"` : `${typeof value} ${String(value)}`;
}

/**
 * Offset of the YAML node a path reaches: the value, or the key itself when `atKey`
 * (unknown keys) or when the value is empty; the nearest parent when the path stops early.
 */
function offsetOf(doc: Document, path: Path, atKey = false): number {
	let node: unknown = doc.contents;
	let offset = doc.contents?.range?.[0] ?? 0;
	for (const [index, key] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (!pair) break;
			const value = isNode(pair.value) ? pair.value : undefined;
			if ((last && atKey) || !value?.range) return (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
			node = value;
			offset = value.range[0];
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key];
			if (!isNode(item) || !item.range) break;
			node = item;
			offset = item.range[0];
		} else break;
	}
	return offset;
}
