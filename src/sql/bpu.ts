/**
 * BPU roster pricing as SQL: a dated rate table generated from the rulebook, and a query that prices a
 * roster table month by month with the groups of `processRoster`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { computeBpuContribution } from '../contributions/bpu/contribution.ts';
import { BPU_CATEGORIES, BPU_SECTORS, type BpuProgram } from '../contributions/bpu/types.ts';
import { JamsostekError } from '../errors.ts';
import { programsSchema } from '../funding/programs.ts';
import { FUNDING_SOURCES, payerOf } from '../funding/sources.ts';
import { complementRate, parseRate } from '../money/rounding.ts';
import { eachMonth, monthIndex, type YearMonth } from '../period/year-month.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../rulebook/official/bpu.ts';
import type { RuleRef } from '../rulebook/types.ts';
import { FundingSourceSchema, RulebookSchema, RupiahSchema, YearMonthSchema } from '../schemas/common.ts';
import { parseInput } from '../schemas/validate.ts';
import type {
  BpuJkkLevelRow,
  BpuPricingSql,
  BpuPricingSqlInput,
  BpuRateRow,
  BpuRateTable,
  BpuRateTableInput,
  SqlDialect,
} from './types.ts';

/** The longest range of months a rate table covers. */
const MAX_MONTHS = 120;

interface Range {
  readonly from: YearMonth;
  readonly to: YearMonth;
}

/** `to` is not before `from`. */
function rangeOrder(r: Range): boolean {
  return !(r.from && r.to && r.to < r.from);
}

/** At most {@link MAX_MONTHS} months. */
function rangeLength(r: Range): boolean {
  return !(r.from && r.to && monthIndex(r.to) - monthIndex(r.from) >= MAX_MONTHS);
}

const tableShape = {
  from: YearMonthSchema,
  to: YearMonthSchema,
  programs: z.optional(programsSchema),
  rulebook: z.optional(RulebookSchema),
};

/** @internal */
export const bpuRateTableInput: z.ZodMiniType<BpuRateTableInput> = /* @__PURE__ */ z
  .strictObject(tableShape)
  .check(
    z.refine(rangeOrder, { message: 'must not be before from', path: ['to'] }),
    z.refine(rangeLength, {
      message: `must be at most ${MAX_MONTHS} months after from, inclusive`,
      path: ['to'],
    }),
  );

const IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,2}$/;
const identifier = z.string().check(
  z.refine((s) => IDENTIFIER_RE.test(s), {
    message: 'must be a table name: letters, digits and _, optionally qualified with . (no quotes)',
  }),
);

/** @internal */
export const bpuPricingSqlInput: z.ZodMiniType<BpuPricingSqlInput> = /* @__PURE__ */ z
  .strictObject({
    ...tableShape,
    dialect: z.optional(z.enum(['duckdb', 'ansi'])),
    rosterTable: z.optional(identifier),
    rateTable: z.optional(identifier),
    fundingSource: z.optional(FundingSourceSchema),
    sector: z.optional(z.enum(BPU_SECTORS)),
    category: z.optional(z.enum(BPU_CATEGORIES)),
    declaredIncome: z.optional(RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }))),
  })
  .check(
    z.refine(rangeOrder, { message: 'must not be before from', path: ['to'] }),
    z.refine(rangeLength, {
      message: `must be at most ${MAX_MONTHS} months after from, inclusive`,
      path: ['to'],
    }),
  );

/** The columns of the rate table, in order. */
const COLUMNS: readonly (keyof BpuRateRow)[] = Object.freeze([
  'month',
  'funding_source',
  'payer',
  'sector',
  'category',
  'lowest_level',
  'highest_level',
  'jkk_rate_num',
  'jkk_rate_den',
  'jkm_amount',
  'jht_rate_num',
  'jht_rate_den',
  'pay1_num',
  'pay1_den',
  'pay2_num',
  'pay2_den',
]);

const TEXT_COLUMNS = new Set<string>(['month', 'funding_source', 'payer', 'sector', 'category']);

/** A rate as an integer fraction. */
function fraction(rate: string): readonly [number, number] {
  const { num, den } = parseRate(rate);
  return [num, den];
}

