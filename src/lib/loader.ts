import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { VFile } from 'vfile';
import { renderArticle, type Input } from './pipeline';
import { readArticle } from './read-article';
import { checkSiteDefinitions, frontmatterValues, type ArticleInput } from './site-definitions';
import { readSite, siteFileName, type SiteEntities, type SiteFile } from './site-files';
import { SITE_KIND_NAMES } from '../schemas/site';
import { checkSlug, siteRoutes } from './slugs';
import { record, shareableIds } from './anchor-registry';
import type { VFileMessage } from 'vfile-message';
import { AuthorErrors, formatMessage, report } from './author-error';
import { anchorRegistrySchema } from '../schemas/anchors';

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
 * (validated by the collection schema) under the id `<slug>`; the folder name must be a valid
 * address that no page of the site uses (slugs.ts), checked first. The site files beside the
 * articles (`<base>/people.yml` and the like: site-files.ts) are read once per load and
 * given to every article; an id means one thing in all of them and in every article.
 * Unchanged articles are skipped by digest (of their files, the site files and the pipeline's
 * code). In `astro build` author errors stop the build once, listing every one with file,
 * line, column, rule and hint; in `astro dev` they are logged and the article left out until
 * the file is fixed, so the server keeps running.
 */
export function articleLoader({ base }: ArticleLoaderOptions): Loader {
	if (!base) throw new Error('articleLoader: "base" must name the folder of articles, such as "content".');
	return {
		name: 'article-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const folder = resolve(root, base);
			if (!existsSync(folder)) throw new Error(`articleLoader: the folder of articles "${folder}" does not exist.`);
			/** The slug of every article: each folder in the content folder with an index.md, as it stands now. */
			const listSlugs = async () =>
				(await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.md'))).map((entry) => entry.name);
			const routes = await siteRoutes(context.config.srcDir, context.config.publicDir);
			// The site files and the pipeline's code, read once: every article depends on both.
			let shared = await sharedInputs(root, folder);
			const loadSlug = (slug: string) => loadOne(context, root, join(folder, slug, 'index.md'), slug, shared, routes);
			/** In `astro dev`, author errors are logged as they are found (the build lists them all once, below). */
			const log = (messages: VFileMessage[]) => {
				if (messages.length > 0 && context.watcher) context.logger.error(messages.map((message) => formatMessage(message)).join('\n'));
			};
			/** Each article as loadOne last read it, by slug, with its frontmatter's values (read once: the check runs on every save in dev). */
			const articles = new Map<string, ArticleInput>();
			/** Loads one article and keeps it for the site-wide check; returns its author errors. */
			const loadArticle = async (slug: string): Promise<VFileMessage[]> => {
				const { messages, article } = await loadSlug(slug);
				// An article whose file could not be read, or whose folder name is refused, is left out of the check until fixed.
				if (article) articles.set(slug, { ...article, values: article.values ?? frontmatterValues(article.text) });
				else articles.delete(slug);
				return messages;
			};
			/** An article gone from the folder leaves the site, and the check. */
			const removeArticle = (slug: string) => {
				context.store.delete(slug);
				articles.delete(slug);
			};
			/** That an id means one thing across the site: the site files' and the articles' definitions must agree. */
			const checkSite = (): VFileMessage[] => {
				const conflicts = checkSiteDefinitions(shared.files, [...articles.values()]);
				log(conflicts);
				return conflicts;
			};
			/**
			 * Loads every article with the current site files, then checks the site's ids.
			 * Returns every author error: the site files', the articles' and the conflicts.
			 */
			const loadSite = async (): Promise<VFileMessage[]> => {
				const errors: VFileMessage[] = [...shared.messages];
				log(shared.messages);
				// The folder is read again each time: in dev, articles come and go while the server runs.
				const slugs = new Set(await listSlugs());
				for (const slug of slugs) errors.push(...(await loadArticle(slug)));
				for (const id of [...context.store.keys(), ...articles.keys()]) if (!slugs.has(id)) removeArticle(id);
				return [...errors, ...checkSite()];
			};
			const errors = await loadSite();
			// The build stops once, with every author error of every article.
			if (errors.length > 0 && !context.watcher) throw authorErrors(errors);

			if (!context.watcher || watched.has(context.watcher)) return;
			watched.add(context.watcher);
			context.watcher.add(folder);
			/** What the saves ask for, done one after another: a load half done must not meet the next (the articles it checks, the site files it renders with). */
			let queue = Promise.resolve();
			const inTurn = (job: () => Promise<void>) => {
				queue = queue.then(job).catch((error: unknown) => context.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)));
			};
			context.watcher.on('all', (_event, changed) => {
				const [slug, file, ...deeper] = relative(folder, changed).split(sep);
				// A site file is every article's: all are rendered anew with it, and checked against it as on the first load.
				if (file === undefined && SITE_KIND_NAMES.some((kind) => slug === siteFileName(kind))) {
					inTurn(async () => {
						shared = await sharedInputs(root, folder);
						await loadSite();
					});
					return;
				}
				// An article is rendered anew when its text, its anchor registry or its text as received changes,
				// and the site's ids checked again with it: a name it gives may now differ from the site's.
				if (!slug || deeper.length > 0 || !['index.md', 'anchors.json', 'original.txt'].includes(file ?? '')) return;
				inTurn(async () => {
					if (existsSync(join(folder, slug, 'index.md'))) await loadArticle(slug);
					else removeArticle(slug);
					checkSite();
				});
			});
		},
	};
}

