// The parts of the demo that are made through the API rather than applied as descriptors:
// connections, team principals, schema versions, a data contract, freshness objectives with
// heartbeats (one product fresh, one stale, so an incident opens), and subscriptions (one
// approved, one waiting in the payments team's inbox). Run by scripts/demo.sh once the API
// is up; safe to run again (each step checks what is already there).
//   node scripts/demo/enrich.mjs <api url>
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const API = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const PASSWORD = 'tessera-demo';

/** Kafka in the quick start is not configured: the clusters point where KAFKA_BROKERS says, or nowhere yet. */
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

const sessions = new Map();

/** A signed-in demo user, who sends GraphQL with their session cookie and CSRF token. */
async function as(email) {
  if (!sessions.has(email)) {
    const response = await fetch(`${API}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
        variables: { input: { email, password: PASSWORD } },
      }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`sign-in of ${email}: ${body.errors[0].message}`);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tessera_session='));
    sessions.set(email, { cookie: cookie.split(';')[0], csrf: body.data.signIn.csrfToken });
  }
  const { cookie, csrf } = sessions.get(email);
  return async (query, variables = {}) => {
    const response = await fetch(`${API}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) {
      const error = new Error(`${body.errors[0].message} (${email})`);
      error.code = body.errors[0].extensions?.code;
      error.reason = body.errors[0].extensions?.reason;
      throw error;
    }
    return body.data;
  };
}

const text = (path) => readFile(join(here, path), 'utf8');

async function portId(graphql, slug, name) {
  const { dataProduct } = await graphql(
    'query($slug: String!) { dataProduct(slug: $slug) { outputPorts { id name } } }',
    {
      slug,
    },
  );
  const port = dataProduct?.outputPorts.find((candidate) => candidate.name === name);
  if (!port) throw new Error(`no output port ${slug}/${name}`);
  return port.id;
}

async function teamId(graphql, slug) {
  return (await graphql('query($slug: String!) { team(slug: $slug) { id } }', { slug })).team.id;
}

async function connections() {
  const admin = await as('admin@tessera.demo');
  const { connections: existing } = await admin('{ connections(first: 100) { nodes { name kind } } }');
  const has = (name, kind) => existing.nodes.some((node) => node.name === name && node.kind === kind);
  for (const [name, description] of [
    ['main', 'The shared cluster: orders, customers, inventory and shipping topics.'],
    ['payments', 'The PCI-scoped cluster of the payments team.'],
  ]) {
    if (has(name, 'KAFKA_CLUSTER')) continue;
    await admin(
      'mutation($input: RegisterKafkaClusterInput!) { registerKafkaCluster(input: $input) { kafkaCluster { id } } }',
      { input: { name, description, brokers: BROKERS } },
    );
  }
  return existing.nodes.length === 0;
}

async function principals() {
  for (const [email, team, cluster, name] of [
    ['casey@tessera.demo', 'marketing-analytics', 'payments', 'User:marketing-analytics'],
    ['casey@tessera.demo', 'marketing-analytics', 'main', 'User:marketing-analytics'],
    ['felix@tessera.demo', 'finance-reporting', 'payments', 'User:finance-reporting'],
  ]) {
    const graphql = await as(email);
    await graphql('mutation($input: SetTeamPrincipalInput!) { setTeamPrincipal(input: $input) { principal { id } } }', {
      input: { teamId: await teamId(graphql, team), connectionKind: 'KAFKA_CLUSTER', connectionName: cluster, name },
    });
  }
}

/**
 * Two versions of the orders table's schema, so the product page has a history and a diff,
 * and the Avro schema of the payments topic (kept in Tessera only while the demo's cluster
 * has no schema registry connection).
 */
