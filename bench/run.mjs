// Runs benchmarks and prints their figures as JSON: `npm run bench [-- name ...]`.
// Benchmarks start what they measure against the real services (`scripts/services.sh up`
// and `eval "$(scripts/services.sh env)"` first, or let `npm run bench` do it via bench.sh).
// Figures are a report, never a pass/fail assertion.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHMARKS = {
  'graphql-trivial': () => import('./graphql-trivial.mjs'),
  outbox: () => import('./outbox.mjs'),
  search: () => import('./search.mjs'),
  'schema-compatibility': () => import('./schema-compatibility.mjs'),
  'freshness-alert': () => import('./freshness-alert.mjs'),
  'freshness-checks': () => import('./freshness-checks.mjs'),
  'product-page': () => import('./product-page.mjs'),
};

const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS);
const unknown = names.filter((name) => !BENCHMARKS[name]);
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}

const results = {};
for (const name of names) {
  const { run } = await BENCHMARKS[name]();
  console.error(`bench: ${name} ...`);
  results[name] = await run();
}
const report = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  at: new Date().toISOString(),
  results,
};
await mkdir(join(here, 'results'), { recursive: true });
await writeFile(join(here, 'results', `${Date.now()}.json`), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
