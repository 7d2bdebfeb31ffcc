/**
 * Standing: which months are paid, late or in arrears on a date, and what that means for the JKM
 * benefit — for one BPU participant, or for a program that pays the premiums of many.
 *
 * @module
 */
import { computeBpuContribution } from '../contributions/bpu/contribution.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { type FundingSource, payerOf } from '../funding/sources.ts';
import { checkRupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import { addMonths, eachMonth, monthIndex, type YearMonth } from '../period/year-month.ts';
import type { JointLeaveReading } from '../rulebook/catalog.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { CALENDAR_RULEBOOK } from '../rulebook/official/calendar.ts';
import type { RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { applyPayments, completedOn, type Row } from './apply.ts';
import { shiftDays } from './days.ts';
import { confidenceOf, type DueInfo, dueInfo, recordDue, timeliness } from './due.ts';
import { bpuStandingInput, programStandingInput } from './schema.ts';
import type {
  BpuStandingInput,
  BpuStandingMonth,
  BpuStandingResult,
  JkmStanding,
  PaymentDeadline,
  ProgramStandingInput,
  ProgramStandingResult,
  ProgramStandingRow,
  StandingTotals,
} from './types.ts';

/** The longest look-ahead when projecting the date of refusal (a century of months). */
const HORIZON = 1200;

/** What the JKM decision needs to know about the months. */
interface Months {
  /** Whether the month is owed at all. */
  owed(m: YearMonth): boolean;
  /** Whether it is paid in full by the standing date. */
  paid(m: YearMonth): boolean;
  /** Its due date under the reading used. */
  due(m: YearMonth): IsoDate;
}

/** The consecutive months in arrears counted back from the latest month due before `asOf`. */
function arrearsRun(months: Months, latest: YearMonth | undefined): YearMonth[] {
  const run: YearMonth[] = [];
  let m = latest;
  while (m !== undefined && months.owed(m) && !months.paid(m)) {
    run.unshift(m);
    m = addMonths(m, -1);
  }
  return run;
}

/**
 * The first day the JKM benefit is (or would be, if nothing more is paid) refused: the day after the
 * due date of the `max + 1`-th consecutive unpaid month, starting at `start`. `null` when the owed
 * months end first.
 */
function refusalDate(months: Months, start: YearMonth | undefined, max: number): IsoDate | null {
  if (start === undefined) return null;
  let count = 0;
  let m = start;
  for (let i = 0; i < HORIZON && months.owed(m); i++, m = addMonths(m, 1)) {
    count = months.paid(m) ? 0 : count + 1;
    if (count > max) return shiftDays(months.due(m), 1);
  }
  return null;
}

/** The first month not paid in full after `after` (or from `first` when nothing is due yet). */
function nextOpen(months: Months, first: YearMonth, after: YearMonth | undefined): YearMonth | undefined {
  let m = after === undefined ? first : addMonths(after, 1);
  for (let i = 0; i < HORIZON && months.owed(m); i++, m = addMonths(m, 1)) if (!months.paid(m)) return m;
  return undefined;
}

function jkmStanding(
  months: Months,
  run: readonly YearMonth[],
  first: YearMonth,
  latest: YearMonth | undefined,
  max: number,
): JkmStanding {
  const n = run.length;
  const start = n > 0 ? run[0] : nextOpen(months, first, latest);
  const refusedFrom = refusalDate(months, start, max);
  if (n === 0) return { status: 'covered', refusedFrom };
  if (n <= max) return { status: 'deferred', arrearsMonthCount: n, refusedFrom };
  return {
    status: 'refused',
    arrearsMonthCount: n,
    refusedFrom: refusedFrom ?? shiftDays(months.due(run[max] as YearMonth), 1),
  };
}

function jkmSteps(b: BasisBuilder, jkm: JkmStanding, limit: RuleRef<number>, asOf: IsoDate): void {
  if (jkm.status === 'covered') {
    b.step('calendar.standing.jkm.covered', { asOf }, [limit.id]);
    if (jkm.refusedFrom)
      b.step('calendar.standing.jkm.would-refuse', { date: jkm.refusedFrom, max: limit.value }, [limit.id]);
  } else if (jkm.status === 'deferred') {
    b.step('calendar.standing.jkm.deferred', { asOf, months: jkm.arrearsMonthCount, max: limit.value }, [
      limit.id,
    ]);
    if (jkm.refusedFrom)
      b.step('calendar.standing.jkm.would-refuse', { date: jkm.refusedFrom, max: limit.value }, [limit.id]);
  } else {
    b.step(
      'calendar.standing.jkm.refused',
      { asOf, months: jkm.arrearsMonthCount, max: limit.value, date: jkm.refusedFrom },
      [limit.id],
    );
    b.notice('calendar.standing.reactivation', 'warning', {}, [limit.id]);
  }
}

/**
 * The standing of a BPU participant on `asOf`: every month owed from `from`, whether it was paid on
 * time (by the 15th of the month, PP 44/2015 Pasal 24 ayat (3)), late, or not at all; the consecutive
 * months in arrears and what they cost; and what that means for a death on `asOf` — the same decision
 * as `jkmBenefit` with that many `arrearsMonths` (PP 44/2015 Pasal 42: up to 3 months, the funeral cost
 * now and the rest once the heirs pay the arrears; more, no benefit). `jkm.refusedFrom` says from when
 * the benefit is, or would be if nothing more is paid, refused. A BPU participant owes no fine.
 *
 * Arrears count back from the latest month whose due date is before `asOf`; a month paid in full by
 * `asOf` ends the run. The arrears are priced with `bpuContribution` (default the lowest income level,
 * paid by the worker). Payments must be dated on or before `asOf`.
 *
 * @example
 * ```ts
 * import { bpuStanding } from 'jamsostek/calendar';
 * // Paid January to March 2026, nothing after: on 1 July April, May and June are in arrears.
 * const s = bpuStanding({ from: '2026-01', payments: [{ from: '2026-01', to: '2026-03', paidOn: '2026-01-10' }], asOf: '2026-07-01' });
 * s.arrears.monthCount; // 3
 * s.jkm.status; // 'deferred'
 * s.jkm.refusedFrom; // '2026-07-16': the day after the July due date
 * ```
 */
export function bpuStanding(input: BpuStandingInput): BpuStandingResult {
  const v = parseInput(bpuStandingInput, input, 'BPU standing input');
  const rulebook = v.rulebook ?? CALENDAR_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const asOfMonth = v.asOf.slice(0, 7) as YearMonth;
  const last = v.to !== undefined && monthIndex(v.to) < monthIndex(asOfMonth) ? v.to : asOfMonth;
  const shown = monthIndex(last) >= monthIndex(v.from) ? eachMonth({ from: v.from, to: last }) : [];
  const paidOn = new Map<YearMonth, IsoDate>();
  for (const p of v.payments) {
    const months = p.month !== undefined ? [p.month] : eachMonth({ from: p.from, to: p.to });
    for (const m of months) {
      const before = paidOn.get(m);
      if (before === undefined || p.paidOn < before) paidOn.set(m, p.paidOn);
    }
  }
  const infos = new Map<YearMonth, DueInfo>();
  const info = (m: YearMonth): DueInfo => {
    let i = infos.get(m);
    if (!i) {
      i = dueInfo(rulebook, 'BPU', m);
      infos.set(m, i);
    }
    return i;
  };
  const first = info(v.from);
  const reading: JointLeaveReading = v.jointLeave ?? first.jointLeave.value;
  const months: Months = {
    owed: (m) =>
      monthIndex(m) >= monthIndex(v.from) && (v.to === undefined || monthIndex(m) <= monthIndex(v.to)),
    paid: (m) => paidOn.has(m),
    due: (m) => info(m).dates[reading],
  };
  const byMonth: BpuStandingMonth[] = shown.map((m) => {
    const i = info(m);
    recordDue(b, i, reading, false);
    const dueDate = i.dates[reading];
    const paid = paidOn.get(m);
    if (paid !== undefined) {
      const status = timeliness(i, reading, paid);
      b.step(`calendar.standing.month.${status}`, { month: m, dueDate, paidOn: paid }, [i.rule.id]);
      return { month: m, dueDate, status, paidOn: paid };
    }
    const status = dueDate < v.asOf ? 'unpaid' : 'not-due';
    b.step(`calendar.standing.month.${status}`, { month: m, dueDate }, [i.rule.id]);
    return { month: m, dueDate, status };
  });
  const overdue = shown.filter((m) => months.due(m) < v.asOf);
  const latest = overdue[overdue.length - 1];
  const run = arrearsRun(months, latest);
  const limit = b.use(requireRule(rulebook, 'arrears.max-months', v.asOf));
  let amount = 0;
  for (const month of run) {
    const c = computeBpuContribution({
      month,
      declaredIncome: v.declaredIncome ?? 1,
      fundingSource: v.fundingSource ?? 'self',
      sector: v.sector ?? 'other',
      category: v.category ?? 'self-employed',
      rulebook,
    });
    for (const r of c.basis.rules) b.use(r);
    amount += c.total;
  }
  amount = checkRupiah(amount, 'arrears');
  const jkm = jkmStanding(months, run, v.from, latest, limit.value);
  if (run.length > 0)
    b.step(
      'calendar.standing.arrears',
      { months: run.length, from: run[0] as YearMonth, to: run[run.length - 1] as YearMonth },
      [limit.id],
      amount,
    );
  jkmSteps(b, jkm, limit, v.asOf);
  const restores =
    run.length === 0 ? 'nothing-due' : run.length <= limit.value ? 'full-cover' : 'future-cover';
  if (restores !== 'nothing-due') b.step(`calendar.standing.restore.${restores}`, { amount }, [limit.id]);
  const noFine = b.use(requireRule(rulebook, 'calendar.bpu.no-fine', v.from));
  b.notice('calendar.bpu.no-fine', 'info', {}, [noFine.id]);
  return {
    kind: 'bpu-standing',
    asOf: v.asOf,
    from: v.from,
    to: last,
    jointLeave: reading,
    byMonth,
    arrears: {
      monthCount: run.length,
      months: run,
      amount,
      unpaidMonths: overdue.filter((m) => !months.paid(m)),
      restores,
    },
    jkm,
    maxArrearsMonths: limit.value,
    fine: 0,
    confidence: confidenceOf(b, [...infos.values()]),
    basis: b.build({ asOf: v.asOf, from: v.from }),
  };
}

/** Workers whose premium is unpaid, in proportion to what was paid (rounded in favour of coverage). */
function unpaidWorkers(row: Row): number {
  if (row.workers === null || row.paid >= row.owed || row.owed === 0) return 0;
  const covered = (BigInt(row.paid) * BigInt(row.workers)) / BigInt(row.owed);
  return row.workers - Number(covered);
}

/**
 * The standing of a program that pays the BPU premiums of many workers (a regency's pekerja-rentan
 * program) on `asOf`: for every month and funding source owed, whether it was paid on time (by the
 * 15th of the month, PP 44/2015 Pasal 24 ayat (3), moved off days off), late, in part or not at all;
 * the workers and worker-months in arrears; the consecutive months in arrears and what they mean for
 * the JKM benefit of those workers (up to 3 months deferred, more refused: PP 44/2015 Pasal 42); and,
 * for every month not yet paid in full, what to pay by when — by its due date to keep everyone fully
 * covered, and at the latest by its `lapseDeadline` before the benefit is refused.
 *
 * Payments are spread over the owed rows of their months and funding source in proportion to what
 * they owe (exactly, with `allocate`). Workers in arrears assume the unpaid share is the same workers
 * each month. Build `owed` with `owedFromBudget` (a `programBudget` result) or `owedFromRoster` (a
 * roster summary), or list the months yourself.
 *
 * @example
 * ```ts
 * import { programStanding } from 'jamsostek/calendar';
 * // 1.000 workers funded by APBD from January 2026; on 1 March nothing has been paid yet.
 * const owed = ['2026-01', '2026-02', '2026-03', '2026-04'].map((month) => ({ month: month as '2026-01', fundingSource: 'APBD' as const, amount: 16800000, workers: 1000 }));
 * const s = programStanding({ owed, payments: [], asOf: '2026-03-01' });
 * s.arrearsMonthCount; // 2 (January and February)
 * s.overdue; // 33600000
 * s.deadlines[0]?.lapseDeadline; // '2026-04-15': pay January by then or JKM is refused from the 16th
 * ```
 */
export function programStanding(input: ProgramStandingInput): ProgramStandingResult {
  const v = parseInput(programStandingInput, input, 'program standing input');
  const rulebook = v.rulebook ?? CALENDAR_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const rows = applyPayments(v.owed, v.payments);
  const infos = new Map<YearMonth, DueInfo>();
  const info = (m: YearMonth): DueInfo => {
    let i = infos.get(m);
    if (!i) {
      i = dueInfo(rulebook, 'BPU', m);
      infos.set(m, i);
    }
    return i;
  };
  const firstMonth = (rows[0] as Row).month;
  const reading: JointLeaveReading = v.jointLeave ?? info(firstMonth).jointLeave.value;
  const owedMonths = new Set(v.owed.map((o) => o.month));
  const monthPaid = new Map<YearMonth, boolean>();
  for (const r of rows)
    if (owedMonths.has(r.month)) monthPaid.set(r.month, (monthPaid.get(r.month) ?? true) && r.paid >= r.owed);
  const months: Months = {
    owed: (m) => owedMonths.has(m),
    paid: (m) => monthPaid.get(m) ?? true,
    due: (m) => info(m).dates[reading],
  };
  const known = rows.every((r) => r.workers !== null || r.owed === 0);
  const limit = b.use(requireRule(rulebook, 'arrears.max-months', v.asOf));
  const byFundingSource = new Map<FundingSource, { owed: number; paid: number; overdue: number }>();
  const inArrears = new Map<YearMonth, number>();
  let owed = 0;
  let paid = 0;
  let overdue = 0;
  let dueOwed = 0;
  let duePaid = 0;
  let workerMonths = 0;
  const deadlines: PaymentDeadline[] = [];
  const byMonth: ProgramStandingRow[] = rows.map((r) => {
    const i = info(r.month);
    recordDue(b, i, reading, false);
    const dueDate = i.dates[reading];
    const isOverdue = dueDate < v.asOf;
    const unpaid = isOverdue ? unpaidWorkers(r) : 0;
    const outstanding = Math.max(0, r.owed - r.paid);
    owed += r.owed;
    paid += r.paid;
    if (isOverdue) {
      overdue += outstanding;
      dueOwed += r.owed;
      duePaid += r.paid;
      workerMonths += unpaid;
      inArrears.set(r.month, (inArrears.get(r.month) ?? 0) + unpaid);
    }
    const t = byFundingSource.get(r.fundingSource) ?? { owed: 0, paid: 0, overdue: 0 };
    t.owed += r.owed;
    t.paid += r.paid;
    if (isOverdue) t.overdue += outstanding;
    byFundingSource.set(r.fundingSource, t);
    const base = {
      month: r.month,
      fundingSource: r.fundingSource,
      payer: payerOf(r.fundingSource),
      paymentCode: r.paymentCode,
      owed: r.owed,
      paid: r.paid,
      balance: r.paid - r.owed,
      workers: r.workers,
      workersInArrears: known ? unpaid : null,
      dueDate,
    };
    const params = { month: r.month, fundingSource: r.fundingSource, owed: r.owed, paid: r.paid, dueDate };
    const done = completedOn(r);
    if (done !== null) {
      const status = timeliness(i, reading, done);
      b.step(`calendar.program.row.${status}`, { ...params, paidOn: done }, [i.rule.id]);
      return { ...base, status, paidOn: done };
    }
    const status = !isOverdue ? 'not-due' : r.paid === 0 ? 'unpaid' : 'underpaid';
    b.step(`calendar.program.row.${status}`, params, [i.rule.id]);
    const later = info(addMonths(r.month, limit.value));
    b.use(later.rule);
    deadlines.push({
      month: r.month,
      fundingSource: r.fundingSource,
      paymentCode: r.paymentCode,
      outstanding,
      dueDate,
      lapseDeadline: later.dates[reading],
      overdue: isOverdue,
    });
    return { ...base, status };
  });
  const dueMonths = [...owedMonths].filter((m) => months.due(m) < v.asOf).sort();
  const latest = dueMonths[dueMonths.length - 1];
  const run = arrearsRun(months, latest);
  const first = [...owedMonths].sort()[0] as YearMonth;
  const jkm = jkmStanding(months, run, first, latest, limit.value);
  const workersInArrears = known ? (latest !== undefined ? (inArrears.get(latest) ?? 0) : 0) : null;
  const tail = run.slice(-(limit.value + 1));
  const workersRefused = !known
    ? null
    : run.length > limit.value
      ? Math.min(...tail.map((m) => inArrears.get(m) ?? 0))
      : 0;
  b.step('calendar.program.overdue', { asOf: v.asOf }, [], overdue);
  if (run.length > 0)
    b.step(
      known ? 'calendar.program.arrears.workers' : 'calendar.program.arrears',
      {
        months: run.length,
        from: run[0] as YearMonth,
        to: run[run.length - 1] as YearMonth,
        workers: workersInArrears ?? 0,
        refused: workersRefused ?? 0,
      },
      [limit.id],
    );
  jkmSteps(b, jkm, limit, v.asOf);
  for (const d of deadlines)
    b.step(
      'calendar.program.deadline',
      { month: d.month, fundingSource: d.fundingSource, dueDate: d.dueDate, lapseDeadline: d.lapseDeadline },
      [limit.id],
      d.outstanding,
    );
  if (known && rows.some((r) => r.paid > 0 && r.paid < r.owed))
    b.notice('calendar.program.same-workers', 'info', {}, []);
  const noFine = b.use(requireRule(rulebook, 'calendar.bpu.no-fine', firstMonth));
  b.notice('calendar.bpu.no-fine', 'info', {}, [noFine.id]);
  const sources: Partial<Record<FundingSource, StandingTotals>> = {};
  for (const [k, t] of [...byFundingSource].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    sources[k] = {
      owed: checkRupiah(t.owed, k),
      paid: checkRupiah(t.paid, k),
      overdue: checkRupiah(t.overdue, k),
    };
  return {
    kind: 'program-standing',
    asOf: v.asOf,
    jointLeave: reading,
    byMonth,
    owed: checkRupiah(owed, 'owed'),
    paid: checkRupiah(paid, 'paid'),
    overdue: checkRupiah(overdue, 'overdue'),
    balance: checkRupiah(duePaid - dueOwed, 'balance'),
    arrearsMonthCount: run.length,
    arrearsMonths: run,
    workerMonthsInArrears: known ? workerMonths : null,
    workersInArrears,
    workersRefused,
    jkm,
    maxArrearsMonths: limit.value,
    deadlines,
    byFundingSource: sources,
    confidence: confidenceOf(b, [...infos.values()]),
    basis: b.build({ asOf: v.asOf, owed }),
  };
}