async function schemaVersions() {
  const publish = 'mutation($input: PublishSchemaVersionInput!) { publishSchemaVersion(input: $input) { created } }';
  const olivia = await as('olivia@tessera.demo');
  const id = await portId(olivia, 'orders-placed', 'orders-table');
  for (const file of ['orders-placed.orders-table.v1.json', 'orders-placed.orders-table.v2.json']) {
    await olivia(publish, { input: { portId: id, format: 'JSON', definition: await text(`schemas/${file}`) } });
  }
  const priya = await as('priya@tessera.demo');
  await priya(publish, {
    input: {
      portId: await portId(priya, 'payments-authorized', 'authorization-events'),
      format: 'AVRO',
      definition: await text('schemas/payments-authorized.authorization-events.v1.avsc'),
    },
  });
}

async function contracts() {
  const priya = await as('priya@tessera.demo');
  await priya('mutation($input: ImportDataContractInput!) { importDataContract(input: $input) { changed } }', {
    input: {
      portId: await portId(priya, 'payments-authorized', 'authorization-events'),
      format: 'YAML',
      document: await text('contracts/payments-authorized.authorization-events.odcs.yaml'),
    },
  });
}

/**
 * Heartbeats (PUSH checks) work without Kafka. Two ports were written minutes ago and stay
 * fresh for hours (nothing writes in the quick start, so even they age); one has not been
 * written for five hours and is stale from its first check, which opens an incident.
 */
async function objectives() {
  const minutesAgo = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();
  for (const [email, slug, port, warnAfter, errorAfter, lastUpdatedAt] of [
    ['priya@tessera.demo', 'payments-authorized', 'authorization-events', 'PT2H', 'PT6H', minutesAgo(2)],
    ['olivia@tessera.demo', 'orders-placed', 'order-events', 'PT3H', 'PT12H', minutesAgo(1)],
    ['priya@tessera.demo', 'payments-settled', 'settlement-events', 'PT1H', 'PT2H', minutesAgo(5 * 60)],
  ]) {
    const graphql = await as(email);
    const id = await portId(graphql, slug, port);
    await graphql(
      'mutation($input: SetFreshnessObjectiveInput!) { setFreshnessObjective(input: $input) { objective { id } } }',
      {
        input: {
          portId: id,
          check: { kind: 'PUSH' },
          warnAfter,
          errorAfter,
          intervalSeconds: 30,
          targetPercent: 99,
          windowDays: 28,
        },
      },
    );
    await graphql(
      'mutation($input: ReportFreshnessInput!) { reportFreshness(input: $input) { heartbeat { portId } } }',
      {
        input: { portId: id, lastUpdatedAt },
      },
    );
  }
}

async function subscriptions() {
  const request = async (email, team, slug, port, purpose, durationDays) => {
    const graphql = await as(email);
    const id = await portId(graphql, slug, port);
    const { team: consumer } = await graphql(
      'query($slug: String!) { team(slug: $slug) { id subscriptions(first: 100, statuses: [PENDING, APPROVED]) { nodes { id status port { id } } } } }',
      { slug: team },
    );
    const existing = consumer.subscriptions.nodes.find((subscription) => subscription.port.id === id);
    if (existing) return existing;
    const { requestAccess } = await graphql(
      'mutation($input: RequestAccessInput!) { requestAccess(input: $input) { subscription { id status } } }',
      { input: { portId: id, consumerTeamId: consumer.id, purpose, durationDays } },
    );
    return requestAccess.subscription;
  };
  // Orders are open access: approved at once. Settlements wait for the payments team.
  await request(
    'casey@tessera.demo',
    'marketing-analytics',
    'orders-placed',
    'order-events',
    'Attribute orders to campaigns.',
    180,
  );
  await request(
    'felix@tessera.demo',
    'finance-reporting',
    'payments-settled',
    'settlement-events',
    'Reconcile settlements with the ledger every morning.',
    365,
  );
}

const steps = { connections, principals, schemaVersions, contracts, objectives, subscriptions };
const done = [];
for (const [name, step] of Object.entries(steps)) {
  try {
    await step();
    done.push(name);
  } catch (error) {
    process.stderr.write(`demo enrichment: ${name} failed: ${error.message}\n`);
    process.exitCode = 1;
  }
}
process.stdout.write(`demo data via the API: ${done.join(', ')}\n`);
