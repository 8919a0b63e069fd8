/**
 * Part 6, edits at scale: `astro dev` on N copies of the article (default 1000), ours and the
 * same-work bare Astro site (bare-site.mjs, on the same text as plain markdown) side by side,
 * each with its article open in Chromium. One article of each is saved with a word added to the
 * same sentence (in ours, a context note's), `edits` times, the two sites alternating within each
 * round so that noise from other work on the machine falls on both. Measured per edit: from the
 * file's write to the site's dev data store on disk holding it (`.astro/data-store.json`: a
 * loader sets the one entry, Astro writes its whole store), to the dev server serving the new
 * words (fetched, without the browser) and to the new words showing in the browser (Astro
 * reloads the page). The bare site's time is Astro's own floor for an edit at that N. Also
 * printed: how long each server took to start (it loads every article first), and what Astro
 * itself does with each store on every edit, timed apart on the stores the servers wrote:
 * serialising the whole store (devalue, as Astro's data-store writer does) and reading it back
 * (as the dev server's data module does).
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as devalue from 'devalue';
import { join } from 'node:path';
import { ROOT, TMP } from './build.mjs';
import { writeBareSite } from './bare-site.mjs';
import { openBrowser } from './browser.mjs';
import { slugOf, writeArticles } from './generate.mjs';
import { dev } from './server.mjs';
import { left, median, msec, ratio, right, secs, table, verdict } from './table.mjs';

const BUDGET_MS = 1000;
/** The bare project of this part, apart from part 2's (which empties its own). */
const BARE_ROOT = join(TMP, 'bare-dev');
/** The two sites: where each runs (its dev data store is `<root>/.astro/`), its articles, its environment, and whether its articles are plain markdown. */
const SITES = {
	ours: { label: 'ours', root: ROOT, content: (n) => join(TMP, `content-dev-${n}`), env: { CARDS: 'off' }, plain: false },
	bare: { label: 'same-work bare', root: BARE_ROOT, content: (n) => join(BARE_ROOT, `content-dev-${n}`), env: { SAME_WORK: '1' }, plain: true },
};
const storeOf = (site) => join(SITES[site].root, '.astro', 'data-store.json');
/**
 * A sentence of one of our context notes, after which an edit puts a word: the article's own
 * sentences must match original.txt word for word, so an edit to them would be refused. The
 * bare site's plain markdown keeps it as a paragraph.
 */
const SENTENCE = 'The recommendations were presented in Kyiv on 13 September 2022';
/** Astro's debounce before it writes its store (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js). */
const ASTRO_DEBOUNCE_MS = 500;
/** Timed runs of serialising and of reading back a store. */
const STORE_RUNS = 3;

