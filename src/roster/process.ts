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
import { invalidInput, isJamsostekError, JamsostekError } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { Pricer } from '../funding/pricing.ts';
import { programsSchema } from '../funding/programs.ts';
import { FUNDING_SOURCES, type FundingSource, payerOf, readFundingSource } from '../funding/sources.ts';
import { checkRupiah } from '../money/rupiah.ts';
import type { YearMonth } from '../period/year-month.ts';
import { monthFromIndex, monthIndex } from '../period/year-month.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { ELIGIBILITY_RULEBOOK } from '../rulebook/official/eligibility.ts';
import type { Rulebook } from '../rulebook/types.ts';
import { FundingSourceSchema, RulebookSchema, RupiahSchema, YearMonthSchema } from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { parseInput } from '../schemas/validate.ts';
import {
  nikBirthText,
  nikEncodesBirthDate,
  nikKey,
  nikProblem,
  nikSex,
  readBirthDate,
  readSex,
  SEX_TEXT,
} from './nik.ts';
import { NikTable } from './nik-table.ts';
import { checkBatch, DIRECT, type DirectTarget, isDirectSource, isRosterSource } from './source.ts';
import {
  addGroup,
  copyFlagged,
  copyRejected,
  KeptRows,
  sortedRecord,
  sortedRules,
  type Totals,
} from './summary.ts';
import type {
  RosterCriteria,
  RosterDedupeOptions,
  RosterEligibility,
  RosterFlaggedRow,
  RosterIssue,
  RosterIssueCode,
  RosterOptions,
  RosterRejectedRow,
  RosterRow,
  RosterSource,
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
    dedupe: z.optional(
      z.union([
        z.boolean(),
        z.strictObject({ precedence: z.optional(z.array(z.string().check(z.minLength(1)))) }),
      ]),
    ),
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

/** Codes that flag a row rather than reject it. */
const FLAG_CODES: ReadonlySet<RosterIssueCode | undefined> = /* @__PURE__ */ new Set<
  RosterIssueCode | undefined
>(['STRAY_QUOTE', 'NIK_BIRTH_DATE_MISMATCH', 'NIK_SEX_MISMATCH']);

/** @internal True for an issue that flags a row rather than rejects it. */
export function isFlag(issue: RosterIssue): boolean {
  return FLAG_CODES.has(issue.code);
}

/** Appends an issue, creating the list on the first one (rows are usually valid). */
function withIssue(list: RosterIssue[] | null, issue: RosterIssue): RosterIssue[] {
  if (list) {
    list.push(issue);
    return list;
  }
  return [issue];
}

/** A number written the way a spreadsheet writes a large one: `3.50901E+15`. */
function isScientific(s: string): boolean {
  const e = s.indexOf('E') >= 0 ? s.indexOf('E') : s.indexOf('e');
  return e > 0 && e < s.length - 1 && /^\d+([.,]\d+)?[eE]\+?\d+$/.test(s.trim());
}

/**
 * @internal The issue of a NIK that is not plausible, or `undefined`. Runs only on rows whose NIK failed
 * the quick check, so the regular expression in it never runs on a valid row.
 */
export function nikIssue(nik: unknown): RosterIssue | undefined {
  if (nik === undefined || nik === null || nik === '')
    return { path: ['nik'], message: 'is required', received: nik };
  if (typeof nik === 'number' || typeof nik === 'bigint' || (typeof nik === 'string' && isScientific(nik)))
    return {
      path: ['nik'],
      code: 'NIK_AS_NUMBER',
      message:
        'is stored as a number: spreadsheets keep 15 significant digits, so a 16-digit NIK has lost its last digit; format the column as text and enter the NIK again',
      received: nik,
    };
  if (typeof nik !== 'string') return { path: ['nik'], message: 'must be 16 digits', received: nik };
  const problem = nikProblem(nik);
  if (problem === 'digits') return { path: ['nik'], message: 'must be 16 digits', received: nik };
  if (problem === 'region')
    return {
      path: ['nik'],
      code: 'NIK_REGION',
      message:
        'does not start with a plausible region code (2 digits province 11–96, 2 regency or city, 2 district, none of them 00)',
      received: nik,
    };
  if (problem === 'birth-date')
    return {
      path: ['nik'],
      code: 'NIK_BIRTH_DATE',
      message: 'does not encode a birth date in digits 7–12 (DDMMYY, with 40 added to the day for women)',
      received: nik,
    };
  if (problem === 'serial')
    return {
      path: ['nik'],
      code: 'NIK_SERIAL',
      message: 'ends in 0000, but the serial of a NIK starts at 0001',
      received: nik,
    };
  return undefined;
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

/**
 * @internal Reads an income written as a number, `'1000000'` or `'1.000.000'` (groups of three digits
 * after the first one to three), without a regular expression.
 */
export function readIncome(value: unknown): number | undefined {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    let a = 0;
    let b = value.length;
    while (a < b && value.charCodeAt(a) <= 32) a++;
    while (b > a && value.charCodeAt(b - 1) <= 32) b--;
    if (a === b) return undefined;
    let v = 0;
    let digits = 0;
    let grouped = false;
    for (let i = a; i < b; i++) {
      const c = value.charCodeAt(i);
      if (c === 46) {
        // A dot separates thousands: the run before it is 1–3 digits (first) or exactly 3.
        if (grouped ? digits !== 3 : digits < 1 || digits > 3) return undefined;
        grouped = true;
        digits = 0;
        continue;
      }
      const d = c - 48;
      if (d < 0 || d > 9) return undefined;
      v = v * 10 + d;
      digits++;
    }
    if (grouped && digits !== 3) return undefined;
    if (digits === 0) return undefined;
    n = v;
  }
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
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

/** A copy of a string that shares no memory with the text it was sliced from (once per group). */
function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
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
  /** Index of the list (0 for rows without one). */
  readonly list: number;
  /** Index of the group in the list of groups. */
  readonly index: number;
}

interface Priced {
  readonly total: number;
  readonly byProgram: Readonly<Partial<Record<BpuProgram, number>>>;
}

/** Accumulates rows one at a time; `finish()` returns the summary. */
export interface RosterAccumulator {
  /** Adds the next row of the roster. */
  add(row: RosterRow): void;
  /** The summary of every row added so far (a new object at each call). */
  finish(): RosterSummary;
}

/** @internal The accumulator with what the file readers and lists need. */
export interface FullAccumulator extends RosterAccumulator {
  /** Adds one row with its number, its list (index from `listIndex`) and the reader's issues. */
  addAt(
    row: RosterRow,
    rowNumber: number,
    list: number,
    readerIssues: readonly RosterIssue[] | undefined,
  ): void;
  /** The index of a list name (registered on first use). */
  listIndex(name: string | undefined): number;
  /** Notes the unknown and repeated headers of a file. */
  columns(unknown: readonly string[] | undefined, duplicate: readonly string[] | undefined): void;
  /** The number of rows added, for counting positions. */
  readonly rowsAdded: number;
  /**
   * The row properties the accumulator reads ({@link ROW_READS}), or undefined when it hands whole
   * rows on (to an eligibility check).
   */
  readonly reads: ReadonlySet<string> | undefined;
}

/**
 * @internal Every row property the accumulator reads when no eligibility check is given (`addAt`):
 * a file reader may hand it rows with only these, and the same object each time.
 */
export const ROW_READS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'nik',
  'declaredIncome',
  'from',
  'to',
  'region',
  'cohort',
  'fundingSource',
  'payer',
  'sector',
  'category',
  'birthDate',
  'sex',
]);

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
  const full = accumulator(options);
  return { add: (row) => full.add(row), finish: () => full.finish() };
}

