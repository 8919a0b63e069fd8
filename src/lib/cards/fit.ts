import satori, { type SatoriOptions } from 'satori';
import { boundaryCuts, clip } from '../shorten';
import type { Card } from './card';
import { column, COLUMN_HEIGHT, COLUMN_WIDTH } from './layout';

/** Type sizes of the main text, in px: as large as fits, never below the smallest legible one. */
const SIZES = { quote: { max: 64, min: 34 }, title: { max: 72, min: 40 } };

/** What a card draws: its main text, whole or cut, and its size. */
export interface Fitted {
	text: string;
	size: number;
}

/**
 * The largest size at which the card's column fits, with the whole text if it fits at the
 * smallest size; otherwise the longest cut after a sentence or clause that fits (for a title
 * without such breaks, the longest cut between words). Sizes are measured, not guessed:
 * satori lays the column out at its width and reports its height.
 */
export async function fitCard(card: Card, options: Pick<SatoriOptions, 'fonts' | 'loadAdditionalAsset'>): Promise<Fitted> {
	const { max, min } = card.quote ? SIZES.quote : SIZES.title;
	const fits = async (text: string, size: number) => height(await satori(column(card, text, size) as never, { width: COLUMN_WIDTH, ...options })) <= COLUMN_HEIGHT;

	let text = card.text;
	if (!(await fits(text, min))) {
		const cuts = [...boundaryCuts(text), ...(card.quote ? [] : wordCuts(text))];
		const found = await firstFitting(cuts, (cut) => fits(cut, min));
		if (!found) throw new Error(`A card's text does not fit even cut short: ${card.text}`);
		text = found;
	}
	// Binary search for the largest size that fits: height grows with size.
	let [low, high] = [min, max];
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (await fits(text, mid)) low = mid;
		else high = mid - 1;
	}
	return { text, size: low };
}

async function firstFitting(candidates: string[], fits: (text: string) => Promise<boolean>): Promise<string | undefined> {
	for (const candidate of candidates) if (await fits(candidate)) return candidate;
	return undefined;
}

/** Cuts between words, each a tenth shorter than the last. */
function wordCuts(text: string): string[] {
	const cuts: string[] = [];
	for (let max = Math.floor(text.length * 0.9); max > 10; max = Math.floor(max * 0.9)) cuts.push(clip(text, max));
	return cuts;
}

function height(svg: string): number {
	return Number(/height="([\d.]+)"/.exec(svg)![1]);
}
