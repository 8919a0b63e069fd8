import type { Root, Yaml } from 'mdast';
import type { Node, Point } from 'unist';
import type { Processor } from 'unified';
import { walk } from '../walk';
import { location } from 'vfile-location';
import { frontmatterOf } from '../frontmatter';

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
		const matter = frontmatterOf(document);
		if (!matter) return parse(document, file);
		// Offsets count from after a byte-order mark, as micromark's do.
		const read = document.slice(0, matter.end).replace(/^\uFEFF/, '');
		const points = location(read);
		const yaml: Yaml = { type: 'yaml', value: matter.yaml, position: { start: { line: 1, column: 1, offset: 0 }, end: points.toPoint(read.length - matter.ending.length)! } };
		const tree = parse(document.slice(matter.end), file) as Root;
		const start = points.toPoint(read.length)!;
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
		tree.position = { start: yaml.position!.start, end: matter.ending && tree.position ? tree.position.end : yaml.position!.end };
		return tree;
	};
}
