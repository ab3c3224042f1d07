// Prints the built portal's first-load JavaScript per route (gzipped), like the table
// `next build` printed before Next.js 16: `npm run build -w @tessera/web && node bench/first-load-js.mjs`.
import { firstLoadJs } from './lib/first-load-js.mjs';

const report = await firstLoadJs();
if (!report) {
  console.error('apps/web is not built: run `npm run build -w @tessera/web` first');
  process.exit(1);
}
const width = Math.max(...Object.keys(report.routes).map((route) => route.length));
console.log(`${'Route'.padEnd(width)}  First load JS (gzip)  of which the route's own`);
for (const [route, { gzipKiB, ownGzipKiB }] of Object.entries(report.routes)) {
  console.log(`${route.padEnd(width)}  ${`${gzipKiB} KiB`.padStart(20)}  ${`${ownGzipKiB} KiB`.padStart(24)}`);
}
console.log(`${'shared by all'.padEnd(width)}  ${`${report.shared.gzipKiB} KiB`.padStart(20)}`);
