/**
 * Starts an article: `npm run new -- <slug> --from <text file>`.
 *
 * Creates content/<slug>/ with
 *   original.txt  the text file, byte for byte (the text as received),
 *   index.md      a frontmatter skeleton (every required field, a comment on each) and the
 *                 text split into paragraphs under a first section, written by remark so that
 *                 nothing in it is read as markup,
 *   anchors.json  an empty registry: an article not yet published.
 * The folder builds as it is; docs/authoring.md says what to fill in next.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';

const ROOT = resolve(import.meta.dirname, '..');
/** The address rule of slugs.ts, in short: lowercase words of letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The frontmatter skeleton: every required field, each with what to put there. */
function skeleton(today) {
	return [
		'# Every field is described in docs/authoring.md. Replace each TODO before publishing.',
		'# The original headline, exactly as published.',
		'headline: "TODO: the original headline"',
		'# Our one-paragraph summary of the article, in neutral words of our own.',
		'summary: "TODO: a one-paragraph summary"',
		'# When the original was published: YYYY-MM-DD (or YYYY-MM, YYYY when no more is known).',
		`published: ${today}`,
		'# The language of the text, a BCP 47 tag such as en.',
		'lang: en',
		'# The original publication.',
		'original:',
		'  # Who published it.',
		'  publisher: "TODO: the publisher"',
		'  # Its address (http or https), from your verified sources only; never a guess.',
		'  url: https://example.invalid/todo-the-original-address',
		'  # Optional: byline (only if verified); bylineNote (what is known of an unverified one);',
		'  # preamble (text at the start of original.txt that is not the body, e.g. headline and dateline).',
		'# Optional lists, filled as you annotate: people, sources, events, glosses, statements.',
		'# What other articles share is defined once, in people.yml, sources.yml, events.yml, glosses.yml',
		'# and statements.yml beside the article folders: name it by id in the text, or list it here as',
		'# "- id: …" with only what is particular to this article (a person\'s role at its time).',
	].join('\n');
}

/** Paragraphs of a text: blocks between blank lines, or lines when it has no blank line. */
function paragraphsOf(text) {
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
	const blocks = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
	return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** index.md as remark writes it: the frontmatter, then one section holding the paragraphs as text. */
function indexMarkdown(paragraphs, today) {
	const tree = {
		type: 'root',
		children: [
			{ type: 'yaml', value: skeleton(today) },
			{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'TODO: a heading of ours {#section-1}' }] },
			...paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
		],
	};
	const markdown = remark().use(remarkFrontmatter, ['yaml']).use(remarkDirective).stringify(tree);
	// The heading's explicit id is markup of ours, which remark would escape as text.
	return markdown.replace('TODO: a heading of ours \\{#section-1}', 'TODO: a heading of ours {#section-1}');
}

function main() {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, content: { type: 'string', default: 'content' } } });
	const [slug] = positionals;
	if (!slug || !values.from || positionals.length !== 1) throw new Error('Usage: npm run new -- <slug> --from <text file>');
	if (!SLUG.test(slug)) throw new Error(`"${slug}" cannot be an address: use lowercase letters, digits and single hyphens, e.g. "ferry-fares".`);
	const folder = join(resolve(ROOT, values.content), slug);
	if (existsSync(folder)) throw new Error(`${folder} already exists: choose another slug, or edit that article.`);
	const bytes = readFileSync(resolve(values.from));
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const paragraphs = paragraphsOf(text);
	if (paragraphs.length === 0) throw new Error(`${values.from} holds no text.`);
	const today = new Date().toISOString().slice(0, 10);

	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'original.txt'), bytes);
	writeFileSync(join(folder, 'index.md'), indexMarkdown(paragraphs, today));
	writeFileSync(join(folder, 'anchors.json'), JSON.stringify({ published: [], aliases: {} }, null, '\t') + '\n');
	console.log(`Created ${folder} with ${paragraphs.length} paragraphs. Next: fill in the frontmatter of index.md (docs/authoring.md), then npm run dev.`);
}

try {
	main();
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