function buildRateTable(input: BpuRateTableInput): BpuRateTable {
  const rulebook = input.rulebook ?? BPU_RULEBOOK;
  const programs: readonly BpuProgram[] = input.programs ?? ['JKK', 'JKM'];
  const jkk = programs.includes('JKK');
  const jkm = programs.includes('JKM');
  const jht = programs.includes('JHT');
  const used = new Map<string, RuleRef>();
  const use = <R extends RuleRef<unknown>>(ref: R): R => {
    used.set(`${ref.id}@${ref.from}`, ref as unknown as RuleRef);
    return ref;
  };
  const rows: BpuRateRow[] = [];
  const levels: BpuJkkLevelRow[] = [];
  const hasHighest = Object.hasOwn(rulebook.series, 'bpu.jkk.highest-level');
  for (const month of eachMonth({ from: input.from, to: input.to })) {
    const lowest = use(requireRule(rulebook, 'bpu.jkk.lowest-level', month)).value;
    const highestRef = hasHighest ? lookupRule(rulebook, 'bpu.jkk.highest-level', month) : undefined;
    const highest = highestRef ? use(highestRef).value : null;
    let jkkRate: readonly [number, number] = [0, 1];
    if (jkk) {
      jkkRate = fraction(use(requireRule(rulebook, 'bpu.jkk.fallback-rate', month)).value);
      const table = use(requireRule(rulebook, 'bpu.jkk.table', month));
      for (const level of table.value) {
        // An entry that already ran through the previous month is extended; otherwise a new one starts.
        const i = levels.findIndex(
          (l) =>
            l.income_level === level.income &&
            l.jkk_amount === level.amount &&
            monthIndex(l.to) === monthIndex(month) - 1,
        );
        const last = levels[i];
        if (last) levels[i] = { ...last, to: month };
        else levels.push({ from: month, to: month, income_level: level.income, jkk_amount: level.amount });
      }
    }
    const jkmAmount = jkm ? use(requireRule(rulebook, 'bpu.jkm.amount', month)).value : 0;
    const jhtRate: readonly [number, number] = jht
      ? fraction(use(requireRule(rulebook, 'bpu.jht.rate', month)).value)
      : [0, 1];
    for (const fundingSource of FUNDING_SOURCES) {
      for (const sector of BPU_SECTORS) {
        for (const category of BPU_CATEGORIES) {
          // The relief decisions of the calculator itself, at the lowest level (reliefs do not depend
          // on the income).
          const priced = computeBpuContribution({
            month,
            declaredIncome: lowest,
            programs,
            fundingSource,
            sector,
            category,
            rulebook,
          });
          for (const ref of priced.basis.rules) use(ref);
          const shares = priced.reliefs
            .filter((r) => r.status === 'applied')
            .map((r) => fraction(complementRate(r.discountRate)));
          const [pay1, pay2, ...more] = shares;
          if (more.length)
            throw new JamsostekError('OUT_OF_RANGE', `More than two reliefs apply in ${month}`, {
              details: { what: 'reliefs in one month', value: shares.length },
            });
          rows.push({
            month,
            funding_source: fundingSource,
            payer: payerOf(fundingSource),
            sector,
            category,
            lowest_level: lowest,
            highest_level: highest,
            jkk_rate_num: jkkRate[0],
            jkk_rate_den: jkkRate[1],
            jkm_amount: jkmAmount,
            jht_rate_num: jhtRate[0],
            jht_rate_den: jhtRate[1],
            pay1_num: pay1?.[0] ?? 1,
            pay1_den: pay1?.[1] ?? 1,
            pay2_num: pay2?.[0] ?? 1,
            pay2_den: pay2?.[1] ?? 1,
          });
        }
      }
    }
  }
  const rules = [...used.keys()].sort().flatMap((k) => {
    const r = used.get(k);
    return r ? [r] : [];
  });
  return {
    from: input.from,
    to: input.to,
    programs: [...programs],
    rulebook: { name: rulebook.name, version: rulebook.version },
    confidence: weakestConfidence(rules.map((r) => r.confidence)),
    columns: [...COLUMNS],
    rows,
    jkkLevels: levels,
    rules,
  };
}

/**
 * The BPU rate table for a range of program months: one row per month, funding source, sector and
 * category, with the income levels, the JKK fallback rate, the JKM amount, the JHT rate and the share
 * of JKK and JKM still payable after each relief in force, all from the rulebook and by the same relief
 * decisions `bpuContribution` takes. Load it into a warehouse and price rosters there with
 * {@link bpuPricingSql}; the guide "Rosters at national scale" shows the whole pattern.
 *
 * Throws `INVALID_INPUT` (every problem; at most 120 months) and `RULE_NOT_IN_FORCE` for months
 * before BPU contributions existed (2015-07).
 *
 * @example
 * ```ts
 * import { bpuRateTable } from 'jamsostek/sql';
 * const table = bpuRateTable({ from: '2026-11', to: '2026-11' });
 * table.rows.length; // 66 (11 funding sources × 2 sectors × 3 categories)
 * const self = table.rows.find((r) => r.funding_source === 'self' && r.sector === 'other' && r.category === 'self-employed');
 * [self?.pay2_num, self?.pay2_den]; // [5, 10]: PP 50/2025 halves JKK and JKM
 * ```
 */
