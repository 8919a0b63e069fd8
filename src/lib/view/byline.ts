import type { Article } from '../../schemas/article';
import { UI } from '../ui';

/**
 * The byline line of an article: the byline where verified; "Byline not verified" and what is
 * known only where the author says something of an unverified one (`bylineNote`); nothing at
 * all for an article that simply has no byline.
 */
export function bylineLine(original: Article['original']): string | undefined {
	if (original.byline) return original.byline;
	if (original.bylineNote) return `${UI.bylineUnknown}. ${original.bylineNote}`;
	return undefined;
}
