import { describe, expect, it } from 'vitest';
import { type Prisma } from '../../../generated/prisma/client';
import { DomainError } from '../../../infra/graphql/domain-error';
import { cursorOf, filterConditions, pageClauses, readCursor, visibleCondition, whereAll } from '../product-list.sql';

const ID = '6f0c1a52-3b9e-4d7a-9a51-1d2f3e4a5b6c';
const text = (sql: Prisma.Sql | null) => sql?.sql.replace(/\s+/g, ' ').trim() ?? null;

describe('product list SQL', () => {
  it('lets admins see everything and everyone else non-drafts plus their own teams’ drafts', () => {
    expect(text(visibleCondition({ draftTeamIds: null }))).toBe('TRUE');
    const own = visibleCondition({ draftTeamIds: [ID] });
    expect(text(own)).toBe("(p.status <> 'DRAFT' OR p.team_id = ANY(?::uuid[]))");
    expect(own.values).toEqual([[ID]]);
    // A user in no team still gets the condition, with an empty list: drafts are hidden.
    expect(visibleCondition({ draftTeamIds: [] }).values).toEqual([[]]);
  });

  it('matches any value within a filter and all filters together', () => {
    const conditions = filterConditions({
      domainIds: [ID],
      teamIds: undefined,
      statuses: ['PUBLISHED', 'DEPRECATED'],
      classifications: undefined,
      tags: ['a', 'b'],
      portKinds: ['KAFKA_TOPIC'],
    });
    expect(conditions.map(text)).toEqual([
      'p.domain_id = ANY(?::uuid[])',
      'p.status = ANY(?::"ProductStatus"[])',
      'p.tags && ?::text[]',
      'p.port_kinds && ?::"PortKind"[]',
    ]);
    expect(text(whereAll(conditions))).toContain(' AND ');
    // Search's facet counts leave out the facet's own field.
    expect(filterConditions({ statuses: ['PUBLISHED'], tags: ['a'] }, 'statuses').map(text)).toEqual([
      'p.tags && ?::text[]',
    ]);
    expect(text(whereAll([]))).toBe('TRUE');
  });

  it('pages by name forwards and backwards from a cursor, reading one extra row', () => {
    const cursor = cursorOf('NAME', { nameKey: 'orders', updatedAt: new Date(), id: ID });
    const forward = pageClauses('NAME', { direction: 'forward', limit: 10, cursor });
    expect(forward.limit).toBe(11);
    expect(text(forward.orderBy)).toBe('lower(p.name) ASC, p.id ASC');
    expect(text(forward.after)).toBe('(lower(p.name), p.id) > (?, ?::uuid)');
    expect(forward.after?.values).toEqual(['orders', ID]);
    const backward = pageClauses('NAME', { direction: 'backward', limit: 10, cursor });
    expect(text(backward.orderBy)).toBe('lower(p.name) DESC, p.id DESC');
    expect(text(backward.after)).toBe('(lower(p.name), p.id) < (?, ?::uuid)');
    expect(pageClauses('NAME', { direction: 'forward', limit: 5, cursor: null }).after).toBeNull();
  });

  it('pages by recency newest first, ties broken by id', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const cursor = cursorOf('UPDATED_AT', { nameKey: 'x', updatedAt: at, id: ID });
    expect(cursor).toEqual(['UPDATED_AT', '2026-01-02T03:04:05.678Z', ID]);
    const forward = pageClauses('UPDATED_AT', { direction: 'forward', limit: 10, cursor });
    expect(text(forward.orderBy)).toBe('p.updated_at DESC, p.id ASC');
    expect(text(forward.after)).toBe(
      '(p.updated_at < ?::timestamptz OR (p.updated_at = ?::timestamptz AND p.id > ?::uuid))',
    );
    const backward = pageClauses('UPDATED_AT', { direction: 'backward', limit: 10, cursor });
    expect(text(backward.orderBy)).toBe('p.updated_at ASC, p.id DESC');
  });

  it('refuses a cursor of another order, a forged one and a bad date', () => {
    const byName = cursorOf('NAME', { nameKey: 'orders', updatedAt: new Date(), id: ID });
    for (const [order, cursor] of [
      ['UPDATED_AT', byName],
      ['NAME', ['NAME', 'orders']],
      ['NAME', ['NAME', 'orders', 'not-an-id']],
      ['UPDATED_AT', ['UPDATED_AT', 'yesterday', ID]],
    ] as const) {
      expect(() => readCursor(order, cursor)).toThrow(DomainError);
    }
    expect(() => readCursor('NAME', byName)).not.toThrow();
  });
});
