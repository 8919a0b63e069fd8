/**
 * Tables (markdown-table: valid markdown, aligned for a terminal) and the number formats the
 * benchmark prints.
 */
import { markdownTable } from 'markdown-table';

/** `columns`: [{ title, align: 'left' | 'right' }]; `rows`: arrays of cells (undefined prints empty). */
export function table(columns, rows) {
	const cells = [columns.map((c) => c.title), ...rows.map((row) => row.map((cell) => String(cell ?? '')))];
	return markdownTable(cells, { align: columns.map((c) => (c.align === 'right' ? 'r' : 'l')), stringLength: (text) => [...text].length });
}

export const left = (title) => ({ title, align: 'left' });
export const right = (title) => ({ title, align: 'right' });

const ok = (value) => typeof value === 'number' && Number.isFinite(value);
export const secs = (ms) => (ok(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');
export const msec = (ms) => (ok(ms) ? `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms` : 'n/a');
export const mib = (kb) => (ok(kb) ? `${(kb / 1024).toFixed(0)} MiB` : 'n/a');
export const ratio = (a, b) => (ok(a) && ok(b) && b !== 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
export const kb = (bytes) => (ok(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
export const verdict = (pass) => (pass === undefined ? 'n/a' : pass ? 'pass' : 'FAIL');

export function median(values) {
	const sorted = values.filter(ok).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
