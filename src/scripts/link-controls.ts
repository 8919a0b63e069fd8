/**
 * Link controls (src/lib/link-control.ts): a click copies the passage's one link, its share
 * page (which previews as the passage and lands on it), resolved against the page's canonical
 * URL (so never the current query string), and says so in a polite live region. Where the Web
 * Share API exists, the share sheet then gets the same link, with the passage's title.
 * Without JavaScript the controls stay plain links to the fragment.
 */
import { sharePath } from '../lib/share-path';

const region = document.querySelector<HTMLElement>('.link-status')!;

const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
let clear: ReturnType<typeof setTimeout> | undefined;

function announce(message: string) {
	region.textContent = message;
	clearTimeout(clear);
	clear = setTimeout(() => (region.textContent = ''), 4000);
}

document.addEventListener('click', async (event) => {
	const control = (event.target as Element).closest<HTMLAnchorElement>('a.link-control');
	if (!control) return;
	event.preventDefault();
	const url = new URL(sharePath(decodeURIComponent(control.hash.slice(1))), canonical).href;
	try {
		await navigator.clipboard.writeText(url);
		announce(`${region.dataset.copied}: ${url}`);
	} catch {
		announce(`${region.dataset.copy}: ${url}`);
	}
	const title = control.dataset.title ?? document.title;
	if (navigator.share) await navigator.share({ title, text: title, url }).catch(() => undefined);
});
