/**
 * Link controls (src/lib/link-control.ts): a click copies the canonical address of the
 * fragment (the page's canonical URL, so never the current query string) and says so in a
 * polite live region; where the Web Share API exists it also offers the share page, whose
 * preview card is the fragment's own. Without JavaScript the controls stay plain links.
 */
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
	const url = new URL(control.hash, canonical).href;
	try {
		await navigator.clipboard.writeText(url);
		announce(`${region.dataset.copied}: ${url}`);
	} catch {
		announce(`${region.dataset.copy}: ${url}`);
	}
	const share = control.dataset.share;
	if (share && navigator.share) {
		await navigator.share({ title: document.title, url: new URL(share, canonical).href }).catch(() => undefined);
	}
});
