/**
 * Part 6, edits at scale: `astro dev` on N copies of the article (default 1000); one article
 * open in Chromium; its file saved with a word added to a context note, `edits` times. Measured per edit:
 * from the file's write to Astro's dev data store on disk holding it (our loader's watcher
 * renders the article again, Astro writes its whole store, `.astro/data-store.json`), to the
 * dev server serving the new words (fetched, without the browser) and to the new words
 * showing in the browser (Astro reloads the page). Also printed: how long the server took to
 * start (it renders every article first), and what Astro itself does with its store on every
 * edit, timed apart on the store the server wrote: serialising the whole store (devalue, as
 * Astro's data-store writer does) and reading it back (as the dev server's data module does).
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as devalue from 'devalue';
import { join } from 'node:path';
import { ROOT, TMP } from './build.mjs';
import { openBrowser } from './browser.mjs';
import { slugOf, writeArticles } from './generate.mjs';
import { dev } from './server.mjs';
import { left, median, msec, right, secs, table, verdict } from './table.mjs';

const BUDGET_MS = 1000;
const DEV_STORE = join(ROOT, '.astro', 'data-store.json');
/**
 * A sentence of one of our context notes, after which an edit puts a word: the article's own
 * sentences must match original.txt word for word, so an edit to them would be refused.
 */
const SENTENCE = 'The recommendations were presented in Kyiv on 13 September 2022';
/** Astro's debounce before it writes its store (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js). */
const ASTRO_DEBOUNCE_MS = 500;
/** Timed runs of serialising and of reading back the store. */
const STORE_RUNS = 3;

export async function measureDevEdit({ n = 1000, edits = 5, say }) {
	const content = join(TMP, `content-dev-${n}`);
	say(`dev edit: writing ${n} articles`);
	await writeArticles(content, n);
	const slug = slugOf(Math.ceil(n / 2));
	const file = join(content, slug, 'index.md');
	const original = await readFile(file, 'utf8');
	if (!original.includes(SENTENCE)) throw new Error(`dev edit: the article no longer holds "${SENTENCE}"`);
	const path = `/${slug}/`;

	say(`dev edit: starting astro dev on ${n} articles`);
	const began = performance.now();
	const server = await dev({ env: { CONTENT_DIR: content, CARDS: 'off' }, readyPath: path });
	const startMs = performance.now() - began;
	const browser = await openBrowser();
	const results = [];
	let store;
	try {
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
		for (let i = 1; i <= edits; i++) {
			const marker = `edit${i}x${Date.now().toString(36)}`;
			// Vite's client needs a moment to settle after a reload before the next save.
			await page.waitForTimeout(1500);
			const saved = performance.now();
			const savedAt = Date.now();
			await writeFile(file, original.replace(SENTENCE, `${SENTENCE} ${marker}`));
			const stored = storeWritten(savedAt).then(() => performance.now() - saved);
			const served = poll(`${server.origin}${path}`, marker).then(() => performance.now() - saved);
			await page.waitForFunction((words) => document.body?.innerText.includes(words), marker, { polling: 20, timeout: 60_000 });
			const shown = performance.now() - saved;
			results.push({ stored: await stored, served: await served, shown });
			say(`dev edit ${i}/${edits}: shown in the browser after ${msec(shown)}`);
		}
		say('dev edit: timing what Astro does with its store on each edit');
		store = await storeCost();
	} catch (error) {
		error.message += `\nastro dev said:\n${server.output().trim().split('\n').slice(-20).join('\n')}`;
		throw error;
	} finally {
		await browser.close();
		await server.stop();
		await writeFile(file, original);
		await rm(content, { recursive: true, force: true });
	}
	return { n, startMs, results, store };
}

/**
 * Astro's own work on the store for each edit, timed on the store the dev server wrote: the
 * whole store serialised (devalue.stringify, what Astro's writer runs before comparing and
 * writing the file) and read back (devalue.parse, what the invalidated data module does before
 * the page can render again).
 */
async function storeCost() {
	const text = await readFile(DEV_STORE, 'utf8');
	const time = (fn) => {
		const begin = performance.now();
		const value = fn();
		return { ms: performance.now() - begin, value };
	};
	const reads = [];
	const writes = [];
	for (let i = 0; i < STORE_RUNS; i++) {
		const read = time(() => devalue.parse(text));
		reads.push(read.ms);
		writes.push(time(() => devalue.stringify(read.value)).ms);
	}
	return { bytes: Buffer.byteLength(text), serialiseMs: median(writes), readMs: median(reads) };
}

/** Resolves once Astro's dev data store has been written after `since` (a Date.now() time). */
async function storeWritten(since) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const written = await stat(DEV_STORE).then((s) => s.mtimeMs, () => 0);
		if (written >= since) return;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error(`${DEV_STORE} was not written within 60 s`);
}

/** Fetches `url` until its HTML holds `words`. */
async function poll(url, words) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const html = await fetch(url).then((r) => r.text(), () => '');
		if (html.includes(words)) return;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error(`${url} did not show "${words}" within 60 s`);
}

export function devEditReport({ n, startMs, results, store }) {
	const shown = median(results.map((r) => r.shown));
	const stored = median(results.map((r) => r.stored));
	return [
		table(
			[left(`astro dev, N=${n}`), right('median'), right('every edit')],
			[
				['save → data store written (.astro/data-store.json)', msec(stored), results.map((r) => msec(r.stored)).join(', ')],
				['save → new words served (fetch)', msec(median(results.map((r) => r.served))), results.map((r) => msec(r.served)).join(', ')],
				['save → new words in the browser', msec(shown), results.map((r) => msec(r.shown)).join(', ')],
			],
		),
		`Budget: an edit shows in the browser within ${secs(BUDGET_MS)} at N=${n}: ${msec(shown)} (${verdict(shown <= BUDGET_MS)}). The dev server took ${secs(startMs)} to start and serve the article (it renders all ${n} articles first).`,
		'',
		`Where an edit's time goes. Ours: the loader's watcher renders the one saved article (renderArticle, part 1: tens of ms) and sets it in the store (its digest unchanged for every other article, so nothing else is rendered or set). Astro's, for the whole store of ${n} articles (${(store.bytes / 1024 / 1024).toFixed(1)} MB), whatever changed: a ${ASTRO_DEBOUNCE_MS} ms debounce, then the store serialised anew (${msec(store.serialiseMs)}, timed apart, median of ${STORE_RUNS}) and compared with the file on disk and written; then the dev server's data module reads the whole store back (${msec(store.readMs)}) before the page renders again. Debounce, serialising and reading back alone: ${msec(ASTRO_DEBOUNCE_MS + store.serialiseMs + store.readMs)} of the ${msec(shown)}, growing with the number of articles, not with the edit.`,
	].join('\n');
}
