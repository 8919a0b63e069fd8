import type { BlockContent, PhrasingContent } from 'mdast';
import type { NumberedSource } from '../../schemas/source';
import { targetId } from '../anchors';
import { formatDate } from '../dates';
import { STATUS, STATUS_MARK, UI } from '../ui';
import { inlineElement } from './nodes';
import { previewMore, previewParagraph } from './preview-nodes';

/**
 * What a citation previews in place: the source's number and publisher, its date and title,
 * how far it was checked, what it supports, its address (or that it has none), and a link
 * to its entry in the source list:
 *
 *   [4] Newsweek · 13 September 2022 / “Title” / ○ Not located / The description … / Not independently located … / Sources →
 */
export function sourcePreview(source: NumberedSource): BlockContent[] {
	const text = (value: string): PhrasingContent => ({ type: 'text', value });
	const when = source.date ? [text(' · '), inlineElement('time', { dateTime: source.date }, [text(formatDate(source.date))])] : [];
	const mark = STATUS_MARK[source.status];
	const address: PhrasingContent = source.url
		? { type: 'link', url: source.url, children: [text(source.url)], data: { hProperties: { rel: ['noopener', 'noreferrer'] } } }
		: text(UI.notLocated);
	return [
		previewParagraph([text(`[${source.number}] ${source.publisher}`), ...when], 'preview-meta'),
		...(source.title ? [previewParagraph([text(`“${source.title}”`)], 'preview-title')] : []),
		previewParagraph([text(mark ? `${mark} ${STATUS[source.status]}` : STATUS[source.status])], `preview-status status-${source.status}`),
		previewParagraph([text(source.supports)]),
		previewParagraph([address], 'preview-url'),
		previewMore(targetId('source', source.id), UI.panels.sources),
	];
}
