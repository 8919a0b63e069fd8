import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { frontmatterShape } from '../../schemas/article';
import { checkDefinitions } from '../definitions';
import { quickYaml } from '../quick-yaml';
import { report } from '../author-error';
import { CONTROL_CHARACTER, describeCharacter } from '../ids';
import '../file-data';

type Path = PropertyKey[];

/**
 * Parses the YAML frontmatter (from remark-frontmatter), validates it with the article
 * schema and the cross-reference checks, and stores it as `file.data.frontmatter`.
 * Every error points at the offending key or value in the file.
 */
export default function remarkFrontmatterData() {
	return (tree: Root, file: VFile) => {
		const yamlNode = tree.children.find((node) => node.type === 'yaml');
		if (!yamlNode?.position) {
			report(file, { line: 1, column: 1 }, 'The article has no frontmatter.', {
				rule: 'frontmatter-missing',
				hint: 'Start the file with a block between two "---" lines holding headline, summary, published, lang and original; see docs/authoring.md.',
			});
			return;
		}
		// A frontmatter that is valid as it stands is read once, fast; any problem is read again
		// with `yaml`'s document below, which knows the place of every value.
		const values = quickYaml(yamlNode.value);
		const quick = frontmatterShape.safeParse(values);
		if (quick.success && !holdsControl(values) && checkDefinitions(quick.data).length === 0) {
			file.data.frontmatter = quick.data;
			return;
		}

		const text = String(file.value);
		const start = text.indexOf(yamlNode.value, yamlNode.position.start.offset);
		const toPoint = (offset: number) => location(file).toPoint(start + offset);

		const doc = parseDocument(yamlNode.value, { uniqueKeys: true });
		// Only the first syntax error: the ones after it mostly follow from it.
		const [yamlError] = doc.errors;
		if (yamlError) {
			// The YAML library counts lines from the frontmatter's start; the message's place is the file's.
			const what = yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
			report(file, toPoint(yamlError.pos[0]), `The frontmatter is not valid YAML: ${what}.`, {
				rule: 'frontmatter-yaml',
				hint: 'Check indentation and quoting; values holding ": " or starting with a quote need quotes around the whole value.',
			});
			return;
		}

		// A control character written as an escape ("\0", "\x1b") is as invisible as a typed one.
		visit(doc, {
			Scalar(_key, scalar) {
				const control = typeof scalar.value === 'string' ? CONTROL_CHARACTER.exec(scalar.value) : null;
				// One typed as such is reported where it stands, by remark-source-check.
				if (!control || !scalar.range || CONTROL_CHARACTER.test(yamlNode.value.slice(scalar.range[0], scalar.range[1]))) return;
				report(file, toPoint(scalar.range[0]), `A frontmatter value holds an invisible control character (${describeCharacter(control[0])}), written as an escape.`, {
					rule: 'control-character',
					hint: 'Remove the escape (such as \\0 or \\x1b) from the quoted value.',
				});
			},
		});

		const result = frontmatterShape.safeParse(doc.toJS(), { reportInput: true });
		if (!result.success) {
			for (const issue of result.error.issues) {
				for (const path of issuePaths(issue)) {
					report(file, toPoint(offsetOf(doc, path, issue.code === 'unrecognized_keys')), `Frontmatter ${describePath(path)}: ${numberRead(doc, yamlNode.value, path) ?? describeIssue(issue, path)}`, {
						rule: 'frontmatter-field',
						hint: 'Fix the value in the frontmatter; docs/authoring.md lists every field.',
					});
				}
			}
			return;
		}

		// Cross-reference problems are reported, and the frontmatter kept: later steps skip what they cannot resolve.
		for (const problem of checkDefinitions(result.data)) {
			report(file, toPoint(offsetOf(doc, problem.path)), `Frontmatter ${describePath(problem.path)}: ${problem.message}`, { rule: problem.rule, hint: problem.hint });
		}
		file.data.frontmatter = result.data;
	};
}

/** Whether a key or string anywhere in YAML values holds a control character. */
function holdsControl(value: unknown): boolean {
	if (typeof value === 'string') return CONTROL_CHARACTER.test(value);
	return typeof value === 'object' && value !== null && Object.entries(value).some(([key, inner]) => CONTROL_CHARACTER.test(key) || holdsControl(inner));
}

/** The paths of an issue; for unknown keys, the path of each key. */
function issuePaths(issue: z.core.$ZodIssue): Path[] {
	return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [[...issue.path]];
}

/** `events[3].date`, as an author reads a path into the YAML. */
function describePath(path: Path): string {
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
