/**
 * The search box (src/components/Search.astro), on Pagefind's index (articles and site
 * pages). A result lands on its place: the heading of the section that matched best
 * (Pagefind's first sub-result), or the page.
 */
interface Result {
	url: string;
	meta: { title?: string };
	excerpt: string;
	sub_results?: { url: string; title: string; excerpt: string }[];
}

interface Pagefind {
	search(term: string): Promise<{ results: { data(): Promise<Result> }[] }>;
}

for (const box of document.querySelectorAll<HTMLElement>('.search')) {
	const input = box.querySelector('input')!;
	const status = box.querySelector('.search-status')!;
	const list = box.querySelector('.search-results')!;
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;
	box.hidden = false;

	input.addEventListener('input', async () => {
		const term = input.value.trim();
		const call = ++latest;
		// withastro/astro#17265: a literal import('/pagefind/pagefind.js') breaks once bundled.
		const url = box.dataset.bundle!;
		pagefind ??= import(/* @vite-ignore */ url);
		const found = term ? await (await pagefind).search(term) : { results: [] };
		const results = await Promise.all(found.results.slice(0, 8).map((result) => result.data()));
		if (call !== latest) return;
		list.replaceChildren(
			...results.map((result) => {
				const place = result.sub_results?.[0]?.url ?? result.url;
				const item = document.createElement('li');
				const link = item.appendChild(document.createElement('a'));
				link.href = place;
				link.textContent = result.meta.title ?? place;
				const excerpt = item.appendChild(document.createElement('p'));
				excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: the page's own text, with <mark>.
				return item;
			}),
		);
		status.textContent = term ? (results.length ? `${results.length} ${box.dataset.results}` : box.dataset.none!) : '';
	});
}
