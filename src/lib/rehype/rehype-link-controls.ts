import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { controlLabel, linkControl, shareTitle } from '../link-control';
import { panelId } from '../anchors';
import '../file-data';

/**
 * Gives each section heading and each quotation a link control:
 *
 *   <h2 id="the-proposal">The proposal</h2>
 *     -> <h2 id="the-proposal">The proposal <a href="#the-proposal" class="link-control" aria-label="Link to section: The proposal" data-share="s/the-proposal/" data-title="The proposal" data-editorial>#</a></h2>
 *
 * A quotation's control goes right after its attribution (the link to its panel entry), wherever
 * that stands, so it stays out of the article's sentences with the rest of our apparatus.
 */
export default function rehypeLinkControls() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'element', (element: Element, index, parent) => {
			const id = element.properties.id;
			if (element.tagName === 'h2' && typeof id === 'string') {
				const title = toString(element).trim();
				element.children.push({ type: 'text', value: ' ' }, linkControl(id, controlLabel.section(title), shareTitle.section(title)));
			}
			const quoteId = attributedQuote(element);
			if (quoteId && parent && index !== undefined) {
				const { speaker, text } = quoteOf(file, quoteId);
				// No space beside it: nothing of ours may enter the text a reader copies.
				parent.children.splice(index + 1, 0, linkControl(quoteId, controlLabel.quote(speaker, text), shareTitle.quote(speaker, text)) as ElementContent);
				return [SKIP, index + 2];
			}
		});
	};
}

/** The id of the quote an attribution names (it links to the quote's panel entry), if it is one. */
function attributedQuote(element: Element): string | undefined {
	const classes = element.properties.className;
	const href = element.properties.href;
	if (element.tagName !== 'a' || !Array.isArray(classes) || !classes.includes('quote-attr') || typeof href !== 'string') return undefined;
	return href.replace(/^#/, '').replace(panelId(''), '');
}

function quoteOf(file: VFile, quoteId: string): { speaker: string; text: string } {
	const { frontmatter, quotes } = file.data;
	const quote = quotes!.find((q) => q.id === quoteId)!;
	const statement = frontmatter!.statements.find((s) => s.id === quote.statement)!;
	return { speaker: frontmatter!.people.find((p) => p.id === statement.speaker)!.name, text: quote.text };
}
