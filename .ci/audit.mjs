/**
 * npm audit for CI, by the AUDIT switch:
 *   AUDIT=required   advisories of high or critical severity fail the run, and so does an audit that cannot run;
 *   AUDIT=available  (default) the same, but an advisory service that does not answer is reported, not a failure;
 *   AUDIT=skip       not run.
 * Reads npm's JSON report, so a failed audit is told from a found advisory by its shape, not by a message.
 */
import { spawnSync } from 'node:child_process';

const mode = process.env.AUDIT ?? 'available';
if (!['required', 'available', 'skip'].includes(mode)) {
	console.error(`npm audit: AUDIT must be required, available or skip, not "${mode}".`);
	process.exit(2);
}
if (mode === 'skip') {
	console.log('npm audit: NOT RUN (AUDIT=skip).');
	process.exit(0);
}
const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8' });
let report;
try {
	report = JSON.parse(run.stdout);
} catch {
	report = { message: run.stderr.trim() || 'no report' };
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
	const why = `the audit could not run (${report.message ?? report.error?.summary ?? 'no report'})`;
	if (mode === 'required') {
		console.error(`npm audit: FAILED, ${why}; AUDIT=required.`);
		process.exit(1);
	}
	console.log(`npm audit: NOT RUN, ${why}. Set AUDIT=required to make this a failure.`);
	process.exit(0);
}
const serious = counts.high + counts.critical;
console.log(`npm audit: ${counts.total} advisories, ${counts.high} high, ${counts.critical} critical.`);
if (serious) {
	console.log(spawnSync('npm', ['audit', '--audit-level=high'], { encoding: 'utf8' }).stdout);
	process.exit(1);
}
