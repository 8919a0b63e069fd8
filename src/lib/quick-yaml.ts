import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The values of a YAML text, read fast: js-yaml with the YAML 1.2 core schema (what `yaml`
 * reads by default), about ten times faster than `yaml`'s parseDocument, which keeps every
 * node's place for error messages. Undefined when js-yaml refuses the text (a duplicate key
 * included): the caller then reads it with `yaml`, which places the error. A test checks
 * that both read every frontmatter of the content and fixtures alike.
 */
export function quickYaml(text: string): unknown {
	try {
		return load(text, { schema: CORE_SCHEMA });
	} catch {
		return undefined;
	}
}
