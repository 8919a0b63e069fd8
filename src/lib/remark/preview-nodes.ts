import type { PhrasingContent } from 'mdast';
import type { Properties } from 'hast';
import { inlineElement } from './nodes';

/**
 * In-place previews: words in the text become a button that opens, beside them, the entry
 * they refer to as an HTML popover. Without JavaScript too (`popovertarget`); the page does
 * not scroll; Escape, or a click elsewhere, closes it. global.css anchors it below the words,
 * flipping above them near the bottom of the screen.
 *
 *   previewTrigger('gloss-camarilla', { id: 'ref-gloss-camarilla-1', className: ['gloss'] }, words)
 *     -> <button type="button" popovertarget="gloss-camarilla" id="ref-gloss-camarilla-1" class="gloss">camarilla</button>
 *
 * The words keep their place in the sentence: copying the paragraph copies them as written.
 * The popover is the entry itself, in its list (timeline, sources, people, glossary; each entry
 * with backlinks to the text is one): closed, it stands in the list; open, it shows beside the words.
 * So the page carries each explanation once.
 */
export function previewTrigger(target: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
	return inlineElement('button', { type: 'button', popoverTarget: target, ...properties }, children);
}
