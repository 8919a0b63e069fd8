/**
 * Part 4, Lighthouse (npm `lighthouse`, Node API, its default mobile preset with simulated
 * throttling) on pages served by `astro preview` on 127.0.0.1: the four category scores,
 * each against a budget of 100. Chromium is Debian's, started by chrome-launcher (the one
 * Lighthouse depends on) with a fresh profile per page and stopped after it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertRunning, onCleanup } from './processes.mjs';
import { CHROMIUM } from './page-weight.mjs';
import { left, right, table, verdict } from './table.mjs';

export const LIGHTHOUSE_PAGES = [
	{ name: 'article', path: '/kyiv-security-compact/' },
	{ name: 'quote share page', path: '/kyiv-security-compact/s/q-medvedev-prologue/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function measureLighthouse({ origin, say }) {
	// chrome-launcher reports a missing executable as an unhandled 'error' event: check first.
	if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium or set CHROME_PATH`);
	process.env.CHROME_PATH = CHROMIUM;
	const { default: lighthouse } = await import('lighthouse');
	const lighthouseFile = fileURLToPath(import.meta.resolve('lighthouse'));
	const chromeLauncher = await import(pathToFileURL(createRequire(lighthouseFile).resolve('chrome-launcher')).href);
	const results = [];
	for (const page of LIGHTHOUSE_PAGES) {
		const url = `${origin}${page.path}`;
		say(`Lighthouse ${url}`);
		const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
		let chrome;
		const close = async () => {
			try {
				await chrome?.kill();
			} catch {
				// already gone
			}
			rmSync(profile, { recursive: true, force: true });
		};
		let unregister = onCleanup(close);
		try {
			assertRunning();
			chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir: profile, logLevel: 'silent', handleSIGINT: false });
			unregister();
			unregister = onCleanup(close, chrome.pid);
			const runner = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
			const lhr = runner?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
			if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
			const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100)]));
			// What cost points: scored audits below 1 in each category under 100.
			const misses = [];
			for (const id of CATEGORIES) {
				const category = lhr.categories[id];
				if (!category || category.score === 1) continue;
				for (const ref of category.auditRefs) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
						misses.push(`${id}: ${audit.id} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}, weight ${ref.weight})`);
					}
				}
			}
			results.push({ page, url, scores, misses, warnings: lhr.runWarnings ?? [], version: lhr.lighthouseVersion, formFactor: lhr.configSettings?.formFactor, throttling: lhr.configSettings?.throttlingMethod, benchmarkIndex: lhr.environment?.benchmarkIndex });
		} finally {
			unregister();
			await close();
		}
	}
	return results;
}

export function lighthouseReport(results) {
	const out = [
		table(
			[left('page'), ...CATEGORIES.map(right), left('budget: 100 each')],
			results.map((r) => {
				const below = CATEGORIES.filter((id) => !(r.scores[id] >= 100));
				return [r.page.name, ...CATEGORIES.map((id) => (Number.isNaN(r.scores[id]) ? 'n/a' : r.scores[id])), below.length ? `FAIL (${below.join(', ')})` : verdict(true)];
			}),
		),
	];
	const first = results[0];
	if (first) out.push(`Lighthouse ${first.version}, ${first.formFactor} preset, ${first.throttling} throttling; this machine's benchmarkIndex ${first.benchmarkIndex ?? 'n/a'}.`);
	for (const r of results) {
		for (const miss of r.misses) out.push(`  ${r.page.name}: lost points on ${miss}`);
		for (const warning of r.warnings) out.push(`  ${r.page.name}: warning: ${warning}`);
	}
	return out.join('\n');
}
