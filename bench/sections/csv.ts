/**
 * A CSV roster from disk: the public `readCsvRows` (of the entry that exports it: `jamsostek/csv` once
 * it exists, else `jamsostek/roster`) piped into `processRoster`, against the I/O floor (reading the
 * file and counting its lines) and a hand-written split-and-price loop, in rounds on the same file.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSV_HEADER, csvLine, handWrittenCsv, ioFloor, MONTHS, type Totals } from '../implementations.ts';
import { type Csv, entry, hasEntry, type Roster, type Testing } from '../lib/dist.ts';
import { type Goal, load, type Section } from '../lib/section.ts';
import { fmt, fmtSpread, median, ratios, rounds, type Spread, spread, type Timing } from '../lib/stats.ts';

const ROWS = Number(process.env['BENCH_CSV_ROWS'] ?? 1_000_000);
const ROUNDS = Number(process.env['BENCH_CSV_ROUNDS'] ?? 3);

interface CsvRun {
  readonly load: number;
  readonly reader: string;
  readonly rows: number;
  readonly bytes: number;
  readonly workerMonths: number;
  readonly floor: Timing[];
  readonly hand: Timing[];
  readonly handOnce: Timing[];
  readonly library: Timing[];
  readonly noDedupe: Timing[];
}

type ReadCsvRows = Csv['readCsvRows'];

/** The benchmark's roster as a CSV file in the temporary directory, written once (before any timing). */
async function file(): Promise<string> {
  const target = path.join(os.tmpdir(), `jamsostek-bench-roster-${ROWS}-v1.csv`);
  if (existsSync(target) && statSync(target).size > 0) return target;
  const { syntheticRoster } = await entry<Testing>('testing');
  const lines = [CSV_HEADER];
  for (const r of syntheticRoster({
    count: ROWS,
    seed: 20251,
    start: MONTHS.from,
    incomes: [1_000_000, 1_500_000, 2_000_000],
  }))
    lines.push(csvLine(r));
  writeFileSync(target, `${lines.join('\n')}\n`);
  return target;
}

async function measureCsv(): Promise<CsvRun> {
  const target = await file();
  const roster = await entry<Roster>('roster');
  // The CSV reader has its own entry (before, `jamsostek/roster` exported it).
  const source = hasEntry('csv') ? 'csv' : 'roster';
  const { readCsvRows } = await entry<{ readCsvRows: ReadCsvRows }>(source);
  const reader = `jamsostek/${source}`;
  const library = async (dedupe: boolean): Promise<Totals> => {
    const s = await roster.processRoster(readCsvRows(createReadStream(target, { highWaterMark: 1 << 20 })), {
      ...MONTHS,
      fundingSource: 'APBD',
      ...(dedupe ? {} : { dedupe: false }),
    });
    return { total: s.total, workerMonths: s.workerMonths, rejected: s.invalid };
  };
  const r = await rounds(
    {
      floor: () => ioFloor(target),
      hand: () => handWrittenCsv(target),
      handOnce: () => handWrittenCsv(target, true),
      library: () => library(true),
      noDedupe: () => library(false),
    },
    ROUNDS,
  );
  const lib = r.results.library;
  const hand = r.results.hand;
  const handOnce = r.results.handOnce;
  const plain = r.results.noDedupe;
  if (
    lib.total !== hand.total ||
    lib.workerMonths !== hand.workerMonths ||
    plain.total !== lib.total ||
    handOnce.total !== lib.total
  )
    throw new Error(
      `readCsvRows + processRoster disagrees with the hand-written loop: ${JSON.stringify(lib)} vs ${JSON.stringify(hand)}`,
    );
  if ((r.results.floor as number) !== ROWS + 1)
    throw new Error(`the file has ${String(r.results.floor)} lines`);
  return {
    load: load(),
    reader,
    rows: ROWS,
    bytes: statSync(target).size,
    workerMonths: lib.workerMonths,
    floor: r.timings.floor,
    hand: r.timings.hand,
    handOnce: r.timings.handOnce,
    library: r.timings.library,
    noDedupe: r.timings.noDedupe,
  };
}