export async function measureDevEdit({ n = 1000, edits = 5, say }) {
	const slug = slugOf(Math.ceil(n / 2));
	const path = `/${slug}/`;
	await writeBareSite(BARE_ROOT);
	const sites = {};
	for (const [name, site] of Object.entries(SITES)) {
		const content = site.content(n);
		say(`dev edit: writing ${n} articles for ${site.label}`);
		await writeArticles(content, n, { plain: site.plain });
		const file = join(content, slug, 'index.md');
		const original = await readFile(file, 'utf8');
		if (!original.includes(SENTENCE)) throw new Error(`dev edit: ${file} no longer holds "${SENTENCE}"`);
		sites[name] = { content, file, original, results: [] };
	}

	let browser;
	try {
		for (const [name, site] of Object.entries(SITES)) {
			say(`dev edit: starting astro dev on ${n} articles (${site.label})`);
			const began = performance.now();
			sites[name].server = await dev({ root: site.root, env: { ...site.env, CONTENT_DIR: sites[name].content }, readyPath: path });
			sites[name].startMs = performance.now() - began;
		}
		browser = await openBrowser();
		for (const site of Object.values(sites)) {
			site.page = await browser.context.newPage();
			await site.page.goto(`${site.server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
		}
		const names = Object.keys(SITES);
		for (let i = 1; i <= edits; i++) {
			for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
				const result = await editOnce(sites[name], storeOf(name), path, `edit${i}x${Date.now().toString(36)}`);
				sites[name].results.push(result);
				say(`dev edit ${i}/${edits}, ${SITES[name].label}: shown in the browser after ${msec(result.shown)}`);
			}
		}
		say('dev edit: timing what Astro does with each store on each edit');
		for (const name of names) sites[name].store = await storeCost(storeOf(name));
	} catch (error) {
		for (const [name, site] of Object.entries(sites)) if (site.server) error.message += `\nastro dev (${SITES[name].label}) said:\n${site.server.output().trim().split('\n').slice(-20).join('\n')}`;
		throw error;
	} finally {
		await browser?.close();
		for (const site of Object.values(sites)) {
			await site.server?.stop();
			await writeFile(site.file, site.original);
			await rm(site.content, { recursive: true, force: true });
		}
	}
	return { n, sites: Object.fromEntries(Object.entries(sites).map(([name, { startMs, results, store }]) => [name, { startMs, results, store }])) };
}

/** Saves the article with `marker` added; resolves with the times to the store written, the words served and shown. */
async function editOnce(site, store, path, marker) {
	// Vite's client needs a moment to settle after a reload before the next save.
	await site.page.waitForTimeout(1500);
	const saved = performance.now();
	const savedAt = Date.now();
	await save(site.file, site.original.replace(SENTENCE, `${SENTENCE} ${marker}`));
	const since = () => performance.now() - saved;
	const [stored, served, shown] = await Promise.all([
		storeWritten(store, savedAt).then(since),
		poll(`${site.server.origin}${path}`, marker).then(since),
		site.page.waitForFunction((words) => document.body?.innerText.includes(words), marker, { polling: 20, timeout: 60_000 }).then(since),
	]);
	return { stored, served, shown };
}

/**
 * Writes `text` to `file` at once, as editors save: into a file beside it, renamed over it. A
 * plain write empties the file first, and a watcher that reads it then gets nothing (Astro's
 * glob loader refused the empty entry and missed the rest of the write).
 */
async function save(file, text) {
	await writeFile(`${file}.saving`, text);
	await rename(`${file}.saving`, file);
}

/**
 * Astro's own work on a store for each edit, timed on the store a dev server wrote: the whole
 * store serialised (devalue.stringify, what Astro's writer runs before comparing and writing
 * the file) and read back (devalue.parse, what the invalidated data module does before the
 * page can render again).
 */
async function storeCost(file) {
	const text = await readFile(file, 'utf8');
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

/** Resolves once a dev data store has been written after `since` (a Date.now() time). */
async function storeWritten(file, since) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const written = await stat(file).then((s) => s.mtimeMs, () => 0);
		if (written >= since) return;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error(`${file} was not written within 60 s`);
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

export function devEditReport({ n, sites }) {
	const { ours, bare } = sites;
	const med = (site, key) => median(site.results.map((r) => r[key]));
	const rows = [
		['save → data store written (.astro/data-store.json)', 'stored'],
		['save → new words served (fetch)', 'served'],
		['save → new words in the browser', 'shown'],
	];
	const shown = med(ours, 'shown');
	const floor = med(bare, 'shown');
	const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	const astroPart = (site) => ASTRO_DEBOUNCE_MS + site.store.serialiseMs + site.store.readMs;
	return [
		table(
			[left(`astro dev, N=${n}, medians of ${ours.results.length} edits`), right('ours'), right('same-work bare'), right('ours/bare'), left('ours, every edit'), left('bare, every edit')],
			rows.map(([label, key]) => [label, msec(med(ours, key)), msec(med(bare, key)), ratio(med(ours, key), med(bare, key)), ours.results.map((r) => msec(r[key])).join(', '), bare.results.map((r) => msec(r[key])).join(', ')]),
		),
		`Budget: an edit shows in the browser within ${secs(BUDGET_MS)} at N=${n}: ${msec(shown)} (${verdict(shown <= BUDGET_MS)}). Astro's own floor, the same-work bare site on the same machine at the same time: ${msec(floor)}${floor > BUDGET_MS ? `, itself above the budget: ${secs(BUDGET_MS)} is below what Astro alone takes at N=${n}` : ''}. The dev servers took ${secs(ours.startMs)} (ours) and ${secs(bare.startMs)} (bare) to start and serve the article (each loads all ${n} articles first).`,
		'',
		`Where an edit's time goes. Ours: the loader's watcher renders the one saved article (renderArticle, part 1: tens of ms) and sets it in the store (its digest unchanged for every other article, so nothing else is rendered or set); the bare site's glob loader does the same with Astro's markdown. Astro's, for the whole store whatever changed: a ${ASTRO_DEBOUNCE_MS} ms debounce, then the store serialised anew and compared with the file on disk and written; then the dev server's data module reads the whole store back before the page renders again. Timed apart (medians of ${STORE_RUNS}): ours ${mb(ours.store.bytes)}, serialised in ${msec(ours.store.serialiseMs)}, read back in ${msec(ours.store.readMs)}; bare ${mb(bare.store.bytes)}, ${msec(bare.store.serialiseMs)} and ${msec(bare.store.readMs)}. Debounce, serialising and reading back alone: ${msec(astroPart(ours))} of our ${msec(shown)}, ${msec(astroPart(bare))} of the bare site's ${msec(floor)}; they grow with the size of the store, not with the edit.`,
	].join('\n');
}
