// GraphQL endpoint throughput and latency for a trivial query (no database access), end to
// end over HTTP with autocannon: the floor every other API benchmark stands on.
import autocannon from 'autocannon';
import { startApi } from './lib/api-process.mjs';

const QUERY = JSON.stringify({ query: '{ apiInfo { version environment } }' });

export async function run({ connections = 10, durationSeconds = 10 } = {}) {
  const api = await startApi();
  try {
    const request = {
      url: `${api.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    };
    await autocannon({ ...request, connections, duration: 2 }); // warm-up
    const result = await autocannon({ ...request, connections, duration: durationSeconds });
    return {
      query: '{ apiInfo { version environment } }',
      connections,
      durationSeconds,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      non2xx: result.non2xx,
      errors: result.errors,
    };
  } finally {
    await api.stop();
  }
}
