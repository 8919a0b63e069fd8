import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { shareableIds } from '../anchor-registry';
import { report } from '../author-error';
import '../file-data';

/** How many missing ids a message names before it says how many more there are. */
const NAMED = 10;

/**
 * Once an article is published (its anchors.json lists ids), every id a reader can share
 * (sections, paragraphs, quotes, events) must be recorded there, so that renaming it later
 * is caught. An empty list is an article not yet published: nothing to hold it to yet. Checked
 * only when the registry has nothing else to fix.
 *
 *   anchors.json { "published": ["intro"] } and a new quote #q-new -> fails: run `npm run anchors`
 */
export default function rehypeRecordedIds() {
	return (_tree: Root, file: VFile) => {
		const { registry, recording = false } = file.data.companions ?? {};
		const parsed = file.data.registry;
		// Ids that moved or vanished come first: recording new ones would not fix them.
		if (!registry || !parsed || recording || parsed.published.length === 0 || registry.messages.length > 0) return;
		const recorded = new Set([...parsed.published, ...Object.keys(parsed.aliases)]);
		const { frontmatter, sections, quotes } = file.data;
		const missing = shareableIds({ sections: sections!, quotes: quotes!, events: frontmatter!.events }).filter((id) => !recorded.has(id));
		if (missing.length === 0) return;
		const text = String(registry.value);
		const end = text.indexOf(']', Math.max(text.indexOf('"published"'), 0));
		report(registry, location(registry).toPoint(Math.max(end, 0)), `The page has ${missing.length === 1 ? 'an id' : `${missing.length} ids`} that anchors.json does not record: ${listed(missing)}.`, {
			rule: 'anchor-unrecorded',
			hint: 'Run `npm run anchors` to record them, so a later change that breaks their links is caught; if an entry was deleted by mistake, restore it.',
		});
	};
}

/** `"a", "b"`, or the first ones and how many more. */
function listed(ids: string[]): string {
	const named = ids.slice(0, NAMED).map((id) => `"${id}"`).join(', ');
	return ids.length > NAMED ? `${named} and ${ids.length - NAMED} more` : named;
}
