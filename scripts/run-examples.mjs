#!/usr/bin/env node
// Runs every examples/*.ts (sorted by name) with `node --import tsx <file>`, one after another.
// Files whose name starts with `_` are shared helpers, not examples, and are skipped.
// Examples may start worker threads: workers inherit `--import tsx` from the parent's execArgv.
//
// Usage: node scripts/run-examples.mjs [name-filter ...]   (a filter is a substring of the file name)
// Fails (exit 1) if any example exits non-zero, is killed, or runs longer than the time limit.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME_LIMIT_MS = 180_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples');
const filters = process.argv.slice(2);

const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.startsWith('_'))
      .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
      .sort()
  : [];

if (files.length === 0) {
  console.error('run-examples: no examples/*.ts found');
  process.exit(1);
}

const results = [];
for (const name of files) {
  console.log(`\n=== examples/${name} ===`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('examples', name)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: TIME_LIMIT_MS,
    env: process.env,
  });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  const how = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : `exit ${run.status}`;
  results.push({ name, ok, seconds, how });
  if (!ok) console.error(`--- examples/${name} FAILED (${how})`);
}

console.log('\nExamples:');
for (const { name, ok, seconds, how } of results) {
  console.log(
    `  ${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s${ok ? '' : `  (${how})`}`,
  );
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} examples passed`);
process.exit(failed.length === 0 ? 0 : 1);
