/**
 * `npm run bench`: build scaling against bare Astro sites, the pipeline against plain unified,
 * the cost of preview cards, page weight in a real browser, Lighthouse scores and the time an
 * edit takes to show in `astro dev`, each printed as a table. See bench/README.md.
 *
 * Exit status: 0 when every measurement ran (a budget that fails is reported in the tables,
 * not as an error), 1 when a measurement itself failed, 2 on a bad command line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild, ROOT, TMP } from './build.mjs';
import { cardsReport, measureCards, SITE_OUT } from './cards.mjs';
import { devEditReport, measureDevEdit } from './dev-edit.mjs';
import { lighthouseReport, measureLighthouse } from './lighthouse.mjs';
import { measurePageWeight, pageWeightReport } from './page-weight.mjs';
import { measurePipeline, pipelineReport } from './pipeline.mjs';
import { stopAll } from './processes.mjs';
import { measureScaling, scalingReport } from './scaling.mjs';
import { preview } from './server.mjs';

const PARTS = ['pipeline', 'scaling', 'cards', 'weight', 'lighthouse', 'dev'];
/** What each part but scaling is expected to take (ms), normal and --quick: scaling gets the rest of --max-minutes. */
const RESERVE = { pipeline: [20_000, 10_000], cards: [60_000, 25_000], weight: [20_000, 15_000], lighthouse: [60_000, 25_000], dev: [300_000, 60_000] };
const USAGE = `Usage: npm run bench [-- options]

  --quick            50 pairs in part 1; N = 1, 10, 100 and one run per size in
                     part 2; N = 100 in part 6
  --sizes=1,100,1000 the article counts of part 2 (default 1,100,1000)
  --dev-n=N          the article count of part 6 (default 1000)
  --runs=R           builds per size and site in part 2, rounds of part 3 and
                     Lighthouse runs per page in part 5
                     (default: 3, but 2 at N >= 1000; --quick: 1)
  --only=a,b         run only these parts: ${PARTS.join(', ')}
  --skip=a,b         leave these parts out
  --max-minutes=M    time budget of the whole run (default 20): part 2 gives a size fewer
                     runs, or leaves it out, when its estimated time would not fit, and says so
  --keep             keep the generated sites and outputs in .tmp/bench/ (logs are always kept)
  --help             this text`;

let options;
try {
	({ values: options } = parseArgs({
		options: {
			quick: { type: 'boolean', default: false },
			sizes: { type: 'string' },
			'dev-n': { type: 'string' },
			runs: { type: 'string' },
			only: { type: 'string' },
			skip: { type: 'string' },
			keep: { type: 'boolean', default: false },
			'max-minutes': { type: 'string', default: '20' },
			help: { type: 'boolean', default: false },
		},
	}));
} catch (error) {
	console.error(`${error.message}\n\n${USAGE}`);
	process.exit(2);
}
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}

const list = (text) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const sizes = options.sizes ? list(options.sizes).map(Number) : options.quick ? [1, 10, 100] : [1, 100, 1000];
const runs = options.runs === undefined ? undefined : Number(options.runs);
const maxMinutes = Number(options['max-minutes']);
const devN = Number(options['dev-n'] ?? (options.quick ? 100 : 1000));
const parts = (options.only ? list(options.only) : PARTS).filter((p) => !list(options.skip).includes(p));
const bad = [
	...sizes.filter((n) => !Number.isInteger(n) || n < 1).map((n) => `bad size "${n}"`),
	...(runs !== undefined && !(Number.isInteger(runs) && runs >= 1) ? [`bad --runs "${options.runs}"`] : []),
	...(!(maxMinutes > 0) ? [`bad --max-minutes "${options['max-minutes']}"`] : []),
	...(!(Number.isInteger(devN) && devN >= 1) ? [`bad --dev-n "${options['dev-n']}"`] : []),
	...[...list(options.only), ...list(options.skip)].filter((p) => !PARTS.includes(p)).map((p) => `unknown part "${p}"`),
];
if (bad.length) {
	console.error(`${bad.join('; ')}\n\n${USAGE}`);
	process.exit(2);
}
sizes.sort((a, b) => a - b);
const runsFor = (n) => runs ?? (options.quick ? 1 : n >= 1000 ? 2 : 3);
/** Rounds of part 3 and Lighthouse runs per page in part 5. */
const rounds = runs ?? (options.quick ? 1 : 3);

const began = performance.now();
const clock = () => `${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s`;
const say = (text) => process.stderr.write(`[bench ${clock()}] ${text}\n`);
const print = (text = '') => process.stdout.write(`${text}\n`);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(`bench: Node ${process.version} is running it; Astro 7 needs 22.12 or newer. Run it as "npm run bench", which uses the project's pinned Node.`);
	process.exit(1);
}