/** Counts a row once under each of its distinct reasons. */
function countReasons(map: Map<string, number>, reasons: readonly string[]): void {
  for (const r of new Set(reasons)) map.set(r, (map.get(r) ?? 0) + 1);
}

function nikText(nik: unknown): { nik?: string } {
  return typeof nik === 'string' ? { nik } : {};
}

/**
 * The roster accumulator. A class, so that the code that prices each row is one for every roster and
 * holds no roster's objects; with the empty accumulator kept below, the engine compiles it once.
 */
class Accumulator implements FullAccumulator {
  readonly reads: ReadonlySet<string> | undefined;
  /** The first program month. */
  readonly from: YearMonth;
  private readonly to: YearMonth;
  private readonly rulebook: Rulebook;
  private readonly start: number;
  private readonly end: number;
  private readonly span: number;
  private readonly rowOffset: number;
  private readonly rejectedLimit: number;
  private readonly eligibility: ((row: RosterRow, worker: RosterWorker) => RosterEligibility) | undefined;
  // Groups are found through nested maps keyed by primitive values (income, months and funding
  // source/sector/category, region, cohort, list): far cheaper per row than building a composite string key.
  private readonly groupTree: Level = new Map();
  private readonly groups: Group[] = [];
  // Premiums are computed once per distinct month, income level, payer, sector and category, and the
  // rule versions behind them recorded once, by the same pricer that program budgets use.
  private readonly pricer: Pricer;
  private readonly used: BasisBuilder;
  private readonly workerCache = new Map<string, Priced>();
  private readonly rejected: KeptRows<RosterRejectedRow>;
  private readonly flagged: KeptRows<RosterFlaggedRow>;
  private readonly rejectedByReason = new Map<string, number>();
  private readonly flaggedByReason = new Map<string, number>();
  private readonly unknownColumns = new Set<string>();
  private readonly duplicateColumns = new Set<string>();
  private readonly lists: (string | undefined)[] = [undefined];
  private readonly listIndexes = new Map<string, number>();
  private readonly niks: NikTable | undefined;
  private rows = 0;
  private workers = 0;
  private invalid = 0;
  private ineligible = 0;
  private duplicates = 0;
  private readonly defaultIncome: number | undefined;
  private readonly stopOnInvalid: boolean;
  private readonly onWorker: ((result: RosterWorkerResult) => void) | undefined;
  private readonly defaultSource: FundingSource | undefined;
  private readonly defaultSector: BpuSector;
  private readonly defaultCategory: BpuCategory;
  // Funding sources as written in the roster ('DBHCHT', 'dbh sawit' …), read once per distinct text.
  private readonly sourceByText = new Map<string, FundingSource | null>();
  // The last text read, and its source: rows in a row often name the same one.
  private lastSourceText = '';
  private lastSource: FundingSource | null = null;
  private readonly sexCache = new Map<string, 'M' | 'F' | null>();
  private readonly monthsText: string;
  private readonly needWorker: boolean;
  // Precedence between rows of one NIK: by list name and by funding source, computed on a duplicate only.
  private readonly precedence: readonly string[];
  // The number of the last row's funding source, sector and category (rows in a row often share them).
  private kindSource: FundingSource | undefined = undefined;
  private kindSector: BpuSector | undefined = undefined;
  private kindCategory: BpuCategory | undefined = undefined;
  private kind = 0;

