/**
 * A link to exactly the words a reader selects in the article: when a selection stands inside
 * one passage (a quote, or else a section), a button offers to copy the passage's one link, its
 * share page, with a text fragment (`/<slug>/s/<id>/#:~:text=start,end`). It previews as the
 * passage; the share page takes the fragment on to `/<slug>/#<id>:~:text=…`, where a browser that
 * supports text fragments shows and highlights the words, and one that lacks them keeps the whole
 * as its fragment, which names no element: the lines at the end of this file land it on the id.
 */
import { sharePath } from '../lib/share-path';

const body = document.querySelector<HTMLElement>('.article-body');
const region = document.querySelector<HTMLElement>('.link-status');

/** Text fragments escape these besides what encodeURIComponent does. */
const encode = (text: string) => encodeURIComponent(text).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `start,end` for a long selection (its first and last four words), the words themselves for a short one. */
function directive(text: string): string {
	const words = text.trim().split(/\s+/);
	return words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
}

const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

/** The shareable passage a node stands in: its quote, or else its section (named by its heading's id). */
function passageOf(node: Node | null): string | undefined {
	const element = node instanceof Element ? node : node?.parentElement;
	if (!element || !body?.contains(element)) return undefined;
	return element.closest('.quote[id]')?.id ?? element.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') ?? undefined;
}

if (body && region) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'selection-link';
	button.textContent = region.dataset.selection!;
	button.hidden = true;
	document.body.append(button);
	let link = '';

	document.addEventListener('selectionchange', () => {
		const selection = getSelection();
		const text = selection?.toString().trim() ?? '';
		const start = selection?.rangeCount ? selection.getRangeAt(0).startContainer : null;
		const end = selection?.rangeCount ? selection.getRangeAt(0).endContainer : null;
		const id = passageOf(start) ?? '';
		link = text && id && passageOf(end) === id ? `${new URL(sharePath(id), canonical).href}#:~:text=${directive(text)}` : '';
		button.hidden = !link;
	});

	// Pressing the button must not clear the selection it is about.
	button.addEventListener('mousedown', (event) => event.preventDefault());
	button.addEventListener('click', async () => {
		await navigator.clipboard.writeText(link).catch(() => undefined);
		region.textContent = `${region.dataset.copied}: ${link}`;
	});
}

// A browser without text fragments keeps `#id:~:text=…` as its fragment, which names no element:
// land on the id before it.
const [id, words] = decodeURIComponent(location.hash.slice(1)).split(':~:');
if (words !== undefined && id) document.getElementById(id)?.scrollIntoView();
