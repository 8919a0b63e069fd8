import type * as cheerio from 'cheerio';

/** Ids used more than once on a page. */
export function duplicateIds($: cheerio.CheerioAPI): string[] {
	const ids = $('[id]').map((_, element) => $(element).attr('id')).get();
	return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Fragment links (`#x`) that land on no element of the page. */
export function brokenFragments($: cheerio.CheerioAPI): string[] {
	const ids = new Set($('[id]').map((_, element) => $(element).attr('id')).get());
	return $('a[href^="#"]')
		.map((_, a) => decodeURIComponent($(a).attr('href')!.slice(1)))
		.get()
		.filter((id) => !ids.has(id));
}

/** Inline script the CSP forbids: event-handler attributes and `javascript:` addresses. */
export function inlineScript($: cheerio.CheerioAPI): string[] {
	const found: string[] = [];
	$('*').each((_, element) => {
		for (const [name, value] of Object.entries($(element).attr() ?? {})) {
			if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) found.push(`<${$(element).prop('tagName')?.toLowerCase()} ${name}="${value}">`);
		}
	});
	return found;
}
