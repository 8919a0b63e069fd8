/**
 * The frontmatter as remark-frontmatter (with `yaml`) recognises it: `---` on the first line,
 * then any lines, up to the first line that is `---` again (spaces or tabs may follow either
 * fence). Group 1 is the opening fence with its line ending; group 2 the value, without the
 * fences and the line endings next to them; group 3 the line ending after the closing fence, if any.
 */
const FRONTMATTER = /^(\uFEFF?---[ \t]*(?:\r\n|\r|\n))(?:([\s\S]*?)(?:\r\n|\r|\n))??---[ \t]*(\r\n|\r|\n|$)/;

/**
 * Where a file's frontmatter stands, by the one rule above (the pipeline's, the source
 * checks' and the site-wide id check's): its YAML, the offset where that starts, the offset
 * just after its closing fence's line, and that line's ending ('' at the end of the file).
 * Undefined when the file has none.
 */
export function frontmatterOf(text: string): { yaml: string; start: number; end: number; ending: string } | undefined {
	const matter = FRONTMATTER.exec(text);
	if (!matter) return undefined;
	return { yaml: matter[2] ?? '', start: matter[1]!.length, end: matter[0].length, ending: matter[3]! };
}
