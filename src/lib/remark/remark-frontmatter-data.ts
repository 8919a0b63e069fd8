import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { frontmatterShape } from '../../schemas/article';
import { checkDefinitions } from '../definitions';
import { quickYaml } from '../quick-yaml';
import { frontmatterOf } from '../frontmatter';
import { report } from '../author-error';
import { CONTROL_CHARACTER } from '../ids';
import { directiveUses, withSite, withSiteUses } from '../article-entities';
import { NO_SITE } from '../site-files';
import { describePath, parseYaml, pointAt, reportIssues, type YamlSource } from '../yaml-issues';
import '../file-data';

/**
 * Parses the YAML frontmatter (from remark-frontmatter-split), completes the entries that name site
 * entries (`file.data.site`, read once for the whole site) and adds the site entries the
 * article uses without listing them (article-entities.ts), validates the result with the
 * article schema and the cross-reference checks, and stores it as `file.data.frontmatter`:
 * every later step resolves ids against it alone. Every error points at the offending key or
 * value in the file, or at the directive that uses an incomplete site entry.
 */
export default function remarkFrontmatterData() {
	return (tree: Root, file: VFile) => {
		const yamlNode = tree.children.find((node) => node.type === 'yaml');
		if (!yamlNode?.position) {
			report(file, { line: 1, column: 1 }, 'The article has no frontmatter.', {
				rule: 'frontmatter-missing',
				hint: 'Start the file with a block between two "---" lines holding headline, summary, published, lang and original; see docs/authoring.md.',
			});
			return;
		}
		const site = file.data.site ?? NO_SITE;
		const uses = directiveUses(tree);
		// A frontmatter that is valid as it stands is read once, fast; any problem is read again
		// with `yaml`'s document (yaml-issues.ts), which knows the place of every value.
		const values = quickYaml(yamlNode.value);
		file.data.frontmatterValues = values;
		const quick = frontmatterShape.safeParse(withSite(values, site));
		if (quick.success && !holdsControl(values)) {
			const used = withSiteUses(quick.data, site, uses);
			if (used.incomplete.length === 0 && checkDefinitions(used.frontmatter, site).length === 0) {
				file.data.frontmatter = used.frontmatter;
				return;
			}
		}

		const source: YamlSource = { file, text: yamlNode.value, start: frontmatterOf(String(file.value))!.start, noun: 'frontmatter' };
		// A control character typed as such is reported where it stands, by remark-source-check.
		const doc = parseYaml(source);
		if (!doc) return;
		file.data.frontmatterValues = doc.toJS();
		const result = frontmatterShape.safeParse(withSite(file.data.frontmatterValues, site), { reportInput: true });
		if (!result.success) {
			reportIssues(source, doc, result.error.issues, { label: 'Frontmatter ' });
			return;
		}

		// Cross-reference problems are reported, and the frontmatter kept: later steps skip what they cannot resolve.
		const used = withSiteUses(result.data, site, uses);
		for (const { place, message, hint } of used.incomplete) {
			report(file, Array.isArray(place) ? pointAt(source, doc, place) : place, message, { rule: 'site-entry-incomplete', hint });
		}
		for (const problem of checkDefinitions(used.frontmatter, site)) {
			report(file, pointAt(source, doc, problem.path), `Frontmatter ${describePath(problem.path)}: ${problem.message}`, { rule: problem.rule, hint: problem.hint });
		}
		file.data.frontmatter = used.frontmatter;
	};
}

/** Whether a key or string anywhere in YAML values holds a control character. */
function holdsControl(value: unknown): boolean {
	if (typeof value === 'string') return CONTROL_CHARACTER.test(value);
	if (typeof value !== 'object' || value === null) return false;
	for (const key in value) if (CONTROL_CHARACTER.test(key) || holdsControl((value as Record<string, unknown>)[key])) return true;
	return false;
}
