/**
 * Writes N copies of the real article into a folder, one `<slug>/index.md` each, under
 * distinct slugs (`kyiv-security-compact-0042`). Ours keep every annotation (anchors.json is
 * not copied, so no article is checked against a registry); the bare ones are the same
 * text as plain markdown (see plain-markdown.mjs).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPlainMarkdown } from './plain-markdown.mjs';

export const SOURCE_SLUG = 'kyiv-security-compact';
const SOURCE = fileURLToPath(new URL(`../content/${SOURCE_SLUG}/index.md`, import.meta.url));

export const slugOf = (i) => `${SOURCE_SLUG}-${String(i).padStart(4, '0')}`;

/** Fills `folder` (emptied first) with `n` articles; `plain` writes the bare version. Returns the folder. */
export async function writeArticles(folder, n, { plain = false } = {}) {
	const source = await readFile(SOURCE, 'utf8');
	const text = plain ? toPlainMarkdown(source) : source;
	await rm(folder, { recursive: true, force: true });
	for (let i = 1; i <= n; i++) {
		const dir = join(folder, slugOf(i));
		await mkdir(dir, { recursive: true });
		await writeFile(join(dir, 'index.md'), text);
	}
	return folder;
}
