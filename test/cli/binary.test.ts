/**
 * The real binary, spawned as a process on real files: built from src/cli/main.ts with the build's own
 * CLI options (shebang, ESM), except that the library is bundled from the sources instead of imported
 * from dist/ (which this test does not need to exist). The smoke test runs the packed dist/cli.js.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { syntheticRoster } from 'jamsostek/testing';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOptions } from '../../tsup.config.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'jamsostek-cli-test');
const bin = join(outDir, 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'jamsostek-bin-'));

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    ...cliOptions,
    outDir,
    external: [],
    noExternal: [/^jamsostek/],
    tsconfig: join(root, 'tsconfig.json'),
  });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Ran>; stderr: () => string } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Ran>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

const jamsostek = (args: string[]): Promise<Ran> => start(args).done;

describe('the jamsostek binary', () => {
  it('is an ES module with a shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prices the example roster with a progress line and validates as roster-summary.json', async () => {
    const csv = 'examples/data/pasuruan-roster.csv';
    const text = await jamsostek(['roster', csv, '--from', '2025-07', '--to', '2025-12', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Total of 198 worker-months: Rp3,326,400');
    expect(text.stderr).toMatch(/^38 rows, [\d,]+ rows\/s, 2 rejected\n$/);
    const json = await jamsostek(['roster', csv, '--from', '2025-07', '--to', '2025-12', '--json']);
    expect(json.code).toBe(0);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'roster-summary.json'), 'utf8'));
    const valid = ajv.compile(schema);
    expect(valid(JSON.parse(json.stdout)), JSON.stringify(valid.errors)).toBe(true);
  });

  it('says with its exit code what failed', async () => {
    expect((await jamsostek(['bpu', '--month', '2026-11', '--income', '1000000'])).code).toBe(0);
    expect((await jamsostek(['bpu', '--month', '2026-13', '--income', '1000000'])).code).toBe(1);
    expect((await jamsostek(['bpu', '--mnth'])).code).toBe(2);
    expect((await jamsostek(['bpu', '--month', '2015-01', '--income', '1000000'])).code).toBe(3);
    expect((await jamsostek(['roster', 'missing.csv', '--from', '2025-07', '--to', '2025-12'])).code).toBe(4);
  });

  it('stops quietly when the reader closes the pipe early (rules | head)', async () => {
    // A shell pipeline, as a user would type it: `head` reads one line of the 150 kB and exits.
    const shell = spawn(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${bin}" rules --format csv | head -n 1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    shell.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((resolve) => shell.on('close', resolve));
    expect(stderr).toBe('exit 0\n');
  });

  it('explain round-trips a saved result', async () => {
    const file = join(work, 'r.json');
    writeFileSync(
      file,
      (await jamsostek(['bpu', '--month', '2026-11', '--income', '1000000', '--json'])).stdout,
    );
    const again = await jamsostek(['explain', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe((await jamsostek(['bpu', '--month', '2026-11', '--income', '1000000'])).stdout);
  });

  it('Ctrl-C stops a long roster cleanly and says how far it got (exit 130)', {
    timeout: 60_000,
  }, async () => {
    const file = join(work, 'big.csv');
    const lines = ['nik,penghasilan,sumber_dana,mulai'];
    for (const r of syntheticRoster({ count: 300_000, seed: 5 }))
      lines.push(`${String(r.nik)},${String(r.declaredIncome)},${String(r.fundingSource)},${String(r.from)}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const size = statSync(file).size;
    const run = start([
      'roster',
      file,
      '--from',
      '2025-07',
      '--to',
      '2025-12',
      '--lang',
      'en',
      '--progress-every',
      '0.05',
    ]);
    // Wait for the first progress line, then press Ctrl-C.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (/rows\/s/.test(run.stderr())) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
      run.done.then(() => {
        clearInterval(timer);
        reject(new Error(`finished before any progress line: ${run.stderr()}`));
      });
    });
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    const m =
      /Interrupted \(Ctrl-C\) after ([\d,]+) rows, ([\d,]+) bytes of ([\d,]+) \((\d+) %\); no summary written\./.exec(
        r.stderr,
      );
    expect(m, r.stderr).not.toBeNull();
    const [, rows, , total] = m ?? [];
    expect(Number(total?.replaceAll(',', ''))).toBe(size);
    expect(Number(rows?.replaceAll(',', ''))).toBeLessThan(300_000);
  });
});
