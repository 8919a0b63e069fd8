/** What a preview card shows. */
export interface Card {
	/** Small line above the main text: the speaker, the section's or event's label. */
	kicker: string;
	/** The main text: a quotation, a title or a headline. */
	text: string;
	/** Whether the main text is a quotation: drawn in quotation marks, and cut only after a sentence or clause. */
	quote: boolean;
	/** The first words of a section, or an event's context, under the main text. */
	lead?: string | undefined;
	/** Lines at the foot: medium and date, how far the source was checked, where it is from. */
	details: string[];
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