/** What every article is rendered with: the site's entities, and a digest of them and of the pipeline's code. */
interface Shared {
	site: SiteEntities;
	/** The site files as read, for the check that an id means one thing everywhere. */
	files: SiteFile[];
	/** Author errors in the site files. */
	messages: VFileMessage[];
	/** Digest of the site files and of the pipeline's own code (src/lib, src/schemas), so that a stored article is rendered anew when either changes, not only when its text does. */
	digest: string;
}

async function sharedInputs(root: string, folder: string): Promise<Shared> {
	const { site, files, messages } = await readSite(folder, (path) => toPosix(relative(root, path)));
	const hash = createHash('sha256');
	for (const file of files) hash.update(`${file.path}\n${file.text}`);
	for (const code of ['src/lib', 'src/schemas']) {
		const entries = (await readdir(join(root, code), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
		for (const file of entries.map((entry) => join(entry.parentPath, entry.name)).sort()) hash.update(await readFile(file));
	}
	return { site, files, messages, digest: hash.digest('hex') };
}

/**
 * Renders and stores one article. Returns its author errors (in `astro dev` they are
 * logged here and the article is left out until the file is fixed) and its index.md as read,
 * with its frontmatter's values when the pipeline read them.
 */
async function loadOne(context: LoaderContext, root: string, path: string, id: string, shared: Shared, routes: ReadonlyMap<string, string>): Promise<{ messages: VFileMessage[]; article?: ArticleInput | undefined }> {
	const filePath = toPosix(relative(root, path));
	let article: ArticleInput | undefined;
	try {
		checkSlug(id, routes, filePath);
		article = { text: await readArticle(path, filePath), path: filePath };
		const missing: VFileMessage[] = [];
		const registry = await companion(root, path, 'anchors.json', 'Create it holding {"published": [], "aliases": {}}, then run `npm run anchors` to record the ids readers may share.', missing);
		const original = await companion(root, path, 'original.txt', 'Save the article’s text as received, word for word, as original.txt beside index.md.', missing);
		const digest = context.generateDigest(shared.digest + article.text + (registry?.text ?? '') + (original?.text ?? ''));
		if (context.store.get(id)?.digest === digest && !RECORD_ANCHORS) return { messages: [], article };
		const { html, data, fingerprints, frontmatterValues } = await renderArticle(article, { registry, original, recording: RECORD_ANCHORS, site: shared.site }).catch((error: unknown) => {
			throw error instanceof AuthorErrors ? new AuthorErrors([...missing, ...error.messages]) : error;
		});
		article.values = frontmatterValues;
		if (missing.length > 0) throw new AuthorErrors(missing);
		if (RECORD_ANCHORS) {
			const updated = record(anchorRegistrySchema.parse(JSON.parse(registry!.text)), shareableIds(data), fingerprints);
			await writeFile(join(root, registry!.path), JSON.stringify(updated, null, '\t') + '\n');
			context.logger.info(`${registry!.path}: ${updated.published.length} published ids recorded.`);
		}
		const parsed = await context.parseData({ id, data, filePath });
		context.store.set({ id, data: parsed, filePath, digest, rendered: { html } });
		return { messages: [], article };
	} catch (error) {
		if (!(error instanceof AuthorErrors)) throw error;
		if (context.watcher) {
			context.logger.error(`${error.message}\n${fixHint(error.messages.length)} The article is left out until the file is fixed.`);
			context.store.delete(id);
		}
		return { messages: error.messages, article };
	}
}

/**
 * A file every article has beside its index.md, read; a missing one is an author error at
 * index.md, added to `missing`.
 */
async function companion(root: string, article: string, name: string, hint: string, missing: VFileMessage[]): Promise<Input | undefined> {
	const path = join(dirname(article), name);
	const shownAs = toPosix(relative(root, path));
	if (existsSync(path)) return { text: await readArticle(path, shownAs), path: shownAs };
	missing.push(report(new VFile({ path: toPosix(relative(root, article)) }), { line: 1, column: 1 }, `The article has no ${name}: ${shownAs} is missing.`, { rule: 'missing-file', hint }));
	return undefined;
}

/** What to do about author errors, after the list. */
const fixHint = (count: number) => `${count === 1 ? 'Fix this error' : `Fix these ${count} errors`} in the files named; docs/authoring.md describes every annotation.`;

/**
 * Every author error of the build as one AstroError, which the build prints and exits 1 on:
 * each as `file:line:column: message (rule)` and its hint. Its location is the first error's
 * (astro/errors' AstroError has no typed `loc`, but Astro's CLI and error overlay read one).
 */
function authorErrors(errors: VFileMessage[]): AstroError {
	const list = errors.map((message) => formatMessage(message)).join('\n');
	const error = new AstroError(`${errors.length === 1 ? 'An author error' : `${errors.length} author errors`} in the content:\n${list}`, fixHint(errors.length));
	const [first] = errors;
	return Object.assign(error, { loc: { file: first?.file, line: first?.line ?? undefined, column: first?.column ?? undefined } });
}

function toPosix(path: string): string {
	return path.split(sep).join('/');
}
