import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { FILTER_FIELD, SearchClient, type FacetName, type SearchResult } from './search-client';

const CLASSIFICATIONS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const;
const STATUSES = ['PUBLISHED', 'DEPRECATED', 'PUBLISHED', 'RETIRED', 'PUBLISHED'] as const;
const TAG_SETS = [['iot'], ['iot', 'sensors'], ['fleet'], [], ['gold', 'iot'], ['sensors', 'fleet', 'gold']];
const MATCHING = 36;

describe('search: facet counts and visibility', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let member: SearchClient; // member of team A
  let outsider: SearchClient; // member of team C only
  let admin: SearchClient;
  const teams: string[] = [];
  const domains: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('search_facets');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const memberUser = await factories.user();
    const outsiderUser = await factories.user();
    const adminUser = await factories.user({ isPlatformAdmin: true });
    teams.push((await factories.team([{ userId: memberUser.id, role: 'MEMBER' }])).id);
    teams.push((await factories.team()).id);
    teams.push((await factories.team([{ userId: outsiderUser.id, role: 'OWNER' }])).id);
    for (const team of teams) domains.push((await factories.domain(team)).id);
    member = new SearchClient(api, await factories.apiToken({ userId: memberUser.id }, ['catalog:read']));
    outsider = new SearchClient(api, await factories.apiToken({ userId: outsiderUser.id }, ['catalog:read']));
    admin = new SearchClient(api, await factories.apiToken({ userId: adminUser.id }, ['admin']));

    for (let index = 0; index < MATCHING; index++) {
      const product = await factories.product(teams[Math.floor(index / 3) % 3] ?? '', domains[index % 3] ?? '', {
        slug: `telemetry-${index}`,
        name: index % 2 === 0 ? `Vehicle telemetry ${index}` : `Vehicle signals ${index}`,
        purpose: index % 2 === 0 ? 'Raw readings.' : 'Cleaned telemetry readings.',
        tags: TAG_SETS[index % TAG_SETS.length],
        classification: CLASSIFICATIONS[index % CLASSIFICATIONS.length],
        status: STATUSES[index % STATUSES.length],
      });
      if (index % 3 >= 1) await factories.outputPort(product.id, { kind: 'KAFKA_TOPIC' });
      if (index % 3 === 2)
        await factories.outputPort(product.id, {
          kind: 'POSTGRES_TABLE',
          location: { database: 'fleet', schema: 'public', table: `signals_${index}` },
        });
    }
    for (let index = 0; index < 6; index++) {
      await factories.product(teams[index % 3] ?? '', domains[index % 3] ?? '', {
        name: `Inventory snapshot ${index}`,
        status: 'PUBLISHED',
        tags: ['iot'],
      });
    }
    // Drafts: one of team A (the member's), one of team B (nobody's here but the admin's).
    await factories.product(teams[0] ?? '', domains[0] ?? '', { slug: 'telemetry-draft-a', name: 'Telemetry draft A' });
    await factories.product(teams[1] ?? '', domains[1] ?? '', { slug: 'telemetry-draft-b', name: 'Telemetry draft B' });
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  const FACETS: FacetName[] = ['domains', 'teams', 'tags', 'classifications', 'statuses', 'portKinds'];

  /** Every bucket's count equals the number of results when its value replaces its facet's selection. */
  async function expectCountsToMatchResults(
    client: SearchClient,
    query: string | null,
    filter: Record<string, string[]>,
  ) {
    const result = await client.search({ query, filter, first: 100 });
    expect(result.totalCount).toBe((await client.all({ query, filter })).length);
    let checked = 0;
    for (const facet of FACETS) {
      for (const bucket of result.facets[facet]) {
        const selected = { ...filter, [FILTER_FIELD[facet]]: [bucket.value] };
        const found = await client.all({ query, filter: selected });
        expect({ facet, value: bucket.label, count: found.length }).toEqual({
          facet,
          value: bucket.label,
          count: bucket.count,
        });
        checked++;
      }
    }
    return { result, checked };
  }

  it('has facet counts equal to the filtered result counts, with and without filters selected', async () => {
    const { result, checked } = await expectCountsToMatchResults(outsider, 'telemetry', {});
    expect(result.totalCount).toBe(MATCHING);
    expect(checked).toBeGreaterThan(15);
    // With nothing selected, single-valued facets split the results exactly.
    for (const facet of ['domains', 'teams', 'classifications', 'statuses'] as const)
      expect(result.facets[facet].reduce((sum, bucket) => sum + bucket.count, 0)).toBe(MATCHING);
    expect(result.facets.portKinds).toEqual([
      { value: 'KAFKA_TOPIC', label: 'KAFKA_TOPIC', count: 24 },
      { value: 'POSTGRES_TABLE', label: 'POSTGRES_TABLE', count: 12 },
    ]);

    await expectCountsToMatchResults(outsider, 'telemetry', { classifications: ['PUBLIC', 'INTERNAL'] });
    await expectCountsToMatchResults(outsider, 'telemetry', { tags: ['iot'], statuses: ['PUBLISHED'] });
    await expectCountsToMatchResults(outsider, null, { domainIds: [domains[0] ?? ''], portKinds: ['POSTGRES_TABLE'] });
  });

  it("counts a facet's other values while one of them is selected (disjunctive faceting)", async () => {
    const all = await outsider.search({ query: 'telemetry', first: 0 });
    const narrowed = await outsider.search({ query: 'telemetry', filter: { classifications: ['PUBLIC'] }, first: 0 });
    expect(narrowed.facets.classifications).toEqual(all.facets.classifications);
    expect(narrowed.totalCount).toBe(all.facets.classifications.find((bucket) => bucket.value === 'PUBLIC')?.count);
    expect(narrowed.facets.domains.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(narrowed.totalCount);
  });

  function statusCount(result: SearchResult, status: string): number | undefined {
    return result.facets.statuses.find((bucket) => bucket.value === status)?.count;
  }

  it("keeps other teams' drafts out of results, totals and facets, but shows a team its own", async () => {
    for (const query of ['telemetry', null]) {
      const seenByOutsider = await outsider.search({ query, first: 100 });
      const seenByMember = await member.search({ query, first: 100 });
      const seenByAdmin = await admin.search({ query, first: 100 });
      const slugsOf = (result: SearchResult) => result.edges.map((edge) => edge.node.slug);

      expect(slugsOf(seenByOutsider)).not.toContain('telemetry-draft-a');
      expect(slugsOf(seenByOutsider)).not.toContain('telemetry-draft-b');
      expect(statusCount(seenByOutsider, 'DRAFT')).toBeUndefined();
      expect(slugsOf(seenByMember)).toContain('telemetry-draft-a');
      expect(slugsOf(seenByMember)).not.toContain('telemetry-draft-b');
      expect(statusCount(seenByMember, 'DRAFT')).toBe(1);
      expect(slugsOf(seenByAdmin)).toEqual(expect.arrayContaining(['telemetry-draft-a', 'telemetry-draft-b']));
      expect(statusCount(seenByAdmin, 'DRAFT')).toBe(2);

      expect(seenByMember.totalCount).toBe(seenByOutsider.totalCount + 1);
      expect(seenByAdmin.totalCount).toBe(seenByOutsider.totalCount + 2);
      const teamB = (result: SearchResult) => result.facets.teams.find((bucket) => bucket.value === teams[1])?.count;
      expect(teamB(seenByMember)).toBe(teamB(seenByOutsider));
      expect(teamB(seenByAdmin)).toBe((teamB(seenByOutsider) ?? 0) + 1);
      const domainB = (result: SearchResult) =>
        result.facets.domains.find((bucket) => bucket.value === domains[1])?.count;
      expect(domainB(seenByAdmin)).toBe((domainB(seenByOutsider) ?? 0) + 1);
    }
    // Asking for drafts explicitly does not reveal them either.
    const drafts = await outsider.search({ query: 'telemetry', filter: { statuses: ['DRAFT'] } });
    expect(drafts).toMatchObject({ totalCount: 0, edges: [] });
    await expectCountsToMatchResults(member, 'telemetry', { teamIds: [teams[0] ?? '', teams[1] ?? ''] });
  });
});
