/** Seconds since `began` (a performance.now() time), for the build log: `1.23 s`. */
export function seconds(began: number): string {
	return `${((performance.now() - began) / 1000).toFixed(2)} s`;
}