  constructor(options: RosterOptions) {
    const o = parseInput(rosterOptions, options, 'roster options');
    this.from = o.from;
    this.to = o.to;
    const rulebook = o.rulebook ?? ELIGIBILITY_RULEBOOK;
    this.rulebook = rulebook;
    this.start = monthIndex(o.from);
    this.end = monthIndex(o.to);
    this.span = this.end - this.start + 1;
    this.rowOffset = o.rowOffset ?? 0;
    this.rejectedLimit = o.rejectedLimit ?? Number.POSITIVE_INFINITY;
    this.eligibility =
      o.eligibility === undefined || typeof o.eligibility === 'function'
        ? o.eligibility
        : byCriteria(o.eligibility, rulebook);
    const dedupe: RosterDedupeOptions | undefined =
      o.dedupe === false ? undefined : o.dedupe === true || o.dedupe === undefined ? {} : o.dedupe;
    this.pricer = new Pricer(rulebook, o.programs ?? (['JKK', 'JKM'] as const));
    this.used = new BasisBuilder(rulebook);
    this.rejected = new KeptRows<RosterRejectedRow>(this.rejectedLimit);
    this.flagged = new KeptRows<RosterFlaggedRow>(this.rejectedLimit);
    this.niks = dedupe ? new NikTable() : undefined;
    this.precedence = dedupe?.precedence ?? [];
    // What the rows read of the options is copied here: the row code never reads the checked options
    // object, whose shape differs from roster to roster.
    this.defaultIncome = o.declaredIncome;
    this.stopOnInvalid = o.stopOnInvalid === true;
    this.onWorker = o.onWorker;
    this.defaultSource = o.fundingSource;
    this.defaultSector = o.sector ?? 'other';
    this.defaultCategory = o.category ?? 'self-employed';
    this.monthsText = `no covered month inside ${o.from} … ${o.to}`;
    this.needWorker = this.eligibility !== undefined || o.onWorker !== undefined;
    this.reads = this.eligibility === undefined ? ROW_READS : undefined;
  }

