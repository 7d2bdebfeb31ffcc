/**
 * Batch premiums for a whole roster: validate each row, group identical work, price each distinct
 * (month, income level, payer, sector, category) once, and summarise.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  BPU_CATEGORIES,
  BPU_PROGRAMS,
  BPU_SECTORS,
  type BpuCategory,
  type BpuContributionResult,
  type BpuProgram,
  type BpuSector,
} from '../contributions/bpu/types.ts';
import { rowEligibility } from '../eligibility/check.ts';
import { type InputIssue, invalidInput, isJamsostekError, JamsostekError } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { Pricer } from '../funding/pricing.ts';
import { FUNDING_SOURCES, PAYERS, type Payer, type ProgramPayer, payerOf } from '../funding/sources.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { monthFromIndex, monthIndex } from '../period/year-month.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { ELIGIBILITY_RULEBOOK } from '../rulebook/official/eligibility.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import { RupiahSchema, YearMonthSchema } from '../schemas/common.ts';
import { parseInput } from '../schemas/validate.ts';
import type {
  RosterCriteria,
  RosterEligibility,
  RosterGroupTotals,
  RosterMonthTotals,
  RosterOptions,
  RosterRejectedRow,
  RosterRow,
  RosterSummary,
  RosterWorker,
  RosterWorkerResult,
} from './types.ts';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
  message: 'must be a function',
});

/**
 * Schema of {@link RosterOptions}.
 *
 * @example
 * ```ts
 * import { RosterOptionsSchema } from 'jamsostek/roster';
 * RosterOptionsSchema.safeParse({ months: { from: '2025-07', to: '2025-12' } }).success; // true
 * ```
 */
export const RosterOptionsSchema: z.ZodMiniType<RosterOptions> = /* @__PURE__ */ z.strictObject({
  months: z.strictObject({ from: YearMonthSchema, to: YearMonthSchema }).check(
    z.refine((r) => !(r.from && r.to && r.to < r.from), {
      message: 'to must not be before from',
      path: ['to'],
    }),
  ),
  programs: z.optional(z.array(z.enum(BPU_PROGRAMS))),
  payer: z.optional(z.enum(PAYERS)),
  sector: z.optional(z.enum(BPU_SECTORS)),
  category: z.optional(z.enum(BPU_CATEGORIES)),
  declaredIncome: z.optional(RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }))),
  payerOf: z.optional(fn),
  eligibility: z.optional(
    z.union([
      fn,
      z.custom((v) => typeof v === 'object' && v !== null && 'criteria' in v && 'asOf' in v, {
        message: 'must be { criteria, asOf }',
      }),
    ]),
  ),
  onWorker: z.optional(fn),
  stopOnInvalid: z.optional(z.boolean()),
  rowOffset: z.optional(z.int().check(z.gte(0))),
  rejectedLimit: z.optional(z.int().check(z.gte(0))),
  rulebook: z.optional(
    z.custom((v) => typeof v === 'object' && v !== null, { message: 'must be a rulebook' }),
  ),
}) as unknown as z.ZodMiniType<RosterOptions>;

const PLAIN_INT_RE = /^\d+$/;
const GROUPED_INT_RE = /^\d{1,3}(\.\d{3})+$/;
const PAYER_SET = new Set<string>(PAYERS);
const PAYER_INDEX: Readonly<Record<string, number>> = Object.fromEntries(PAYERS.map((p, i) => [p, i]));
const SECTOR_INDEX: Readonly<Record<string, number>> = Object.fromEntries(BPU_SECTORS.map((p, i) => [p, i]));
const CATEGORY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  BPU_CATEGORIES.map((p, i) => [p, i]),
);

