import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../author-error';
import { CONTROL_CHARACTER, describeCharacter } from '../ids';

/** Characters that reorder text invisibly (Trojan Source): embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/**
 * Refuses invisible characters anywhere in the file, frontmatter included: bidirectional
 * controls can make the text read differently from what it is, and control characters
 * (NUL, escape, …) would be dropped or replaced. Explicit marks (U+200E, U+200F) stay allowed.
 */
export default function remarkSourceCheck() {
	return (_tree: Root, file: VFile) => {
		const text = String(file.value);
		const place = location(file);
		for (const match of text.matchAll(CONTROL_CHARACTERS)) {
			report(file, place.toPoint(match.index), `An invisible control character (${describeCharacter(match[0])}) is in the text.`, {
				rule: 'control-character',
				hint: 'Delete it: control characters cannot be shown, and a NUL would be replaced by "�". Retype the words around it if unsure.',
			});
		}
		for (const match of text.matchAll(BIDI_CONTROLS)) {
			report(file, place.toPoint(match.index), `An invisible bidirectional control character (${describeCharacter(match[0])}) is in the text.`, {
				rule: 'bidi-control',
				hint: 'Delete it: it can make the text display differently from what it says. Use U+200E or U+200F marks if direction really needs help.',
			});
		}
	};
}
