/**
 * Rosters in memory: processRosterSync against a hand-written integer loop and a naive decimal.js
 * loop on the same rows, in rounds, at 100.000 and 1.500.000 rows. processRoster prices each NIK once
 * by default; it is compared with the hand-written loop doing the same (a set of NIKs), and, with
 * `dedupe: false`, with the plain loop and the naive one (neither of which looks for repeated NIKs).
 */

import { handWritten, MONTHS, naiveDecimal, type Totals } from '../implementations.ts';
import { entry, type Period, type Root, type Roster, type Testing } from '../lib/dist.ts';
import { type Goal, load, type Section } from '../lib/section.ts';
import { fmt, fmtSpread, median, ratios, rounds, type Spread, spread, type Timing } from '../lib/stats.ts';

const SIZES = [
  { rows: 100_000, rounds: 7, naiveRounds: 7 },
  { rows: 1_500_000, rounds: 3, naiveRounds: Number(process.env['BENCH_NAIVE_ROUNDS'] ?? 2) },
];

interface SizeRun {
  readonly rows: number;
  readonly workerMonths: number;
  readonly total: number;
  readonly library: Timing[];
  readonly libraryAll: Timing[];
  readonly hand: Timing[];
  readonly handOnce: Timing[];
  readonly naive: Timing[];
}

interface RosterRun {
  readonly load: number;
  readonly sizes: SizeRun[];
}

