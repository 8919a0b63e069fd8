/**
 * Turns an annotated article into the plain markdown Astro's own engine reads: the same
 * paragraphs of text, with no annotation definitions and no directive syntax. Parsed and
 * written back with remark (remark-frontmatter, remark-directive, remark-stringify):
 *
 * - frontmatter: headline, summary, published and lang are kept (people, sources, events,
 *   glosses and statements are dropped), and `shares` is added: one entry { id, title, text }
 *   per section, quote (titled with its speaker) and event, what the same-work bare site makes one small page of, as
 *   our site makes a share page of each; an entry the article names by id only is completed
 *   from the site files beside the articles (`content/people.yml` and the like), as our loader does;
 * - text directives `:name[label]{attrs}` become their label; label-less ones (`:cite{…}`) go;
 * - leaf directives `::name[label]{attrs}` become a paragraph of their label;
 * - container directives (`:::quote{…}`, `:::note`) give way to their contents;
 * - heading ids `## Title {#id}` are dropped.
 */
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

/** The site files' entries by kind (`people`, `events`, …): what an article's entries of the same id complete. */
const CONTENT = fileURLToPath(new URL('../content/', import.meta.url));
const SITE = Object.fromEntries(
	readdirSync(CONTENT)
		.filter((name) => name.endsWith('.yml'))
		.map((name) => [name.slice(0, -'.yml'.length), parse(readFileSync(`${CONTENT}${name}`, 'utf8')) ?? []]),
);

/** The article's entries of a kind, each completed by the site's entry of the same id. */
const entries = (data, kind) => (data[kind] ?? []).map((entry) => ({ ...SITE[kind]?.find((site) => site.id === entry.id), ...entry }));

const KEPT = ['headline', 'summary', 'published', 'lang'];
const DIRECTIVES = ['textDirective', 'leafDirective', 'containerDirective'];
const HEADING_ID = /\s*\{#([^}\s]*)\}\s*$/;

/** The remark plugin: the tree of an annotated article becomes the tree of its plain version. */
function plainMarkdown() {
	return (tree) => {
		const yaml = tree.children[0];
		if (yaml?.type !== 'yaml') throw new Error('plain-markdown: the article has no frontmatter');
		const data = parse(yaml.value);
		const shares = [];
		const [statements, people, events] = ['statements', 'people', 'events'].map((kind) => entries(data, kind));
		const speakerOf = (statementId) => {
			const speaker = [...statements, ...(SITE.statements ?? [])].find((statement) => statement.id === statementId)?.speaker;
			return [...people, ...(SITE.people ?? [])].find((person) => person.id === speaker)?.name ?? speaker ?? '';
		};

		visit(tree, (node, index, parent) => {
			if (!DIRECTIVES.includes(node.type)) return;
			const label = node.type === 'containerDirective' ? node.children : node.children.filter((child) => !child.data?.directiveLabel);
			if (node.name === 'quote' && node.attributes?.id) shares.push({ id: node.attributes.id, title: speakerOf(node.attributes.statement), text: toString(label) });
			const replacement = node.type === 'leafDirective' ? [{ type: 'paragraph', children: node.children }] : label;
			if (!replacement.length && parent.children[index - 1]?.type === 'text') parent.children[index - 1].value = parent.children[index - 1].value.trimEnd();
			parent.children.splice(index, 1, ...replacement);
			return [SKIP, index];
		});
		tree.children.forEach((node, i) => {
			if (node.type !== 'heading') return;
			const last = node.children.at(-1);
			const id = last?.type === 'text' && HEADING_ID.exec(last.value);
			if (!id) return;
			last.value = last.value.slice(0, id.index);
			const lead = tree.children.slice(i + 1).find((next) => next.type === 'paragraph' || next.type === 'heading');
			shares.push({ id: id[1], title: toString(node), text: lead?.type === 'paragraph' ? toString(lead) : '' });
		});
		for (const event of events) shares.push({ id: event.id, title: event.title, text: event.context ?? '' });

		const kept = Object.fromEntries(KEPT.filter((key) => key in data).map((key) => [key, data[key]]));
		yaml.value = stringify({ ...kept, shares }).trimEnd();
	};
}

const processor = remark().use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(plainMarkdown);

export function toPlainMarkdown(text) {
	const plain = String(processor.processSync(text));
	const left = [];
	visit(processor.parse(plain), (node) => DIRECTIVES.includes(node.type) && left.push(node));
	if (left.length) throw new Error(`plain-markdown: ${left.length} directive(s) left, the first at line ${left[0].position.start.line}`);
	return plain;
}
