#!/usr/bin/env node
// Runs every examples/*.ts (sorted by name) with `node --import tsx <file> --lang <lang>`, in
// Indonesian and in English, two at a time. Files whose name starts with `_` are shared helpers, not
// examples, and are skipped. Examples may start worker threads: workers inherit `--import tsx` from the
// parent's execArgv.
//
// Each run's output is checked for one voice (test/voice.ts): no number in the other language's style,
// no object dump, no unfilled placeholder or `-` standing for a missing value, no vocabulary value in
// its code form. The output of a run is printed whole, in order, once the run has ended.
//
// Usage: node --import tsx scripts/run-examples.mjs [--lang id|en] [name-filter ...]
//   (a filter is a substring of the file name; without --lang both languages run)
// Fails (exit 1) if any run exits non-zero, is killed, runs longer than the time limit, or speaks
// with two voices.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { voiceProblems } from '../test/voice.ts';

const TIME_LIMIT_MS = 180_000;
const CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples');
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const langs = langAt >= 0 ? [args[langAt + 1]] : ['id', 'en'];
const filters = args.filter((_, i) => langAt < 0 || (i !== langAt && i !== langAt + 1));

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

/** Runs one example in one language; resolves with its status, output and time. */
function run(name, lang) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join('examples', name), '--lang', lang], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, JAMSOSTEK_LANG: lang },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      resolve({ name, lang, status, signal, stdout, stderr, seconds });
    });
  });
}

const queue = files.flatMap((name) => langs.map((lang) => ({ name, lang })));
const results = [];
let next = 0;
async function worker() {
  while (next < queue.length) {
    const job = queue[next++];
    const r = await run(job.name, job.lang);
    const problems = voiceProblems(r.stdout.split('\n'), r.lang);
    const ok = r.status === 0 && problems.length === 0;
    const how =
      r.signal !== null
        ? `signal ${r.signal}`
        : r.status !== 0
          ? `exit ${r.status}`
          : `${problems.length} line(s) in two voices`;
    console.log(`\n=== examples/${r.name} (${r.lang}) ===`);
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    for (const p of problems) console.error(`--- voice: ${p}`);
    if (!ok) console.error(`--- examples/${r.name} (${r.lang}) FAILED (${how})`);
    results.push({ ...r, ok, how });
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));

results.sort((a, b) => (a.name === b.name ? a.lang.localeCompare(b.lang) : a.name.localeCompare(b.name)));
console.log('\nExamples:');
for (const { name, lang, ok, seconds, how } of results) {
  console.log(
    `  ${ok ? 'PASS' : 'FAIL'}  ${`${name} (${lang})`.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s${ok ? '' : `  (${how})`}`,
  );
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