function render(runs: readonly CsvRun[]): { goals: Goal[]; markdown: string[] } {
  const first = runs[0] as CsvRun;
  const s = (f: (x: CsvRun) => number): Spread => spread(runs.map(f));
  const sec = (t: Timing[]): number => median(t.map((x) => x.wallMs)) / 1000;
  const lib = s((x) => sec(x.library));
  const hand = s((x) => sec(x.hand));
  const handOnce = s((x) => sec(x.handOnce));
  const floor = s((x) => sec(x.floor));
  const rate = s((x) => x.rows / sec(x.library));
  const vsHandOnce = s((x) => median(ratios(x.library, x.handOnce)));
  const vsFloor = s((x) => median(ratios(x.library, x.floor)));
  const handVsFloor = s((x) => median(ratios(x.hand, x.floor)));
  const plain = s((x) => sec(x.noDedupe));
  const plainRate = s((x) => x.rows / sec(x.noDedupe));
  const plainVsHand = s((x) => median(ratios(x.noDedupe, x.hand)));
  const what = `CSV roster from disk (${fmt(first.rows)} rows, \`readCsvRows\` of ${first.reader} + \`processRoster\`)`;
  const goals: Goal[] = [
    {
      goal: `${what}, every row priced (\`dedupe: false\`: the work of the hand-written loop): rows per second`,
      target: '≥ 1.500.000 rows/s',
      measured: fmtSpread(plainRate, 0, ' rows/s'),
      baseline: `hand-written loop ${fmt(first.rows / hand.median)} rows/s; I/O floor ${fmt(first.rows / floor.median)} rows/s`,
      met: plainRate.median >= 1_500_000,
      note:
        plainRate.median < 1_500_000
          ? 'plain lines go from the text straight into the summary (no row object per line); what is left per row is the split, the full NIK check, reading the income and months, the funding-source look-up and the group of the summary it adds to; the hand-written loop itself runs at the rate beside it.'
          : undefined,
    },
    {
      goal: `${what}, \`dedupe: false\`, ÷ the hand-written split-and-price loop on the same file`,
      target: '≤ 2×',
      measured: fmtSpread(plainVsHand, 2, '×'),
      baseline: `hand-written loop ${fmt(hand.median, 2)} s`,
      met: plainVsHand.median <= 2,
      note:
        plainVsHand.median > 2
          ? 'the hand-written loop splits each line and prices it, without column names, trimming or any check beyond the NIK length.'
          : undefined,
    },
    {
      goal: `${what}, each NIK priced once (the default), ÷ the hand-written loop pricing each NIK once (a set of NIKs)`,
      target: '≤ 2×',
      measured: fmtSpread(vsHandOnce, 2, '×'),
      baseline: `hand-written loop with a set of NIKs ${fmt(handOnce.median, 2)} s (${fmt(first.rows / handOnce.median)} rows/s)`,
      met: vsHandOnce.median <= 2,
    },
    {
      goal: `${what}, each NIK priced once (the default): rows per second`,
      target: '≥ 1.500.000 rows/s',
      measured: fmtSpread(rate, 0, ' rows/s'),
      baseline: `hand-written loop with a set of NIKs ${fmt(first.rows / handOnce.median)} rows/s; library ÷ I/O floor ${fmtSpread(vsFloor, 1, '×')}`,
      met: rate.median >= 1_500_000,
      note:
        rate.median < 1_500_000
          ? `the goal was set when every row was priced, before repeated NIKs were looked for (the first CSV line gives the rate of that work). Pricing each NIK once needs a table of the NIKs already priced: a million of them do not fit the processor caches, so each new NIK costs a trip to memory; the hand-written loop that does the same with a set of NIKs runs at ${fmt(first.rows / handOnce.median)} rows/s (the library takes ${fmt(vsHandOnce.median, 2)}× its time).`
          : undefined,
    },
  ];
  const md = [
    '## CSV roster from disk',
    '',
    `The benchmark’s roster (the same synthetic rows, seed 20251) written once to a ${fmt(first.bytes / 2 ** 20, 1)} MB file`,
    `of ${fmt(first.rows)} rows (\`${CSV_HEADER}\`, no quotes, every NIK different) in the temporary directory, before any`,
    `timing; read ${ROUNDS} times per run in rounds, all five on the same file (warm in the page cache, as a file just`,
    'written or read again is):',
    '',
    '- **I/O floor**: a file stream, counting line ends; nothing else.',
    '- **hand-written loop**: lines split on `\\n`, fields on `;`, the NIK and income checked, each row priced with',
    '  the 2025 rules written in. **with a set of NIKs**: the same, skipping a NIK already priced.',
    `- **library**: \`processRoster(readCsvRows(createReadStream(file)))\` with the reader of \`${first.reader}\` and the default`,
    '  options (each NIK priced once: `dedupe` on). **without dedupe**: the same with `dedupe: false`, which does',
    '  what the hand-written loop does (it does not look for repeated NIKs).',
    '',
    '| rows | I/O floor | hand-written | with a set of NIKs | library | library rows/s | library ÷ with a set | library ÷ I/O floor | hand-written ÷ I/O floor | without dedupe | without dedupe rows/s | without dedupe ÷ hand-written |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${fmt(first.rows)} | ${fmtSpread(floor, 3, ' s')} | ${fmtSpread(hand, 3, ' s')} | ${fmtSpread(handOnce, 3, ' s')} | ${fmtSpread(lib, 2, ' s')} | ${fmtSpread(rate, 0)} | ${fmtSpread(vsHandOnce, 2, '×')} | ${fmtSpread(vsFloor, 1, '×')} | ${fmtSpread(handVsFloor, 1, '×')} | ${fmtSpread(plain, 2, ' s')} | ${fmtSpread(plainRate, 0)} | ${fmtSpread(plainVsHand, 2, '×')} |`,
    '',
    `Load average (1 min) at the end of each run: ${runs.map((r) => fmt(r.load, 1)).join(', ')}.`,
    '',
  ];
  return { goals, markdown: md };
}

/** The CSV file section. */
export const section: Section<CsvRun> = { id: 'csv', order: 50, measure: measureCsv, render };
