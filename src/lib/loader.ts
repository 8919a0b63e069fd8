import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { VFileMessage } from 'vfile-message';
import { renderArticle, type Input } from './pipeline';
import { readArticle } from './read-article';
import { record, shareableIds } from './anchor-registry';

/** Dev-server watchers already told to re-load changed articles (load runs again on every sync). */
const watched = new WeakSet<object>();

/** `npm run anchors` sets this: record the ids of every article as published in its anchors.json. */
const RECORD_ANCHORS = process.env.RECORD_ANCHORS === '1';

/** Options of {@link articleLoader}. */
export interface ArticleLoaderOptions {
	/** Folder holding one folder per article, each with an `index.md`; relative to the project root, or absolute. */
	base: string;
}

/**
 * Loads every `<base>/<slug>/index.md` through the annotation pipeline, checked against
 * the files every article has beside it: its anchor registry `anchors.json` and its text
 * as received `original.txt` (a missing one is an author error), and stores its HTML and data
 * (validated by the collection schema) under the id `<slug>`. Unchanged articles are
 * skipped by digest (of their files and of the pipeline's code). In `astro build` an author
 * error stops the build with file, line and column; in `astro dev` it is logged and the
 * article left out until the file is fixed, so the server keeps running.
 */
export function articleLoader({ base }: ArticleLoaderOptions): Loader {
	if (!base) throw new Error('articleLoader: "base" must name the folder of articles, such as "content".');
	return {
		name: 'article-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const folder = resolve(root, base);
			if (!existsSync(folder)) throw new Error(`articleLoader: the folder of articles "${folder}" does not exist.`);
			const slugs = (await readdir(folder, { withFileTypes: true }))
				.filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.md')))
				.map((entry) => entry.name);
			const seen = new Set<string>();
			const code = await codeDigest(root);
			for (const slug of slugs) {
				seen.add(slug);
				await loadOne(context, root, join(folder, slug, 'index.md'), slug, code);
			}
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

			if (!context.watcher || watched.has(context.watcher)) return;
			watched.add(context.watcher);
			context.watcher.add(folder);
			context.watcher.on('all', async (_event, changed) => {
				// An article is rendered anew when its text, its anchor registry or its text as received changes.
				const [slug, file, ...deeper] = relative(folder, changed).split(sep);
				const article = join(folder, slug ?? '', 'index.md');
				if (slug && deeper.length === 0 && ['index.md', 'anchors.json', 'original.txt'].includes(file ?? '') && existsSync(article)) {
					await loadOne(context, root, article, slug, code);
				}
			});
		},
	};
}

/**
 * A digest of the pipeline's own code (src/lib, src/schemas), so that a stored article is
 * rendered anew when the code that renders it changes, not only when its text does.
 */
async function codeDigest(root: string): Promise<string> {
	const hash = createHash('sha256');
	for (const folder of ['src/lib', 'src/schemas']) {
		const files = (await readdir(join(root, folder), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
		for (const file of files.map((entry) => join(entry.parentPath, entry.name)).sort()) hash.update(await readFile(file));
	}
	return hash.digest('hex');
}

async function loadOne(context: LoaderContext, root: string, path: string, id: string, code: string): Promise<void> {
	const filePath = relative(root, path).split(sep).join('/');
	try {
		const article = { text: await readArticle(path, filePath), path: filePath };
		const registry = await companion(root, path, 'anchors.json', 'Create it holding {"published": [], "aliases": {}}, then run `npm run anchors` to record the ids readers may share.');
		const original = await companion(root, path, 'original.txt', 'Save the article’s text as received, word for word, as original.txt beside index.md.');
		const digest = context.generateDigest(code + article.text + registry.text + original.text);
		if (context.store.get(id)?.digest === digest && !RECORD_ANCHORS) return;
		const { html, data } = await renderArticle(article, { registry, original, recording: RECORD_ANCHORS });
		if (RECORD_ANCHORS) {
			const updated = record(JSON.parse(registry.text), shareableIds(data));
			await writeFile(join(root, registry.path), JSON.stringify(updated, null, '\t') + '\n');
			context.logger.info(`${registry.path}: ${updated.published.length} published ids recorded.`);
		}
		const parsed = await context.parseData({ id, data, filePath });
		context.store.set({ id, data: parsed, filePath, digest, rendered: { html } });
	} catch (error) {
		const authorError = toAstroError(error, filePath);
		if (!context.watcher) throw authorError;
		const { file, line = 1, column = 1 } = authorError.loc!;
		context.logger.error(`${file}:${line}:${column}: ${authorError.message}${authorError.hint ? `\n  ${authorError.hint}` : ''}\n  The article is left out until the file is fixed.`);
		context.store.delete(id);
	}
}

/** A file every article has beside its index.md; a missing one is an author error at index.md. */
async function companion(root: string, article: string, name: string, fix: string): Promise<Input> {
	const path = join(dirname(article), name);
	const shownAs = relative(root, path).split(sep).join('/');
	if (!existsSync(path)) {
		const message = new VFileMessage(`The article has no ${name}: ${shownAs} is missing.`, { place: { line: 1, column: 1 }, source: 'annotated-markdown' });
		message.file = relative(root, article).split(sep).join('/');
		message.note = fix;
		throw message;
	}
	return { text: await readArticle(path, shownAs), path: shownAs };
}

type Located = AstroError & { loc?: { file: string; line?: number; column?: number } };

/**
 * An author error as Astro prints it: `content/x/index.md:32:22`, the message and the fix.
 * astro/errors' AstroError has no typed `loc`, but Astro's error overlay and CLI read one.
 */
function toAstroError(error: unknown, filePath: string): Located {
	if (error instanceof VFileMessage) {
		return Object.assign(new AstroError(error.reason, error.note ?? undefined), {
			loc: { file: error.file || filePath, line: error.line ?? undefined, column: error.column ?? undefined },
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	return Object.assign(new AstroError(message), { loc: { file: filePath } });
}
