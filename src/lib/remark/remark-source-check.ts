import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../author-error';

/** Characters that reorder text invisibly (Trojan Source): embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Refuses invisible bidirectional control characters anywhere in the file: they can make
 * the text read differently from what it is. Explicit marks (U+200E, U+200F) stay allowed.
 */
export default function remarkSourceCheck() {
	return (_tree: Root, file: VFile) => {
		for (const match of String(file.value).matchAll(BIDI_CONTROLS)) {
			const code = match[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
			report(file, location(file).toPoint(match.index), `An invisible bidirectional control character (U+${code}) is in the text.`, {
				rule: 'bidi-control',
				hint: 'Delete it: it can make the text display differently from what it says. Use U+200E or U+200F marks if direction really needs help.',
			});
		}
	};
}
