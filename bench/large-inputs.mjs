/**
 * Large and hostile inputs through the annotation pipeline: a 1 MB article, 1 MB lines of the
 * characters that make parsers slow, and 1 MB texts of each such character given to every
 * plugin. Prints one table of times; the budget is 1 s for each. tests/hardening.test.ts checks
 * that each gives the right result; only times are measured here. The 1 MB article also goes
 * through the same libraries doing no annotation work (remark-parse, remark-frontmatter,
 * remark-directive, remark-rehype, rehype-stringify), alternating with ours, so that the table
 * shows what parsing alone costs at that size.
 *
 * Part of `npm run bench`; alone: `npx node bench/large-inputs.mjs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { left, median, msec, right, table, verdict } from './table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1_000_000;
const BUDGET_MS = 1000;
/** Runs of ours and of the plain libraries on the 1 MB article, alternating. */
const ROUNDS = 3;

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
		const { readSite } = await server.ssrLoadModule('/src/lib/site-files.ts');
		const { site } = await readSite(join(ROOT, 'content'), (path) => path);
		const article = firstArticle();
		const registry = article.registry && { text: article.registry, path: 'anchors.json' };
		const render = (text, against = registry) => renderArticle({ text, path: 'index.md' }, { registry: against, site });
		await render(article.text); // warm up: modules loaded and compiled
		const rows = [];

		say(`large inputs: a 1 MB article, ${ROUNDS} runs of ours and of plain unified, alternating`);
		const big = megabyteArticle(article.text);
		// The copies' ids are new: against an article not yet published, they need no recording.
		const unpublished = { text: JSON.stringify({ published: [], aliases: {} }), path: 'anchors.json' };
		const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkRehype).use(rehypeStringify);
		const runs = { ours: [], plain: [] };
		const size = `${(big.length / MB).toFixed(1)} MB`;
		for (let round = 0; round < ROUNDS; round++) {
			const ours = async () => runs.ours.push(await time(async () => `${(await render(big, unpublished)).data.sections.length} sections`));
			const bare = async () => runs.plain.push(await time(async () => `${(await plain.process(new VFile({ value: big, path: 'index.md' }))).value.length} bytes of HTML`));
			for (const run of round % 2 ? [bare, ours] : [ours, bare]) await run();
		}
		const middle = (list) => ({ ms: median(list.map((run) => run.ms)), outcome: list[0].outcome });
		rows.push({ input: `whole pipeline, a ${size} article (median of ${ROUNDS})`, ...middle(runs.ours) });
		rows.push({ input: `plain unified, same libraries, the same article`, ...middle(runs.plain) });

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
		const [ours, bare] = [rows[0].ms, rows[1].ms];
		const note = `The 1 MB article: ours ${msec(ours)}, the same libraries doing no annotation work ${msec(bare)} (${(ours / bare).toFixed(2)}x).${
			bare >= BUDGET_MS ? ` Parsing and printing alone take more than the ${BUDGET_MS / 1000} s budget on this machine, so no work of ours can bring the whole pipeline under it.` : ''
		}`;
		return `${largeInputsReport(rows)}\n${note}`;
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
