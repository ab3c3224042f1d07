// Adds up vitest's JSON reports into one closing line: "tests: N passed, N failed, N skipped".
// A test file that failed before any of its tests ran (an import error, a failing hook)
// counts as one failure, so a broken suite can never pass as "0 failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(directory, file), 'utf8'));
  for (const suite of report.testResults ?? []) {
    const results = suite.assertionResults ?? [];
    passed += results.filter((result) => result.status === 'passed').length;
    skipped += results.filter((result) => ['skipped', 'pending', 'todo'].includes(result.status)).length;
    const failures = results.filter((result) => result.status === 'failed').length;
    failed += failures > 0 ? failures : suite.status === 'failed' ? 1 : 0;
  }
}
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
