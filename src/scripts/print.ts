/**
 * Before printing, previews left open are closed. A source, person, event or gloss is itself
 * the preview its references open in place (a popover, in the top layer), so one left open would
 * print apart from its list, over the text, instead of in its place.
 */
addEventListener('beforeprint', () => {
	for (const open of document.querySelectorAll<HTMLElement>(':popover-open')) open.hidePopover();
});
