import { readFile } from 'node:fs/promises';
import { VFileMessage } from 'vfile-message';
import { AuthorErrors, SOURCE } from './author-error';

/**
 * Reads a content file as text an author meant: strict UTF-8 (a bad byte is an error at
 * its line and column, never a replacement character), without a byte-order mark, with
 * LF line endings (line numbers stay those of the file) and in Unicode NFC, so ids and
 * the fidelity check compare like with like.
 */
export async function readArticle(path: string, shownAs = path): Promise<string> {
	const bytes = await readFile(path);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const readable = new TextDecoder('utf-8').decode(bytes);
		const before = readable.slice(0, readable.indexOf('\uFFFD')).split('\n');
		const message = new VFileMessage('The file is not valid UTF-8: a byte here is not part of any character.', {
			place: { line: before.length, column: (before.at(-1) ?? '').length + 1 },
			ruleId: 'utf-8',
			source: SOURCE,
		});
		message.file = shownAs;
		message.fatal = true;
		message.note = 'Save the file as UTF-8 in your editor, then check the characters at this place.';
		throw new AuthorErrors([message]);
	}
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
