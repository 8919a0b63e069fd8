import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { closest } from 'fastest-levenshtein';

/**
 * Stops the build with a message for the author, placed at a node or point of the file:
 * `reason` says what is wrong and what was received, `hint` how to fix it.
 */
export function fail(file: VFile, place: Node | Point | Position | undefined, reason: string, hint?: string): never {
	const at = place && 'type' in place ? place.position : place;
	const message = file.message(reason, { place: at, source: 'annotated-markdown' });
	message.fatal = true;
	if (hint) message.note = hint;
	throw message;
}

/** ` Did you mean "x"?` for the nearest known name, or a list of the known ones when few. */
export function didYouMean(received: string, known: readonly string[]): string {
	if (known.length === 0) return ' None is defined yet.';
	const nearest = closest(received, [...known]);
	return ` Did you mean "${nearest}"?` + (known.length <= 12 ? ` Known: ${known.join(', ')}.` : '');
}
