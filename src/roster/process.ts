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
import { programsSchema } from '../funding/programs.ts';
import { FUNDING_SOURCES, type FundingSource, payerOf, readFundingSource } from '../funding/sources.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { monthFromIndex, monthIndex } from '../period/year-month.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { ELIGIBILITY_RULEBOOK } from '../rulebook/official/eligibility.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import { FundingSourceSchema, RulebookSchema, RupiahSchema, YearMonthSchema } from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { parseInput } from '../schemas/validate.ts';
import type {
  RosterCriteria,
  RosterEligibility,
  RosterGroupTotals,
  RosterOptions,
  RosterRejectedRow,
  RosterRow,
  RosterSummary,
  RosterWorker,
  RosterWorkerResult,
} from './types.ts';

type Eligibility = NonNullable<RosterOptions['eligibility']>;

/** @internal */
export const rosterOptions: z.ZodMiniType<RosterOptions> = /* @__PURE__ */ z
  .strictObject({
    from: YearMonthSchema,
    to: YearMonthSchema,
    programs: z.optional(programsSchema),
    fundingSource: z.optional(FundingSourceSchema),
    sector: z.optional(z.enum(BPU_SECTORS)),
    category: z.optional(z.enum(BPU_CATEGORIES)),
    declaredIncome: z.optional(RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }))),
    eligibility: z.optional(
      z.custom<Eligibility>(
        (v) =>
          typeof v === 'function' || (typeof v === 'object' && v !== null && 'criteria' in v && 'asOf' in v),
        { message: 'must be { criteria, asOf } or a function' },
      ),
    ),
    onWorker: z.optional(
      z.custom<(result: RosterWorkerResult) => void>((v) => typeof v === 'function', {
        message: 'must be a function',
      }),
    ),
    stopOnInvalid: z.optional(z.boolean()),
    rowOffset: z.optional(z.int().check(z.gte(0))),
    rejectedLimit: z.optional(z.int().check(z.gte(0))),
    rulebook: z.optional(RulebookSchema),
  })
  .check(
    z.refine((r) => !(r.from && r.to && monthIndex(r.to) < monthIndex(r.from)), {
      message: 'must not be before from',
      path: ['to'],
    }),
  );

/**
 * Schema of {@link RosterOptions}.
 *
 * @example
 * ```ts
 * import { RosterOptionsSchema } from 'jamsostek/roster';
 * RosterOptionsSchema.safeParse({ from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT' }).success; // true
 * RosterOptionsSchema.safeParse({ from: '2025-07', to: '2025-12', payer: 'APBD' }).success; // false
 * ```
 */
export const RosterOptionsSchema: InputSchema<RosterOptions> = /* @__PURE__ */ inputSchema(
  rosterOptions,
  'roster options',
);

const PLAIN_INT_RE = /^\d+$/;
const GROUPED_INT_RE = /^\d{1,3}(\.\d{3})+$/;
const SOURCE_INDEX: ReadonlyMap<FundingSource, number> = /* @__PURE__ */ new Map(
  FUNDING_SOURCES.map((f, i) => [f, i] as const),
);
const SOURCES_TEXT = `${FUNDING_SOURCES.join(', ')} (case and spaces do not matter)`;
const SECTOR_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  BPU_SECTORS.map((p, i) => [p, i] as const),
);
const CATEGORY_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  BPU_CATEGORIES.map((p, i) => [p, i] as const),
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

type Level = Map<unknown, unknown>;

/** Gets or creates the child map under `key`. */
function child(map: Level, key: unknown): Level {
  let c = map.get(key) as Level | undefined;
  if (!c) {
    c = new Map();
    map.set(key, c);
  }
  return c;
}

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
  readonly fundingSource: FundingSource;
  readonly sector: BpuSector;
  readonly category: BpuCategory;
  readonly region: string;
  readonly cohort: string;
}

interface Priced {
  readonly total: number;
  readonly byProgram: Readonly<Partial<Record<BpuProgram, number>>>;
}

interface Totals {
  workers: number;
  workerMonths: number;
  amount: number;
}

