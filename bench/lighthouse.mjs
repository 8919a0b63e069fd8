/**
 * Part 5, Lighthouse (npm `lighthouse`, Node API, its default mobile preset with simulated
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
import { CHROME_FLAGS, CHROMIUM } from './browser.mjs';
import { left, median, right, table, verdict } from './table.mjs';

export const LIGHTHOUSE_PAGES = [
	{ name: 'article', path: '/kyiv-security-compact/' },
	{ name: 'quote share page', path: '/kyiv-security-compact/s/q-medvedev-prologue/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', ...CHROME_FLAGS];

/** Runs Lighthouse `runs` times on each page; a fresh Chromium each time. */
export async function measureLighthouse({ origin, runs = 1, say }) {
	// chrome-launcher reports a missing executable as an unhandled 'error' event: check first.
	if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium or set CHROME_PATH`);
	process.env.CHROME_PATH = CHROMIUM;
	const { default: lighthouse } = await import('lighthouse');
	const lighthouseFile = fileURLToPath(import.meta.resolve('lighthouse'));
	const chromeLauncher = await import(pathToFileURL(createRequire(lighthouseFile).resolve('chrome-launcher')).href);
	const results = [];
	for (const page of LIGHTHOUSE_PAGES) {
		const url = `${origin}${page.path}`;
		const result = { page, url, runs: [], misses: new Map(), warnings: new Set() };
		for (let run = 1; run <= runs; run++) {
			say(`Lighthouse ${url} (run ${run}/${runs})`);
			const lhr = await audit(lighthouse, chromeLauncher, url);
			result.runs.push(Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100)])));
			// What cost points: scored audits below 1 in each category under 100.
			for (const id of CATEGORIES) {
				const category = lhr.categories[id];
				if (!category || category.score === 1) continue;
				for (const ref of category.auditRefs) {
					const a = lhr.audits[ref.id];
					if (!(ref.weight > 0 && a && a.score !== null && a.score < 1)) continue;
					const seen = result.misses.get(`${id}/${a.id}`) ?? { text: [], count: 0 };
					seen.count++;
					seen.text.push(`${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
					result.misses.set(`${id}/${a.id}`, seen);
				}
			}
			for (const warning of lhr.runWarnings ?? []) result.warnings.add(warning);
			Object.assign(result, { version: lhr.lighthouseVersion, formFactor: lhr.configSettings?.formFactor, throttling: lhr.configSettings?.throttlingMethod, benchmarkIndex: lhr.environment?.benchmarkIndex });
		}
		result.scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(result.runs.map((r) => r[id]))]));
		results.push(result);
	}
	return results;
}

async function audit(lighthouse, chromeLauncher, url) {
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
		if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		return lhr;
	} finally {
		unregister();
		await close();
	}
}

export function lighthouseReport(results) {
	const score = (x) => (Number.isNaN(x) ? 'n/a' : Number.isInteger(x) ? String(x) : x.toFixed(1));
	const out = [
		table(
			[left('page'), right('runs'), ...CATEGORIES.map(right), left('budget: 100 each'), left('every run (perf/a11y/bp/seo)')],
			results.map((r) => {
				const below = CATEGORIES.filter((id) => !(r.scores[id] >= 100));
				return [r.page.name, r.runs.length, ...CATEGORIES.map((id) => score(r.scores[id])), below.length ? `FAIL (${below.join(', ')})` : verdict(true), r.runs.map((run) => CATEGORIES.map((id) => score(run[id])).join('/')).join(', ')];
			}),
		),
		'Scores: the median of the runs.',
	];
	const first = results[0];
	if (first) out.push(`Lighthouse ${first.version}, ${first.formFactor} preset, ${first.throttling} throttling; this machine's benchmarkIndex ${first.benchmarkIndex ?? 'n/a'} (last run).`);
	for (const r of results) {
		for (const [key, seen] of r.misses) out.push(`  ${r.page.name}: lost points on ${key.replace('/', ': ')} in ${seen.count} of ${r.runs.length} runs (score ${seen.text.join(', ')})`);
		for (const warning of r.warnings) out.push(`  ${r.page.name}: warning: ${warning}`);
	}
	return out.join('\n');
}
