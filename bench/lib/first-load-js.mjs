// First-load JavaScript per route of the built portal (apps/web/.next), as `next build`
// printed it before Next.js 16 dropped the column: the scripts every page loads (the
// framework and the root layout) plus the chunks of the route's own client components
// (page, layouts, error and not-found boundaries), gzipped, as the browser downloads them.
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NEXT_DIR = join(root, 'apps/web/.next');

async function* manifestsUnder(directory) {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* manifestsUnder(path);
    else if (entry.name === 'page_client-reference-manifest.js') yield path;
  }
}

/** The client reference manifest's `entryJSFiles` (one per route), read without running the app. */
function entryFilesOf(manifestPath) {
  const sandbox = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(manifestPath, 'utf8'), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap((manifest) =>
    Object.values(manifest.entryJSFiles ?? {}).flat(),
  );
}

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/**
 * { shared: { files, gzipKiB }, routes: { '/products/[slug]': { gzipKiB, ownGzipKiB, files } } }
 * for every page route; null when the portal is not built.
 */
export async function firstLoadJs(nextDir = NEXT_DIR) {
  if (!existsSync(join(nextDir, 'BUILD_ID'))) return null;
  const build = JSON.parse(readFileSync(join(nextDir, 'build-manifest.json'), 'utf8'));
  const sizes = new Map();
  const gzipped = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(nextDir, file))).length);
    return sizes.get(file);
  };
  const shared = [...new Set(build.rootMainFiles)];
  const sharedBytes = shared.reduce((sum, file) => sum + gzipped(file), 0);
  const routes = {};
  const appDir = join(nextDir, 'server', 'app');
  for await (const manifest of manifestsUnder(appDir)) {
    const route = `/${relative(appDir, dirname(manifest)).split(sep).join('/')}`.replace(/\/$/, '') || '/';
    if (route.startsWith('/_')) continue; // _not-found and _global-error are not pages people ask for
    const own = [...new Set(entryFilesOf(manifest))].filter((file) => !shared.includes(file));
    const ownBytes = own.reduce((sum, file) => sum + gzipped(file), 0);
    routes[route] = { gzipKiB: kib(sharedBytes + ownBytes), ownGzipKiB: kib(ownBytes), chunks: own.length };
  }
  const sorted = Object.fromEntries(Object.entries(routes).sort(([left], [right]) => left.localeCompare(right)));
  return {
    buildId: readFileSync(join(nextDir, 'BUILD_ID'), 'utf8').trim(),
    shared: { gzipKiB: kib(sharedBytes), chunks: shared.length },
    routes: sorted,
  };
}