function addGroup(
  map: Map<string, Totals>,
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

/**
 * A plain object with the map's entries in key order. Keys are defined as own properties, so a region
 * or cohort named `__proto__` is kept (an assignment would set the prototype instead).
 */
function sortedRecord<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of [...map.keys()].sort()) {
    const v = map.get(k);
    if (v !== undefined)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The entries of a record given as a summary, own properties only. */
function entriesOf<V>(record: Readonly<Record<string, V>>): [string, V][] {
  return Object.entries(record);
}

/** Rule versions, once each, in the order of `id@from` (the same for every shard and merge). */
function sortedRules(refs: readonly RuleRef[]): RuleRef[] {
  const byKey = new Map<string, RuleRef>();
  for (const r of refs) byKey.set(`${r.id}@${r.from}`, r);
  return [...byKey.keys()].sort().flatMap((k) => {
    const r = byKey.get(k);
    return r ? [r] : [];
  });
}

/** A copy of a rejected row that shares nothing with the original. */
function copyRejected(r: RosterRejectedRow): RosterRejectedRow {
  return r.kind === 'invalid'
    ? { row: r.row, kind: 'invalid', issues: r.issues.map((i) => ({ ...i, path: [...i.path] })) }
    : { row: r.row, kind: 'ineligible', reasons: [...r.reasons] };
}

/** Accumulates rows one at a time; `finish()` returns the summary. */
export interface RosterAccumulator {
  /** Adds the next row of the roster. */
  add(row: RosterRow): void;
  /** The summary of every row added so far (a new object at each call). */
  finish(): RosterSummary;
}

/**
 * A roster accumulator, for rows that arrive one by one (a database cursor, a message queue).
 * `processRoster` is built on it.
 *
 * @example
 * ```ts
 * import { createRosterAccumulator } from 'jamsostek/roster';
 * const acc = createRosterAccumulator({ from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT', declaredIncome: 1000000 });
 * acc.add({ nik: '3509010101900001' });
 * acc.finish().total; // 100800
 * ```
 */
export function createRosterAccumulator(options: RosterOptions): RosterAccumulator {
  const o = parseInput(rosterOptions, options, 'roster options');
  const rulebook = o.rulebook ?? ELIGIBILITY_RULEBOOK;
  const programs = o.programs ?? (['JKK', 'JKM'] as const);
  const start = monthIndex(o.from);
  const end = monthIndex(o.to);
  const rowOffset = o.rowOffset ?? 0;
  const rejectedLimit = o.rejectedLimit ?? Number.POSITIVE_INFINITY;
  const eligibility =
    o.eligibility === undefined || typeof o.eligibility === 'function'
      ? o.eligibility
      : byCriteria(o.eligibility, rulebook);
  // Groups are found through nested maps keyed by primitive values (income, months and funding
  // source/sector/category, region, cohort): far cheaper per row than building a composite string key.
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
    fundingSource: FundingSource,
    sector: BpuSector,
    category: BpuCategory,
  ): BpuContributionResult =>
    pricer.price({ month: monthFromIndex(month), declaredIncome, fundingSource, sector, category }, used);

  /** Counts the row once under each of its distinct reasons, and keeps it in the list if there is room. */
  const reject = (entry: RosterRejectedRow, reasons: readonly string[]): void => {
    for (const r of new Set(reasons)) rejectedByReason.set(r, (rejectedByReason.get(r) ?? 0) + 1);
    if (rejected.length < rejectedLimit) rejected.push(entry);
  };

  const defaultSource = o.fundingSource;
  const defaultSector: BpuSector = o.sector ?? 'other';
  const defaultCategory: BpuCategory = o.category ?? 'self-employed';
  // Funding sources as written in the roster ('DBHCHT', 'dbh sawit' …), read once per distinct text.
  const sourceByText = new Map<string, FundingSource | null>();
  const sourceOf = (text: string): FundingSource | undefined => {
    let f = sourceByText.get(text);
    if (f === undefined) {
      f = readFundingSource(text) ?? null;
      sourceByText.set(text, f);
    }
    return f ?? undefined;
  };
  const monthsText = `no covered month inside ${o.from} … ${o.to}`;
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
      { row: rowNumber, kind: 'invalid', issues },
      issues.map((i) => `invalid:${i.path.join('.')}`),
    );
  };

  const workerPremium = (w: RosterWorker): RosterWorkerResult => {
    const from = monthIndex(w.from);
    const to = monthIndex(w.to);
    const key = `${w.declaredIncome}|${from}|${to}|${w.payer}|${w.sector}|${w.category}`;
    let priced = workerCache.get(key);
    if (!priced) {
      const byProgram: Partial<Record<BpuProgram, number>> = {};
      let total = 0;
      for (let m = from; m <= to; m++) {
        const p = premium(m, w.declaredIncome, w.fundingSource, w.sector, w.category);
        total += p.total;
        for (const l of p.lines) byProgram[l.program] = (byProgram[l.program] ?? 0) + l.amount;
      }
      priced = { total, byProgram };
      workerCache.set(key, priced);
    }
    // A fresh byProgram for every worker: the cached one is never handed out.
    return {
      worker: w,
      workerMonths: to - from + 1,
      total: priced.total,
      byProgram: { ...priced.byProgram },
    };
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
      let fundingSource = defaultSource;
      const rawSource = row.fundingSource;
      if (rawSource !== undefined && rawSource !== null && rawSource !== '') {
        const f = typeof rawSource === 'string' ? sourceOf(rawSource) : undefined;
        if (f === undefined)
          issues = withIssue(issues, {
            path: ['fundingSource'],
            message: `must be one of ${SOURCES_TEXT}`,
            received: rawSource,
          });
        else fundingSource = f;
      } else if (fundingSource === undefined)
        issues = withIssue(issues, {
          path: ['fundingSource'],
          message: 'is required: the row names none and the roster options give no fundingSource',
          received: rawSource,
        });
      let cohort = '';
      const rawCohort = row.cohort;
      if (rawCohort !== undefined && rawCohort !== null) {
        if (typeof rawCohort === 'string') cohort = rawCohort;
        else issues = withIssue(issues, { path: ['cohort'], message: 'must be text', received: rawCohort });
      }
      const rawPayer = row['payer'];
      if (rawPayer !== undefined && rawPayer !== '')
        issues = withIssue(issues, {
          path: ['payer'],
          message: 'is not read: the payer follows from fundingSource; give the fundingSource instead',
          received: rawPayer,
        });
      let sector = defaultSector;
      const rawSector = row.sector;
      if (rawSector !== undefined && rawSector !== '') {
        const i = typeof rawSector === 'string' ? SECTOR_INDEX.get(rawSector) : undefined;
        const value = i === undefined ? undefined : BPU_SECTORS[i];
        if (value !== undefined) sector = value;
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
        const i = typeof rawCategory === 'string' ? CATEGORY_INDEX.get(rawCategory) : undefined;
        const value = i === undefined ? undefined : BPU_CATEGORIES[i];
        if (value !== undefined) category = value;
        else
          issues = withIssue(issues, {
            path: ['category'],
            message: `must be one of ${BPU_CATEGORIES.join(', ')}`,
            received: rawCategory,
          });
      }
      if (issues || income === undefined || fundingSource === undefined || !isNik(nik)) {
        invalidRow(rowNumber, issues ?? []);
        return;
      }
      const declaredIncome = income;
      let w: RosterWorker | undefined;
      if (needWorker) {
        w = {
          row: rowNumber,
          nik,
          declaredIncome,
          from: monthFromIndex(from),
          to: monthFromIndex(to),
          region,
          cohort,
          fundingSource,
          payer: payerOf(fundingSource),
          sector,
          category,
        };
      }
      if (eligibility && w) {
        let e: RosterEligibility;
        try {
          e = eligibility(row, w);
        } catch (err) {
          if (!isJamsostekError(err) || err.code !== 'INVALID_INPUT') throw err;
          invalid++;
          reject(
            { row: rowNumber, kind: 'invalid', issues: err.issues },
            err.issues.map((i) => `invalid:${i.path.join('.')}`),
          );
          return;
        }
        if (!e.eligible) {
          ineligible++;
          const codes = e.reasons.map((r) => r.code);
          reject({ row: rowNumber, kind: 'ineligible', reasons: codes }, codes);
          return;
        }
      }
      workers++;
      const byMonths = child(groupTree, declaredIncome);
      // One number for the covered months and the funding source/sector/category:
      // (from × 2^18 + to) × 256 + kind, well inside 2^53 for any month index up to the year 9999.
      const kind =
        (SOURCE_INDEX.get(fundingSource) ?? 0) * 16 +
        (SECTOR_INDEX.get(sector) ?? 0) * 4 +
        (CATEGORY_INDEX.get(category) ?? 0);
      const byRegion = child(byMonths, (from * 262_144 + to) * 256 + kind);
      const byCohort = child(byRegion, region);
      const g = byCohort.get(cohort);
      if (isGroup(g)) g.count++;
      else {
        const created: Group = {
          count: 1,
          declaredIncome,
          from,
          to,
          fundingSource,
          sector,
          category,
          region,
          cohort,
        };
        byCohort.set(cohort, created);
        groups.push(created);
      }
      if (o.onWorker && w) o.onWorker(workerPremium(w));
    },

    finish(): RosterSummary {
      const byMonth = new Map<string, { workers: number; amount: number }>();
      for (let m = start; m <= end; m++) byMonth.set(monthFromIndex(m), { workers: 0, amount: 0 });
      const byProgram = new Map<string, number>();
      const byIncome = new Map<string, Totals>();
      const byCohort = new Map<string, Totals>();
      const byRegion = new Map<string, Totals>();
      const byFunding = new Map<string, Totals>();
      let total = 0;
      let workerMonths = 0;
      for (const g of groups) {
        let amount = 0;
        for (let m = g.from; m <= g.to; m++) {
          const p = premium(m, g.declaredIncome, g.fundingSource, g.sector, g.category);
          const month = byMonth.get(monthFromIndex(m));
          if (month) {
            month.workers += g.count;
            month.amount += g.count * p.total;
          }
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
        from: o.from,
        to: o.to,
        rulebook: { name: rulebook.name, version: rulebook.version },
        confidence: weakestConfidence(usedRules.map((r) => r.confidence)),
        rows,
        workers,
        invalid,
        ineligible,
        workerMonths,
        total,
        byMonth: sortedRecord(byMonth),
        byProgram: programsOut,
        byIncomeLevel: sortedRecord(byIncome),
        byCohort: sortedRecord(byCohort),
        byRegion: sortedRecord(byRegion),
        byFundingSource: sortedRecord(byFunding),
        rejectedByReason: sortedRecord(rejectedByReason),
        rejected: rejected.map(copyRejected).sort((a, b) => a.row - b.row),
        rules: usedRules,
      };
    },
  };
}

