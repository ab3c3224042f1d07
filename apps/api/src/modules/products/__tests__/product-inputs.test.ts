import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../infra/graphql/domain-error';
import { createDataProductSchema } from '../dto/create-data-product.input';
import { parseListArguments } from '../dto/data-products.args';
import { deprecateDataProductSchema } from '../dto/deprecate-data-product.input';
import { updateDataProductSchema } from '../dto/update-data-product.input';
import { ZodValidationPipe } from '../dto/validation';

const TEAM = '6f0c1a52-3b9e-4d7a-9a51-1d2f3e4a5b6c';

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).category).toBe('VALIDATION_FAILED');
    return [...(error as DomainError).issues];
  }
  throw new Error('expected a validation failure');
}

describe('product mutation inputs', () => {
  const create = new ZodValidationPipe(createDataProductSchema);

  it('takes the domain by exactly one of id and slug', () => {
    expect(create.transform({ teamId: TEAM, slug: 'orders', name: 'Orders', domainSlug: 'sales' })).toMatchObject({
      domainSlug: 'sales',
    });
    expect(issuesOf(() => create.transform({ teamId: TEAM, slug: 'orders', name: 'Orders' }))).toEqual([
      { path: 'domainId', message: 'give exactly one of domainId and domainSlug' },
    ]);
    expect(
      issuesOf(() =>
        create.transform({ teamId: TEAM, slug: 'orders', name: 'Orders', domainSlug: 's', domainId: TEAM }),
      ),
    ).toHaveLength(1);
  });

  it('drops duplicate tags and the nulls GraphQL sends for absent support link fields', () => {
    const parsed = create.transform({
      teamId: TEAM,
      slug: 'orders',
      name: ' Orders ',
      domainSlug: 'sales',
      tags: ['b', 'a', 'b'],
      supportLinks: [{ url: 'https://example.com', channel: null, tool: 'slack', description: null }],
    });
    expect(parsed).toMatchObject({
      name: 'Orders',
      tags: ['b', 'a'],
      supportLinks: [{ url: 'https://example.com', tool: 'slack' }],
    });
    expect(parsed.supportLinks?.[0]).not.toHaveProperty('channel');
  });

  it('names every bad field by its path inside the input', () => {
    const issues = issuesOf(() =>
      create.transform({ teamId: 'team', slug: '-x', name: '', domainSlug: 'sales', tags: ['ok', 'Bad Tag'] }),
    );
    expect(issues.map((issue) => issue.path).sort()).toEqual(['name', 'slug', 'tags.1', 'teamId']);
  });

  it('treats an omitted update field as unchanged and refuses an explicit null', () => {
    const update = new ZodValidationPipe(updateDataProductSchema);
    expect(update.transform({ id: TEAM, purpose: '' })).toEqual({ id: TEAM, purpose: '' });
    expect(issuesOf(() => update.transform({ id: TEAM, name: null })).map((issue) => issue.path)).toEqual(['name']);
  });

  it('reads a blank deprecation reason as no reason', () => {
    const parsed = deprecateDataProductSchema.parse({
      id: TEAM,
      sunsetAt: new Date(),
      reason: '   ',
      replacementId: null,
    });
    expect(parsed.reason).toBeUndefined();
    expect(parsed.replacementId).toBeUndefined();
  });

  it('checks list filters, naming the path under filter, and orders by name by default', () => {
    expect(parseListArguments({ filter: { tags: ['a'], statuses: null } })).toEqual({
      order: 'NAME',
      filter: {
        domainIds: undefined,
        teamIds: undefined,
        statuses: undefined,
        classifications: undefined,
        tags: ['a'],
        portKinds: undefined,
      },
    });
    expect(issuesOf(() => parseListArguments({ filter: { domainIds: ['nope'] } }))).toEqual([
      { path: 'filter.domainIds.0', message: 'not a valid id' },
    ]);
  });
});