function same(name: string, a: Totals, b: Totals): void {
  if (a.total !== b.total || a.workerMonths !== b.workerMonths)
    throw new Error(`${name} disagrees with processRoster: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

async function measureRoster(): Promise<RosterRun> {
  const { processRosterSync } = await entry<Roster>('roster');
  const { syntheticRoster } = await entry<Testing>('testing');
  const { bpuContribution } = await entry<Root>('index');
  const { eachMonth } = await entry<Period>('period');
  const sizes: SizeRun[] = [];
  for (const size of SIZES) {
    // The rows are made before any timing.
    const rows = [
      ...syntheticRoster({
        count: size.rows,
        seed: 20251,
        start: MONTHS.from,
        incomes: [1_000_000, 1_500_000, 2_000_000],
      }),
    ];
    const library = (): Totals => {
      const s = processRosterSync(rows, { ...MONTHS, fundingSource: 'APBD' });
      return { total: s.total, workerMonths: s.workerMonths, rejected: s.invalid };
    };
    const libraryAll = (): Totals => {
      const s = processRosterSync(rows, { ...MONTHS, fundingSource: 'APBD', dedupe: false });
      return { total: s.total, workerMonths: s.workerMonths, rejected: s.invalid };
    };
    // Warm-up, so that every implementation is compiled before timing: the library and the loop on
    // all the rows, the naive version (half a minute at 1.500.000 rows) on a slice.
    library();
    libraryAll();
    handWritten(rows);
    handWritten(rows, true);
    naiveDecimal(rows.slice(0, 20_000));
    const r = await rounds(
      {
        library,
        libraryAll,
        hand: () => handWritten(rows),
        handOnce: () => handWritten(rows, true),
        naive: () => naiveDecimal(rows),
      },
      size.rounds,
      // (Warmed up on a slice above: a full naive run takes half a minute at 1.500.000 rows.)
      { skip: (name, round) => name === 'naive' && round >= size.naiveRounds, warmup: 0 },
    );
    same('hand-written', r.results.hand, r.results.libraryAll);
    same('hand-written, each NIK once', r.results.handOnce, r.results.library);
    same('naive decimal.js', r.results.naive, r.results.libraryAll);
    // The total must be the sum of bpuContribution over every worker-month (memoised per month and income).
    const memo = new Map<string, number>();
    let viaCalculator = 0;
    for (const row of rows)
      for (const month of eachMonth({ from: row.from as typeof MONTHS.from, to: MONTHS.to })) {
        const key = `${month}|${String(row.declaredIncome)}`;
        let p = memo.get(key);
        if (p === undefined) {
          p = bpuContribution({
            month,
            declaredIncome: row.declaredIncome as number,
            fundingSource: 'APBD',
          }).total;
          memo.set(key, p);
        }
        viaCalculator += p;
      }
    if (viaCalculator !== r.results.libraryAll.total)
      throw new Error(
        `bpuContribution sum ${viaCalculator} differs from processRoster ${r.results.libraryAll.total}`,
      );
    sizes.push({
      rows: size.rows,
      workerMonths: r.results.library.workerMonths,
      total: r.results.library.total,
      library: r.timings.library,
      libraryAll: r.timings.libraryAll,
      hand: r.timings.hand,
      handOnce: r.timings.handOnce,
      naive: r.timings.naive,
    });
  }
  return { load: load(), sizes };
}

function render(runs: readonly RosterRun[]): { goals: Goal[]; markdown: string[] } {
  const first = runs[0] as RosterRun;
  const goals: Goal[] = [];
  const rows: string[] = [];
  for (const [i, size] of first.sizes.entries()) {
    const per = runs.map((r) => r.sizes[i] as SizeRun);
    const s = (f: (x: SizeRun) => number): Spread => spread(per.map(f));
    const time = (f: (x: SizeRun) => Timing[]): Spread =>
      s(
        (x) =>
          median(
            f(x)
              .map((t) => t.wallMs)
              .filter(Number.isFinite),
          ) / 1000,
      );
    const lib = time((x) => x.library);
    const libAll = time((x) => x.libraryAll);
    const hand = time((x) => x.hand);
    const handOnce = time((x) => x.handOnce);
    const naive = time((x) => x.naive);
    const ratio = (a: (x: SizeRun) => Timing[], b: (x: SizeRun) => Timing[]) => ({
      median: s((x) => median(ratios(a(x), b(x)))),
      all: spread(per.flatMap((x) => ratios(a(x), b(x)))),
    });
    const vsHandOnce = ratio(
      (x) => x.library,
      (x) => x.handOnce,
    );
    const vsHand = ratio(
      (x) => x.libraryAll,
      (x) => x.hand,
    );
    const vsNaive = ratio(
      (x) => x.naive,
      (x) => x.libraryAll,
    );
    const cell = (r: { median: Spread; all: Spread }, digits: number): string =>
      `${fmtSpread(r.median, digits, '×')} (rounds ${fmt(r.all.min, digits)}–${fmt(r.all.max, digits)})`;
    rows.push(
      `| ${fmt(size.rows)} | ${fmt(size.workerMonths)} | ${fmtSpread(lib, 3, ' s')} | ${fmtSpread(libAll, 3, ' s')} | ${fmt(size.workerMonths / libAll.median)} | ${fmtSpread(handOnce, 3, ' s')} | ${fmtSpread(hand, 3, ' s')} | ${fmtSpread(naive, 2, ' s')} | ${cell(vsHandOnce, 2)} | ${cell(vsHand, 2)} | ${cell(vsNaive, 1)} |`,
    );
    goals.push(
      {
        goal: `processRoster (each NIK once, the default), ${fmt(size.rows)} rows in memory, ÷ the hand-written loop pricing each NIK once`,
        target: '≤ 3×',
        measured: fmtSpread(vsHandOnce.median, 2, '×'),
        baseline: `hand-written loop with a set of NIKs ${fmt(handOnce.median, 3)} s`,
        met: vsHandOnce.median.median <= 3,
      },
      {
        goal: `processRoster (\`dedupe: false\`), ${fmt(size.rows)} rows in memory, ÷ the hand-written integer loop`,
        target: '≤ 3×',
        measured: fmtSpread(vsHand.median, 2, '×'),
        baseline: `hand-written loop ${fmt(hand.median, 3)} s`,
        met: vsHand.median.median <= 3,
        note:
          vsHand.median.median > 3
            ? `the hand-written loop takes ${fmt(hand.median * 1000, 0)} ms here; the work processRoster does once per call and per group (checking the options, reading the rules of every month, building each breakdown of the summary) weighs more on a small roster than on a large one, and the ratio falls with size (see the larger roster).`
            : undefined,
      },
      {
        goal: `naive decimal.js ÷ processRoster (\`dedupe: false\`), ${fmt(size.rows)} rows in memory`,
        target: '≥ 20×',
        measured: fmtSpread(vsNaive.median, 1, '×'),
        baseline: `naive decimal.js ${fmt(naive.median, 2)} s`,
        met: vsNaive.median.median >= 20,
      },
    );
  }
  const md = [
    '## Rosters in memory',
    '',
    '- **processRoster** (`processRosterSync`): every row validated, grouped and priced from the rulebook, and the',
    '  summary (per month, program, income level, cohort, region, funding source) built; by default each NIK is',
    '  priced once (a table of the NIKs already priced), with `dedupe: false` every valid row is priced.',
    '- **hand-written loop**: a single pass of integer arithmetic with the 2025 BPU rules written into the loop',
    '  and only the checks it needs: the practical upper bound, not something to maintain. “Each NIK once” adds',
    '  a `Set` of the NIKs seen, the way an app would skip a repeated NIK.',
    '- **naive decimal.js**: one decimal.js computation per worker-month, as a typical app would write it.',
    '',
    `Rows are synthetic (\`syntheticRoster\`, seed 20251), made before timing: income levels Rp1.000.000, Rp1.500.000`,
    'and Rp2.000.000, coverage from a month between January and June 2025 to December 2025. All three must agree',
    'on the total and the worker-months (the rows repeat no NIK, so both variants give the same figures), and',
    'the total must equal the sum of `bpuContribution` over every worker-month, or the benchmark stops.',
    `Rounds: ${SIZES.map((x) => `${x.rounds} at ${fmt(x.rows)} rows (naive in ${x.naiveRounds})`).join(', ')}.`,
    '',
    '| rows | worker-months | processRoster | processRoster, `dedupe: false` | worker-months/s (`dedupe: false`) | hand-written, each NIK once | hand-written | naive decimal.js | processRoster ÷ hand-written, each NIK once | `dedupe: false` ÷ hand-written | naive ÷ `dedupe: false` |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Load average (1 min) at the end of each run: ${runs.map((r) => fmt(r.load, 1)).join(', ')}.`,
    '',
  ];
  return { goals, markdown: md };
}

/** The in-memory roster section. */
export const section: Section<RosterRun> = { id: 'roster', order: 30, measure: measureRoster, render };
