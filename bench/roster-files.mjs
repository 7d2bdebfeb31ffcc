/**
 * Roster files from disk, against the I/O floor, in one run: a CSV roster of 1.000.000 rows and an .xlsx
 * roster of 100.000 rows are written to a temporary folder, then each measurement runs in a child process
 * of its own (plain Node, the built package) so that its peak memory is its own:
 *
 * - CSV floor: the same file read with fs.createReadStream and split into lines and fields in plain Node;
 * - CSV read: readCsvRows over the same stream, every batch drained (the reader alone);
 * - CSV priced: processRoster(readCsvRows(stream)), each NIK priced once;
 * - xlsx floor: the same workbook's rows streamed by hucre directly (what any reader of it must pay);
 * - xlsx priced: processRoster(readXlsxRows(stream));
 * - one quoted field of 50 MB: linear time and memory.
 *
 * Writes docs/performance-files.md and prints it. Usage (after npm run build):
 *   node bench/roster-files.mjs            (1.000.000 CSV rows, 100.000 xlsx rows)
 *   node bench/roster-files.mjs --quick    (100.000 and 20.000)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const OPTIONS = { from: '2025-01', to: '2025-12' };

/** A plausible NIK for row i (unique up to 279.972 × 40 rows): born on a date the row also gives. */
function person(i) {
  const serial = (i % 9999) + 1;
  const block = Math.floor(i / 9999);
  const day = 1 + (block % 28);
  const year = 60 + (Math.floor(block / 28) % 40);
  const female = i % 2 === 1;
  const two = (n) => String(n).padStart(2, '0');
  const nik = `350901${two(day + (female ? 40 : 0))}01${two(year)}${String(serial).padStart(4, '0')}`;
  return { nik, birth: `19${two(year)}-01-${two(day)}`, sex: female ? 'P' : 'L' };
}

const HEADER = [
  'NIK',
  'Nama',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Penghasilan',
  'Wilayah',
  'Desa',
  'Sumber Dana',
  'Mulai',
];
const VILLAGES = ['Ajung', 'Sukorambi', 'Kalisat', 'Arjasa', 'Patrang'];
function fields(i) {
  const p = person(i);
  return [
    p.nik,
    `SINTETIS ${i + 1}`,
    p.sex,
    p.birth,
    ['1.000.000', '1.500.000', '2.000.000'][i % 3],
    '35.09',
    VILLAGES[i % 5],
    i % 4 ? 'DBHCHT' : 'APBD',
    `2025-0${1 + (i % 6)}`,
  ];
}

async function writeCsv(file, rows) {
  await pipeline(
    Readable.from(
      (function* () {
        yield `${HEADER.join(';')}\n`;
        let buf = '';
        for (let i = 0; i < rows; i++) {
          buf += `${fields(i).join(';')}\n`;
          if (buf.length > 1 << 16) {
            yield buf;
            buf = '';
          }
        }
        yield buf;
      })(),
    ),
    createWriteStream(file),
  );
}

async function writeXlsxFile(file, rows) {
  const { writeXlsxStream } = await import('hucre/xlsx');
  const cols = HEADER.map((header, i) => ({ header, numFmt: i === 0 ? '@' : undefined }));
  function* data() {
    for (let i = 0; i < rows; i++) {
      const f = fields(i);
      yield [f[0], f[1], f[2], f[3], [1_000_000, 1_500_000, 2_000_000][i % 3], f[5], f[6], f[7], f[8]];
    }
  }
  await pipeline(
    Readable.fromWeb(writeXlsxStream(data(), { name: 'Pekerja Rentan', columns: cols })),
    createWriteStream(file),
  );
}

/** The child processes: one measurement each. */
const CHILD = {
  async 'csv-floor'(file) {
    let rows = -1;
    let cells = 0;
    let rest = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      const text = rest + chunk;
      let at = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', at)) {
        cells += text.slice(at, nl).split(';').length;
        rows++;
        at = nl + 1;
      }
      rest = text.slice(at);
    }
    return { rows, check: cells };
  },
  async 'csv-read'(file) {
    const { readCsvRows } = await import(join(root, 'dist/csv.js'));
    let rows = 0;
    for await (const b of readCsvRows(createReadStream(file)).batches()) rows += b.rows.length;
    return { rows };
  },
  async 'csv-priced'(file) {
    const { readCsvRows } = await import(join(root, 'dist/csv.js'));
    const { processRoster } = await import(join(root, 'dist/roster.js'));
    const s = await processRoster(readCsvRows(createReadStream(file)), OPTIONS);
    return { rows: s.rows, workers: s.workers, rejected: s.rows - s.workers, total: s.total };
  },
  async 'csv-priced-every-row'(file) {
    const { readCsvRows } = await import(join(root, 'dist/csv.js'));
    const { processRoster } = await import(join(root, 'dist/roster.js'));
    const s = await processRoster(readCsvRows(createReadStream(file)), { ...OPTIONS, dedupe: false });
    return { rows: s.rows, workers: s.workers, rejected: s.rows - s.workers, total: s.total };
  },
  async 'xlsx-floor'(file) {
    const { streamXlsxRows } = await import('hucre/xlsx');
    let rows = -1;
    for await (const _ of streamXlsxRows(Readable.toWeb(createReadStream(file)))) rows++;
    return { rows };
  },
  async 'xlsx-priced'(file) {
    const { readXlsxRows } = await import(join(root, 'dist/xlsx.js'));
    const { processRoster } = await import(join(root, 'dist/roster.js'));
    const s = await processRoster(readXlsxRows(createReadStream(file)), OPTIONS);
    return { rows: s.rows, workers: s.workers, rejected: s.rows - s.workers, total: s.total };
  },
  async 'big-field'(file) {
    const { readCsvRows } = await import(join(root, 'dist/csv.js'));
    let length = 0;
    for await (const b of readCsvRows(createReadStream(file)).batches())
      for (const r of b.rows) length = Math.max(length, String(r.name ?? '').length);
    return { rows: 1, fieldMB: length / 2 ** 20 };
  },
};

