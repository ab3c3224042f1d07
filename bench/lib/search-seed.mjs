// Seeds a dedicated database with 100,000 data products (tags, 1-3 output ports each, lineage
// edges) for the search benchmark, in bulk SQL; a database that already holds them is reused.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { benchDatabase } from './database.mjs';

export const BENCH_DATABASE = 'tessera_bench';
export const PRODUCT_COUNT = 100_000;

const DOMAINS = ['orders', 'payments', 'inventory', 'customers', 'shipping', 'marketing', 'finance', 'logistics'];
const ENTITIES = (
  'refunds invoices chargebacks settlements ledger carts checkouts returns shipments ' +
  'parcels carriers warehouses stock suppliers prices discounts coupons campaigns clicks ' +
  'sessions accounts profiles addresses consents loyalty reviews ratings subscriptions ' +
  'renewals disputes payouts fees taxes currencies forecasts deliveries routes drivers ' +
  'vehicles contracts'
).split(' ');
const QUALIFIERS = (
  'daily hourly snapshot stream events changes history aggregates summary facts dimension ' +
  'audit raw curated enriched latest monthly weekly realtime archive backfill sample ' +
  'metrics features report'
).split(' ');
const REGIONS = 'emea apac amer latam nordics dach benelux iberia anz global'.split(' ');
const TAGS = (
  'pii gdpr core gold silver bronze ml reporting realtime batch certified experimental ' +
  'tier-1 tier-2 tier-3 sox pci kpi finance ops growth risk fraud compliance marketing ' +
  'analytics cdc streaming legacy migration'
).split(' ');
const TEAMS_PER_DOMAIN = 5;

const sqlArray = (values) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;

// Deterministic per-row choices: hashint4 spreads i over each list independently.
const pick = (list, salt) => `(${sqlArray(list)})[1 + abs(hashint4(s.i + ${salt})) % ${list.length}]`;

const SEED_SQL = `
SET maintenance_work_mem = '512MB';
INSERT INTO teams (slug, name, description)
  SELECT 'bench-team-' || t, 'Bench team ' || t, 'Synthetic team for benchmarks'
  FROM generate_series(1, ${DOMAINS.length * TEAMS_PER_DOMAIN}) t;
INSERT INTO domains (slug, name, description, team_id)
  SELECT d.name, initcap(d.name), 'The ' || d.name || ' business area',
         (SELECT id FROM teams WHERE slug = 'bench-team-' || (d.n - 1) * ${TEAMS_PER_DOMAIN} + 1)
  FROM unnest(${sqlArray(DOMAINS)}) WITH ORDINALITY AS d(name, n);

CREATE TEMP TABLE seed AS
  SELECT s.i, gen_random_uuid() AS id,
         ${pick(DOMAINS, 0)} AS domain, 1 + abs(hashint4(s.i + 7)) % ${TEAMS_PER_DOMAIN} AS team_n,
         ${pick(ENTITIES, 1000003)} AS entity, ${pick(QUALIFIERS, 2000003)} AS qualifier,
         ${pick(REGIONS, 3000017)} AS region,
         ARRAY[${pick(TAGS, 4000037)}, ${pick(TAGS, 5000011)}] AS tags,
         abs(hashint4(s.i + 6000007)) % 100 AS status_roll,
         1 + abs(hashint4(s.i + 7000003)) % 3 AS port_count
  FROM generate_series(1, ${PRODUCT_COUNT}) s(i);

INSERT INTO data_products (id, slug, name, domain_id, team_id, purpose, usage, limitations, tags, classification,
                           access_mode, status, subscriber_count, search_extra, port_kinds, created_at, updated_at,
                           published_at)
  SELECT s.id,
         s.domain || '-' || s.entity || '-' || s.qualifier || '-' || s.region || '-' || s.i,
         initcap(s.domain) || ' ' || s.entity || ' ' || s.qualifier || ' ' || s.region || ' ' || s.i,
         d.id, t.id,
         'Every ' || s.entity || ' record of the ' || s.domain || ' domain in ' || s.region || ', as ' || s.qualifier ||
           ' data, for reporting, reconciliation and operational dashboards.',
         'Join on the ' || s.entity || ' id; prefer the curated port for analytics.',
         'Late records arrive up to a day after the fact.',
         array(SELECT DISTINCT unnest(s.tags || s.domain)),
         (ARRAY['PUBLIC','INTERNAL','CONFIDENTIAL','RESTRICTED'])[1 + abs(hashint4(s.i + 11)) % 4]::"Classification",
         CASE WHEN s.i % 2 = 0 THEN 'OPEN' ELSE 'APPROVAL_REQUIRED' END::"AccessMode",
         CASE WHEN s.status_roll < 8 THEN 'DRAFT' WHEN s.status_roll < 92 THEN 'PUBLISHED'
              WHEN s.status_roll < 97 THEN 'DEPRECATED' ELSE 'RETIRED' END::"ProductStatus",
         abs(hashint4(s.i + 13)) % 250,
         (SELECT string_agg(s.entity || '-' || s.qualifier || '-' || (ARRAY['events','table','changes'])[k], ' ')
            FROM generate_series(1, s.port_count) k),
         -- What the output_ports trigger would compute; set here so it finds nothing to change.
         CASE WHEN s.port_count = 1 THEN '{KAFKA_TOPIC}' ELSE '{KAFKA_TOPIC,POSTGRES_TABLE}' END::"PortKind"[],
         now() - interval '400 days' + s.i * interval '5 minutes',
         now() - (abs(hashint4(s.i + 17)) % 31536000) * interval '1 second',
         CASE WHEN s.status_roll >= 8 THEN now() - interval '300 days' END
  FROM seed s
  JOIN domains d ON d.slug = s.domain
  JOIN teams t ON t.slug = 'bench-team-' || ((array_position(${sqlArray(DOMAINS)}, s.domain) - 1) * ${TEAMS_PER_DOMAIN} + s.team_n);

INSERT INTO output_ports (product_id, name, description, kind, location)
  SELECT s.id, s.entity || '-' || s.qualifier || '-' || (ARRAY['events','table','changes'])[k],
         'The ' || s.entity || ' ' || s.qualifier || ' feed',
         CASE WHEN k = 2 THEN 'POSTGRES_TABLE' ELSE 'KAFKA_TOPIC' END::"PortKind",
         CASE WHEN k = 2
              THEN jsonb_build_object('database', s.domain, 'schema', 'public', 'table', s.entity || '_' || s.i)
              ELSE jsonb_build_object('cluster', 'main', 'topic', s.domain || '.' || s.entity || '.' || s.i || '.' || k)
         END
  FROM seed s, generate_series(1, s.port_count) k;

-- Lineage: every third product reads the first port of the product before it.
INSERT INTO input_ports (product_id, source_port_id, name)
  SELECT s.id, o.id, 'reads-' || o.name
  FROM seed s
  JOIN seed prev ON prev.i = s.i - 1
  JOIN output_ports o ON o.product_id = prev.id AND o.name = prev.entity || '-' || prev.qualifier || '-events'
  WHERE s.i % 3 = 0;
`;