  get rowsAdded(): number {
    return this.rows;
  }

  add(row: RosterRow): void {
    this.addRow(row, this.rows + 1 + this.rowOffset, 0, undefined);
  }

  addAt(
    row: RosterRow,
    rowNumber: number,
    list: number,
    readerIssues: readonly RosterIssue[] | undefined,
  ): void {
    this.addRow(row, rowNumber + this.rowOffset, list, readerIssues);
  }

  listIndex(name: string | undefined): number {
    if (name === undefined) return 0;
    let i = this.listIndexes.get(name);
    if (i === undefined) {
      i = this.lists.length;
      this.lists.push(name);
      this.listIndexes.set(name, i);
    }
    return i;
  }

  columns(unknown: readonly string[] | undefined, duplicate: readonly string[] | undefined): void {
    for (const c of unknown ?? []) this.unknownColumns.add(c);
    for (const c of duplicate ?? []) this.duplicateColumns.add(c);
  }

  private premium(
    month: number,
    declaredIncome: number,
    fundingSource: FundingSource,
    sector: BpuSector,
    category: BpuCategory,
  ): BpuContributionResult {
    return this.pricer.price(
      { month: monthFromIndex(month), declaredIncome, fundingSource, sector, category },
      this.used,
    );
  }

  /** Counts the row once under each of its distinct reasons, and keeps it in the list if there is room. */
  private reject(entry: RosterRejectedRow, reasons: readonly string[]): void {
    countReasons(this.rejectedByReason, reasons);
    this.rejected.add(entry);
  }

  private listName(list: number): { list?: string } {
    const name = this.lists[list];
    return name === undefined ? {} : { list: name };
  }

  private flag(rowNumber: number, list: number, nik: unknown, issues: readonly RosterIssue[]): void {
    countReasons(
      this.flaggedByReason,
      issues.map((i) => i.code ?? ''),
    );
    this.flagged.add({ row: rowNumber, ...this.listName(list), ...nikText(nik), issues });
  }

  private sourceOf(text: string): FundingSource | undefined {
    if (text === this.lastSourceText && this.lastSource !== null) return this.lastSource;
    let f = this.sourceByText.get(text);
    if (f === undefined) {
      f = readFundingSource(text) ?? null;
      this.sourceByText.set(text, f);
    }
    this.lastSourceText = text;
    this.lastSource = f;
    return f ?? undefined;
  }

