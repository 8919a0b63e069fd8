/**
 * Every address of the site, in one place, under the configured base path
 * (`BASE_PATH=/analysis/` serves the site from /analysis/).
 */
import { sharePath } from './share-path';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export const routes = {
	home: () => `${BASE}/`,
	article: (slug: string) => `${BASE}/${slug}/`,
	fragment: (slug: string, id: string) => `${BASE}/${slug}/#${id}`,
	share: (slug: string, id: string) => `${BASE}/${slug}/${sharePath(id)}`,
	card: (slug: string, id?: string) => (id ? `${BASE}/${slug}/cards/${id}.png` : `${BASE}/${slug}/card.png`),
	person: (id: string) => `${BASE}/people/${id}/`,
	contents: () => `${BASE}/contents/`,
	timeline: () => `${BASE}/timeline/`,
	file: (name: string) => `${BASE}/${name}`,
};
