import type { PhrasingContent } from 'mdast';
import type { Properties } from 'hast';
import { previewId } from '../anchors';
import { inlineElement } from './nodes';

/**
 * In-place previews: words in the text become a button that opens, beside them, a short
 * explanation in an HTML popover. Without JavaScript too (`popovertarget`); the page does
 * not scroll; Escape, or a click elsewhere, closes it. global.css anchors it below the
 * words (`.preview`), flipping above them near the bottom of the screen.
 *
 *   previewTrigger('gloss-camarilla', { id: 'ref-gloss-camarilla-1', className: ['gloss'] }, words)
 *     -> <button type="button" popovertarget="preview-gloss-camarilla" id="ref-gloss-camarilla-1" class="gloss">camarilla</button>
 *
 * The words keep their place in the sentence: copying the paragraph copies them as written.
 * The popover itself is the page's: it stands beside the entry it previews, in that entry's
 * list (src/components/Preview.astro), so the page carries each explanation in one place.
 */
export function previewTrigger(target: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
	return inlineElement('button', { type: 'button', popoverTarget: previewId(target), ...properties }, children);
}
