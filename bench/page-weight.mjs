/**
 * Part 4, page weight: each page is loaded in Chromium (playwright-core, a fresh profile per
 * page, so every visit is a first visit) from `astro preview`; every request the page makes
 * is recorded, and each file requested from our origin is measured from the built folder:
 * raw, gzip (level 9) and brotli (quality 11), each file compressed on its own. Preview cards
 * (og:image) are not requested by browsers, so they do not count. CSS and JS inlined in the
 * HTML are counted in the HTML and, for the CSS and JS budgets, also on their own.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { openBrowser } from './browser.mjs';
import { kb, left, right, table } from './table.mjs';

export const PAGES = [
	{ name: 'article', path: '/kyiv-security-compact/' },
	{ name: 'timeline (on the article page, #timeline)', path: '/kyiv-security-compact/#timeline', fragment: 'timeline' },
	{ name: 'quote share page', path: '/kyiv-security-compact/s/q-medvedev-prologue/' },
	{ name: 'section share page', path: '/kyiv-security-compact/s/the-proposal/' },
];

const KB = 1024;
export const BUDGETS = { total: 20 * KB, js: 3 * KB, css: 8 * KB };

const size = (buffer) => ({
	raw: buffer.length,
	gzip: gzipSync(buffer, { level: 9 }).length,
	brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
});

const KIND = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** The built file a same-origin path is served from, or undefined. */
function fileFor(outDir, pathname) {
	let path = decodeURIComponent(pathname);
	if (path.endsWith('/')) path += 'index.html';
	const file = join(outDir, path);
	return file.startsWith(outDir) && existsSync(file) ? file : undefined;
}

/** Scripts, styles and JSON data blocks (JSON-LD and the like: data, not scripts) written into the HTML itself. */
function inlineParts(html) {
	const $ = cheerio.load(html);
	const texts = (selector) => $(selector).toArray().map((element) => $(element).text());
	const isData = (element) => /^application\/(ld\+)?json$/i.test($(element).attr('type') ?? '');
	const blocks = $('script:not([src])').toArray();
	return {
		styles: texts('style'),
		scripts: blocks.filter((element) => !isData(element)).map((element) => $(element).text()),
		data: blocks.filter(isData).map((element) => $(element).text()),
	};
}