function isGroup(v: unknown): v is Group {
  return typeof v === 'object' && v !== null && 'count' in v;
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
 * `onWorker` only when asked. Bad rows (including a funding source outside the vocabulary, or none
 * where the options give no default) are reported with their row number and every problem, never
 * dropped silently, and do not stop the run unless `stopOnInvalid` is set.
 *
 * @example
 * ```ts
 * import { processRoster } from 'jamsostek/roster';
 * const summary = await processRoster(
 *   [{ nik: '3509010101900001' }, { nik: '3509010101900002', from: '2025-10' }, { nik: 'bad' }],
 *   { from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT', declaredIncome: 1000000 },
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
 * processRosterSync([{ nik: '3509010101900001' }], { from: '2025-01', to: '2025-12', fundingSource: 'APBD', declaredIncome: 1000000 }).total; // 201600
 * ```
 */
export function processRosterSync(rows: Iterable<RosterRow>, options: RosterOptions): RosterSummary {
  const acc = createRosterAccumulator(options);
  for (const row of rows) acc.add(row);
  return acc.finish();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Merges summaries of the same program months made with the same rulebook, exactly: the merge of the
 * summaries of the shards of a roster equals the summary of the whole roster (give each shard its
 * `rowOffset` so row numbers stay global). The merge is associative and commutative, and shares
 * nothing with the summaries given. Throws `INVALID_INPUT` for no summary, for something that is not a
 * roster summary, and for summaries of different months or rulebooks.
 *
 * @example
 * ```ts
 * import { mergeRosterSummaries, processRosterSync } from 'jamsostek/roster';
 * const options = { from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT', declaredIncome: 1000000 } as const;
 * const a = processRosterSync([{ nik: '3509010101900001' }], options);
 * const b = processRosterSync([{ nik: '3509010101900002' }], { ...options, rowOffset: 1 });
 * mergeRosterSummaries(a, b).total; // 201600
 * ```
 */
export function mergeRosterSummaries(...summaries: readonly RosterSummary[]): RosterSummary {
  const issues: InputIssue[] = [];
  const given: readonly unknown[] = summaries;
  given.forEach((s, i) => {
    if (!isObject(s) || s['kind'] !== 'roster-summary')
      issues.push({ path: [i], message: 'must be a roster summary', received: s });
  });
  const [first] = summaries;
  if (!first) issues.push({ path: [], message: 'give at least one roster summary', received: summaries });
  if (issues.length || !first) return invalidInput(issues, 'roster summaries');
  summaries.forEach((s, i) => {
    if (s.from !== first.from || s.to !== first.to)
      issues.push({
        path: [i, 'to'],
        message: `summaries of different program months cannot be merged (${first.from} … ${first.to})`,
        received: `${s.from} … ${s.to}`,
      });
    if (s.rulebook?.name !== first.rulebook?.name || s.rulebook?.version !== first.rulebook?.version)
      issues.push({
        path: [i, 'rulebook'],
        message: `summaries made with different rulebooks cannot be merged (${first.rulebook?.name} ${first.rulebook?.version})`,
        received: s.rulebook,
      });
  });
  if (issues.length) invalidInput(issues, 'roster summaries');

  const byMonth = new Map<string, { workers: number; amount: number }>();
  const byProgram = new Map<BpuProgram, number>();
  const byIncome = new Map<string, Totals>();
  const byCohort = new Map<string, Totals>();
  const byRegion = new Map<string, Totals>();
  const byFunding = new Map<string, Totals>();
  const reasons = new Map<string, number>();
  const add = (map: Map<string, Totals>, record: Readonly<Record<string, RosterGroupTotals>>): void => {
    for (const [k, v] of entriesOf(record)) addGroup(map, k, v.workers, v.workerMonths, v.amount);
  };
  let total = 0;
  for (const s of summaries) {
    for (const [k, v] of entriesOf(s.byMonth)) {
      const m = byMonth.get(k);
      if (m) {
        m.workers += v.workers;
        m.amount += v.amount;
      } else byMonth.set(k, { workers: v.workers, amount: v.amount });
    }
    for (const p of BPU_PROGRAMS) {
      const v = s.byProgram[p];
      if (v !== undefined) byProgram.set(p, (byProgram.get(p) ?? 0) + v);
    }
    add(byIncome, s.byIncomeLevel);
    add(byCohort, s.byCohort);
    add(byRegion, s.byRegion);
    add(byFunding, s.byFundingSource);
    for (const [k, v] of entriesOf(s.rejectedByReason)) reasons.set(k, (reasons.get(k) ?? 0) + v);
    total += s.total;
  }
  const programsOut: Partial<Record<BpuProgram, number>> = {};
  for (const p of BPU_PROGRAMS) {
    const v = byProgram.get(p);
    if (v !== undefined) programsOut[p] = v;
  }
  const rules = sortedRules(summaries.flatMap((s) => s.rules));
  const sum = (f: (s: RosterSummary) => number): number => summaries.reduce((n, s) => n + f(s), 0);
  return {
    kind: 'roster-summary',
    from: first.from,
    to: first.to,
    rulebook: { name: first.rulebook.name, version: first.rulebook.version },
    confidence: weakestConfidence(rules.map((r) => r.confidence)),
    rows: sum((s) => s.rows),
    workers: sum((s) => s.workers),
    invalid: sum((s) => s.invalid),
    ineligible: sum((s) => s.ineligible),
    workerMonths: sum((s) => s.workerMonths),
    total: checkRupiah(total, 'roster total'),
    byMonth: sortedRecord(byMonth),
    byProgram: programsOut,
    byIncomeLevel: sortedRecord(byIncome),
    byCohort: sortedRecord(byCohort),
    byRegion: sortedRecord(byRegion),
    byFundingSource: sortedRecord(byFunding),
    rejectedByReason: sortedRecord(reasons),
    rejected: summaries.flatMap((s) => s.rejected.map(copyRejected)).sort((x, y) => x.row - y.row),
    rules,
  };
}