if (process.argv[2] === '--child') {
  const [, , , name, file] = process.argv;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const out = await CHILD[name](file);
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      ...out,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

const quick = process.argv.includes('--quick');
const CSV_ROWS = quick ? 100_000 : 1_000_000;
const SMALL_CSV_ROWS = CSV_ROWS / 5;
const XLSX_ROWS = quick ? 20_000 : 100_000;
const dir = mkdtempSync(join(os.tmpdir(), 'jamsostek-bench-'));
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function run(name, file) {
  const r = spawnSync(process.execPath, [here, '--child', name, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

try {
  const csv = join(dir, 'roster.csv');
  const smallCsv = join(dir, 'roster-small.csv');
  const xlsx = join(dir, 'roster.xlsx');
  const big = join(dir, 'big-field.csv');
  await writeCsv(csv, CSV_ROWS);
  await writeCsv(smallCsv, SMALL_CSV_ROWS);
  await writeXlsxFile(xlsx, XLSX_ROWS);
  writeFileSync(big, `NIK;Nama\n3509010101600001;"${'x'.repeat(50 * 2 ** 20)}"\n`);

  const results = [
    ['CSV, I/O floor: createReadStream, split lines and fields', csv, 'csv-floor'],
    ['CSV, readCsvRows (batches drained)', csv, 'csv-read'],
    ['CSV, processRoster(readCsvRows(stream))', csv, 'csv-priced'],
    [`CSV, processRoster(readCsvRows(stream)), ${fmt(SMALL_CSV_ROWS)} rows`, smallCsv, 'csv-priced'],
    ['CSV, processRoster(readCsvRows(stream)), dedupe: false', csv, 'csv-priced-every-row'],
    [
      `CSV, processRoster(readCsvRows(stream)), dedupe: false, ${fmt(SMALL_CSV_ROWS)} rows`,
      smallCsv,
      'csv-priced-every-row',
    ],
    ['.xlsx, floor: hucre streamXlsxRows alone', xlsx, 'xlsx-floor'],
    ['.xlsx, processRoster(readXlsxRows(stream))', xlsx, 'xlsx-priced'],
    ['CSV, one quoted field of 50 MB, readCsvRows', big, 'big-field'],
  ].map(([label, file, name]) => ({ label, file, name, size: statSync(file).size, ...run(name, file) }));

  const floor = (n) => results.find((r) => r.name === n);
  const lines = [
    '# Roster files: performance',
    '',
    'Generated by `npm run bench` (`bench/roster-files.mjs`); do not edit by hand. Every figure comes from one',
    'run on this machine; each row ran in a child process of its own (plain Node, the built package), so its',
    'peak memory (max RSS) is its own. The ratio compares CPU time with the floor measured in the same run.',
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
    '',
    `Roster: ${HEADER.length} columns (${HEADER.join(', ')}), synthetic, every NIK different and plausible, birth date and`,
    'sex matching the NIK; priced for 2025-01 … 2025-12 with the default options (each NIK priced once).',
    '',
    '| what | file | rows | wall s | CPU s | rows/s (wall) | × floor (CPU) | max RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const base = r.name.startsWith('csv')
      ? floor('csv-floor')
      : r.name.startsWith('xlsx')
        ? floor('xlsx-floor')
        : undefined;
    const ratio = base && r.file === base.file ? `${fmt(r.cpuSeconds / base.cpuSeconds, 1)}×` : '–';
    lines.push(
      `| ${r.label} | ${fmt(r.size / 2 ** 20, 1)} MB | ${fmt(r.rows)} | ${fmt(r.seconds, 2)} | ${fmt(r.cpuSeconds, 2)} | ${fmt(r.rows / r.seconds)} | ${ratio} | ${fmt(r.maxRssMB)} |`,
    );
  }
  const priced = results.filter((r) => r.name.startsWith('csv-priced') || r.name.endsWith('priced'));
  for (const r of priced)
    if (r.rows !== r.workers) throw new Error(`${r.label}: ${r.rows - r.workers} rows not priced`);
  lines.push(
    '',
    'Bounded memory: with `dedupe: false` the CSV roster of 1.000.000 rows and the one of a fifth of it are',
    'priced in the same memory; by default each NIK is priced once, which holds a table of the NIKs already',
    'priced (37 to 75 bytes per distinct NIK) and nothing else per row. An .xlsx file is held as bytes while',
    'its rows stream (a zip archive is read from its end); its rows are not held.',
  );
  const text = `${lines.join('\n')}\n`;
  if (!quick) writeFileSync(join(root, 'docs', 'performance-files.md'), text);
  console.log(text);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
