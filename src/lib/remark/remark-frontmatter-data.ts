import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { frontmatterShape } from '../../schemas/article';
import { checkDefinitions } from '../definitions';
import { quickYaml } from '../quick-yaml';
import { didYouMean, fail } from '../author-error';
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
			fail(file, { line: 1, column: 1 }, 'The article has no frontmatter.', 'Start the file with a block between two "---" lines holding headline, summary, published, lang and original; see docs/authoring.md.');
		}
		// A frontmatter that is valid as it stands is read once, fast; any problem is read again
		// with `yaml`'s document below, which knows the place of every value.
		const quick = frontmatterShape.safeParse(quickYaml(yamlNode.value));
		if (quick.success && checkDefinitions(quick.data).length === 0) {
			file.data.frontmatter = quick.data;
			return;
		}

		const text = String(file.value);
		const start = text.indexOf(yamlNode.value, yamlNode.position.start.offset);
		const toPoint = (offset: number) => location(file).toPoint(start + offset);

		const doc = parseDocument(yamlNode.value, { uniqueKeys: true });
		const yamlError = doc.errors[0];
		if (yamlError) {
			fail(file, toPoint(yamlError.pos[0]), `The frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]}`, 'Check indentation and quoting; values holding ": " or starting with a quote need quotes around the whole value.');
		}

		const result = frontmatterShape.safeParse(doc.toJS(), { reportInput: true });
		if (!result.success) {
			const issue = result.error.issues[0];
			const path = issuePath(issue);
			fail(file, toPoint(offsetOf(doc, path, issue.code === 'unrecognized_keys')), `Frontmatter ${describePath(path)}: ${describeIssue(issue)}`, 'Fix the value in the frontmatter; docs/authoring.md lists every field.');
		}

		const problem = checkDefinitions(result.data)[0];
		if (problem) {
			const hint = problem.known && problem.received ? didYouMean(problem.received, problem.known).trim() : problem.hint;
			fail(file, toPoint(offsetOf(doc, problem.path)), `Frontmatter ${describePath(problem.path)}: ${problem.message}`, hint);
		}
		file.data.frontmatter = result.data;
	};
}

/** The path of an issue; for an unknown key, the path of that key. */
function issuePath(issue: z.core.$ZodIssue): Path {
	return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : [...issue.path];
}

/** `events[3].date`, as an author reads a path into the YAML. */
function describePath(path: Path): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(top level)';
}

/** zod's message rewritten as "expected X, received Y". */
function describeIssue(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}, received ${describeValue(issue.input)}`;
		case 'unrecognized_keys':
			return `unknown field "${issue.keys[0]}"; remove it or check its spelling`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${describeValue(issue.input)}`;
		case 'too_small':
			return issue.input === '' ? 'expected text, received an empty value' : `expected at least ${String(issue.minimum)}, received ${describeValue(issue.input)}`;
		default:
			return issue.message.replace(/^Invalid input: /, '');
	}
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
			const value = pair.value as YamlNode | null;
			if ((last && atKey) || !value?.range) return (pair.key as YamlNode).range?.[0] ?? offset;
			node = value;
			offset = value.range[0];
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as YamlNode | undefined;
			if (!item?.range) break;
			node = item;
			offset = item.range[0];
		} else break;
	}
	return offset;
}
