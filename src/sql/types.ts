/**
 * Types of the SQL generator for BPU roster pricing.
 *
 * @module
 */
import type { BpuCategory, BpuProgram, BpuSector } from '../contributions/bpu/types.ts';
import type { FundingSource, Payer } from '../funding/sources.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { Confidence, Rulebook, RulebookStamp, RuleRef } from '../rulebook/types.ts';

/** The SQL flavours the generator writes. */
export type SqlDialect = 'duckdb' | 'ansi';

/** Input of {@link bpuRateTable}. */
export interface BpuRateTableInput {
  /** First program month. */
  readonly from: YearMonth;
  /** Last program month (at most 120 months after `from`, inclusive). */
  readonly to: YearMonth;
  /** Programs priced for every worker; default `['JKK', 'JKM']`, as `processRoster`. */
  readonly programs?: readonly BpuProgram[] | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/**
 * One row of the BPU rate table: everything the pricing query needs for one month, funding source,
 * sector and category. Column names are the SQL column names; they are stable. Fractions are kept as
 * whole numerator and denominator, so that the query computes with integers only and rounds exactly as
 * the library does (half-up to one rupiah, program line by program line).
 */
export interface BpuRateRow {
  /** The contribution month, `YYYY-MM` (text compares in month order). */
  readonly month: YearMonth;
  /** The funding source, spelled as in `FUNDING_SOURCES`. */
  readonly funding_source: FundingSource;
  /** The payer that funding source counts as (`payerOf`). */
  readonly payer: Payer;
  /** The sector. */
  readonly sector: BpuSector;
  /** The BPU category. */
  readonly category: BpuCategory;
  /** The lowest income level: a lower declared income is priced at it. */
  readonly lowest_level: Rupiah;
  /** The highest income level: a higher declared income is priced at it; `null` when there is none. */
  readonly highest_level: Rupiah | null;
  /** JKK rate for income levels outside the known JKK table: numerator (0 without JKK). */
  readonly jkk_rate_num: number;
  /** JKK rate: denominator. */
  readonly jkk_rate_den: number;
  /** JKM amount before reliefs (0 without JKM). */
  readonly jkm_amount: Rupiah;
  /** JHT rate of the income level: numerator (0 without JHT). */
  readonly jht_rate_num: number;
  /** JHT rate: denominator. */
  readonly jht_rate_den: number;
  /**
   * Share of JKK and JKM still payable after the first relief in force (PP 49/2020: 1/100), as a
   * numerator; 1/1 when no relief applies.
   */
  readonly pay1_num: number;
  /** Share after the first relief: denominator. */
  readonly pay1_den: number;
  /** Share of JKK and JKM still payable after the second relief (PP 50/2025: 5/10); 1/1 when none. */
  readonly pay2_num: number;
  /** Share after the second relief: denominator. */
  readonly pay2_den: number;
}

/** An entry of the JKK table that the rate table's fallback rate does not express. */
export interface BpuJkkLevelRow {
  /** First month the entry applies. */
  readonly from: YearMonth;
  /** Last month the entry applies (inside the table's months). */
  readonly to: YearMonth;
  /** The income level. */
  readonly income_level: Rupiah;
  /** The JKK amount before reliefs. */
  readonly jkk_amount: Rupiah;
}

/**
 * The BPU rate table for a range of months: one row per month, funding source, sector and category,
 * built from the rulebook by the same decisions `bpuContribution` takes. Not a result of the library
 * (no `kind`, nothing to explain): data to load into a warehouse.
 */
export interface BpuRateTable {
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** The programs priced. */
  readonly programs: readonly BpuProgram[];
  /** The rulebook the rates come from. */
  readonly rulebook: RulebookStamp;
  /** The weakest confidence of the rule versions read. */
  readonly confidence: Confidence;
  /** The column names of `rows`, in table order. */
  readonly columns: readonly (keyof BpuRateRow)[];
  /** The rows, by month, then funding source, sector and category in vocabulary order. */
  readonly rows: readonly BpuRateRow[];
  /** The JKK table entries in force in these months (the pricing query holds them as a CASE). */
  readonly jkkLevels: readonly BpuJkkLevelRow[];
  /** The rule versions read, once each, in the order of id and start. */
  readonly rules: readonly RuleRef[];
}

/** Input of {@link bpuPricingSql}. */
export interface BpuPricingSqlInput extends BpuRateTableInput {
  /**
   * `'duckdb'` (default) divides with `//`; `'ansi'` uses only `MOD`, `/` on exact multiples and
   * `CAST(… AS BIGINT)`, for engines without an integer-division operator.
   */
  readonly dialect?: SqlDialect | undefined;
  /** The roster table or view to price (a name, optionally schema-qualified); default `'roster'`. */
  readonly rosterTable?: string | undefined;
  /** The name of the rate table; default `'bpu_rates'`. */
  readonly rateTable?: string | undefined;
  /** Funding source of rows whose `funding_source` is NULL; without it such rows are not priced. */
  readonly fundingSource?: FundingSource | undefined;
  /** Sector of rows whose `sector` is NULL; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** Category of rows whose `category` is NULL; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Declared income of rows whose `declared_income` is NULL; without it such rows are not priced. */
  readonly declaredIncome?: Rupiah | undefined;
}

/** The SQL text that prices a roster table: the rate table to create, and the query. */
export interface BpuPricingSql {
  /** The dialect written. */
  readonly dialect: SqlDialect;
  /**
   * `CREATE TABLE` of the rate table and `INSERT` statements with its rows (at most 500 rows each),
   * separated by `;` and a line break.
   */
  readonly rateTable: string;
  /** The pricing query: one result row per group (see the guide for its columns). */
  readonly query: string;
  /** The rate table as data (the same rows the `INSERT` statements hold). */
  readonly rates: BpuRateTable;
}
