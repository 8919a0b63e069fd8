/**
 * Large and hostile inputs through the annotation pipeline: a 1 MB article, 1 MB lines of the
 * characters that make parsers slow, and 1 MB texts of each such character given to every
 * plugin. Prints one table of times; the budget is 1 s for each. tests/hardening.test.ts checks
 * that each gives the right result; only times are measured here.
 *
 * Part of `npm run bench`; alone: `npx node bench/large-inputs.mjs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { left, msec, right, table, verdict } from './table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1_000_000;
const BUDGET_MS = 1000;

/** The first article of content/, and its anchor registry. */
function firstArticle() {
	const content = join(ROOT, 'content');
	const slug = readdirSync(content).find((name) => existsSync(join(content, name, 'index.md')));
	if (!slug) throw new Error('large-inputs: content/ holds no article');
	const read = (name) => readFileSync(join(content, slug, name), 'utf8');
	return { text: read('index.md'), registry: existsSync(join(content, slug, 'anchors.json')) ? read('anchors.json') : undefined };
}

/** The article's body repeated (ids made unique) until the file holds 1 MB. */
function megabyteArticle(text) {
	const body = text.slice(text.indexOf('\n---\n', 4) + 5);
	let out = text;
	for (let n = 2; out.length < MB; n++) out += body.replaceAll(/\{#([a-z0-9-]+)/g, `{#$1-${n}`);
	return out;
}

const WORST = { 'quotation marks': '”', spaces: ' ', brackets: '[', colons: ':', 'angle brackets': '<' };

async function time(fn) {
	const start = performance.now();
	let outcome;
	try {
		outcome = await fn();
	} catch (error) {
		outcome = `error: ${String(error.reason ?? error.message).slice(0, 60)}`;
	}
	return { ms: performance.now() - start, outcome };
}

/** Measures every input and returns the table; `say` reports progress. */
export async function largeInputs({ say = () => {} } = {}) {
	const server = await createServer({ root: ROOT, configFile: false, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, hmr: false, watch: null }, optimizeDeps: { noDiscovery: true, include: [] } });
	try {
		const { processor, renderArticle } = await server.ssrLoadModule('/src/lib/pipeline.ts');
		const { VFile } = await server.ssrLoadModule('vfile');
		const { readSite } = await server.ssrLoadModule('/src/lib/site-definitions.ts');
		const { site } = await readSite(join(ROOT, 'content'), (path) => path);
		const article = firstArticle();
		const registry = article.registry && { text: article.registry, path: 'anchors.json' };
		const render = (text, against = registry) => renderArticle({ text, path: 'index.md' }, { registry: against, site });
		await render(article.text); // warm up: modules loaded and compiled
		const rows = [];

		say('large inputs: a 1 MB article');
		const big = megabyteArticle(article.text);
		// The copies' ids are new: against an article not yet published, they need no recording.
		const unpublished = { text: JSON.stringify({ published: [], aliases: {} }), path: 'anchors.json' };
		rows.push({ input: `whole pipeline, a ${(big.length / MB).toFixed(1)} MB article`, ...(await time(async () => `${(await render(big, unpublished)).data.sections.length} sections`)) });

		for (const [name, character] of Object.entries(WORST)) {
			say(`large inputs: a 1 MB line of ${name}`);
			const text = `${article.text.trimEnd()}\n\nx${character.repeat(MB)}x\n`;
			rows.push({ input: `whole pipeline, a 1 MB line of ${name}`, ...(await time(async () => (await render(text), 'rendered'))) });
		}
		for (const [name, character] of Object.entries(WORST)) {
			say(`large inputs: every plugin, a 1 MB paragraph of ${name}`);
			const file = new VFile({ value: article.text, path: 'index.md', data: { site } });
			const tree = processor.parse(file);
			const paragraph = findParagraph(tree);
			paragraph.value = `${paragraph.value.slice(0, 5)}${character.repeat(MB)}${paragraph.value.slice(5)}`;
			rows.push({ input: `every plugin, a 1 MB paragraph of ${name}`, ...(await time(async () => `${processor.stringify(await processor.run(tree, file), file).length} bytes of HTML`)) });
		}
		return largeInputsReport(rows);
	} finally {
		await server.close();
	}
}

/** The first text of a paragraph of the article's body. */
function findParagraph(node) {
	if (node.type === 'paragraph' && node.children[0]?.type === 'text') return node.children[0];
	for (const child of node.children ?? []) {
		const found = findParagraph(child);
		if (found) return found;
	}
	return undefined;
}

function largeInputsReport(rows) {
	return table(
		[left('input'), left('result'), right('time'), left(`under ${BUDGET_MS / 1000} s`)],
		rows.map((row) => [row.input, row.outcome, msec(row.ms), verdict(row.ms < BUDGET_MS)]),
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	console.log(await largeInputs({ say: (text) => process.stderr.write(`${text}\n`) }));
}
