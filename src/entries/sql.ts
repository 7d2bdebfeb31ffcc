/**
 * BPU roster pricing for data warehouses: a dated rate table generated from the rulebook, and portable
 * SQL that prices a roster table month by month with the groups of `processRoster` (DuckDB runs it;
 * the guide "Rosters at national scale" notes what other engines need).
 *
 * @packageDocumentation
 * @module jamsostek/sql
 */
export { bpuPricingSql, bpuRateTable } from '../sql/bpu.ts';
export type {
  BpuJkkLevelRow,
  BpuPricingSql,
  BpuPricingSqlInput,
  BpuRateRow,
  BpuRateTable,
  BpuRateTableInput,
  SqlDialect,
} from '../sql/types.ts';