export function bpuRateTable(input: BpuRateTableInput): BpuRateTable {
  return buildRateTable(parseInput(bpuRateTableInput, input, 'BPU rate table input'));
}

/** A SQL text literal. */
function text(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function sqlValue(row: BpuRateRow, column: keyof BpuRateRow): string {
  const v = row[column];
  if (v === null) return 'NULL';
  return typeof v === 'string' ? text(v) : String(v);
}

/** `floor(x × num / den + ½)` for non-negative integers, exactly, in the dialect. */
function halfUp(dialect: SqlDialect, x: string, num: string, den: string): string {
  const n = `(2 * (${x}) * ${num} + ${den})`;
  const d = `(2 * ${den})`;
  return dialect === 'duckdb' ? `(${n} // ${d})` : `CAST((${n} - MOD(${n}, ${d})) / ${d} AS BIGINT)`;
}

const GROUPS = [
  ['month', 'month'],
  ['declared_income', 'income_level'],
  ['payer', 'payer'],
  ['sector', 'sector'],
  ['category', 'category'],
  ['funding_source', 'funding_source'],
  ['region', 'region'],
  ['cohort', 'cohort'],
] as const;

/**
 * SQL that prices a roster table month by month, as `processRoster` does, for a data warehouse: the
 * `CREATE TABLE` and `INSERT` statements of the {@link bpuRateTable} and one query. The query joins
 * each roster row to the rate rows of its covered months (its own `from_month` … `to_month`, clipped to
 * the program months), applies the income levels, the JKK table, the rates and the reliefs with integer
 * arithmetic and the library's rounding (half-up to one rupiah per program line), and returns one row
 * per group, like the summary's totals: `dimension` (`'total'`, `'month'`, `'income_level'`,
 * `'payer'`, `'sector'`, `'category'`, `'funding_source'`, `'region'` or `'cohort'`), the group's
 * column (`month`, `declared_income`, … `cohort`; NULL in the other rows), `workers`,
 * `worker_months`, `amount`, `jkk`, `jkm` and `jht`.
 *
 * The roster table has the columns `declared_income` (BIGINT), `funding_source`, `sector`, `category`,
 * `region`, `cohort` (text) and `from_month`, `to_month` (`YYYY-MM` text); NULL takes the default of
 * the options (program months, `'other'`, `'self-employed'`, `''`). It must hold validated rows: the
 * query does not reject bad rows as `processRoster` does (a row without income or a known funding
 * source, or with no covered month, is simply not priced), and it prices every row where `processRoster`
 * prices each NIK once: keep one row per NIK. `'duckdb'` SQL runs in DuckDB; `'ansi'` also
 * runs in PostgreSQL, and the guide lists what BigQuery, Spark SQL and ClickHouse need.
 *
 * Throws `INVALID_INPUT` (every problem) and `RULE_NOT_IN_FORCE` as {@link bpuRateTable}.
 *
 * @example
 * ```ts
 * import { bpuPricingSql } from 'jamsostek/sql';
 * const sql = bpuPricingSql({ from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT' });
 * sql.rateTable.startsWith('CREATE TABLE bpu_rates'); // true
 * sql.query.includes('GROUPING SETS'); // true
 * ```
 */
export function bpuPricingSql(input: BpuPricingSqlInput): BpuPricingSql {
  const o = parseInput(bpuPricingSqlInput, input, 'BPU pricing SQL input');
  const rates = buildRateTable({ from: o.from, to: o.to, programs: o.programs, rulebook: o.rulebook });
  const dialect = o.dialect ?? 'duckdb';
  const rateTable = o.rateTable ?? 'bpu_rates';
  const rosterTable = o.rosterTable ?? 'roster';
  const programs = rates.programs;

  const ddl = `CREATE TABLE ${rateTable} (\n${COLUMNS.map(
    (c) =>
      `  ${c} ${c === 'month' ? 'VARCHAR(7)' : TEXT_COLUMNS.has(c) ? 'VARCHAR(20)' : 'BIGINT'}${c === 'highest_level' ? '' : ' NOT NULL'}`,
  ).join(',\n')}\n)`;
  const statements = [ddl];
  for (let i = 0; i < rates.rows.length; i += 500) {
    const chunk = rates.rows.slice(i, i + 500);
    statements.push(
      `INSERT INTO ${rateTable} (${COLUMNS.join(', ')}) VALUES\n${chunk
        .map((r) => `  (${COLUMNS.map((c) => sqlValue(r, c)).join(', ')})`)
        .join(',\n')}`,
    );
  }

  const orDefault = (column: string, value: string | number | undefined): string =>
    value === undefined ? column : `COALESCE(${column}, ${typeof value === 'string' ? text(value) : value})`;
  const from = text(o.from);
  const to = text(o.to);
  const jkkCases = rates.jkkLevels
    .map(
      (l) =>
        `      WHEN m.month >= ${text(l.from)} AND m.month <= ${text(l.to)} AND m.income_level = ${l.income_level} THEN ${l.jkk_amount}`,
    )
    .join('\n');
  const jkkFull = programs.includes('JKK')
    ? `CASE\n${jkkCases}${jkkCases ? '\n' : ''}      ELSE ${halfUp(dialect, 'm.income_level', 'm.jkk_rate_num', 'm.jkk_rate_den')}\n    END`
    : '0';
  const relieved = (full: string): string =>
    halfUp(dialect, halfUp(dialect, full, 'f.pay1_num', 'f.pay1_den'), 'f.pay2_num', 'f.pay2_den');
  const header = [
    `-- BPU premiums of the roster table ${rosterTable}, program months ${o.from} … ${o.to}, programs ${programs.join(', ')}.`,
    `-- Rates: table ${rateTable} from rulebook '${rates.rulebook.name}' ${rates.rulebook.version} (weakest confidence ${rates.confidence}).`,
    `-- Generated by jamsostek bpuPricingSql (dialect ${dialect}); rounding half-up to one rupiah per program line.`,
  ];
  const dimension = `CASE\n${GROUPS.map(([c, d]) => `    WHEN ${c} IS NOT NULL THEN '${d}'`).join('\n')}\n    ELSE 'total'\n  END`;
  const query = `${header.join('\n')}
WITH workers AS (
  SELECT
    ${orDefault('declared_income', o.declaredIncome)} AS declared_income,
    ${orDefault('funding_source', o.fundingSource)} AS funding_source,
    COALESCE(sector, ${text(o.sector ?? 'other')}) AS sector,
    COALESCE(category, ${text(o.category ?? 'self-employed')}) AS category,
    COALESCE(region, '') AS region,
    COALESCE(cohort, '') AS cohort,
    CASE WHEN from_month IS NULL OR from_month < ${from} THEN ${from} ELSE from_month END AS first_month,
    CASE WHEN to_month IS NULL OR to_month > ${to} THEN ${to} ELSE to_month END AS last_month
  FROM ${rosterTable}
),
worker_months AS (
  SELECT
    r.month, w.declared_income, r.payer, w.sector, w.category, w.funding_source, w.region, w.cohort,
    CASE WHEN r.month = w.first_month THEN 1 ELSE 0 END AS first_of_worker,
    CASE
      WHEN w.declared_income < r.lowest_level THEN r.lowest_level
      WHEN w.declared_income > r.lowest_level AND r.highest_level IS NOT NULL
        AND w.declared_income > r.highest_level THEN r.highest_level
      ELSE w.declared_income
    END AS income_level,
    r.jkk_rate_num, r.jkk_rate_den, r.jkm_amount, r.jht_rate_num, r.jht_rate_den,
    r.pay1_num, r.pay1_den, r.pay2_num, r.pay2_den
  FROM workers w
  JOIN ${rateTable} r
    ON r.funding_source = w.funding_source AND r.sector = w.sector AND r.category = w.category
    AND r.month >= w.first_month AND r.month <= w.last_month
),
full_amounts AS (
  SELECT
    m.*,
    ${jkkFull} AS jkk_full,
    ${halfUp(dialect, 'm.income_level', 'm.jht_rate_num', 'm.jht_rate_den')} AS jht
  FROM worker_months m
),
priced AS (
  SELECT
    f.month, f.declared_income, f.payer, f.sector, f.category, f.funding_source, f.region, f.cohort,
    f.first_of_worker,
    ${relieved('f.jkk_full')} AS jkk,
    ${relieved('f.jkm_amount')} AS jkm,
    f.jht
  FROM full_amounts f
)
SELECT
  ${dimension} AS dimension,
  month, declared_income, payer, sector, category, funding_source, region, cohort,
  CASE WHEN month IS NOT NULL THEN COUNT(*) ELSE SUM(first_of_worker) END AS workers,
  COUNT(*) AS worker_months,
  SUM(jkk + jkm + jht) AS amount,
  SUM(jkk) AS jkk,
  SUM(jkm) AS jkm,
  SUM(jht) AS jht
FROM priced
GROUP BY GROUPING SETS (${GROUPS.map(([c]) => `(${c})`).join(', ')}, ())
ORDER BY dimension, ${GROUPS.map(([c]) => c).join(', ')}
`;
  return { dialect, rateTable: `${statements.join(';\n')};\n`, query, rates };
}
