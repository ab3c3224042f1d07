import { expect } from 'vitest';
import { denied, next, returns, type Case, type World } from './matrix-support';

/** The catalog core's cases: hidden drafts on every path, product mutations, organisation, audit. */

const PRODUCT = 'query($id: ID, $slug: String) { dataProduct(id: $id, slug: $slug) { id status } }';
const PORT = 'query($id: ID!) { outputPort(id: $id) { id connectionDetails { location } } }';
const LIST =
  'query($filter: DataProductFilter) { dataProducts(first: 100, filter: $filter) { totalCount nodes { id } } }';
const CONNECTION = 'query($id: ID) { dataProduct(id: $id) { outputPorts { connectionDetails { kind location } } } }';
const TEAM_PRODUCTS = 'query($id: ID) { team(id: $id) { products(first: 50) { totalCount nodes { id } } } }';
const DOMAIN_PRODUCTS = 'query($id: ID) { domain(id: $id) { products(first: 50) { totalCount nodes { id } } } }';
const LINEAGE = 'query($id: ID) { dataProduct(id: $id) { inputPorts { id sourcePort { id } } } }';
const CONSUMERS = 'query($id: ID!) { outputPort(id: $id) { consumers { id } } }';
const DESCRIPTOR = 'query($slug: String!) { dataProductDescriptor(slug: $slug) }';
const SEARCH =
  'query($query: String, $filter: SearchFilterInput) { searchDataProducts(query: $query, filter: $filter, first: 50) { totalCount edges { node { id } } facets { statuses { value count } teams { value count } } } }';

interface SearchResult {
  totalCount: number;
  edges: { node: { id: string } }[];
  facets: { statuses: { value: string; count: number }[]; teams: { value: string; count: number }[] };
}
const searchOf = (data: Record<string, unknown>) => data.searchDataProducts as SearchResult;
const UPDATE = 'mutation($input: UpdateDataProductInput!) { updateDataProduct(input: $input) { dataProduct { id } } }';
const PUBLISH =
  'mutation($input: PublishDataProductInput!) { publishDataProduct(input: $input) { dataProduct { status } } }';
const DEPRECATE =
  'mutation($input: DeprecateDataProductInput!) { deprecateDataProduct(input: $input) { dataProduct { status } } }';
const RETIRE =
  'mutation($input: RetireDataProductInput!) { retireDataProduct(input: $input) { dataProduct { status } } }';
const CREATE = 'mutation($input: CreateDataProductInput!) { createDataProduct(input: $input) { dataProduct { id } } }';
const ADD_PORT = 'mutation($input: AddOutputPortInput!) { addOutputPort(input: $input) { outputPort { id } } }';
const UPDATE_PORT =
  'mutation($input: UpdateOutputPortInput!) { updateOutputPort(input: $input) { outputPort { id } } }';
const REMOVE_PORT =
  'mutation($input: RemoveOutputPortInput!) { removeOutputPort(input: $input) { removedOutputPortId } }';
const ADD_INPUT = 'mutation($input: AddInputPortInput!) { addInputPort(input: $input) { inputPort { id } } }';
const REMOVE_INPUT =
  'mutation($input: RemoveInputPortInput!) { removeInputPort(input: $input) { removedInputPortId } }';
const CREATE_TEAM = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }';
const CREATE_DOMAIN = 'mutation($input: CreateDomainInput!) { createDomain(input: $input) { domain { id } } }';
const UPDATE_DOMAIN = 'mutation($input: UpdateDomainInput!) { updateDomain(input: $input) { domain { id } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }';
const ADD_MEMBER = 'mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } } }';
const UPDATE_TEAM = 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }';
const AUDIT = 'query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 1) { totalCount } }';
const APPLY =
  'mutation($input: ApplyDataProductDescriptorInput!) { applyDataProductDescriptor(input: $input) { outcome } }';

function descriptor(world: World, overrides: Record<string, unknown>) {
  return {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: `matrix-${next()}`,
    name: 'Matrix product',
    status: 'draft',
    domain: world.domainSlug,
    team: { name: world.teamSlugA },
    ...overrides,
  };
}

