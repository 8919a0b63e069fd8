/**
 * Address of a passage's share page, relative to its article's page (so it holds under any
 * base path): `s/q-medvedev-prologue/`. The one rule, used by the pages that build share pages
 * (routes.ts) and by the scripts that copy links (src/scripts), which take the id from the
 * control's own fragment.
 */
export function sharePath(id: string): string {
	return `s/${id}/`;
}
