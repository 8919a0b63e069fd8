import type { Root, Yaml } from 'mdast';
import type { Node, Point } from 'unist';
import type { Processor } from 'unified';
import { walk } from '../walk';
import { FRONTMATTER } from '../frontmatter';

/**
 * Takes the YAML frontmatter off the file before the markdown parser reads it, and parses
 * only the body: the tree is the one remark-frontmatter gives (a `yaml` node first, every
 * position that of the file), without micromark reading the frontmatter character by
 * character, which cost about a quarter of the parse of an article whose frontmatter is half
 * its text (remark-frontmatter-data reads it once, as YAML). Used after remark-parse, in place
 * of remark-frontmatter; a test checks that both give the same tree.
 */
export default function remarkFrontmatterSplit(this: Processor) {
	const parse = this.parser;
	if (!parse) throw new Error('remarkFrontmatterSplit: use it after remark-parse.');
	this.parser = (document, file) => {
		const matter = FRONTMATTER.exec(document);
		if (!matter) return parse(document, file);
		// Offsets count from after a byte-order mark, as micromark's do.
		const read = matter[0].replace(/^\uFEFF/, '');
		const yaml: Yaml = { type: 'yaml', value: matter[1] ?? '', position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(read.slice(0, read.length - matter[2]!.length)) } };
		const tree = parse(document.slice(matter[0].length), file) as Root;
		const start = pointAt(read);
		// Every node has points of its own (mdast-util-from-markdown copies each), so they are moved in place.
		const shift = (point: Point) => {
			point.line += start.line - 1;
			point.offset = (point.offset ?? 0) + start.offset!;
		};
		walk(tree, (node: Node) => {
			if (!node.position) return;
			shift(node.position.start);
			shift(node.position.end);
		});
		tree.children.unshift(yaml);
		// The root ends where the file does: after the body, if anything follows the closing fence.
		tree.position = { start: yaml.position!.start, end: matter[2] && tree.position ? tree.position.end : yaml.position!.end };
		return tree;
	};
}

/** The point just after `text`, read from the start of the file. */
function pointAt(text: string): Point {
	let line = 1;
	let lineStart = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		// CR LF is one line ending, CR or LF alone one each.
		if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
			line++;
			lineStart = at + 1;
		}
	}
	return { line, column: text.length - lineStart + 1, offset: text.length };
}
