#!/usr/bin/env node
// Runs the test suite once per time zone, one after another, with `TZ` set.
// Results must not depend on the time zone of the machine that computes them.
//
// Usage: node scripts/test-tz.mjs [extra vitest args, e.g. a file filter]
// No coverage here (`npm test` measures it once); type tests are skipped too,
// since types do not depend on the zone. Console output is shown for failing tests only.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Four zones: UTC, Indonesia's easternmost (+9), one behind UTC (-5, -4 in summer) and the farthest ahead (+14).
const ZONES = ['UTC', 'Asia/Jayapura', 'America/New_York', 'Pacific/Kiritimati'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
if (!existsSync(vitest)) {
  console.error(`test-tz: ${vitest} not found; run \`npm ci\` first.`);
  process.exit(2);
}

const extra = process.argv.slice(2);
const results = [];

for (const zone of ZONES) {
  console.log(`\n=== TZ=${zone} ===`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--reporter=dot',
      '--silent=passed-only',
      '--typecheck.enabled=false',
      // Type-checking the docs' code blocks and building the API report compile TypeScript and do not
      // depend on the zone: `npm test` runs them once. Nor do the SQL equality at 1.000.000
      // worker-months and the spawned binary (DuckDB and the CLI run the same library code), which take
      // most of a run.
      '--exclude=test/docs.test.ts',
      '--exclude=test/api-report.test.ts',
      '--exclude=test/sql/duckdb-scale.test.ts',
      '--exclude=test/cli/binary.test.ts',
      ...extra,
    ],
    // The hostile-input harness does not depend on the zone: a short run per zone is enough.
    { cwd: root, stdio: 'inherit', env: { HOSTILE_RUNS: '40', ...process.env, TZ: zone } },
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  const how = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : `exit ${run.status}`;
  results.push({ zone, ok, seconds, how });
}

console.log('\nTime-zone matrix:');
for (const { zone, ok, seconds, how } of results) {
  console.log(
    `  ${ok ? 'PASS' : 'FAIL'}  ${zone.padEnd(20)} ${seconds.toFixed(1).padStart(6)} s${ok ? '' : `  (${how})`}`,
  );
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} time zones passed`);
process.exit(failed.length === 0 ? 0 : 1);
