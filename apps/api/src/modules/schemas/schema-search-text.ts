import type { SchemaField } from './compatibility';

/** search_extra feeds a tsvector (1 MB at most) and the spelling lexicon: plenty, but bounded. */
export const MAX_SEARCH_TEXT = 20_000;

/**
 * The words product search learns from a schema version: field names (also split at camelCase
 * and snake_case boundaries, so `customerEmail` is found by "customer email") and docs.
 */
export function schemaSearchText(fields: readonly SchemaField[]): string {
  const words = new Set<string>();
  const docs: string[] = [];
  for (const field of fields) {
    words.add(field.name);
    const split = field.name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/[_\-.]+/g, ' ')
      .trim();
    if (split !== field.name) words.add(split);
    if (field.doc) docs.push(field.doc.replace(/\s+/g, ' ').trim());
  }
  const text = [...words, ...new Set(docs)].join(' ');
  return text.length <= MAX_SEARCH_TEXT ? text : text.slice(0, text.lastIndexOf(' ', MAX_SEARCH_TEXT));
}
