/**
 * Writes N copies of the real article into a folder, one `<slug>/index.md` each, under
 * distinct slugs (`kyiv-security-compact-0042`). Ours keep every annotation, with the site
 * files beside them (`people.yml` and the like, which the articles refer to), the article's
 * original.txt (checked word for word, as in the real build) and an empty anchors.json (an
 * article not yet published: no registry to hold its ids to); the bare ones are the same
 * text as plain markdown (see plain-markdown.mjs), alone.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPlainMarkdown } from './plain-markdown.mjs';

export const SOURCE_SLUG = 'kyiv-security-compact';
const CONTENT = fileURLToPath(new URL('../content/', import.meta.url));
const SOURCE = join(CONTENT, SOURCE_SLUG, 'index.md');
const UNPUBLISHED = `${JSON.stringify({ published: [], aliases: {} })}\n`;

export const slugOf = (i) => `${SOURCE_SLUG}-${String(i).padStart(4, '0')}`;

/** Fills `folder` (emptied first) with `n` articles; `plain` writes the bare version. Returns the folder. */
export async function writeArticles(folder, n, { plain = false } = {}) {
	const source = await readFile(SOURCE, 'utf8');
	const text = plain ? toPlainMarkdown(source) : source;
	await rm(folder, { recursive: true, force: true });
	await mkdir(folder, { recursive: true });
	if (!plain) for (const name of (await readdir(CONTENT)).filter((name) => name.endsWith('.yml'))) await copyFile(join(CONTENT, name), join(folder, name));
	for (let i = 1; i <= n; i++) {
		const dir = join(folder, slugOf(i));
		await mkdir(dir, { recursive: true });
		await writeFile(join(dir, 'index.md'), text);
		if (plain) continue;
		await copyFile(join(CONTENT, SOURCE_SLUG, 'original.txt'), join(dir, 'original.txt'));
		await writeFile(join(dir, 'anchors.json'), UNPUBLISHED);
	}
	return folder;
}
