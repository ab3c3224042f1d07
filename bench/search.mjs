// Product search at 100,000 products (with ports and tags): latency through GraphQL end to
// end (the built API as a process, HTTP, a bearer token) against the same SQL statements the
// search repository runs, sent directly with `pg` in the same run; the product page query;
// and SQL statements per request for lists of 10 and 100 items. Prints figures, asserts nothing.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_ENV, startApi } from './lib/api-process.mjs';
import { createBenchUser, ensureSearchDatabase } from './lib/search-seed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'apps/api/package.json'));
const dist = (path) => require(join(root, 'apps/api/dist', path));
// The very statement builders the API uses, so "direct SQL" is the same SQL.
const { lexiconStatement, pageStatement, summaryStatement } = dist('modules/search/search.repository.js');
const searchQuery = dist('modules/search/search-query.js');

/** A selective query (about ten matches), a broad one (one product in eight) and a misspelt broad one. */
const QUERIES = { selective: 'refunds hourly emea', broad: 'orders', typo: 'paymnts', prefix: 'settl' };

const SEARCH = `query Search($query: String, $first: Int) {
  searchDataProducts(query: $query, first: $first) {
    totalCount
    edges { cursor score highlights { field snippet }
            node { id slug name purpose status tags domain { name } team { name } } }
    pageInfo { hasNextPage endCursor }
    facets { domains { value label count } teams { value label count } tags { value label count }
             classifications { value count } statuses { value count } portKinds { value count } }
  }
}`;

const PRODUCT_PAGE = `query Product($slug: String!) {
  dataProduct(slug: $slug) {
    id slug name purpose usage limitations tags classification accessMode status subscriberCount updatedAt
    domain { name } team { name }
    outputPorts { name kind description connectionDetails { location } consumers { name product { slug name } } }
    inputPorts { name sourcePort { name product { slug name } } }
  }
}`;

const LIST = `query List($first: Int!) {
  dataProducts(first: $first) {
    totalCount
    nodes { name domain { name } team { name } outputPorts { name consumers { name } }
            inputPorts { name sourcePort { name product { name } } } }
  }
}`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(samples) {
  const sorted = [...samples].sort((left, right) => left - right);
  const round = (value) => Math.round(value * 100) / 100;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)) };
}

