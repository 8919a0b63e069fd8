/** Seconds since `began` (a performance.now() time), for the build log, as Astro writes durations: `1.23s`. */
export function seconds(began: number): string {
	return `${((performance.now() - began) / 1000).toFixed(2)}s`;
}