/** A 16-digit NIK, checked without a regular expression (this runs once per row). */
function isNik(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Appends an issue, creating the list on the first one (rows are usually valid). */
function withIssue(list: InputIssue[] | null, issue: InputIssue): InputIssue[] {
  if (list) {
    list.push(issue);
    return list;
  }
  return [issue];
}

/** Gets or creates the child map under `key`. */
const KNOWN_SOURCES = new Set<string>([...FUNDING_SOURCES, ...PAYERS]);

/** Default payer of a row's funding source: the funding module's mapping for known channels. */
function knownSourcePayer(source: string): Payer | undefined {
  return KNOWN_SOURCES.has(source) ? payerOf(source as ProgramPayer) : undefined;
}

type Level = Map<unknown, unknown>;
function child(map: Level, key: unknown): Level {
  let c = map.get(key) as Level | undefined;
  if (!c) {
    c = new Map();
    map.set(key, c);
  }
  return c;
}
const SECTORS = new Set<string>(BPU_SECTORS);
const CATEGORIES = new Set<string>(BPU_CATEGORIES);

/** @internal The month index of a `YYYY-MM` string, or -1 when it is not one (no regular expression). */
export function fastMonthIndex(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    y = y * 10 + d;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return -1;
  const m = m1 * 10 + m2;
  if (m < 1 || m > 12 || y < 1900) return -1;
  return y * 12 + m - 1;
}

/** @internal Reads an income written as a number, `'1000000'` or `'1.000.000'`. */
export function readIncome(value: unknown): number | undefined {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const s = value.trim();
    if (PLAIN_INT_RE.test(s)) n = Number(s);
    else if (GROUPED_INT_RE.test(s)) n = Number(s.replaceAll('.', ''));
  }
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

interface Group {
  count: number;
  readonly declaredIncome: number;
  readonly from: number;
  readonly to: number;
  readonly payer: Payer;
  readonly sector: BpuSector;
  readonly category: BpuCategory;
  readonly region: string;
  readonly fundingSource: string;
  readonly cohort: string;
}

interface Priced {
  readonly total: number;
  readonly byProgram: Partial<Record<BpuProgram, number>>;
}

function addGroup(
  map: Map<string, { workers: number; workerMonths: number; amount: number }>,
  key: string,
  workers: number,
  workerMonths: number,
  amount: number,
): void {
  const g = map.get(key);
  if (g) {
    g.workers += workers;
    g.workerMonths += workerMonths;
    g.amount += amount;
  } else map.set(key, { workers, workerMonths, amount });
}

function sortedRecord<V>(map: Map<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of [...map.keys()].sort()) out[k] = map.get(k) as V;
  return out;
}

/** Rule versions, once each, in the order of `id@from` (the same for every shard and merge). */
function sortedRules(refs: readonly RuleRef[]): RuleRef[] {
  const byKey = new Map<string, RuleRef>();
  for (const r of refs) byKey.set(`${r.id}@${r.from}`, r);
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as RuleRef);
}

/** Accumulates rows one at a time; `finish()` returns the summary. */
export interface RosterAccumulator {
  /** Adds the next row of the roster. */
  add(row: RosterRow): void;
  /** The summary of every row added so far. */
  finish(): RosterSummary;
}

/**
 * A roster accumulator, for rows that arrive one by one (a database cursor, a message queue).
 * `processRoster` is built on it.
 *
 * @example
 * ```ts
 * import { createRosterAccumulator } from 'jamsostek/roster';
 * const acc = createRosterAccumulator({ months: { from: '2025-07', to: '2025-12' }, declaredIncome: 1000000 });
 * acc.add({ nik: '3509010101900001' });
 * acc.finish().total; // 100800
 * ```
 */