async function measure(iterations, warmup, once) {
  for (let index = 0; index < warmup; index++) await once();
  const samples = [];
  for (let index = 0; index < iterations; index++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/**
 * Two ways of doing the same work, measured alternately (order swapped every round), so both
 * meet the same load from whatever else the machine is doing and their ratio stays fair.
 */
async function measurePair(iterations, warmup, first, second) {
  for (let index = 0; index < warmup; index++) {
    await first();
    await second();
  }
  const samples = [[], []];
  const runs = [first, second];
  for (let index = 0; index < iterations; index++) {
    for (const which of index % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      await runs[which]();
      samples[which].push(performance.now() - started);
    }
  }
  return samples.map(summarize);
}

async function graphql(url, token, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** What SearchService does before its statements: parse, look the words up, build the match. */
async function directSearch(pool, visibility, text) {
  const parsed = searchQuery.parseSearchQuery(text);
  const prefix = searchQuery.completableTerm(parsed);
  const terms = searchQuery.correctableTerms(parsed);
  const corrections = new Map();
  const completions = [];
  if (terms.length > 0 || prefix !== null) {
    const statement = lexiconStatement(terms, prefix, searchQuery.MAX_COMPLETIONS);
    for (const row of (await pool.query(statement.text, statement.values)).rows) {
      if (row.kind === 'completion') completions.push(row.word);
      else corrections.set(row.term, [...(corrections.get(row.term) ?? []), row.word]);
    }
  }
  const expansion = searchQuery.expansionOf(parsed, corrections, completions);
  const match =
    parsed.kind === 'browse'
      ? { kind: 'all' }
      : parsed.kind === 'websearch'
        ? { kind: 'websearch', text: parsed.text }
        : { kind: 'tsquery', text: searchQuery.termsTsquery(parsed.terms, expansion) };
  const criteria = { visibility, match, filter: {} };
  const sort = parsed.kind === 'browse' ? 'NAME' : 'RELEVANCE';
  return { page: pageStatement(criteria, { sort, after: null, limit: 21 }), summary: summaryStatement(criteria) };
}

/** The scans of a plan, e.g. "Bitmap Index Scan on data_products_search_vector_idx". */
function scansOf(plan, found = new Set()) {
  const target = plan['Index Name'] ?? plan['Relation Name'];
  if (plan['Node Type'].includes('Scan') && target !== undefined) found.add(`${plan['Node Type']} on ${target}`);
  for (const child of plan.Plans ?? []) scansOf(child, found);
  return found;
}

/** Statements per request, counted by the API's PrismaService in an in-process instance. */
async function countStatements(databaseUrl, token, slug) {
  const { createApiApplication } = dist('bootstrap.js');
  const { loadConfig } = dist('config/app-config.js');
  const { PrismaService } = dist('infra/prisma/prisma.service.js');
  const app = await createApiApplication(
    loadConfig({
      ...process.env,
      ...BENCH_ENV,
      DATABASE_URL: databaseUrl,
      GRAPHQL_MAX_COST: '100000',
    }),
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const prisma = app.get(PrismaService);
  const statementsOf = async (query, variables) => {
    const before = prisma.statementCount;
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: { query, variables },
    });
    const body = response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return prisma.statementCount - before;
  };
  try {
    await statementsOf(LIST, { first: 1 }); // the token's last-used bookkeeping, once a minute
    return {
      search: {
        10: await statementsOf(SEARCH, { query: QUERIES.broad, first: 10 }),
        100: await statementsOf(SEARCH, { query: QUERIES.broad, first: 100 }),
      },
      dataProducts: {
        10: await statementsOf(LIST, { first: 10 }),
        100: await statementsOf(LIST, { first: 100 }),
      },
      productPage: await statementsOf(PRODUCT_PAGE, { slug }),
    };
  } finally {
    await app.close();
  }
}

export async function run({ iterations = 200, warmup = 20 } = {}) {
  const seeded = await ensureSearchDatabase();
  const token = await createBenchUser(seeded.url);
  const pool = new pg.Pool({ connectionString: seeded.url, max: 4 });
  const api = await startApi({ DATABASE_URL: seeded.url, GRAPHQL_MAX_COST: '100000' });
  let running = true;
  const stopApi = async () => {
    if (running) await api.stop();
    running = false;
  };
  try {
    const { rows } = await pool.query(`
      SELECT (SELECT array_agg(team_id::text) FROM team_memberships m JOIN users u ON u.id = m.user_id
               WHERE u.email = 'bench@example.com') AS teams,
             (SELECT p.slug FROM data_products p JOIN input_ports i ON i.product_id = p.id
               WHERE p.status = 'PUBLISHED' ORDER BY p.slug LIMIT 1) AS slug`);
    const visibility = { draftTeamIds: rows[0].teams };
    const productSlug = rows[0].slug;

    const search = {};
    for (const [name, text] of Object.entries(QUERIES)) {
      const first = await graphql(api.url, token, SEARCH, { query: text, first: 20 });
      const statements = await directSearch(pool, visibility, text);
      const plans = {};
      for (const [part, statement] of Object.entries(statements)) {
        const explained = await pool.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
        plans[part] = [...scansOf(explained.rows[0]['QUERY PLAN'][0].Plan)];
      }
      const [graphqlMs, directMs] = await measurePair(
        iterations,
        warmup,
        () => graphql(api.url, token, SEARCH, { query: text, first: 20 }),
        async () => {
          const { page, summary } = await directSearch(pool, visibility, text);
          // As the service does: the page and the counts at once, on two connections.
          await Promise.all([pool.query(page.text, page.values), pool.query(summary.text, summary.values)]);
        },
      );
      search[name] = {
        query: text,
        totalCount: first.searchDataProducts.totalCount,
        graphqlMs,
        directSqlMs: directMs,
        ratio: { p50: +(graphqlMs.p50 / directMs.p50).toFixed(2), p95: +(graphqlMs.p95 / directMs.p95).toFixed(2) },
        scans: plans,
      };
    }
    // The floor under every figure above: an authenticated query that reads nothing else.
    const endpointFloorMs = await measure(iterations, warmup, () => graphql(api.url, token, '{ me { user { id } } }'));
    const browseMs = await measure(Math.min(iterations, 50), 5, () => graphql(api.url, token, SEARCH, { first: 20 }));
    const productPageMs = await measure(iterations, warmup, () =>
      graphql(api.url, token, PRODUCT_PAGE, { slug: productSlug }),
    );
    // The in-process instance that counts statements must not share the CPU with the process.
    await stopApi();
    const statementsPerRequest = await countStatements(seeded.url, token, productSlug);
    return {
      products: (await pool.query('SELECT count(*)::int AS count FROM data_products')).rows[0].count,
      seed: { reused: seeded.reused, seededInMs: seeded.seededInMs },
      iterations,
      endpointFloorMs,
      search,
      browseWithFacetsMs: browseMs,
      productPage: { slug: productSlug, latencyMs: productPageMs },
      statementsPerRequest,
    };
  } finally {
    await stopApi();
    await pool.end();
  }
}
