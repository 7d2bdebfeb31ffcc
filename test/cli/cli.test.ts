/**
 * The command line run in-process (the same `run` the binary calls), with captured output: every
 * command, the exit codes, the progress display on a terminal and off it, and Ctrl-C.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bpuContribution } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import { afterAll, describe, expect, it } from 'vitest';
import { helpText } from '../../src/cli/help.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { progressText } from '../../src/cli/progress.ts';
import { run } from '../../src/cli/run.ts';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'jamsostek-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], extra: Partial<CliIo> & { tty?: boolean } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: extra.tty ?? false, columns: 80 },
    cwd: root,
    // Every reading of the clock is 60 ms later: progress is due at every row on a terminal.
    now: () => (clock += 60),
    ...extra,
  });
  return { code, stdout, stderr };
}

describe('jamsostek bpu', () => {
  it('explains the premium in Indonesian by default, and in English with --lang en', async () => {
    const r = await cli(['bpu', '--month', '2026-11', '--income', '1.000.000']);
    expect(r.code).toBe(0);
    const expected = explain(bpuContribution({ month: '2026-11', declaredIncome: 1_000_000 }));
    expect(r.stdout).toBe(`${expected.join('\n')}\n`);
    const en = await cli(['bpu', '--month', '2026-11', '--income', '1000000', '--lang', 'en']);
    expect(en.stdout).toContain('Total: Rp8,400');
  });

  it('--payer APBD is the funding source APBD (no PP 50/2025 discount: Rp16.800)', async () => {
    const r = await cli(['bpu', '--month', '2026-11', '--income', '1000000', '--payer', 'APBD', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ fundingSource: 'APBD', payer: 'APBD', total: 16_800 });
    const bad = await cli(['bpu', '--month', '2026-11', '--income', '1000000', '--payer', 'DBHCHT']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--funding-source');
    const both = await cli(['bpu', '--month', '2026-11', '--payer', 'APBD', '--funding-source', 'APBD']);
    expect(both.code).toBe(2);
  });

  it('a schedule with --from and --to: 6 × 16.800 = 100.800', async () => {
    const r = await cli(['bpu', '--from', '2025-07', '--to', '2025-12', '--income', '1000000', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'bpu-contribution-schedule', total: 100_800 });
  });

  it('exit 1 with every issue for refused input, 3 for a month without rules, 2 for usage errors', async () => {
    const bad = await cli(['bpu', '--month', '2025-13', '--income', 'abc', '--sector', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/INVALID_INPUT/);
    for (const field of ['month', 'declaredIncome', 'sector']) expect(bad.stderr).toContain(`  - ${field}:`);
    expect((await cli(['bpu', '--month', '2015-01', '--income', '1000000'])).code).toBe(3);
    expect((await cli(['bpu', '--mnth', '2025-01'])).code).toBe(2);
    expect((await cli(['bpu', '--income', '1000000'])).code).toBe(2);
    expect((await cli(['bpu', '--month', '2025-01', '--lang', 'fr'])).code).toBe(2);
    expect((await cli(['bpu', 'extra', '--month', '2025-01'])).code).toBe(2);
    expect((await cli(['nope'])).code).toBe(2);
  });
});

describe('pu, jkm, budget', () => {
  it('pu: 10.000.000 at risk class 1, June 2024: 924.000 (as the smoke test checks)', async () => {
    const r = await cli(['pu', '--month', '2024-06', '--wage', '10000000', '--risk-class', '1', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.total).toBe(924_000);
    const s = await cli([
      'pu',
      '--from',
      '2024-01',
      '--to',
      '2024-03',
      '--wage',
      '10000000',
      '--risk-class',
      '1',
    ]);
    expect(s.code).toBe(0);
    expect((await cli(['pu', '--month', '2024-06', '--wage', '1e7', '--risk-class', 'x'])).code).toBe(1);
  });

  it('jkm: a PU death after 65 months, 2025: Rp42.000.000', async () => {
    const r = await cli([
      'jkm',
      '--event-date',
      '2025-06-01',
      '--segment',
      'PU',
      '--membership-start',
      '2020-01-01',
      '--contribution-months',
      '65',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(42_000_000);
    const no = await cli([
      'jkm',
      '--event-date',
      '2025-06-01',
      '--segment',
      'BPU',
      '--membership-start',
      '2020-01-01',
      '--contribution-months',
      '65',
      '--no-heirs',
      '--work-related',
    ]);
    expect(no.code).toBe(0);
  });

  it('budget: 28.448 workers, July–December 2025, DBHCHT: 28.448 × 6 × 16.800', async () => {
    const r = await cli([
      'budget',
      '--funding-source',
      'DBHCHT',
      '--workers',
      '28448',
      '--from',
      '2025-07',
      '--to',
      '2025-12',
      '--json',
    ]);
    expect(JSON.parse(r.stdout).total).toBe(28_448 * 6 * 16_800);
    const cap = await cli([
      'budget',
      '--funding-source',
      'APBD',
      '--budget',
      'Rp 2,8 miliar',
      '--from',
      '2025-07',
      '--to',
      '2025-12',
      '--json',
    ]);
    expect(cap.code).toBe(0);
    expect(JSON.parse(cap.stdout).kind).toBe('budget-capacity');
    expect(
      (await cli(['budget', '--funding-source', 'APBD', '--from', '2025-07', '--to', '2025-12'])).code,
    ).toBe(2);
  });
});

describe('rules', () => {
  it('md, csv and json, filtered by date and id prefix', async () => {
    const md = await cli(['rules', '--at', '2026-11', '--id', 'bpu.jkm']);
    expect(md.stdout).toContain('| bpu.jkm.amount | Iuran JKM BPU | 2015-07-01 …  | 6800 |');
    const csv = await cli(['rules', '--format', 'csv', '--id', 'bpu.jkm']);
    expect(csv.stdout.trim().split('\n')).toHaveLength(2);
    const json = JSON.parse((await cli(['rules', '--format', 'json', '--at', '2026-11-15'])).stdout);
    expect(
      json.rows.every(
        (r: { from: string; to: string | null }) =>
          r.from <= '2026-11-15' && (r.to === null || r.to > '2026-11-15'),
      ),
    ).toBe(true);
    expect((await cli(['rules', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['rules', '--at', '2026-13'])).code).toBe(1);
    expect((await cli(['rules', '--lang', 'en', '--id', 'bpu.jkm'])).stdout).toContain(
      '| BPU JKM contribution |',
    );
  });
});

describe('explain', () => {
  it('round-trips the --json output of another command', async () => {
    const file = join(work, 'result.json');
    const json = await cli(['bpu', '--month', '2026-11', '--income', '1000000', '--json']);
    writeFileSync(file, json.stdout);
    const text = await cli(['bpu', '--month', '2026-11', '--income', '1000000', '--lang', 'en']);
    const again = await cli(['explain', file, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(text.stdout);
    expect((await cli(['explain', file, '--json'])).stdout).toBe(json.stdout);
  });

  it('reads standard input with -, and refuses what is not a result', async () => {
    const json = (await cli(['bpu', '--month', '2026-11', '--income', '1000000', '--json'])).stdout;
    const r = await cli(['explain', '-'], {
      stdin: (async function* () {
        yield Buffer.from(json);
      })(),
    });
    expect(r.code).toBe(0);
    const notJson = join(work, 'bad.json');
    writeFileSync(notJson, '{ nope');
    expect((await cli(['explain', notJson])).code).toBe(4);
    writeFileSync(notJson, '{ "kind": "nothing" }');
    expect((await cli(['explain', notJson])).code).toBe(1);
    expect((await cli(['explain', join(work, 'missing.json')])).code).toBe(4);
    expect((await cli(['explain'])).code).toBe(2);
  });
});

describe('roster', () => {
  const csv = 'examples/data/pasuruan-roster.csv';
  const args = ['roster', csv, '--from', '2025-07', '--to', '2025-12'];

  it('the Pasuruan-style example: 36 workers, (30 × 6 + 6 × 3) × 16.800 = Rp3.326.400, 2 rows rejected', async () => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('38 baris dibaca: 36 pekerja dihitung, 2 baris tidak sah');
    expect(r.stdout).toContain('Jumlah 198 pekerja-bulan: Rp3.326.400');
    // Not a terminal: plain progress lines, the last one with the final counts.
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^38 baris, [\d.]+ baris\/dtk, 2 ditolak$/);
  });

  it('on a terminal: a bar redrawn in place with rows/s, rejected so far and the time left', async () => {
    const r = await cli([...args, '--lang', 'en'], { tty: true });
    expect(r.stderr).toMatch(/\r\[#*-*\] +\d+% \d+ rows, [\d,]+ rows\/s, \d+ rejected/);
    expect(r.stderr).toContain('\x1b[K');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect((await cli([...args, '--no-progress'], { tty: true })).stderr).toBe('');
  });

  it('--json and --out write the summary', async () => {
    const out = join(work, 'summary.json');
    const r = await cli([...args, '--json', '--out', out, '--no-progress']);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      kind: 'roster-summary',
      rows: 38,
      workers: 36,
      invalid: 2,
      total: 3_326_400,
    });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(summary);
    expect((await cli([...args, '--out', out, '--no-progress'])).stdout).toContain(
      `Ringkasan ditulis ke ${out}`,
    );
  });

  it('a spreadsheet roster (.xlsx), and the report workbook with --out report.xlsx', async () => {
    const out = join(work, 'report.xlsx');
    // examples/data/dinsos.xlsx: 30 made-up workers funded from APBD at Rp1.000.000; 6 months × 16.800.
    const r = await cli([
      'roster',
      'examples/data/dinsos.xlsx',
      '--from',
      '2026-01',
      '--to',
      '2026-06',
      '--out',
      out,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 30, workers: 30, total: 30 * 6 * 16_800 });
    // An .xlsx file is a ZIP archive: it starts with PK.
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const sheet = await cli([
      'roster',
      'examples/data/dinsos.xlsx',
      '--from',
      '2026-01',
      '--to',
      '2026-06',
      '--sheet',
      'Nope',
      '--no-progress',
    ]);
    expect(sheet.code).toBe(1);
  });

  it('Ctrl-C stops cleanly and says how far it got (exit 130)', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await cli([...args, '--lang', 'en'], { signal: controller.signal });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(
      /Interrupted \(Ctrl-C\) after 0 rows, [\d,]+ bytes of [\d,]+ \(\d+ %\); no summary written\./,
    );
    expect(r.stdout).toBe('');
  });

  it('usage and file errors', async () => {
    expect((await cli(['roster', '--from', '2025-07', '--to', '2025-12'])).code).toBe(2);
    expect((await cli(['roster', 'x.xls', '--from', '2025-07', '--to', '2025-12'])).code).toBe(2);
    expect((await cli(['roster', 'x.xlsx', '--from', '2025-07', '--to', '2025-12'])).code).toBe(4);
    expect((await cli([...args, '--sheet', 'Info'])).code).toBe(2);
    expect((await cli([...args, '--out', 'x.txt'])).code).toBe(2);
    expect((await cli([...args, '--separator', '|'])).code).toBe(2);
    expect((await cli([...args, '--progress-every', 'soon'])).code).toBe(2);
    expect((await cli(['roster', 'missing.csv', '--from', '2025-07', '--to', '2025-12'])).code).toBe(4);
    expect((await cli(['roster', 'examples', '--from', '2025-07', '--to', '2025-12'])).code).toBe(4);
    expect((await cli([...args, '--out', join(work, 'no', 'such', 'dir.json')])).code).toBe(4);
    // The options are checked before the file is read.
    const bad = await cli(['roster', 'missing.csv', '--from', '2025-13', '--to', '2025-12']);
    expect(bad.code).toBe(1);
    const semi = await cli([
      ...args,
      '--separator',
      ';',
      '--funding-source',
      'APBD',
      '--income',
      '1.000.000',
      '--no-progress',
    ]);
    expect(semi.code).toBe(0);
  });
});

describe('help', () => {
  it.each(['bpu', 'pu', 'jkm', 'budget', 'roster', 'rules', 'explain'])(
    '%s --help, in both languages',
    async (command) => {
      const id = await cli([command, '--help']);
      expect(id.code).toBe(0);
      expect(id.stdout).toBe(helpText(command, 'id'));
      expect(id.stdout).toContain('Kode keluar');
      const en = await cli([command, '-h', '--lang', 'en']);
      expect(en.stdout).toContain('Exit codes');
    },
  );

  it('the command list, and the version', async () => {
    expect((await cli([])).stdout).toContain('Perintah:');
    expect((await cli(['--help', '--lang', 'en'])).stdout).toContain('Commands:');
    expect((await cli(['--lang=en', '--help'])).stdout).toContain('Commands:');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('progress text: rate, rejected and the time left from the share of the file read', () => {
    expect(progressText({ bytes: 250, size: 1000, rows: 5000, rejected: 3 }, 2000, 'en')).toBe(
      '5,000 rows, 2,500 rows/s, 3 rejected, ETA 6s',
    );
    expect(progressText({ bytes: 100, size: 10_000, rows: 1000, rejected: 0 }, 1000, 'id')).toBe(
      '1.000 baris, 1.000 baris/dtk, 0 ditolak, sisa 1m39s',
    );
  });
});
