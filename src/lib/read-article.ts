import { readFile } from 'node:fs/promises';

/**
 * Reads an article's markdown as text an author meant: strict UTF-8 (bad bytes are an
 * error, not replacement characters), without a byte-order mark, with LF line endings
 * (line numbers stay those of the file) and in Unicode NFC, so ids and the fidelity
 * check compare like with like.
 */
export async function readArticle(path: string): Promise<string> {
	const bytes = await readFile(path);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Error(`${path}: the file is not valid UTF-8. Save it as UTF-8 in your editor.`);
	}
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
