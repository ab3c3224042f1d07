import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../../infra/graphql/pagination';
import type { SearchSort } from './dto/search-data-products.args';
import { searchError } from './search.errors';
import { decodeExpansion, encodeExpansion, type ParsedQuery, type QueryExpansion } from './search-query';

/**
 * A search cursor: the order and query it belongs to, the sort value and id of the last row
 * seen (the keyset), and the query expansion (corrections, completions) the first page chose.
 * Opaque to clients.
 */
export interface SearchCursor {
  readonly sort: SearchSort;
  /** lower(name), the ISO updated_at, the subscriber count or the score (a decimal string). */
  readonly key: string | number;
  readonly id: string;
  readonly expansion: QueryExpansion;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Ties a cursor to its query, so a cursor of one search cannot silently page another. */
export function queryFingerprint(parsed: ParsedQuery): string {
  const text = parsed.kind === 'browse' ? '' : `${parsed.kind}:${parsed.text}`;
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

export function encodeSearchCursor(parsed: ParsedQuery, cursor: SearchCursor): string {
  return encodeCursor([
    cursor.sort,
    queryFingerprint(parsed),
    cursor.key,
    cursor.id,
    encodeExpansion(cursor.expansion),
  ]);
}

function keyIsValid(sort: SearchSort, key: unknown): key is string | number {
  switch (sort) {
    case 'NAME':
      return typeof key === 'string';
    case 'UPDATED_AT':
      return typeof key === 'string' && !Number.isNaN(Date.parse(key));
    case 'POPULARITY':
      return typeof key === 'number' && Number.isSafeInteger(key);
    case 'RELEVANCE':
      return typeof key === 'string' && DECIMAL.test(key);
  }
}

/** A cursor of another order or query, or a forged one, is refused rather than misread. */
export function decodeSearchCursor(after: string, sort: SearchSort, parsed: ParsedQuery): SearchCursor {
  const invalid = () =>
    searchError('INVALID_CURSOR', undefined, [{ path: 'after', message: 'not a cursor of this search and order' }]);
  let parts;
  try {
    parts = decodeCursor(after);
  } catch {
    throw invalid();
  }
  const [cursorSort, fingerprint, key, id, expansionText] = parts;
  if (
    parts.length !== 5 ||
    cursorSort !== sort ||
    fingerprint !== queryFingerprint(parsed) ||
    !keyIsValid(sort, key) ||
    typeof id !== 'string' ||
    !UUID.test(id) ||
    typeof expansionText !== 'string'
  ) {
    throw invalid();
  }
  const expansion = decodeExpansion(expansionText);
  if (expansion === null) throw invalid();
  return { sort, key, id, expansion };
}