export function createRosterAccumulator(options: RosterOptions): RosterAccumulator {
  const o = parseInput(RosterOptionsSchema, options, 'roster options');
  const rulebook = o.rulebook ?? ELIGIBILITY_RULEBOOK;
  const programs = o.programs ?? (['JKK', 'JKM'] as const);
  const start = monthIndex(o.months.from);
  const end = monthIndex(o.months.to);
  const rowOffset = o.rowOffset ?? 0;
  const rejectedLimit = o.rejectedLimit ?? Number.POSITIVE_INFINITY;
  const eligibility =
    o.eligibility === undefined || typeof o.eligibility === 'function'
      ? o.eligibility
      : byCriteria(o.eligibility, rulebook);
  // Groups are found through nested maps keyed by primitive values (income, months, payer/sector/category,
  // region, funding source, cohort): far cheaper per row than building a composite string key.
  const groupTree: Level = new Map();
  const groups: Group[] = [];
  // Premiums are computed once per distinct month, income level, payer, sector and category, and the
  // rule versions behind them recorded once, by the same pricer that program budgets use.
  const pricer = new Pricer(rulebook, programs);
  const used = new BasisBuilder(rulebook);
  const workerCache = new Map<string, Priced>();
  const rejected: RosterRejectedRow[] = [];
  const rejectedByReason = new Map<string, number>();
  let rows = 0;
  let workers = 0;
  let invalid = 0;
  let ineligible = 0;

  const premium = (
    month: number,
    declaredIncome: number,
    payer: Payer,
    sector: BpuSector,
    category: BpuCategory,
  ): BpuContributionResult =>
    pricer.price({ month: monthFromIndex(month), declaredIncome, payer, sector, category }, used);

  const reject = (entry: RosterRejectedRow, reasons: readonly string[]): void => {
    for (const r of reasons) rejectedByReason.set(r, (rejectedByReason.get(r) ?? 0) + 1);
    if (rejected.length < rejectedLimit) rejected.push(entry);
  };

  const defaultPayer: Payer = o.payer ?? 'APBD';
  const defaultSector: BpuSector = o.sector ?? 'other';
  const defaultCategory: BpuCategory = o.category ?? 'self-employed';
  const payerOf = o.payerOf ?? knownSourcePayer;
  const payerBySource = new Map<string, Payer>();
  const sourcePayer = (source: string): Payer => {
    let p = payerBySource.get(source);
    if (p === undefined) {
      p = payerOf?.(source) ?? defaultPayer;
      payerBySource.set(source, p);
    }
    return p;
  };
  const monthsText = `no covered month inside ${o.months.from} … ${o.months.to}`;
  const needWorker = eligibility !== undefined || o.onWorker !== undefined;
  const invalidRow = (rowNumber: number, issues: InputIssue[]): void => {
    if (o.stopOnInvalid) {
      throw new JamsostekError(
        'INVALID_INPUT',
        `Invalid roster row ${rowNumber}: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        {
          issues: issues.map((i) => ({ ...i, path: ['rows', rowNumber, ...i.path] })),
          details: { row: rowNumber },
        },
      );
    }
    invalid++;
    reject(
      { row: rowNumber, kind: 'invalid', issues, reasons: [] },
      issues.map((i) => `invalid:${i.path.join('.')}`),
    );
  };

  const workerPremium = (w: RosterWorker): RosterWorkerResult => {
    const key = `${w.declaredIncome}|${w.months.from}|${w.months.to}|${w.payer}|${w.sector}|${w.category}`;
    let priced = workerCache.get(key);
    const from = monthIndex(w.months.from);
    const to = monthIndex(w.months.to);
    if (!priced) {
      const byProgram: Partial<Record<BpuProgram, number>> = {};
      let total = 0;
      for (let m = from; m <= to; m++) {
        const p = premium(m, w.declaredIncome, w.payer, w.sector, w.category);
        total += p.total;
        for (const l of p.lines) byProgram[l.program] = (byProgram[l.program] ?? 0) + l.amount;
      }
      priced = { total, byProgram };
      workerCache.set(key, priced);
    }
    return { worker: w, workerMonths: to - from + 1, total: priced.total, byProgram: priced.byProgram };
  };

  return {
    add(row: RosterRow): void {
      rows++;
      const rowNumber = rows + rowOffset;
      if (typeof row !== 'object' || row === null) {
        invalidRow(rowNumber, [{ path: [], message: 'must be an object', received: row }]);
        return;
      }
      let issues: InputIssue[] | null = null;
      const nik = row.nik;
      if (!isNik(nik)) {
        issues = withIssue(
          issues,
          nik === undefined || nik === ''
            ? { path: ['nik'], message: 'is required', received: nik }
            : { path: ['nik'], message: 'must be 16 digits', received: nik },
        );
      }
      let income = o.declaredIncome;
      const rawIncome = row.declaredIncome;
      if (rawIncome !== undefined && rawIncome !== '') {
        income =
          typeof rawIncome === 'number' && Number.isSafeInteger(rawIncome) && rawIncome > 0
            ? rawIncome
            : readIncome(rawIncome);
        if (income === undefined)
          issues = withIssue(issues, {
            path: ['declaredIncome'],
            message: 'must be a positive whole rupiah amount',
            received: rawIncome,
          });
      } else if (income === undefined)
        issues = withIssue(issues, { path: ['declaredIncome'], message: 'is required', received: rawIncome });
      let from = start;
      let to = end;
      let monthIssue = false;
      const rawFrom = row.from;
      if (rawFrom !== undefined && rawFrom !== '') {
        const i = fastMonthIndex(rawFrom);
        if (i < 0) {
          monthIssue = true;
          issues = withIssue(issues, {
            path: ['from'],
            message: 'must be a YYYY-MM month with month 01–12',
            received: rawFrom,
          });
        } else if (i > from) from = i;
      }
      const rawTo = row.to;
      if (rawTo !== undefined && rawTo !== '') {
        const i = fastMonthIndex(rawTo);
        if (i < 0) {
          monthIssue = true;
          issues = withIssue(issues, {
            path: ['to'],
            message: 'must be a YYYY-MM month with month 01–12',
            received: rawTo,
          });
        } else if (i < to) to = i;
      }
      if (from > to && !monthIssue)
        issues = withIssue(issues, { path: ['from'], message: monthsText, received: rawFrom });
      let region = '';
      const rawRegion = row.region;
      if (rawRegion !== undefined && rawRegion !== null) {
        if (typeof rawRegion === 'string') region = rawRegion;
        else issues = withIssue(issues, { path: ['region'], message: 'must be text', received: rawRegion });
      }
      let fundingSource = '';
      const rawSource = row.fundingSource;
      if (rawSource !== undefined && rawSource !== null) {
        if (typeof rawSource === 'string') fundingSource = rawSource;
        else
          issues = withIssue(issues, {
            path: ['fundingSource'],
            message: 'must be text',
            received: rawSource,
          });
      }
      let cohort = '';
      const rawCohort = row.cohort;
      if (rawCohort !== undefined && rawCohort !== null) {
        if (typeof rawCohort === 'string') cohort = rawCohort;
        else issues = withIssue(issues, { path: ['cohort'], message: 'must be text', received: rawCohort });
      }
      let payer = fundingSource ? sourcePayer(fundingSource) : defaultPayer;
      const rawPayer = row.payer;
      if (rawPayer !== undefined && rawPayer !== '') {
        if (typeof rawPayer === 'string' && PAYER_SET.has(rawPayer)) payer = rawPayer as Payer;
        else
          issues = withIssue(issues, {
            path: ['payer'],
            message: `must be one of ${PAYERS.join(', ')}`,
            received: rawPayer,
          });
      }
      let sector = defaultSector;
      const rawSector = row.sector;
      if (rawSector !== undefined && rawSector !== '') {
        if (typeof rawSector === 'string' && SECTORS.has(rawSector)) sector = rawSector as BpuSector;
        else
          issues = withIssue(issues, {
            path: ['sector'],
            message: `must be one of ${BPU_SECTORS.join(', ')}`,
            received: rawSector,
          });
      }
      let category = defaultCategory;
      const rawCategory = row.category;
      if (rawCategory !== undefined && rawCategory !== '') {
        if (typeof rawCategory === 'string' && CATEGORIES.has(rawCategory))
          category = rawCategory as BpuCategory;
        else
          issues = withIssue(issues, {
            path: ['category'],
            message: `must be one of ${BPU_CATEGORIES.join(', ')}`,
            received: rawCategory,
          });
      }
      if (issues) {
        invalidRow(rowNumber, issues);
        return;
      }
      const declaredIncome = income as number;
      let w: RosterWorker | undefined;
      if (needWorker) {
        w = {
          row: rowNumber,
          nik: nik as string,
          declaredIncome,
          months: { from: monthFromIndex(from), to: monthFromIndex(to) },
          region,
          fundingSource,
          cohort,
          payer,
          sector,
          category,
        };
      }
      if (eligibility) {
        let e: RosterEligibility;
        try {
          e = eligibility(row, w as RosterWorker);
        } catch (err) {
          if (!isJamsostekError(err) || err.code !== 'INVALID_INPUT') throw err;
          invalid++;
          reject(
            { row: rowNumber, kind: 'invalid', issues: err.issues, reasons: [] },
            err.issues.map((i) => `invalid:${i.path.join('.')}`),
          );
          return;
        }
        if (!e.eligible) {
          ineligible++;
          const codes = e.reasons.map((r) => r.code);
          reject({ row: rowNumber, kind: 'ineligible', issues: [], reasons: codes }, codes);
          return;
        }
      }
      workers++;
      const byMonths = child(groupTree, declaredIncome);
      // One number for the covered months and the payer/sector/category: (from × 2^18 + to) × 128 + kind,
      // well inside 2^53 for any month index up to the year 9999.
      const kind =
        (PAYER_INDEX[payer] as number) * 16 +
        (SECTOR_INDEX[sector] as number) * 4 +
        (CATEGORY_INDEX[category] as number);
      const byRegion = child(byMonths, (from * 262_144 + to) * 128 + kind);
      const bySource = child(byRegion, region);
      const byCohort = child(bySource, fundingSource) as Map<string, Group>;
      const g = byCohort.get(cohort);
      if (g) g.count++;
      else {
        const created: Group = {
          count: 1,
          declaredIncome,
          from,
          to,
          payer,
          sector,
          category,
          region,
          fundingSource,
          cohort,
        };
        byCohort.set(cohort, created);
        groups.push(created);
      }
      if (o.onWorker) o.onWorker(workerPremium(w as RosterWorker));
    },

    finish(): RosterSummary {
      const byMonth = new Map<string, { workers: number; amount: number }>();
      for (let m = start; m <= end; m++) byMonth.set(monthFromIndex(m), { workers: 0, amount: 0 });
      const byProgram = new Map<string, number>();
      const byIncome = new Map<string, { workers: number; workerMonths: number; amount: number }>();
      const byCohort = new Map<string, { workers: number; workerMonths: number; amount: number }>();
      const byRegion = new Map<string, { workers: number; workerMonths: number; amount: number }>();
      const byFunding = new Map<string, { workers: number; workerMonths: number; amount: number }>();
      let total = 0;
      let workerMonths = 0;
      for (const g of groups) {
        let amount = 0;
        for (let m = g.from; m <= g.to; m++) {
          const p = premium(m, g.declaredIncome, g.payer, g.sector, g.category);
          const month = byMonth.get(monthFromIndex(m)) as { workers: number; amount: number };
          month.workers += g.count;
          month.amount += g.count * p.total;
          amount += g.count * p.total;
          for (const l of p.lines)
            byProgram.set(l.program, (byProgram.get(l.program) ?? 0) + g.count * l.amount);
        }
        const wm = g.count * (g.to - g.from + 1);
        workerMonths += wm;
        total += amount;
        addGroup(byIncome, String(g.declaredIncome), g.count, wm, amount);
        addGroup(byCohort, g.cohort, g.count, wm, amount);
        addGroup(byRegion, g.region, g.count, wm, amount);
        addGroup(byFunding, g.fundingSource, g.count, wm, amount);
      }
      checkRupiah(total, 'roster total');
      const programsOut: Partial<Record<BpuProgram, number>> = {};
      for (const p of BPU_PROGRAMS) {
        const v = byProgram.get(p);
        if (v !== undefined) programsOut[p] = v;
      }
      const usedRules = sortedRules(used.build().rules);
      return {
        kind: 'roster-summary',
        from: o.months.from,
        to: o.months.to,
        rulebook: { name: rulebook.name, version: rulebook.version },
        confidence: weakestConfidence(usedRules.map((r) => r.confidence)),
        rows,
        workers,
        invalid,
        ineligible,
        workerMonths,
        total,
        byMonth: sortedRecord(byMonth) as Record<string, RosterMonthTotals>,
        byProgram: programsOut,
        byIncomeLevel: sortedRecord(byIncome) as Record<string, RosterGroupTotals>,
        byCohort: sortedRecord(byCohort) as Record<string, RosterGroupTotals>,
        byRegion: sortedRecord(byRegion) as Record<string, RosterGroupTotals>,
        byFundingSource: sortedRecord(byFunding) as Record<string, RosterGroupTotals>,
        rejectedByReason: sortedRecord(rejectedByReason),
        rejected: [...rejected].sort((a, b) => a.row - b.row),
        rules: usedRules,
      };
    },
  };
}

const WORKER_FIELDS = [
  'birthDate',
  'citizenship',
  'workStartInIndonesia',
  'segment',
  'bpuCategory',
  'enterpriseSize',
  'sector',
  'dtsenDecile',
  'region',
  'activeParticipant',
  'fundedBy',
] as const;

/** @internal The eligibility worker a roster row describes, by field name. */
export function rowToEligibilityWorker(row: RosterRow, worker: RosterWorker): Record<string, unknown> {
  const out: Record<string, unknown> = { id: worker.nik, segment: 'BPU' };
  for (const f of WORKER_FIELDS) {
    const v = row[f];
    if (v !== undefined && v !== '') out[f] = v;
  }
  if (typeof out['dtsenDecile'] === 'string' && /^\d+$/.test(out['dtsenDecile']))
    out['dtsenDecile'] = Number(out['dtsenDecile']);
  if (out['bpuCategory'] === undefined && out['segment'] === 'BPU') out['bpuCategory'] = worker.category;
  if (typeof out['activeParticipant'] === 'string')
    out['activeParticipant'] = out['activeParticipant'] === 'true';
  return out;
}

function byCriteria(
  c: RosterCriteria,
  rulebook: Rulebook,
): (row: RosterRow, worker: RosterWorker) => RosterEligibility {
  return (row, worker) => {
    const input = c.toWorker ? c.toWorker(row, worker) : rowToEligibilityWorker(row, worker);
    return rowEligibility(input, c.criteria, c.asOf, rulebook);
  };
}

function isAsync(rows: unknown): rows is AsyncIterable<RosterRow> {
  return typeof rows === 'object' && rows !== null && Symbol.asyncIterator in rows;
}

/**
 * Premiums for a whole roster, summarised: totals per month, per program, per income level, per
 * cohort, per region and per funding source; counts of priced, invalid and ineligible rows by reason;
 * the rule versions used. Accepts an array, any iterable, or an async iterable (a CSV stream), and keeps
 * memory constant: rows are not stored, identical work is done once, and per-worker results go to
 * `onWorker` only when asked. Bad rows are reported with their row number and every problem, never
 * dropped silently, and do not stop the run unless `stopOnInvalid` is set.
 *
 * @example
 * ```ts
 * import { processRoster } from 'jamsostek/roster';
 * const summary = await processRoster(
 *   [{ nik: '3509010101900001' }, { nik: '3509010101900002', from: '2025-10' }, { nik: 'bad' }],
 *   { months: { from: '2025-07', to: '2025-12' }, declaredIncome: 1000000 },
 * );
 * summary.total; // 6 × 16.800 + 3 × 16.800 = 151200
 * summary.rejected[0]?.row; // 3
 * ```
 */
export async function processRoster(
  rows: Iterable<RosterRow> | AsyncIterable<RosterRow>,
  options: RosterOptions,
): Promise<RosterSummary> {
  const acc = createRosterAccumulator(options);
  if (isAsync(rows)) {
    for await (const row of rows) acc.add(row);
  } else {
    for (const row of rows) acc.add(row);
  }
  return acc.finish();
}

/**
 * The synchronous form of {@link processRoster}, for arrays and other iterables.
 *
 * @example
 * ```ts
 * import { processRosterSync } from 'jamsostek/roster';
 * processRosterSync([{ nik: '3509010101900001' }], { months: { from: '2025-01', to: '2025-12' }, declaredIncome: 1000000 }).total; // 201600
 * ```
 */
export function processRosterSync(rows: Iterable<RosterRow>, options: RosterOptions): RosterSummary {
  const acc = createRosterAccumulator(options);
  for (const row of rows) acc.add(row);
  return acc.finish();
}

function mergeGroups(
  a: Readonly<Record<string, RosterGroupTotals>>,
  b: Readonly<Record<string, RosterGroupTotals>>,
): Record<string, RosterGroupTotals> {
  const m = new Map<string, { workers: number; workerMonths: number; amount: number }>();
  for (const src of [a, b])
    for (const [k, v] of Object.entries(src)) addGroup(m, k, v.workers, v.workerMonths, v.amount);
  return sortedRecord(m);
}

/**
 * Merges two roster summaries of the same program months, exactly: the merge of the summaries of two
 * shards equals the summary of the whole roster (use `rowOffset` so row numbers stay global). The
 * merge is associative and commutative.
 *
 * @example
 * ```ts
 * import { mergeSummaries, processRosterSync } from 'jamsostek/roster';
 * const months = { from: '2025-07', to: '2025-12' } as const;
 * const a = processRosterSync([{ nik: '3509010101900001' }], { months, declaredIncome: 1000000 });
 * const b = processRosterSync([{ nik: '3509010101900002' }], { months, declaredIncome: 1000000, rowOffset: 1 });
 * mergeSummaries(a, b).total; // 201600
 * ```
 */
export function mergeSummaries(a: RosterSummary, b: RosterSummary): RosterSummary {
  if (a.from !== b.from || a.to !== b.to) {
    invalidInput(
      [
        {
          path: ['to'],
          message: 'summaries of different program months cannot be merged',
          received: [`${a.from} … ${a.to}`, `${b.from} … ${b.to}`],
        },
      ],
      'merge',
    );
  }
  const rules = sortedRules([...a.rules, ...b.rules]);
  const byMonth: Record<string, RosterMonthTotals> = {};
  for (const k of Object.keys(a.byMonth).sort()) {
    const x = a.byMonth[k] as RosterMonthTotals;
    const y = b.byMonth[k] ?? { workers: 0, amount: 0 };
    byMonth[k] = { workers: x.workers + y.workers, amount: x.amount + y.amount };
  }
  const byProgram: Partial<Record<BpuProgram, number>> = {};
  for (const p of BPU_PROGRAMS) {
    const v = (a.byProgram[p] ?? 0) + (b.byProgram[p] ?? 0);
    if (a.byProgram[p] !== undefined || b.byProgram[p] !== undefined) byProgram[p] = v;
  }
  const reasons = new Map<string, number>();
  for (const src of [a.rejectedByReason, b.rejectedByReason])
    for (const [k, v] of Object.entries(src)) reasons.set(k, (reasons.get(k) ?? 0) + v);
  return {
    kind: 'roster-summary',
    from: a.from,
    to: a.to,
    rulebook: a.rulebook,
    confidence: weakestConfidence(rules.map((r) => r.confidence)),
    rows: a.rows + b.rows,
    workers: a.workers + b.workers,
    invalid: a.invalid + b.invalid,
    ineligible: a.ineligible + b.ineligible,
    workerMonths: a.workerMonths + b.workerMonths,
    total: checkRupiah(a.total + b.total, 'roster total'),
    byMonth,
    byProgram,
    byIncomeLevel: mergeGroups(a.byIncomeLevel, b.byIncomeLevel),
    byCohort: mergeGroups(a.byCohort, b.byCohort),
    byRegion: mergeGroups(a.byRegion, b.byRegion),
    byFundingSource: mergeGroups(a.byFundingSource, b.byFundingSource),
    rejectedByReason: sortedRecord(reasons),
    rejected: [...a.rejected, ...b.rejected].sort((x, y) => x.row - y.row),
    rules,
  };
}