export const CATALOG_CASES: Case[] = [
  // Reading a hidden draft, on every path
  {
    name: 'anonymous reads a product',
    role: 'anonymous',
    query: PRODUCT,
    variables: (w) => ({ id: w.published.id }),
    expected: denied('UNAUTHENTICATED'),
  },
  {
    name: 'another team reads a draft by id',
    role: 'ownerB',
    query: PRODUCT,
    variables: (w) => ({ id: w.draft.id }),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'another team reads a draft by slug',
    role: 'ownerB',
    query: PRODUCT,
    variables: (w) => ({ slug: w.draft.slug }),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'a team token of another team reads a draft',
    role: 'teamTokenB',
    query: PRODUCT,
    variables: (w) => ({ id: w.draft.id }),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'the owning team reads its draft',
    role: 'memberA',
    query: PRODUCT,
    variables: (w) => ({ id: w.draft.id }),
    expected: returns((d) => expect(d.dataProduct).toMatchObject({ status: 'DRAFT' })),
  },
  {
    name: 'an admin reads any draft',
    role: 'admin',
    query: PRODUCT,
    variables: (w) => ({ slug: w.draft.slug }),
    expected: returns((d) => expect(d.dataProduct).toMatchObject({ status: 'DRAFT' })),
  },
  {
    name: 'another team reads a published product',
    role: 'ownerB',
    query: PRODUCT,
    variables: (w) => ({ id: w.published.id }),
    expected: returns((d) => expect(d.dataProduct).toMatchObject({ status: 'PUBLISHED' })),
  },
  {
    name: 'another team lists products without the draft, in nodes and totalCount',
    role: 'ownerB',
    query: LIST,
    variables: (w) => ({ filter: { teamIds: [w.teamA] } }),
    expected: returns((d) => expect(d.dataProducts).toMatchObject({ totalCount: 1 })),
  },
  {
    name: 'the owning team lists its draft',
    role: 'memberA',
    query: LIST,
    variables: (w) => ({ filter: { teamIds: [w.teamA] } }),
    expected: returns((d) => expect(d.dataProducts).toMatchObject({ totalCount: 2 })),
  },
  {
    name: 'another team filters by DRAFT and sees none of team A',
    role: 'ownerB',
    query: LIST,
    variables: (w) => ({ filter: { teamIds: [w.teamA], statuses: ['DRAFT'] } }),
    expected: returns((d) => expect(d.dataProducts).toMatchObject({ totalCount: 0, nodes: [] })),
  },
  {
    name: 'another team reads team { products } without the draft',
    role: 'ownerB',
    query: TEAM_PRODUCTS,
    variables: (w) => ({ id: w.teamA }),
    expected: returns((d) => expect((d.team as { products: { totalCount: number } }).products.totalCount).toBe(1)),
  },
  {
    name: 'another team reads domain { products } without the draft',
    role: 'ownerB',
    query: DOMAIN_PRODUCTS,
    variables: (w) => ({ id: w.domain }),
    expected: returns((d) => expect((d.domain as { products: { totalCount: number } }).products.totalCount).toBe(2)),
  },
  {
    name: 'the owning team reads domain { products } with its draft',
    role: 'memberA',
    query: DOMAIN_PRODUCTS,
    variables: (w) => ({ id: w.domain }),
    expected: returns((d) => expect((d.domain as { products: { totalCount: number } }).products.totalCount).toBe(3)),
  },
  {
    name: 'lineage to a hidden draft shows no source port',
    role: 'ownerB',
    query: LINEAGE,
    variables: (w) => ({ id: w.consumerB.id }),
    expected: returns((d) =>
      expect((d.dataProduct as { inputPorts: unknown[] }).inputPorts).toEqual([
        { id: expect.any(String) as unknown, sourcePort: null },
      ]),
    ),
  },
  {
    name: 'lineage from the owning team shows its draft port',
    role: 'memberA',
    query: LINEAGE,
    variables: (w) => ({ id: w.consumerB.id }),
    expected: returns((d) =>
      expect((d.dataProduct as { inputPorts: { sourcePort: unknown }[] }).inputPorts[0]?.sourcePort).not.toBeNull(),
    ),
  },
  {
    name: 'another team reads a draft port by id',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.draft.portId }),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'another team exports a draft descriptor',
    role: 'ownerB',
    query: DESCRIPTOR,
    variables: (w) => ({ slug: w.draft.slug }),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'the owning team exports its draft descriptor',
    role: 'memberA',
    query: DESCRIPTOR,
    variables: (w) => ({ slug: w.draft.slug }),
    expected: returns((d) => expect(d.dataProductDescriptor).toMatchObject({ status: 'draft' })),
  },
  // Search and facets
  {
    name: 'another team searches team A and finds no draft, in hits, totalCount or facets',
    role: 'ownerB',
    query: SEARCH,
    variables: (w) => ({ filter: { teamIds: [w.teamA] } }),
    expected: returns((d) => {
      expect(searchOf(d).totalCount).toBe(1);
      expect(searchOf(d).facets.statuses).toEqual([{ value: 'PUBLISHED', count: 1 }]);
    }),
  },
  {
    name: 'another team searches for the draft by its slug and finds nothing',
    role: 'ownerB',
    query: SEARCH,
    variables: (w) => ({ query: w.draft.slug }),
    expected: returns((d, w) => expect(searchOf(d).edges.map((edge) => edge.node.id)).not.toContain(w.draft.id)),
  },
  {
    name: 'the owning team searches and counts its draft in hits and facets',
    role: 'memberA',
    query: SEARCH,
    variables: (w) => ({ filter: { teamIds: [w.teamA] } }),
    expected: returns((d) => {
      expect(searchOf(d).totalCount).toBe(2);
      expect(searchOf(d).facets.statuses).toEqual(expect.arrayContaining([{ value: 'DRAFT', count: 1 }]));
    }),
  },
  {
    name: 'the team facet of another team counts only team A’s visible product',
    role: 'ownerB',
    query: SEARCH,
    variables: () => ({}),
    expected: returns((d) =>
      expect(
        searchOf(d)
          .facets.teams.filter((bucket) => bucket.count > 0)
          .reduce((sum, bucket) => sum + bucket.count, 0),
      ).toBe(searchOf(d).totalCount),
    ),
  },
  {
    name: 'anonymous searches',
    role: 'anonymous',
    query: SEARCH,
    variables: () => ({}),
    expected: denied('UNAUTHENTICATED'),
  },
  // Connection details
  {
    name: 'another team sees no connection details',
    role: 'ownerB',
    query: CONNECTION,
    variables: (w) => ({ id: w.published.id }),
    expected: returns((d) =>
      expect((d.dataProduct as { outputPorts: unknown[] }).outputPorts).toEqual([{ connectionDetails: null }]),
    ),
  },
  {
    name: 'a read-only token of another user sees no connection details',
    role: 'readerToken',
    query: CONNECTION,
    variables: (w) => ({ id: w.published.id }),
    expected: returns((d) =>
      expect((d.dataProduct as { outputPorts: unknown[] }).outputPorts).toEqual([{ connectionDetails: null }]),
    ),
  },
  {
    name: 'the owning team sees connection details',
    role: 'memberA',
    query: CONNECTION,
    variables: (w) => ({ id: w.published.id }),
    expected: returns((d) =>
      expect(
        (d.dataProduct as { outputPorts: { connectionDetails: unknown }[] }).outputPorts[0]?.connectionDetails,
      ).toMatchObject({ kind: 'KAFKA_TOPIC' }),
    ),
  },
  {
    name: 'an admin sees connection details',
    role: 'admin',
    query: CONNECTION,
    variables: (w) => ({ id: w.published.id }),
    expected: returns((d) =>
      expect(
        (d.dataProduct as { outputPorts: { connectionDetails: unknown }[] }).outputPorts[0]?.connectionDetails,
      ).not.toBeNull(),
    ),
  },
  {
    name: 'another team reads a port by id without its connection details',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.published.portId }),
    expected: returns((d) => expect(d.outputPort).toMatchObject({ connectionDetails: null })),
  },
  {
    name: 'another team exports a descriptor without port locations',
    role: 'ownerB',
    query: DESCRIPTOR,
    variables: (w) => ({ slug: w.published.slug }),
    expected: returns((d) => expect(JSON.stringify(d.dataProductDescriptor)).not.toContain('topic')),
  },
  {
    name: 'consumers of a port omit hidden products',
    role: 'ownerB',
    query: CONSUMERS,
    variables: (w) => ({ id: w.published.portId }),
    expected: returns((d) => expect((d.outputPort as { consumers: unknown[] }).consumers).toEqual([])),
  },
  // Product mutations
  {
    name: 'a member creates a product for its team',
    role: 'memberA',
    query: CREATE,
    variables: (w) => ({ input: { teamId: w.teamA, domainId: w.domain, slug: `m-${next()}`, name: 'New' } }),
    expected: returns((d) => expect(d.createDataProduct).toBeTruthy()),
  },
  {
    name: 'another team creates a product for team A',
    role: 'ownerB',
    query: CREATE,
    variables: (w) => ({ input: { teamId: w.teamA, domainId: w.domain, slug: `x-${next()}`, name: 'X' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a read-only token creates a product',
    role: 'readerToken',
    query: CREATE,
    variables: (w) => ({ input: { teamId: w.teamA, domainId: w.domain, slug: `r-${next()}`, name: 'R' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member updates its product',
    role: 'memberA',
    query: UPDATE,
    variables: (w) => ({ input: { id: w.published.id, purpose: `edited ${next()}` } }),
    expected: returns((d) => expect(d.updateDataProduct).toBeTruthy()),
  },
  {
    name: 'another team updates team A’s product',
    role: 'ownerB',
    query: UPDATE,
    variables: (w) => ({ input: { id: w.published.id, purpose: 'hijack' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team updates a hidden draft',
    role: 'ownerB',
    query: UPDATE,
    variables: (w) => ({ input: { id: w.draft.id, purpose: 'hijack' } }),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'a member publishes',
    role: 'memberA',
    query: PUBLISH,
    variables: (w) => ({ input: { id: w.draft.id } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member deprecates',
    role: 'memberA',
    query: DEPRECATE,
    variables: (w) => ({ input: { id: w.published.id, sunsetAt: '2030-01-01T00:00:00Z', reason: 'x' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team deprecates',
    role: 'ownerB',
    query: DEPRECATE,
    variables: (w) => ({ input: { id: w.published.id, sunsetAt: '2030-01-01T00:00:00Z', reason: 'x' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member retires',
    role: 'memberA',
    query: RETIRE,
    variables: (w) => ({ input: { id: w.published.id } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team adds an output port to team A’s product',
    role: 'ownerB',
    query: ADD_PORT,
    variables: (w) => ({
      input: {
        productId: w.published.id,
        name: `p-${next()}`,
        kind: 'KAFKA_TOPIC',
        location: { cluster: 'main', topic: 'x' },
      },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member adds an output port',
    role: 'memberA',
    query: ADD_PORT,
    variables: (w) => ({
      input: {
        productId: w.published.id,
        name: `p-${next()}`,
        kind: 'KAFKA_TOPIC',
        location: { cluster: 'main', topic: `t.${next()}` },
      },
    }),
    expected: returns((d) => expect(d.addOutputPort).toBeTruthy()),
  },
  {
    name: 'another team renames team A’s port',
    role: 'ownerB',
    query: UPDATE_PORT,
    variables: (w) => ({ input: { id: w.published.portId, description: 'mine now' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team removes team A’s port',
    role: 'ownerB',
    query: REMOVE_PORT,
    variables: (w) => ({ input: { id: w.published.portId } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team adds lineage from team A’s hidden draft port',
    role: 'ownerB',
    query: ADD_INPUT,
    variables: (w) => ({ input: { productId: w.consumerB.id, sourcePortId: w.draft.portId, name: `in-${next()}` } }),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'another team adds an input port to team A’s product',
    role: 'ownerB',
    query: ADD_INPUT,
    variables: (w) => ({
      input: { productId: w.published.id, sourcePortId: w.published.portId, name: `in-${next()}` },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'team A removes team B’s input port (BOLA)',
    role: 'ownerA',
    query: REMOVE_INPUT,
    variables: (w) => ({ input: { id: w.consumerB.inputPortId } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  // Descriptors
  {
    name: 'another team applies a descriptor into team A',
    role: 'ownerB',
    query: APPLY,
    variables: (w) => ({ input: { descriptor: descriptor(w, {}) } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member applies a descriptor that publishes',
    role: 'memberA',
    query: APPLY,
    variables: (w) => ({ input: { descriptor: descriptor(w, { status: 'active' }) } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'an owner applies a descriptor that publishes',
    role: 'ownerA',
    query: APPLY,
    variables: (w) => ({ input: { descriptor: descriptor(w, { status: 'active' }) } }),
    expected: returns((d) => expect(d.applyDataProductDescriptor).toMatchObject({ outcome: 'CREATED' })),
  },
  // Organisation and administration
  {
    name: 'a team owner creates a team',
    role: 'ownerA',
    query: CREATE_TEAM,
    variables: () => ({ input: { slug: `t-${next()}`, name: 'T' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'an admin creates a team',
    role: 'admin',
    query: CREATE_TEAM,
    variables: () => ({ input: { slug: `t-${next()}`, name: 'T' } }),
    expected: returns((d) => expect(d.createTeam).toBeTruthy()),
  },
  {
    name: 'a member creates a domain',
    role: 'memberA',
    query: CREATE_DOMAIN,
    variables: (w) => ({ input: { slug: `d-${next()}`, name: 'D', teamId: w.teamA } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a domain’s owning team moves the domain',
    role: 'ownerA',
    query: UPDATE_DOMAIN,
    variables: (w) => ({ input: { id: w.domain, teamId: w.teamB } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a team owner creates a user',
    role: 'ownerA',
    query: CREATE_USER,
    variables: () => ({ input: { email: `u-${next()}@example.com`, displayName: 'U' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member adds a member',
    role: 'memberA',
    query: ADD_MEMBER,
    variables: (w) => ({ input: { teamId: w.teamA, userId: w.consumerB.id } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team’s owner adds itself to team A',
    role: 'ownerB',
    query: ADD_MEMBER,
    variables: (w) => ({ input: { teamId: w.teamA, userId: w.consumerB.id } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team’s owner renames team A',
    role: 'ownerB',
    query: UPDATE_TEAM,
    variables: (w) => ({ input: { id: w.teamA, name: 'Ours now' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a team token acts on another team’s product',
    role: 'teamTokenB',
    query: UPDATE,
    variables: (w) => ({ input: { id: w.published.id, purpose: 'ci hijack' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  // Audit log
  {
    name: 'another team reads team A’s audit log',
    role: 'ownerB',
    query: AUDIT,
    variables: (w) => ({ filter: { teamId: w.teamA } }),
    expected: denied('FORBIDDEN'),
  },
  {
    name: 'a member reads its team’s audit log',
    role: 'memberA',
    query: AUDIT,
    variables: (w) => ({ filter: { teamId: w.teamA } }),
    expected: returns((d) => expect((d.auditEvents as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(0)),
  },
  {
    name: 'a team owner reads the whole audit log',
    role: 'ownerA',
    query: AUDIT,
    variables: () => ({}),
    expected: denied('FORBIDDEN'),
  },
  {
    name: 'an admin reads the whole audit log',
    role: 'admin',
    query: AUDIT,
    variables: () => ({}),
    expected: returns((d) => expect((d.auditEvents as { totalCount: number }).totalCount).toBeGreaterThan(0)),
  },
];