async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Secondary indexes of data_products (GIN ones above all): dropped for the bulk load and rebuilt
 * after it, which is several times faster. Port indexes stay: the port-kinds trigger reads them.
 */
async function secondaryIndexes(client) {
  const { rows } = await client.query(`
    SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename = 'data_products'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
  return rows;
}

/**
 * Creates (or reuses) the benchmark database: migrated with the API's own runner, then
 * filled in bulk. Returns its URL and how long seeding took (0 when reused).
 */
export async function ensureSearchDatabase() {
  const url = await benchDatabase(BENCH_DATABASE);
  return withClient(url, async (client) => {
    const { rows } = await client.query('SELECT count(*)::int AS count FROM data_products');
    if (rows[0].count >= PRODUCT_COUNT) return { url, seededInMs: 0, reused: true };
    if (rows[0].count > 0) throw new Error(`${BENCH_DATABASE} holds a partial seed; drop it and run again`);
    const started = performance.now();
    const indexes = await secondaryIndexes(client);
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    await client.query(SEED_SQL);
    for (const index of indexes) await client.query(index.definition);
    await client.query('VACUUM ANALYZE');
    return { url, seededInMs: Math.round(performance.now() - started), reused: false };
  });
}

/** A member of one bench team with a fresh catalog:read API token, created directly in SQL. */
export async function createBenchUser(url) {
  const token = `tsr_bench${randomBytes(2).toString('hex').slice(0, 3)}_${randomBytes(32).toString('base64url')}`;
  const prefix = token.split('_').slice(0, 2).join('_');
  const tokenHash = createHash('sha256').update(token).digest('hex');
  await withClient(url, async (client) => {
    await client.query('BEGIN');
    const user = await client.query(`
      INSERT INTO users (email, display_name) VALUES ('bench@example.com', 'Bench reader')
      ON CONFLICT (email) DO UPDATE SET display_name = excluded.display_name RETURNING id`);
    const userId = user.rows[0].id;
    await client.query(
      `
      INSERT INTO team_memberships (team_id, user_id, role)
      SELECT id, $1, 'MEMBER' FROM teams WHERE slug = 'bench-team-1' ON CONFLICT DO NOTHING`,
      [userId],
    );
    await client.query('DELETE FROM api_tokens WHERE user_id = $1', [userId]);
    await client.query(
      `INSERT INTO api_tokens (name, prefix, token_hash, scopes, user_id) VALUES ('bench', $1, $2, '{catalog:read}', $3)`,
      [prefix, tokenHash, userId],
    );
    await client.query('COMMIT');
    return userId;
  });
  return token;
}
