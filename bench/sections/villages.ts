/**
 * Village splits: villageAllocation over 100.000 listed villages, against a hand-written integer loop
 * over the same villages in the same rounds, and its explanation (rendered per village on request).
 */
import { type Explain, entry, type Funding } from '../lib/dist.ts';
import { type Goal, load, type Section } from '../lib/section.ts';
import { fmt, fmtSpread, median, ratios, rounds, type Spread, spread, type Timing } from '../lib/stats.ts';

const VILLAGES = Number(process.env['BENCH_VILLAGES'] ?? 100_000);
const ROUNDS = Number(process.env['BENCH_VILLAGE_ROUNDS'] ?? 7);
/** BKBK 2025: 12 months at Rp16.800 (Rp1 juta level, paid through the APBD: no PP 50/2025 discount). */
const PER_WORKER = 12 * 16_800;

interface VillageRun {
  readonly load: number;
  readonly library: Timing[];
  readonly hand: Timing[];
  readonly explain: Timing[];
  readonly steps: number;
  readonly lines: number;
}

interface Village {
  readonly name?: string;
  readonly grant: number;
  readonly workers?: number;
}

/**
 * The villages, made before timing: named ones, unnamed ones, some with their own worker count. (Each
 * shape written as a literal, as JSON or a form would give them; objects made with spreads are slower
 * to read for every implementation alike.)
 */
function villages(): Village[] {
  return Array.from({ length: VILLAGES }, (_, i): Village => {
    const grant = 80_000_000 + ((i * 7_919) % 40_000_000);
    const name = `Desa ${i + 1}`;
    const workers = i % 70;
    if (i % 3 === 0) return i % 5 === 0 ? { grant, workers } : { grant };
    return i % 5 === 0 ? { name, grant, workers } : { name, grant };
  });
}

/** Hand-written: the same envelopes, workers and costs in integers, and their sums; no text, no checks. */
function handWritten(list: readonly Village[]): { envelope: number; cost: number; workers: number } {
  let envelope = 0;
  let cost = 0;
  let workers = 0;
  for (const v of list) {
    const e = Math.floor(v.grant / 10); // 10 %
    const w = v.workers ?? Math.floor(e / PER_WORKER);
    envelope += e;
    workers += w;
    cost += w * PER_WORKER;
  }
  return { envelope, cost, workers };
}

async function measureVillages(): Promise<VillageRun> {
  const { villageAllocation } = await entry<Funding>('funding');
  const { explain } = await entry<Explain>('explain');
  const list = villages();
  const input = {
    villages: list,
    share: '0.1',
    from: '2025-01',
    to: '2025-12',
    fundingSource: 'BKBK',
  } as const;
  let last: ReturnType<typeof villageAllocation> | undefined;
  const r = await rounds(
    {
      library: () => {
        last = villageAllocation(input);
        return { envelope: last.envelope, cost: last.cost, workers: last.workers };
      },
      hand: () => handWritten(list),
    },
    ROUNDS,
    { warmup: 3 },
  );
  if (JSON.stringify(r.results.library) !== JSON.stringify(r.results.hand))
    throw new Error(`villageAllocation disagrees with the hand-written loop: ${JSON.stringify(r.results)}`);
  const result = last as NonNullable<typeof last>;
  if (result.perWorker !== PER_WORKER)
    throw new Error(`per worker ${result.perWorker}, expected ${PER_WORKER}`);
  // The explanation, timed apart (it writes 100.000 lines of text; nothing to compare it with).
  const e = await rounds({ explain: () => explain(result).length }, 3);
  if (e.results.explain !== VILLAGES + 10 && e.results.explain < VILLAGES)
    throw new Error(`the explanation has ${e.results.explain} lines`);
  return {
    load: load(),
    library: r.timings.library,
    hand: r.timings.hand,
    explain: e.timings.explain,
    steps: result.basis.steps.length,
    lines: e.results.explain,
  };
}

function render(runs: readonly VillageRun[]): { goals: Goal[]; markdown: string[] } {
  const first = runs[0] as VillageRun;
  const s = (f: (x: VillageRun) => number): Spread => spread(runs.map(f));
  const ms = (t: Timing[], of: keyof Timing = 'wallMs'): number => median(t.map((x) => x[of]));
  const lib = s((x) => ms(x.library));
  const libCpu = s((x) => ms(x.library, 'cpuMs'));
  const hand = s((x) => ms(x.hand));
  const vsHand = s((x) => median(ratios(x.library, x.hand)));
  const explain = s((x) => ms(x.explain));
  const goals: Goal[] = [
    {
      goal: `villageAllocation over ${fmt(VILLAGES)} listed villages`,
      target: '≤ 50 ms',
      measured: `${fmtSpread(lib, 1, ' ms')} (CPU ${fmt(libCpu.median, 1)} ms)`,
      baseline: `hand-written integer loop ${fmt(hand.median, 1)} ms; ratio ${fmtSpread(vsHand, 1, '×')}`,
      met: lib.median <= 50,
      note:
        lib.median > 50
          ? 'the 100.000 line objects (and their share-of-grant texts) are most of the time, with the garbage collection they cause; the CPU time is the figure less disturbed by other work on the machine.'
          : undefined,
    },
    {
      goal: `Explanation of it built lazily, per village`,
      target: 'on request',
      measured: `${first.steps} basis steps; explain: ${fmt(first.lines)} lines in ${fmtSpread(explain, 0, ' ms')}`,
      baseline: `one basis step per village before (${fmt(VILLAGES + 3)} steps)`,
      met: first.steps < 10,
    },
  ];
  const md = [
    '## Village allocations',
    '',
    `\`villageAllocation\` over ${fmt(VILLAGES)} listed villages (BKBK, 10 % of grants of Rp80–120 juta, 2025, a third of them`,
    'unnamed, a fifth with their own worker count), made before timing, against a hand-written loop computing the',
    `same envelopes, workers and costs in integers (no text, no checks), in ${ROUNDS} rounds per run; both must give the`,
    'same totals. The explanation is timed apart: it writes one line per village, from the result’s `lines`, only',
    'when asked.',
    '',
    '| villages | villageAllocation | CPU | hand-written loop | ÷ hand-written | basis steps | explain |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${fmt(VILLAGES)} | ${fmtSpread(lib, 1, ' ms')} | ${fmtSpread(libCpu, 1, ' ms')} | ${fmtSpread(hand, 2, ' ms')} | ${fmtSpread(vsHand, 1, '×')} | ${first.steps} | ${fmtSpread(explain, 0, ' ms')} |`,
    '',
    `Load average (1 min) at the end of each run: ${runs.map((r) => fmt(r.load, 1)).join(', ')}.`,
    '',
  ];
  return { goals, markdown: md };
}

/** The village section. */
export const section: Section<VillageRun> = { id: 'villages', order: 60, measure: measureVillages, render };
