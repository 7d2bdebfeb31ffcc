/**
 * Schedules of premiums owed from the results of other entries: a program budget, a roster summary.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { isFundingSource } from '../funding/sources.ts';
import type { ProgramBudgetResult } from '../funding/types.ts';
import { isRupiah } from '../money/rupiah.ts';
import { isYearMonth } from '../period/year-month.ts';
import type { RosterSummary } from '../roster/types.ts';
import type { OwedMonth } from './types.ts';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The one funding source of a breakdown, or an issue. */
function soleSource(sources: unknown, what: string): string {
  const keys = isObject(sources) ? Object.keys(sources).filter((k) => sources[k] !== undefined) : [];
  const [only] = keys;
  if (keys.length !== 1 || only === undefined || !isFundingSource(only))
    invalidInput(
      [
        {
          path: ['byFundingSource'],
          message:
            keys.length > 1
              ? `names ${keys.length} funding sources (${keys.join(', ')}); its months do not say how much each owes: build one ${what} per funding source and join their schedules`
              : 'must name exactly one funding source',
          received: sources,
        },
      ],
      `${what} for a schedule of premiums owed`,
    );
  return only;
}

function months(
  rows: readonly ({ month: unknown; workers: unknown; amount: unknown } | null)[],
  source: string,
  what: string,
): OwedMonth[] {
  const issues = rows.flatMap((r, i) =>
    isObject(r) &&
    isYearMonth(r.month) &&
    isRupiah(r.amount) &&
    r.amount >= 0 &&
    Number.isSafeInteger(r.workers) &&
    (r.workers as number) >= 0
      ? []
      : [{ path: ['byMonth', i], message: 'must be a month with its workers and amount', received: r }],
  );
  if (issues.length) invalidInput(issues, `${what} for a schedule of premiums owed`);
  return rows.map((r) => ({
    month: r?.month as OwedMonth['month'],
    fundingSource: source as OwedMonth['fundingSource'],
    amount: (r?.amount as number) + 0, // never -0
    workers: (r?.workers as number) + 0,
  }));
}

/**
 * The schedule of premiums owed by a program, one row per month, from its `programBudget` result: the
 * month, the funding source, the amount and the workers. The budget must have a single funding
 * source (a budget of several does not say how much each owes per month: compute one budget per
 * funding source and join the schedules). Pass it to `programStanding` or `reconcilePayments`.
 *
 * @example
 * ```ts
 * import { owedFromBudget } from 'jamsostek/calendar';
 * import { programBudget } from 'jamsostek/funding';
 * const budget = programBudget({ fundingSource: 'APBD', cohorts: [{ workers: 1000, from: '2026-01', to: '2026-12' }] });
 * owedFromBudget(budget)[0]; // { month: '2026-01', fundingSource: 'APBD', amount: 16800000, workers: 1000 }
 * ```
 */
export function owedFromBudget(budget: ProgramBudgetResult): OwedMonth[] {
  if (!isObject(budget) || budget['kind'] !== 'program-budget' || !Array.isArray(budget['byMonth']))
    invalidInput(
      [{ path: [], message: 'must be the result of programBudget', received: budget }],
      'program budget for a schedule of premiums owed',
    );
  const source = soleSource(budget.byFundingSource, 'program budget');
  return months(budget.byMonth, source, 'program budget');
}

/**
 * The schedule of premiums owed by a program, one row per month, from the summary of its roster
 * (`processRoster`, `processRosterSync`, `mergeRosterSummaries`): the month, the funding source, the
 * amount and the workers. The roster must have a single funding source (build one summary per funding
 * source otherwise).
 *
 * @example
 * ```ts
 * import { owedFromRoster } from 'jamsostek/calendar';
 * import { processRosterSync } from 'jamsostek/roster';
 * const summary = processRosterSync([{ nik: '3509010101900001' }], { from: '2026-01', to: '2026-03', fundingSource: 'DBHCHT', declaredIncome: 1000000 });
 * owedFromRoster(summary).length; // 3
 * ```
 */
export function owedFromRoster(summary: RosterSummary): OwedMonth[] {
  if (!isObject(summary) || summary['kind'] !== 'roster-summary' || !isObject(summary['byMonth']))
    invalidInput(
      [{ path: [], message: 'must be a roster summary', received: summary }],
      'roster summary for a schedule of premiums owed',
    );
  const source = soleSource(summary.byFundingSource, 'roster summary');
  const rows = Object.entries(summary.byMonth)
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([month, t]) => (isObject(t) ? { month, workers: t['workers'], amount: t['amount'] } : null));
  return months(rows, source, 'roster summary');
}
