/**
 * Turns an annotated article into the plain markdown Astro's own engine reads: the same
 * paragraphs of text, with no annotation definitions and no directive syntax.
 *
 * - frontmatter: only headline, summary, published and lang are kept (people, sources,
 *   events, glosses, statements and notes about them are dropped);
 * - text directives `:name[label]{attrs}` become their label; label-less ones (`:cite{…}`) go;
 * - leaf directives `::name[label]{attrs}` become a paragraph of their label;
 * - container fences (`:::quote{…}`, `:::note`, `:::`) go, their contents stay as paragraphs;
 * - heading ids `## Title {#id}` become `## Title`.
 */
import { parse, stringify } from 'yaml';

const KEPT = ['headline', 'summary', 'published', 'lang'];

export function toPlainMarkdown(text) {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error('plain-markdown: the article has no frontmatter');
	const data = parse(match[1]);
	const kept = Object.fromEntries(KEPT.filter((key) => key in data).map((key) => [key, data[key]]));
	let body = text.slice(match[0].length);

	// Innermost text directives first, so a label holding another directive is handled too.
	const textDirective = /(?<!:):[a-z][a-z0-9-]*\[([^[\]]*)\](\{[^}]*\})?/g;
	for (let before = ''; before !== body; ) {
		before = body;
		body = body.replace(textDirective, '$1');
	}
	body = body
		.replace(/^::[a-z][a-z0-9-]*\[(.*)\](\{[^}]*\})?[ \t]*$/gm, '$1')
		.replace(/^:::.*$/gm, '')
		.replace(/[ \t]*(?<!:):[a-z][a-z0-9-]*\{[^}]*\}/g, '')
		.replace(/^(#{1,6} .*?)[ \t]*\{#[^}]*\}[ \t]*$/gm, '$1')
		.replace(/\n{3,}/g, '\n\n');

	const left = /(?<![a-z/]):{1,3}[a-z][a-z0-9-]*[[{]|\{#/i.exec(body);
	if (left) throw new Error(`plain-markdown: directive syntax left at "${body.slice(left.index, left.index + 40)}"`);
	return `---\n${stringify(kept).trimEnd()}\n---\n\n${body.trim()}\n`;
}