/** Loads every page of {@link PAGES} from `origin`; measures from `outDir`. */
export async function measurePageWeight({ origin, outDir, say }) {
	const results = [];
	for (const page of PAGES) {
		say(`loading ${page.path} in Chromium`);
		const requests = await load(`${origin}${page.path}`);
		const own = new URL(origin).origin;
		const files = [];
		const thirdParty = [];
		const problems = [];
		for (const r of requests) {
			const url = new URL(r.url);
			if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
			if (url.origin !== own) {
				thirdParty.push(r.url);
				continue;
			}
			if (r.failure || (r.status && r.status >= 400)) problems.push(`${url.pathname}: ${r.failure ?? r.status}`);
			const file = fileFor(outDir, url.pathname);
			if (!file) {
				problems.push(`${url.pathname}: not in the built folder`);
				continue;
			}
			const buffer = await readFile(file);
			files.push({ path: url.pathname, kind: KIND[r.type] ?? 'other', ...size(buffer), buffer });
		}
		const html = files.find((f) => f.kind === 'html');
		if (!html) throw new Error(`${page.path}: the browser fetched no document`);
		const text = html.buffer.toString('utf8');
		if (page.fragment && !text.includes(`id="${page.fragment}"`)) throw new Error(`${page.path}: the article page has no element id="${page.fragment}"`);
		const inline = inlineParts(text);
		const inlineCss = inline.styles.length ? { count: inline.styles.length, ...size(Buffer.from(inline.styles.join('\n'))) } : undefined;
		const inlineJs = inline.scripts.length ? { count: inline.scripts.length, ...size(Buffer.from(inline.scripts.join('\n'))) } : undefined;
		const inlineData = inline.data.length ? { count: inline.data.length, ...size(Buffer.from(inline.data.join('\n'))) } : undefined;
		const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
		const of = (kind) => files.filter((f) => f.kind === kind);
		const totals = { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
		const css = sum(of('css'), 'gzip') + (inlineCss?.gzip ?? 0);
		const js = sum(of('js'), 'gzip') + (inlineJs?.gzip ?? 0);
		const fonts = of('font').length;
		const checks = [
			[totals.gzip <= BUDGETS.total, `total ${kb(totals.gzip)} > 20 KB`],
			[js <= BUDGETS.js, `JS ${kb(js)} > 3 KB`],
			[css <= BUDGETS.css, `CSS ${kb(css)} > 8 KB`],
			[fonts === 0, `${fonts} web font(s)`],
			[thirdParty.length === 0, `${thirdParty.length} third-party request(s)`],
			[problems.length === 0, `${problems.length} failed request(s)`],
		];
		results.push({ page, requests: requests.length, files, inlineCss, inlineJs, inlineData, totals, html: html.gzip, css, js, fonts, thirdParty, problems, failed: checks.filter(([ok]) => !ok).map(([, why]) => why) });
	}
	return results;
}

/** One cold visit in a fresh Chromium profile; returns every request with its type, status or failure. */
async function load(url) {
	const { context, close } = await openBrowser();
	try {
		const requests = [];
		context.on('request', (request) => {
			const entry = { url: request.url(), type: request.resourceType() };
			requests.push(entry);
			request.response().then((response) => (entry.status = response?.status()), () => {});
		});
		context.on('requestfailed', (request) => {
			const entry = requests.find((r) => r.url === request.url() && !r.failure);
			if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
		});
		const page = context.pages()[0] ?? (await context.newPage());
		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
		if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
		await page.waitForTimeout(300);
		return requests;
	} finally {
		await close();
	}
}

export function pageWeightReport(results) {
	const out = [];
	out.push(
		table(
			[left('page'), right('requests'), right('total raw'), right('total gzip'), right('total brotli'), right('HTML gzip'), right('CSS gzip'), right('JS gzip'), right('fonts'), right('3rd-party'), left('budgets')],
			results.map((r) => [r.page.name, r.requests, kb(r.totals.raw), kb(r.totals.gzip), kb(r.totals.brotli), kb(r.html), kb(r.css), kb(r.js), r.fonts, r.thirdParty.length, r.failed.length ? `FAIL: ${r.failed.join('; ')}` : 'pass']),
		),
	);
	out.push('Budgets: total ≤ 20 KB gzip, JavaScript ≤ 3 KB gzip, CSS ≤ 8 KB gzip, no web font, no third-party request (1 KB = 1024 bytes).');
	out.push('CSS and JS columns: files fetched plus what is inlined in the HTML (inline parts compressed on their own; they are also inside the HTML figures). Inline JSON data (JSON-LD) is not JavaScript; it is listed below and counted in the HTML only.');
	out.push('', 'What each page fetched (files measured from the built folder):');
	const rows = [];
	for (const r of results) {
		for (const f of r.files) rows.push([r.page.name, f.path, f.kind, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
		if (r.inlineCss) rows.push([r.page.name, `  inline <style> ×${r.inlineCss.count} (in the HTML)`, 'css', kb(r.inlineCss.raw), kb(r.inlineCss.gzip), kb(r.inlineCss.brotli)]);
		if (r.inlineJs) rows.push([r.page.name, `  inline <script> ×${r.inlineJs.count} (in the HTML)`, 'js', kb(r.inlineJs.raw), kb(r.inlineJs.gzip), kb(r.inlineJs.brotli)]);
		if (r.inlineData) rows.push([r.page.name, `  inline JSON data (JSON-LD) ×${r.inlineData.count} (in the HTML)`, 'data', kb(r.inlineData.raw), kb(r.inlineData.gzip), kb(r.inlineData.brotli)]);
		for (const url of r.thirdParty) rows.push([r.page.name, url, 'third-party', '', '', '']);
		for (const p of r.problems) rows.push([r.page.name, p, 'problem', '', '', '']);
	}
	out.push(table([left('page'), left('request'), left('type'), right('raw'), right('gzip'), right('brotli')], rows));
	return out.join('\n');
}
