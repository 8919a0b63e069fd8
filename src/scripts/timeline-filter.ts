/**
 * The timeline's filter by kind (src/components/Timeline.astro). Without JavaScript the
 * whole list shows and the filter stays hidden; with it, the filter appears and says how
 * many events it shows.
 */
for (const filter of document.querySelectorAll<HTMLElement>('.timeline-filter')) {
	const events = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
	const buttons = [...filter.querySelectorAll('button')];
	const count = filter.querySelector('.timeline-count')!;
	filter.hidden = false;
	filter.addEventListener('click', (click) => {
		const chosen = (click.target as HTMLElement).closest('button');
		if (!chosen) return;
		const kind = chosen.dataset.filter;
		for (const button of buttons) button.setAttribute('aria-pressed', String(button === chosen));
		for (const event of events) event.hidden = kind !== 'all' && !event.classList.contains(`kind-${kind}`);
		count.textContent = filter.dataset.shown!.replace('{shown}', String(events.filter((event) => !event.hidden).length)).replace('{total}', String(events.length));
	});
}