function header() {
	const astro = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		// not a git checkout
	}
	const cpu = cpus();
	print(`# Benchmark, ${new Date().toISOString()}`);
	print(`Node ${process.version}, Astro ${astro}, commit ${commit} (working tree as it is), ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM.`);
	print(`Parts: ${parts.join(', ')}${parts.includes('scaling') ? `; sizes ${sizes.join(', ')}; runs ${sizes.map((n) => `${runsFor(n)} at N=${n}`).join(', ')}` : ''}${parts.includes('cards') ? `; card rounds ${rounds}` : ''}${parts.includes('lighthouse') ? `; Lighthouse runs per page ${rounds}` : ''}${parts.includes('dev') ? `; dev server N=${devN}` : ''}.`);
	print(`Load average at start: ${load()} (other work on the machine slows wall times; CPU times are steadier).`);
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

const failures = [];

// An error no part caught (a library's unhandled 'error' event, say) still stops what the benchmark started.
for (const event of ['uncaughtException', 'unhandledRejection']) {
	process.on(event, async (error) => {
		print(`\nMEASUREMENT FAILED (${event}): ${error?.stack ?? error}`);
		await stopAll();
		process.exit(1);
	});
}
async function part(title, fn) {
	print(`\n## ${title}\n`);
	try {
		await fn();
	} catch (error) {
		failures.push(title);
		print(`MEASUREMENT FAILED: ${error?.stack ?? error}`);
		say(`${title}: failed`);
	}
}

/** The real site's output, built by part 3 or, without it, here (not timed). */
let siteBuilt = false;
async function ensureSite() {
	if (siteBuilt) return;
	say('building the real site for the page parts (not timed)');
	await astroBuild({ name: 'site', outDir: SITE_OUT });
}

async function cleanUp() {
	if (options.keep || !existsSync(TMP)) return;
	for (const entry of await readdir(TMP)) if (entry !== 'logs') await rm(join(TMP, entry), { recursive: true, force: true });
}

try {
	header();
	// Nothing from an earlier run (a site, logs) may stand in for this run's.
	await rm(TMP, { recursive: true, force: true });

	if (parts.includes('pipeline')) {
		await part('1. The pipeline on the real article: renderArticle vs plain unified', async () => {
			print(pipelineReport(await measurePipeline({ runs: options.quick ? 50 : 200, say })));
		});
	}
	if (parts.includes('scaling')) {
		await part('2. Build scaling: our site (CARDS=off) vs bare Astro sites, N copies of the article', async () => {
			// Part 2 gets what the other parts, still to run, leave of --max-minutes.
			const reserve = parts.filter((p) => RESERVE[p] && PARTS.indexOf(p) > PARTS.indexOf('scaling')).reduce((sum, p) => sum + RESERVE[p][options.quick ? 1 : 0], 0);
			const deadline = began + maxMinutes * 60_000 - reserve;
			const { results, notes, error } = await measureScaling({ sizes, runsFor, deadline, say });
			print(scalingReport(results, notes));
			if (error) throw error;
		});
	}
	if (parts.includes('cards')) {
		await part('3. Preview cards: the real site, card cache empty vs warm', async () => {
			print(cardsReport(await measureCards({ rounds, say })));
			siteBuilt = true;
		});
	}
	if (parts.includes('weight') || parts.includes('lighthouse')) {
		let server;
		try {
			await ensureSite();
			say('starting astro preview');
			server = await preview(SITE_OUT);
			say(`serving ${SITE_OUT} at ${server.origin}`);
		} catch (error) {
			failures.push('preview server');
			print(`\nMEASUREMENT FAILED: could not serve the built site: ${error?.stack ?? error}`);
		}
		try {
			if (server && parts.includes('weight')) {
				await part('4. Page weight: what a browser fetches on a first visit', async () => {
					print(pageWeightReport(await measurePageWeight({ origin: server.origin, outDir: SITE_OUT, say })));
				});
			}
			if (server && parts.includes('lighthouse')) {
				await part('5. Lighthouse (mobile preset), budget 100 in each category', async () => {
					print(lighthouseReport(await measureLighthouse({ origin: server.origin, runs: rounds, say })));
				});
			}
		} finally {
			await server?.stop();
		}
	}
	if (parts.includes('dev')) {
		await part(`6. Edits at scale: astro dev with N=${devN} articles, one article saved`, async () => {
			print(devEditReport(await measureDevEdit({ n: devN, say })));
		});
	}
	if (!options.only) await part('7. Large inputs: 1 MB through the annotation pipeline, budget 1 s each', async () => print(await (await import('./large-inputs.mjs')).largeInputs({ say })));
} catch (error) {
	failures.push('benchmark');
	print(`\nMEASUREMENT FAILED: ${error?.stack ?? error}`);
} finally {
	await stopAll();
	await cleanUp().catch((error) => say(`could not clean ${TMP}: ${error.message}`));
}

print(`\nTotal time ${clock().trim()}. Load average at the end: ${load()}. Build logs: ${join(TMP, 'logs')}.`);
if (failures.length) {
	print(`Failed measurements: ${failures.join('; ')}.`);
	process.exit(1);
}
process.exit(0);
