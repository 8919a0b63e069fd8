import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { closest } from 'fastest-levenshtein';

/** The `source` of every message the pipeline gives an author. */
export const SOURCE = 'annotated-news';

/** What is wrong, by rule (`ruleId`), and how to fix it. */
export interface Problem {
	/** A short kebab-case name of the rule that was broken, e.g. `unknown-directive`. */
	rule: string;
	/** How to fix it. */
	hint: string;
}

/**
 * Records an author error at a node or point of the file: `reason` says what is wrong and
 * what was received, the hint how to fix it. The pipeline goes on, so that one run reports
 * every error; renderArticle fails once at the end with all of them.
 */
export function report(file: VFile, place: Node | Point | Position | undefined, reason: string, { rule, hint }: Problem): VFileMessage {
	const at = place && 'type' in place ? place.position : place;
	const message = file.message(reason, { place: at, ruleId: rule, source: SOURCE });
	message.fatal = true;
	message.note = hint;
	return message;
}

/** Every author error of one article (its text, then its anchor registry), in the order of the file. */
export class AuthorErrors extends Error {
	readonly messages: VFileMessage[];

	constructor(messages: VFileMessage[]) {
		super(messages.map((message) => formatMessage(message)).join('\n'));
		this.name = 'AuthorErrors';
		this.messages = messages;
	}
}

/** `content/x/index.md:32:22: Unknown directive ":mentoin". (unknown-directive)`, then the hint, indented. */
export function formatMessage(message: VFileMessage, file = message.file): string {
	const place = `${file}:${message.line ?? 1}:${message.column ?? 1}`;
	return `${place}: ${message.reason} (${message.ruleId})${message.note ? `\n  ${message.note}` : ''}`;
}

/** ` Did you mean "x"?` for the nearest known name, or a list of the known ones when few. */
export function didYouMean(received: string, known: readonly string[]): string {
	if (known.length === 0) return ' None is defined yet.';
	const nearest = closest(received, [...known]);
	return ` Did you mean "${nearest}"?` + (known.length <= 12 ? ` Known: ${known.join(', ')}.` : '');
}