  private invalidRow(rowNumber: number, list: number, nik: unknown, issues: RosterIssue[]): void {
    if (this.stopOnInvalid) {
      const where =
        this.lists[list] === undefined ? `row ${rowNumber}` : `row ${rowNumber} of ${this.lists[list]}`;
      throw new JamsostekError(
        'INVALID_INPUT',
        `Invalid roster ${where}: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        {
          issues: issues.map((i) => ({ ...i, path: ['rows', rowNumber, ...i.path] })),
          details: { row: rowNumber },
        },
      );
    }
    this.invalid++;
    this.reject(
      { row: rowNumber, ...this.listName(list), kind: 'invalid', ...nikText(nik), issues },
      issues.map((i) => (i.code ? `invalid:${i.code}` : `invalid:${i.path.join('.')}`)),
    );
  }

  private rankOf(list: number, fundingSource: FundingSource): number {
    let rank = this.precedence.length;
    const name = this.lists[list];
    for (let i = 0; i < rank; i++) {
      const p = this.precedence[i] as string;
      if ((name !== undefined && p === name) || this.sourceOf(p) === fundingSource) rank = i;
    }
    return rank;
  }

  private workerPremium(w: RosterWorker): RosterWorkerResult {
    const from = monthIndex(w.from);
    const to = monthIndex(w.to);
    const key = `${w.declaredIncome}|${from}|${to}|${w.payer}|${w.sector}|${w.category}`;
    let priced = this.workerCache.get(key);
    if (!priced) {
      const byProgram: Partial<Record<BpuProgram, number>> = {};
      let total = 0;
      for (let m = from; m <= to; m++) {
        const p = this.premium(m, w.declaredIncome, w.fundingSource, w.sector, w.category);
        total += p.total;
        for (const l of p.lines) byProgram[l.program] = (byProgram[l.program] ?? 0) + l.amount;
      }
      priced = { total, byProgram };
      this.workerCache.set(key, priced);
    }
    // A fresh byProgram for every worker: the cached one is never handed out.
    return {
      worker: w,
      workerMonths: to - from + 1,
      total: priced.total,
      byProgram: { ...priced.byProgram },
    };
  }

  private addRow(
    row: RosterRow,
    rowNumber: number,
    list: number,
    readerIssues: readonly RosterIssue[] | undefined,
  ): void {
    this.rows++;
    if (typeof row !== 'object' || row === null) {
      this.invalidRow(rowNumber, list, undefined, [
        { path: [], message: 'must be an object', received: row },
      ]);
      return;
    }
    let issues: RosterIssue[] | null = null;
    let flags: RosterIssue[] | null = null;
    if (readerIssues)
      for (const i of readerIssues)
        if (isFlag(i)) flags = withIssue(flags, i);
        else issues = withIssue(issues, i);
    const nik = row.nik;
    // The quick check (16 characters, then every structural check) runs on every row; the issue with
    // its message is only built for a row that fails it.
    const nikOk = typeof nik === 'string' && nik.length === 16 && nikProblem(nik) === 'ok';
    if (!nikOk) {
      const issue = nikIssue(nik);
      if (issue) issues = withIssue(issues, issue);
    }
    let income = this.defaultIncome;
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
    let from = this.start;
    let to = this.end;
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
      issues = withIssue(issues, { path: ['from'], message: this.monthsText, received: rawFrom });
    let region = '';
    const rawRegion = row.region;
    if (rawRegion !== undefined && rawRegion !== null) {
      if (typeof rawRegion === 'string') region = rawRegion;
      else issues = withIssue(issues, { path: ['region'], message: 'must be text', received: rawRegion });
    }
    let fundingSource = this.defaultSource;
    const rawSource = row.fundingSource;
    if (rawSource !== undefined && rawSource !== null && rawSource !== '') {
      const f = typeof rawSource === 'string' ? this.sourceOf(rawSource) : undefined;
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
    let sector = this.defaultSector;
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
    let category = this.defaultCategory;
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
    // What the NIK encodes against the row's own birth date and sex: a mismatch flags the row, and so
    // does a birth date or sex that cannot be read (it cannot be checked).
    const rawBirth = row.birthDate;
    if (rawBirth !== undefined && rawBirth !== '' && rawBirth !== null) {
      const date = typeof rawBirth === 'string' ? readBirthDate(rawBirth) : -1;
      if (date < 0)
        flags = withIssue(flags, {
          path: ['birthDate'],
          code: 'BIRTH_DATE_UNREADABLE',
          message:
            'cannot be read as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY, so the NIK was not checked against it',
          received: rawBirth,
        });
      else if (nikOk && !nikEncodesBirthDate(nik, date))
        flags = withIssue(flags, {
          path: ['birthDate'],
          code: 'NIK_BIRTH_DATE_MISMATCH',
          message: `differs from the birth date the NIK encodes (${nikBirthText(nik)}, DD-MM-YY)`,
          received: rawBirth,
        });
    }
    const rawSex = row.sex;
    if (rawSex !== undefined && rawSex !== '' && rawSex !== null) {
      const sex = typeof rawSex === 'string' ? readSex(rawSex, this.sexCache) : undefined;
      if (sex === undefined)
        flags = withIssue(flags, {
          path: ['sex'],
          code: 'SEX_UNREADABLE',
          message: `cannot be read (${SEX_TEXT}), so the NIK was not checked against it`,
          received: rawSex,
        });
      else if (nikOk && sex !== nikSex(nik))
        flags = withIssue(flags, {
          path: ['sex'],
          code: 'NIK_SEX_MISMATCH',
          message: `differs from the sex the NIK encodes (${nikSex(nik) === 'F' ? 'a woman: 40 added to the day' : 'a man'})`,
          received: rawSex,
        });
    }
    if (flags) this.flag(rowNumber, list, nik, flags);
    if (issues || income === undefined || fundingSource === undefined || !nikOk) {
      this.invalidRow(rowNumber, list, nik, issues ?? []);
      return;
    }
    const declaredIncome = income;
    let w: RosterWorker | undefined;
    if (this.needWorker) {
      w = {
        row: rowNumber,
        ...this.listName(list),
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
    if (this.eligibility && w) {
      let e: RosterEligibility;
      try {
        e = this.eligibility(row, w);
      } catch (err) {
        if (!isJamsostekError(err) || err.code !== 'INVALID_INPUT') throw err;
        this.invalid++;
        this.reject(
          { row: rowNumber, ...this.listName(list), kind: 'invalid', nik, issues: err.issues },
          err.issues.map((i) => `invalid:${i.path.join('.')}`),
        );
        return;
      }
      if (!e.eligible) {
        this.ineligible++;
        const codes = e.reasons.map((r) => r.code);
        this.reject(
          { row: rowNumber, ...this.listName(list), kind: 'ineligible', nik, reasons: codes },
          codes,
        );
        return;
      }
    }
    const byMonths = child(this.groupTree, declaredIncome);
    // One number for the covered months and the funding source/sector/category. Counted from the
    // first month of the roster, ((from − start) × span + to − start) × 256 + kind stays a small
    // integer (no number object per row) while the span is at most 2^10 months; beyond that,
    // (from × 2^18 + to) × 256 + kind, well inside 2^53 for any month index up to the year 9999.
    if (fundingSource !== this.kindSource || sector !== this.kindSector || category !== this.kindCategory) {
      this.kindSource = fundingSource;
      this.kindSector = sector;
      this.kindCategory = category;
      this.kind =
        (SOURCE_INDEX.get(fundingSource) ?? 0) * 16 +
        (SECTOR_INDEX.get(sector) ?? 0) * 4 +
        (CATEGORY_INDEX.get(category) ?? 0);
    }
    const byRegion = child(
      byMonths,
      this.span <= 1024
        ? ((from - this.start) * this.span + to - this.start) * 256 + this.kind
        : (from * 262_144 + to) * 256 + this.kind,
    );
    const byCohort = child(byRegion, region);
    const byList = child(byCohort, cohort);
    let g = byList.get(list) as Group | undefined;
    if (g === undefined) {
      g = {
        count: 0,
        declaredIncome,
        from,
        to,
        fundingSource,
        sector,
        category,
        region: flat(region),
        cohort: flat(cohort),
        list,
        index: this.groups.length,
      };
      this.groups.push(g);
      byList.set(list, g);
    }
    if (this.niks) {
      // One row per NIK: a later row wins only with a higher precedence.
      const key = nikKey(nik);
      const e = this.niks.find(key);
      if (e >= 0) {
        const winnerGroup = this.groups[this.niks.a[e] ?? 0] as Group;
        const winnerRow = this.niks.rows[e] ?? 0;
        const winnerList = this.niks.b[e] ?? 0;
        const challenger = this.rankOf(list, fundingSource);
        const holder = this.rankOf(winnerList, winnerGroup.fundingSource);
        this.duplicates++;
        if (challenger < holder) {
          // The new row displaces the one priced so far.
          winnerGroup.count--;
          g.count++;
          this.niks.rows[e] = rowNumber;
          this.niks.a[e] = g.index;
          this.niks.b[e] = list;
          this.reject(
            {
              row: winnerRow,
              ...this.listName(winnerList),
              kind: 'duplicate',
              nik,
              fundingSource: winnerGroup.fundingSource,
              winner: { row: rowNumber, ...this.listName(list), fundingSource },
            },
            ['duplicate'],
          );
          if (this.onWorker && w) this.onWorker(this.workerPremium(w));
        } else
          this.reject(
            {
              row: rowNumber,
              ...this.listName(list),
              kind: 'duplicate',
              nik,
              fundingSource,
              winner: {
                row: winnerRow,
                ...this.listName(winnerList),
                fundingSource: winnerGroup.fundingSource,
              },
            },
            ['duplicate'],
          );
        return;
      }
      this.niks.insert(key, rowNumber, g.index, list);
    }
    this.workers++;
    g.count++;
    if (this.onWorker && w) this.onWorker(this.workerPremium(w));
  }

  finish(): RosterSummary {
    const byMonth = new Map<string, { workers: number; amount: number }>();
    for (let m = this.start; m <= this.end; m++) byMonth.set(monthFromIndex(m), { workers: 0, amount: 0 });
    const byProgram = new Map<string, number>();
    const byIncome = new Map<string, Totals>();
    const byCohort = new Map<string, Totals>();
    const byRegion = new Map<string, Totals>();
    const byFunding = new Map<string, Totals>();
    const byListTotals = new Map<string, Totals>();
    let total = 0;
    let workerMonths = 0;
    for (const g of this.groups) {
      if (g.count === 0) continue;
      let amount = 0;
      for (let m = g.from; m <= g.to; m++) {
        const p = this.premium(m, g.declaredIncome, g.fundingSource, g.sector, g.category);
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
      addGroup(byListTotals, this.lists[g.list] ?? '', g.count, wm, amount);
    }
    checkRupiah(total, 'roster total');
    const programsOut: Partial<Record<BpuProgram, number>> = {};
    for (const p of BPU_PROGRAMS) {
      const v = byProgram.get(p);
      if (v !== undefined) programsOut[p] = v;
    }
    const usedRules = sortedRules(this.used.build().rules);
    return {
      kind: 'roster-summary',
      from: this.from,
      to: this.to,
      rulebook: { name: this.rulebook.name, version: this.rulebook.version },
      confidence: weakestConfidence(usedRules.map((r) => r.confidence)),
      rows: this.rows,
      workers: this.workers,
      invalid: this.invalid,
      ineligible: this.ineligible,
      duplicates: this.duplicates,
      workerMonths,
      total,
      byMonth: sortedRecord(byMonth),
      byProgram: programsOut,
      byIncomeLevel: sortedRecord(byIncome),
      byCohort: sortedRecord(byCohort),
      byRegion: sortedRecord(byRegion),
      byFundingSource: sortedRecord(byFunding),
      byList: sortedRecord(byListTotals),
      rejectedByReason: sortedRecord(this.rejectedByReason),
      rejected: this.rejected.list(copyRejected),
      flaggedByReason: sortedRecord(this.flaggedByReason),
      flagged: this.flagged.list(copyFlagged),
      rejectedLimit: Number.isFinite(this.rejectedLimit) ? this.rejectedLimit : null,
      unknownColumns: [...this.unknownColumns].sort(),
      duplicateColumns: [...this.duplicateColumns].sort(),
      rules: usedRules,
    };
  }
}

/**
 * One empty accumulator, kept for the life of the module. The engine compiles the row code for the
 * shapes of the objects it meets (the accumulator, its table of NIKs, its pricer and lists); a shape
 * that no live object has any more is dropped at the next garbage collection, and the compiled code
 * with it. An empty accumulator keeps those shapes, so that each roster after the first does not
 * pay to compile the row code again (twice as fast on a roster of 100.000 rows).
 */
const KEPT: Accumulator[] = [];

/** @internal */
export function accumulator(options: RosterOptions): FullAccumulator {
  const acc = new Accumulator(options);
  if (KEPT.length === 0) KEPT.push(new Accumulator({ from: acc.from, to: acc.from }));
  return acc;
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
  const decile = out['dtsenDecile'];
  if (typeof decile === 'string' && decile.length > 0 && decile.length < 4) {
    let n = 0;
    for (let i = 0; i < decile.length && n >= 0; i++) {
      const d = decile.charCodeAt(i) - 48;
      n = d >= 0 && d <= 9 ? n * 10 + d : -1;
    }
    if (n >= 0) out['dtsenDecile'] = n;
  }
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
  return (
    typeof rows === 'object' &&
    rows !== null &&
    typeof (rows as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

function isIterable(rows: unknown): rows is Iterable<RosterRow> {
  return (
    typeof rows === 'object' &&
    rows !== null &&
    typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

const ROWS_TEXT = 'must be an array, an iterable, an async iterable or a roster source of rows';

/** @internal Throws `INVALID_INPUT` for rows that are not rows, with the options' own issues too. */
export function checkRows(rows: unknown, options: unknown, sync: boolean): void {
  const ok = sync ? isIterable(rows) : isIterable(rows) || isAsync(rows) || isRosterSource(rows);
  if (ok) return;
  const issues: RosterIssue[] = [
    {
      path: ['rows'],
      message: sync
        ? 'must be an array or an iterable of rows (use processRoster for async rows)'
        : ROWS_TEXT,
      received: rows,
    },
  ];
  const parsed = RosterOptionsSchema.safeParse(options);
  if (!parsed.success) issues.push(...parsed.issues);
  invalidInput(issues, 'roster');
}

/** @internal Adds every batch of a source to an accumulator. */
export async function addSource(acc: FullAccumulator, source: RosterSource): Promise<void> {
  const reads = acc.reads;
  // A source that can hand its rows over itself (a CSV file) does, unless whole rows are needed.
  if (reads && isDirectSource(source)) {
    await source[DIRECT](acc as DirectTarget);
    return;
  }
  for await (const raw of source.batches()) {
    const batch = checkBatch(raw);
    const list = acc.listIndex(batch.list);
    acc.columns(batch.unknownColumns, batch.duplicateColumns);
    const { rows, rowNumbers, issues } = batch;
    for (let i = 0; i < rows.length; i++) {
      const n = rowNumbers[i];
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
        invalidInput(
          [
            {
              path: ['rows', 'batches', 'rowNumbers', i],
              message: 'must be a whole number ≥ 1',
              received: n,
            },
          ],
          'roster source',
        );
      acc.addAt(rows[i] as RosterRow, n, list, issues?.[i]);
    }
  }
}

/**
 * Premiums for a whole roster, summarised: totals per month, per program, per income level, per
 * cohort, per region, per funding source and per list; counts of priced, invalid, ineligible and
 * duplicate rows by reason; the rule versions used. Accepts an array, any iterable, an async iterable,
 * or a roster source (a file read by `readCsvRows` from `jamsostek/csv` or `readXlsxRows` from
 * `jamsostek/xlsx`, or lists joined by `combineRosters`), and keeps memory bounded: rows are not stored,
 * identical work is done once, and per-worker results go to `onWorker` only when asked. Each NIK is
 * priced once (`dedupe`). Bad rows (including a funding source outside the vocabulary, or none where
 * the options give no default) are reported with their row number and every problem, never dropped
 * silently, and do not stop the run unless `stopOnInvalid` is set.
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
  rows: Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource,
  options: RosterOptions,
): Promise<RosterSummary> {
  checkRows(rows, options, false);
  const acc = accumulator(options);
  if (isRosterSource(rows)) await addSource(acc, rows);
  else if (isIterable(rows)) {
    for (const row of rows) acc.add(row);
  } else {
    for await (const row of rows) acc.add(row);
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
  checkRows(rows, options, true);
  const acc = accumulator(options);
  for (const row of rows) acc.add(row);
  return acc.finish();
}
