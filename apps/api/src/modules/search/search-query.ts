/**
 * What a search query means, before any SQL: plain words (each may be corrected for typos,
 * the last one also matches as a prefix), web-search syntax (quotes, `or`, `-word`: taken
 * literally), or nothing (browse). Pure functions, so the rules are unit-tested.
 */

/** A word as both Postgres' parser and tsquery syntax see it: letters and digits only. */
const WORD = /^[\p{L}\p{N}]+$/u;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Words shorter than this are not corrected: a 3-letter typo is as likely another word. */
export const MIN_CORRECTABLE_LENGTH = 4;
/** Only the first words of a long query are corrected; all of them are still searched. */
export const MAX_CORRECTED_TERMS = 8;
export const MAX_QUERY_LENGTH = 200;

export type ParsedQuery =
  | { readonly kind: 'browse' }
  /** Web-search syntax: `websearch_to_tsquery` semantics, no typo correction, no prefix. */
  | { readonly kind: 'websearch'; readonly text: string }
  /** Plain words, lowercased, in order; every one must match (AND). */
  | { readonly kind: 'terms'; readonly text: string; readonly terms: readonly string[] };

/** Quotes, a leading minus or a bare `or` ask for exact web-search semantics. */
function usesSearchSyntax(text: string): boolean {
  return /"/.test(text) || /(^|\s)-[\p{L}\p{N}]/u.test(text) || /(^|\s)or(\s|$)/i.test(text);
}

export function parseSearchQuery(query: string | null | undefined): ParsedQuery {
  const text = (query ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'browse' };
  if (usesSearchSyntax(text)) return { kind: 'websearch', text };
  const terms = text.toLowerCase().split(SEPARATORS).filter(Boolean);
  // Punctuation alone names nothing to look for: show everything rather than nothing.
  if (terms.length === 0) return { kind: 'browse' };
  return { kind: 'terms', text: terms.join(' '), terms };
}

/** The words of a query worth looking up in the lexicon for spelling corrections. */
export function correctableTerms(parsed: ParsedQuery): string[] {
  if (parsed.kind !== 'terms') return [];
  const unique = [...new Set(parsed.terms)];
  return unique
    .filter((term) => term.length >= MIN_CORRECTABLE_LENGTH && !/^\p{N}+$/u.test(term))
    .slice(0, MAX_CORRECTED_TERMS);
}

/**
 * What the lexicon adds to plain words: for each word, the known words it may stand for
 * (spelling corrections; for the last word also its completions), and whether the last word
 * instead matches as a bare prefix (`'pa':*`: a short prefix, or too many completions).
 */
export interface QueryExpansion {
  readonly alternatives: ReadonlyMap<string, readonly string[]>;
  readonly wildcardLast: boolean;
}

export const NO_EXPANSION: QueryExpansion = { alternatives: new Map(), wildcardLast: false };

/** A last word shorter than this matches as a bare prefix; completing it would list half the lexicon. */
export const MIN_COMPLETED_LENGTH = 3;
/** More completions than this and the last word matches as a bare prefix instead. */
export const MAX_COMPLETIONS = 20;

/** The word that is completed: the last plain word, when long enough to complete usefully. */
export function completableTerm(parsed: ParsedQuery): string | null {
  if (parsed.kind !== 'terms') return null;
  const last = parsed.terms.at(-1) ?? '';
  return last.length >= MIN_COMPLETED_LENGTH ? last : null;
}

/** Merges corrections and completions (found in the lexicon) into the expansion of a query. */
export function expansionOf(
  parsed: ParsedQuery,
  corrections: ReadonlyMap<string, readonly string[]>,
  completions: readonly string[],
): QueryExpansion {
  if (parsed.kind !== 'terms') return NO_EXPANSION;
  const last = parsed.terms.at(-1) ?? '';
  const wildcardLast = completableTerm(parsed) === null || completions.length > MAX_COMPLETIONS;
  const alternatives = new Map(corrections);
  if (!wildcardLast && completions.length > 0) {
    alternatives.set(last, [...new Set([...(alternatives.get(last) ?? []), ...completions])]);
  }
  return { alternatives, wildcardLast };
}

const quote = (word: string) => `'${word}'`;

/**
 * The tsquery text for plain words: every word must match, as typed or as one of its
 * alternatives; the last one also by prefix (through its completions, or `:*`). Completions
 * are whole words, so the full-text index finds them without a partial-match scan and
 * recheck, which costs about twice as much for broad prefixes. Words are letters and digits
 * only, so they cannot change the tsquery's structure.
 */
export function termsTsquery(terms: readonly string[], expansion: QueryExpansion): string {
  return terms
    .map((term, index) => {
      const wildcard = expansion.wildcardLast && index === terms.length - 1;
      const alternatives = [
        wildcard ? `${quote(term)}:*` : quote(term),
        ...(expansion.alternatives.get(term) ?? []).filter((word) => WORD.test(word) && word !== term).map(quote),
      ];
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}

/**
 * The expansion travels in the cursor so that every page of one search runs exactly the same
 * tsquery, even when products added meanwhile bring new words into the lexicon: scores stay
 * stable and keyset paging neither repeats nor skips a product. Format `[*]term:w1,w2;term2:w3`.
 */
export function encodeExpansion(expansion: QueryExpansion): string {
  const entries = [...expansion.alternatives]
    .filter(([, words]) => words.length > 0)
    .map(([term, words]) => `${term}:${words.join(',')}`);
  return `${expansion.wildcardLast ? '*' : ''}${entries.join(';')}`;
}

export function decodeExpansion(text: string): QueryExpansion | null {
  const wildcardLast = text.startsWith('*');
  const body = wildcardLast ? text.slice(1) : text;
  const alternatives = new Map<string, string[]>();
  for (const entry of body === '' ? [] : body.split(';')) {
    const [term, words, ...rest] = entry.split(':');
    if (term === undefined || words === undefined || rest.length > 0 || !WORD.test(term)) return null;
    const list = words.split(',');
    if (list.length > MAX_COMPLETIONS + 10 || !list.every((word) => WORD.test(word))) return null;
    alternatives.set(term, list);
  }
  return alternatives.size > MAX_CORRECTED_TERMS + 1 ? null : { alternatives, wildcardLast };
}
