import { CARD_HEIGHT, CARD_WIDTH, type Card } from './card';
import { UI } from '../ui';
import { family } from './fonts';

const SANS = family('Inter');
const SERIF = family('Source Serif');

/** A satori element: what JSX would give, written out. */
export interface Node {
	type: string;
	props: { style: Record<string, unknown>; children?: unknown };
}

const element = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/**
 * Everything a reader must see stays in the central square (x 285 to 915), so a 1:1 crop
 * (X's small card, chat thumbnails) still reads; outside it only the site's name. The smallest
 * type (22px) is 11px in a 600x315 thumbnail.
 */
export const COLUMN_WIDTH = 600;
export const COLUMN_HEIGHT = CARD_HEIGHT - 2 * 40;
const RULE = 6;
const INDENT = 26;

const COLOURS = { background: '#16213a', text: '#f5f3ec', accent: '#f0a070', muted: '#d8d5cb' };

/** The central column: kicker, main text at `size` px, lead and details, behind a rule. */
export function column(card: Card, text: string, size: number): Node {
	const main = card.quote ? `"${text}"` : text;
	const width = COLUMN_WIDTH - RULE - INDENT;
	return element('div', { display: 'flex', flexDirection: 'column', width: COLUMN_WIDTH, borderLeft: `${RULE}px solid ${COLOURS.accent}`, paddingLeft: INDENT, fontFamily: SANS, color: COLOURS.text }, [
		element('div', { display: 'flex', width, fontSize: 28, lineHeight: 1.3, fontWeight: 700, color: COLOURS.accent, marginBottom: 14 }, card.kicker),
		element('div', { display: 'flex', width, fontFamily: SERIF, fontWeight: 600, fontSize: size, lineHeight: 1.22 }, main),
		...(card.lead ? [element('div', { display: 'flex', width, fontSize: 24, lineHeight: 1.35, marginTop: 16, color: COLOURS.muted }, card.lead)] : []),
		element('div', { display: 'flex', flexDirection: 'column', width, marginTop: 18, fontSize: 22, lineHeight: 1.3, color: COLOURS.muted }, card.details.map((line) => element('div', { display: 'flex', marginTop: 4 }, line))),
	]);
}

/** The whole 1200x630 card around a column. */
export function frame(content: Node): Node {
	return element('div', { position: 'relative', width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: COLOURS.background, fontFamily: SANS }, [
		element('div', { position: 'absolute', left: (CARD_WIDTH - COLUMN_WIDTH) / 2, top: 0, width: COLUMN_WIDTH, height: CARD_HEIGHT, display: 'flex', alignItems: 'center' }, content),
		element('div', { position: 'absolute', left: 44, bottom: 36, display: 'flex', fontSize: 24, fontWeight: 700, color: COLOURS.text }, UI.siteName),
	]);
}
