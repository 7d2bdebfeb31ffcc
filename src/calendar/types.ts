/**
 * Types of the payment calendar: due dates, late fines, BPU standing, program standing and the
 * reconciliation of payments with what was owed.
 *
 * @module
 */
import type { BpuCategory, BpuSector } from '../contributions/bpu/types.ts';
import type { Basis, Explainable } from '../explain/basis.ts';
import type { FundingSource, Payer } from '../funding/sources.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { EmployerType, HolidayKind, JointLeaveReading } from '../rulebook/catalog.ts';
import type { Confidence, LocalizedText, Rulebook } from '../rulebook/types.ts';
import type { Segment } from '../vocabulary.ts';

/** What every calendar input may say about the reading of joint leave and the rulebook. */
export interface CalendarOptions {
  /**
   * Whether a joint-leave day (cuti bersama) counts as a `'working-day'` or as a `'holiday'` when a
   * due date is moved off a day off. Default: the rulebook's reading (`'working-day'`, the earlier
   * date; confidence U). A payment that is late under this reading but on time under the other is
   * reported as `'ambiguous'`, never as late.
   */
  readonly jointLeave?: JointLeaveReading | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** A weekend day a due date moved over. */
export interface WeekendDay {
  /** The date. */
  readonly date: IsoDate;
  /** A Saturday or Sunday. */
  readonly kind: 'weekend';
}

/** A national holiday or joint-leave day a due date moved over. */
export interface HolidayDay {
  /** The date. */
  readonly date: IsoDate;
  /** `holiday` (a national holiday or voting day) or `joint-leave` (cuti bersama). */
  readonly kind: HolidayKind;
  /** Its name, in Indonesian and English. */
  readonly name: LocalizedText;
}

/** A day off that a due date moved over. */
export type NonWorkingDay = WeekendDay | HolidayDay;

/** The due date under each reading of joint leave (equal unless a joint-leave day is in the way). */
export interface DueDateByReading {
  /** Joint leave counted as a working day. */
  readonly 'working-day': IsoDate;
  /** Joint leave counted as a day off. */
  readonly holiday: IsoDate;
}

/** Input of `contributionDueDate`. */
export interface ContributionDueDateInput extends CalendarOptions {
  /** `PU` (the employer pays for its workers) or `BPU` (the participant, or a program, pays). */
  readonly segment: Segment;
  /** The contribution month. */
  readonly month: YearMonth;
}

/** What every due date says. */
export interface ContributionDueDateBase extends Explainable {
  /** Always `'contribution-due-date'`. */
  readonly kind: 'contribution-due-date';
  /** The segment. */
  readonly segment: Segment;
  /** The contribution month. */
  readonly month: YearMonth;
  /** The day the regulation names (the 15th, or the 30th in the PP 49/2020 months). */
  readonly nominalDate: IsoDate;
  /** The last day to pay, under the reading of joint leave used. */
  readonly dueDate: IsoDate;
  /** The reading of joint leave used for `dueDate`. */
  readonly jointLeave: JointLeaveReading;
  /** The due date under both readings. */
  readonly byReading: DueDateByReading;
  /** The weakest confidence of the rules used; `U` when the year's holiday list is missing. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** The nominal day is a working day: the due date is that day. */
export interface ContributionDueDateKept extends ContributionDueDateBase {
  /** Not moved. */
  readonly moved: false;
}

/** The nominal day is a day off: the due date moved to the next (or, in PP 49/2020 months, previous) working day. */
export interface ContributionDueDateMoved extends ContributionDueDateBase {
  /** Moved. */
  readonly moved: true;
  /** The nominal day it moved from. */
  readonly movedFrom: IsoDate;
  /** Forward to the next working day, or backward to the one before (PP 49/2020). */
  readonly direction: 'forward' | 'backward';
  /** The days off it moved over, from the nominal day on. */
  readonly reason: readonly NonWorkingDay[];
}

/** Result of `contributionDueDate`: kept on the nominal day, or moved off a day off with the reason. */
export type ContributionDueDateResult = ContributionDueDateKept | ContributionDueDateMoved;

/** Input of `contributionDueDateSchedule`: every month from `from` to `to`. */
export interface ContributionDueDateScheduleInput extends CalendarOptions {
  /** The segment. */
  readonly segment: Segment;
  /** First contribution month. */
  readonly from: YearMonth;
  /** Last contribution month, inclusive. */
  readonly to: YearMonth;
}

/** Result of `contributionDueDateSchedule`. */
export interface ContributionDueDateScheduleResult extends Explainable {
  /** Always `'contribution-due-date-schedule'`. */
  readonly kind: 'contribution-due-date-schedule';
  /** The segment. */
  readonly segment: Segment;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Number of months. */
  readonly monthCount: number;
  /** The reading of joint leave used. */
  readonly jointLeave: JointLeaveReading;
  /** One due date per month, in order. */
  readonly byMonth: readonly ContributionDueDateResult[];
  /** The weakest confidence over the months. */
  readonly confidence: Confidence;
  /** The basis: one step per month. */
  readonly basis: Basis;
}

/** A program whose contributions can be fined: JKK, JKM, JHT or JP. */
export type FinedProgram = 'JKK' | 'JKM' | 'JHT' | 'JP';

/** The contribution due per program, for a fine by program. */
export interface ContributionByProgram {
  /** JKK contribution due. */
  readonly JKK?: Rupiah | undefined;
  /** JKM contribution due. */
  readonly JKM?: Rupiah | undefined;
  /** JHT contribution due (employer and worker parts). */
  readonly JHT?: Rupiah | undefined;
  /** JP contribution due (employer and worker parts). */
  readonly JP?: Rupiah | undefined;
}

/** What every late-fine input says. */
export interface LateFineInputBase extends CalendarOptions {
  /** Only `'PU'`: a BPU participant owes no fine (see `bpuStanding`). */
  readonly segment: 'PU';
  /** The contribution month paid. */
  readonly month: YearMonth;
  /** The date it was (or will be) paid. */
  readonly paidOn: IsoDate;
  /**
   * `'private'` (default): any employer other than a state organiser, companies (state-owned ones
   * included), foundations, individuals; `'state'`: a state organiser (penyelenggara negara), which
   * the fine articles exempt.
   */
  readonly employerType?: EmployerType | undefined;
}

/** A late fine on the whole contribution due for the month. */
export interface LateFineByTotal extends LateFineInputBase {
  /** The contribution due for the month (every program together). */
  readonly contribution: Rupiah;
  /** Not with `contribution`. */
  readonly byProgram?: never;
}

/** A late fine program by program, each under its own article. */
export interface LateFineByProgramInput extends LateFineInputBase {
  /** The contribution due per program; at least one. */
  readonly byProgram: ContributionByProgram;
  /** Not with `byProgram`. */
  readonly contribution?: never;
}

/** Input of `lateFine`: the contribution due as a total or by program (exactly one of them). */
export type LateFineInput = LateFineByTotal | LateFineByProgramInput;

/** The fine on one program's contribution (or on the total, `program: 'all'`). */
export interface LateFineLine {
  /** The program, or `'all'` for a total given without a breakdown. */
  readonly program: FinedProgram | 'all';
  /** The contribution due. */
  readonly contribution: Rupiah;
  /** The fine per month, a decimal string (`"0.02"`). */
  readonly rate: string;
  /** rate × months late × contribution, rounded half-up to the rupiah. */
  readonly fine: Rupiah;
}

/** What every late fine says. */
export interface LateFineBase extends Explainable {
  /** Always `'late-fine'`. */
  readonly kind: 'late-fine';
  /** Always `'PU'`. */
  readonly segment: 'PU';
  /** The contribution month. */
  readonly month: YearMonth;
  /** The date paid. */
  readonly paidOn: IsoDate;
  /** The employer type. */
  readonly employerType: EmployerType;
  /** The reading of joint leave used. */
  readonly jointLeave: JointLeaveReading;
  /** The due date under that reading. */
  readonly dueDate: IsoDate;
  /** The due date under both readings. */
  readonly byReading: DueDateByReading;
  /** The contribution due (the sum of the programs). */
  readonly contribution: Rupiah;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Paid by the due date: no fine. */
export interface LateFineOnTime extends LateFineBase {
  /** On time. */
  readonly status: 'on-time';
  /** Always 0. */
  readonly fine: 0;
}

/**
 * Late under the reading used, on time under the other (a joint-leave day decides): no fine is
 * asserted, and the fine that the stricter reading would give is shown beside it.
 */
export interface LateFineAmbiguous extends LateFineBase {
  /** Ambiguous. */
  readonly status: 'ambiguous';
  /** Always 0: not asserted. */
  readonly fine: 0;
  /** Months late under the reading used. */
  readonly monthsLateIfLate: number;
  /** The fine under the reading used. */
  readonly fineIfLate: Rupiah;
  /** The fine per program under the reading used. */
  readonly lines: readonly LateFineLine[];
}

/** Late under both readings: the fine, per program. */
export interface LateFineLate extends LateFineBase {
  /** Late. */
  readonly status: 'late';
  /** Months of lateness counted (every month begun after the due date, by default). */
  readonly monthsLate: number;
  /** The fine: the sum of the lines. */
  readonly fine: Rupiah;
  /** The fine per program (one line `'all'` for a total). */
  readonly lines: readonly LateFineLine[];
}

/** A state organiser: the fine articles do not apply. */
export interface LateFineExempt extends LateFineBase {
  /** Exempt. */
  readonly status: 'exempt';
  /** Why. */
  readonly reason: 'state-employer';
  /** Always 0. */
  readonly fine: 0;
  /** Months late (0 when paid on time), for information. */
  readonly monthsLate: number;
}

/** Result of `lateFine`. */
export type LateFineResult = LateFineOnTime | LateFineAmbiguous | LateFineLate | LateFineExempt;

/** A payment of one contribution month. */
export interface MonthPayment {
  /** The month paid. */
  readonly month: YearMonth;
  /** The date paid. */
  readonly paidOn: IsoDate;
  /** Not with `month`. */
  readonly from?: never;
  /** Not with `month`. */
  readonly to?: never;
}

/** A payment of a range of contribution months at once. */
export interface RangePayment {
  /** First month paid. */
  readonly from: YearMonth;
  /** Last month paid, inclusive. */
  readonly to: YearMonth;
  /** The date paid. */
  readonly paidOn: IsoDate;
  /** Not with `from` and `to`. */
  readonly month?: never;
}

/** A BPU participant's payment: one month, or a range of months paid on one date. */
export type BpuPaymentInput = MonthPayment | RangePayment;

/** Input of `bpuStanding`: a BPU participant's months owed and paid, judged on `asOf`. */
export interface BpuStandingInput extends CalendarOptions {
  /** First contribution month owed (the month membership started). */
  readonly from: YearMonth;
  /** Last contribution month owed; default: open-ended. */
  readonly to?: YearMonth | undefined;
  /** The payments made, on or before `asOf`. */
  readonly payments: readonly BpuPaymentInput[];
  /** The date the standing is judged on. */
  readonly asOf: IsoDate;
  /** Declared monthly income, to price the arrears; default the lowest level. */
  readonly declaredIncome?: Rupiah | undefined;
  /** Who funds the premium, to price the arrears; default `'self'` (one worker paying their own). */
  readonly fundingSource?: FundingSource | undefined;
  /** Sector, to price the arrears; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** BPU category, to price the arrears; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
}

/** What every month of a standing says. */
export interface StandingMonthBase {
  /** The contribution month. */
  readonly month: YearMonth;
  /** Its due date under the reading used. */
  readonly dueDate: IsoDate;
}

/** A month paid in full: on time, late, or ambiguous (a joint-leave day decides). */
export interface StandingMonthPaid extends StandingMonthBase {
  /** How it was paid. */
  readonly status: 'on-time' | 'late' | 'ambiguous';
  /** The date it was paid in full. */
  readonly paidOn: IsoDate;
}

/** A month not paid (in full) by `asOf`: `unpaid` when its due date has passed, `not-due` otherwise. */
export interface StandingMonthOpen extends StandingMonthBase {
  /** Unpaid after its due date, or not yet due. */
  readonly status: 'unpaid' | 'not-due';
}

/** One month of a BPU standing. */
export type BpuStandingMonth = StandingMonthPaid | StandingMonthOpen;

/** No month is in arrears: the JKM benefit is paid in full. */
export interface JkmStandingCovered {
  /** Covered. */
  readonly status: 'covered';
  /** When the benefit would first be refused if nothing more is paid (`null`: never, within the months owed). */
  readonly refusedFrom: IsoDate | null;
}

/**
 * In arrears up to the limit (3 months): after a death, the funeral cost is paid at once and the rest
 * once the heirs pay the arrears (PP 44/2015 Pasal 42 ayat (1)).
 */
export interface JkmStandingDeferred {
  /** Deferred. */
  readonly status: 'deferred';
  /** Consecutive months in arrears. */
  readonly arrearsMonthCount: number;
  /** When the benefit is refused if nothing more is paid (`null`: never, within the months owed). */
  readonly refusedFrom: IsoDate | null;
}

/** In arrears beyond the limit: no JKM (or JKK) benefit for an event now (PP 44/2015 Pasal 39 and 42 ayat (2)). */
export interface JkmStandingRefused {
  /** Refused. */
  readonly status: 'refused';
  /** Consecutive months in arrears. */
  readonly arrearsMonthCount: number;
  /** The first day the benefit was refused. */
  readonly refusedFrom: IsoDate;
}

/** What the JKM benefit would be for a death on the standing date: the same decision as `jkmBenefit`. */
export type JkmStanding = JkmStandingCovered | JkmStandingDeferred | JkmStandingRefused;

/** The months in arrears and what paying them restores. */
export interface ArrearsSummary {
  /** Consecutive months unpaid after their due date, counted back from the latest such month. */
  readonly monthCount: number;
  /** Those months, in order. */
  readonly months: readonly YearMonth[];
  /** What they cost. */
  readonly amount: Rupiah;
  /** Every month unpaid after its due date (older gaps included), in order. */
  readonly unpaidMonths: readonly YearMonth[];
  /**
   * What paying `months` by `asOf` does: `full-cover` (arrears within the limit: the benefit is
   * whole again, and for an event already past the deferred part is released); `future-cover` (beyond
   * the limit: events after payment are covered, an event while refused is not); `nothing-due`.
   */
  readonly restores: 'full-cover' | 'future-cover' | 'nothing-due';
}

/** Result of `bpuStanding`. */
export interface BpuStandingResult extends Explainable {
  /** Always `'bpu-standing'`. */
  readonly kind: 'bpu-standing';
  /** The date judged. */
  readonly asOf: IsoDate;
  /** First month owed. */
  readonly from: YearMonth;
  /** Last month shown: the last month owed whose due date is on or before the end of `asOf`'s month. */
  readonly to: YearMonth;
  /** The reading of joint leave used. */
  readonly jointLeave: JointLeaveReading;
  /** Every month owed from `from` to `to`. */
  readonly byMonth: readonly BpuStandingMonth[];
  /** The arrears. */
  readonly arrears: ArrearsSummary;
  /** The JKM benefit for a death on `asOf`. */
  readonly jkm: JkmStanding;
  /** The arrears limit used (`arrears.max-months`, 3). */
  readonly maxArrearsMonths: number;
  /** No fine for a BPU participant (PP 44/2015 Pasal 22 names employers only). */
  readonly fine: 0;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** One month (and funding source) of a program's schedule of premiums owed. */
export interface OwedMonth {
  /** The contribution month. */
  readonly month: YearMonth;
  /** Who funds it. */
  readonly fundingSource: FundingSource;
  /** The premium owed. */
  readonly amount: Rupiah;
  /** Workers covered that month, when known. */
  readonly workers?: number | undefined;
  /** The payment code (kode iuran) of the bill, when known. */
  readonly paymentCode?: string | undefined;
}

/** What every program payment says besides the months it covers. */
export interface ProgramPaymentBase {
  /** The date paid. */
  readonly paidOn: IsoDate;
  /** The amount paid. */
  readonly amount: Rupiah;
  /** Who funded it. */
  readonly fundingSource: FundingSource;
  /** The payment code (kode iuran) paid against, when known. */
  readonly paymentCode?: string | undefined;
}

/** A program payment for one month. */
export interface ProgramMonthPayment extends ProgramPaymentBase {
  /** The month paid. */
  readonly month: YearMonth;
  /** Not with `month`. */
  readonly from?: never;
  /** Not with `month`. */
  readonly to?: never;
}

/** A program payment for a range of months. */
export interface ProgramRangePayment extends ProgramPaymentBase {
  /** First month paid. */
  readonly from: YearMonth;
  /** Last month paid, inclusive. */
  readonly to: YearMonth;
  /** Not with `from` and `to`. */
  readonly month?: never;
}

/**
 * A payment of a program: an amount paid on a date for one month or a range of months. It is spread
 * over the owed rows of its months with its funding source (and its payment code, when it has one), in
 * proportion to what they owe, exactly to the rupiah.
 */
export type ProgramPaymentInput = ProgramMonthPayment | ProgramRangePayment;

/** Input of `programStanding`. */
export interface ProgramStandingInput extends CalendarOptions {
  /** The premiums owed, per month and funding source (see `owedFromBudget`, `owedFromRoster`). */
  readonly owed: readonly OwedMonth[];
  /** The payments made, on or before `asOf`. */
  readonly payments: readonly ProgramPaymentInput[];
  /** The date the standing is judged on. */
  readonly asOf: IsoDate;
}

/** What every row of a program standing says. */
export interface ProgramStandingRowBase {
  /** The contribution month. */
  readonly month: YearMonth;
  /** Who funds it. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** The payment code, when the owed row has one. */
  readonly paymentCode: string | null;
  /** The premium owed. */
  readonly owed: Rupiah;
  /** Paid by `asOf`. */
  readonly paid: Rupiah;
  /** paid − owed: negative while underpaid, positive when overpaid. */
  readonly balance: number;
  /** Workers covered that month (`null` when not given). */
  readonly workers: number | null;
  /** Workers whose premium is unpaid after the due date (`null` when workers are not given). */
  readonly workersInArrears: number | null;
  /** The due date under the reading used. */
  readonly dueDate: IsoDate;
}

/** A row paid in full: on time, late or ambiguous. */
export interface ProgramStandingRowPaid extends ProgramStandingRowBase {
  /** How it was paid. */
  readonly status: 'on-time' | 'late' | 'ambiguous';
  /** The date of the payment that completed it. */
  readonly paidOn: IsoDate;
}

/** A row not paid in full by `asOf`. */
export interface ProgramStandingRowOpen extends ProgramStandingRowBase {
  /** `unpaid` (nothing paid, due date passed), `underpaid` (part paid, due date passed), `not-due`. */
  readonly status: 'unpaid' | 'underpaid' | 'not-due';
}

/** One row (month and funding source) of a program standing. */
export type ProgramStandingRow = ProgramStandingRowPaid | ProgramStandingRowOpen;

/** What to pay, by when, for one row not yet paid in full. */
export interface PaymentDeadline {
  /** The contribution month. */
  readonly month: YearMonth;
  /** Who funds it. */
  readonly fundingSource: FundingSource;
  /** The payment code, when known. */
  readonly paymentCode: string | null;
  /** What is still owed. */
  readonly outstanding: Rupiah;
  /** Its due date: pay by then to keep the workers fully covered. */
  readonly dueDate: IsoDate;
  /**
   * The last day to pay it before the JKM benefit is refused, if the months after it go unpaid too:
   * the due date of the month `maxArrearsMonths` later.
   */
  readonly lapseDeadline: IsoDate;
  /** True when `dueDate` is before `asOf`: already late. */
  readonly overdue: boolean;
}

/** Totals of a program standing per funding source. */
export interface StandingTotals {
  /** Owed. */
  readonly owed: Rupiah;
  /** Paid. */
  readonly paid: Rupiah;
  /** Owed for months whose due date is before `asOf` and not yet paid. */
  readonly overdue: Rupiah;
}

/** Result of `programStanding`. */
export interface ProgramStandingResult extends Explainable {
  /** Always `'program-standing'`. */
  readonly kind: 'program-standing';
  /** The date judged. */
  readonly asOf: IsoDate;
  /** The reading of joint leave used. */
  readonly jointLeave: JointLeaveReading;
  /** One row per owed month and funding source (and payment code), in month order. */
  readonly byMonth: readonly ProgramStandingRow[];
  /** Sum owed. */
  readonly owed: Rupiah;
  /** Sum paid. */
  readonly paid: Rupiah;
  /** Owed for months whose due date is before `asOf`, not yet paid: pay it now to cover everyone fully. */
  readonly overdue: Rupiah;
  /** paid − owed for the months whose due date is before `asOf` (negative: behind). */
  readonly balance: number;
  /** Consecutive months with premiums unpaid after the due date, counted back from the latest. */
  readonly arrearsMonthCount: number;
  /** Those months, in order. */
  readonly arrearsMonths: readonly YearMonth[];
  /** Worker-months unpaid after the due date (`null` when workers are not given). */
  readonly workerMonthsInArrears: number | null;
  /** Workers unpaid in the latest month in arrears: their JKM is at least deferred (`null` when workers are not given). */
  readonly workersInArrears: number | null;
  /**
   * Workers unpaid in each of the last `maxArrearsMonths + 1` months in arrears, assuming the same
   * workers go unpaid each month: no JKM benefit for them now (`null` when workers are not given).
   */
  readonly workersRefused: number | null;
  /** The JKM benefit, for the program's workers in arrears, for a death on `asOf`. */
  readonly jkm: JkmStanding;
  /** The arrears limit used (`arrears.max-months`, 3). */
  readonly maxArrearsMonths: number;
  /** What to pay by when, for every row not yet paid in full, in month order. */
  readonly deadlines: readonly PaymentDeadline[];
  /** Totals per funding source. */
  readonly byFundingSource: Readonly<Partial<Record<FundingSource, StandingTotals>>>;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `reconcilePayments`. */
export interface PaymentReconciliationInput {
  /** What was owed, per month and funding source. */
  readonly owed: readonly OwedMonth[];
  /** What was paid. */
  readonly paid: readonly ProgramPaymentInput[];
}

/** What every reconciliation line says. */
export interface ReconciliationLineBase {
  /** The contribution month. */
  readonly month: YearMonth;
  /** The funding source. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** The payment code, when the owed row or the payment has one. */
  readonly paymentCode: string | null;
  /** Owed. */
  readonly owed: Rupiah;
  /** Paid against it. */
  readonly paid: Rupiah;
  /** paid − owed. */
  readonly balance: number;
}

/** Paid exactly what was owed. */
export interface ReconciliationLineMatched extends ReconciliationLineBase {
  /** Matched. */
  readonly status: 'matched';
}

/** Paid less than owed. */
export interface ReconciliationLineUnderpaid extends ReconciliationLineBase {
  /** Underpaid. */
  readonly status: 'underpaid';
  /** owed − paid. */
  readonly shortfall: Rupiah;
}

/** Paid more than owed. */
export interface ReconciliationLineOverpaid extends ReconciliationLineBase {
  /** Overpaid. */
  readonly status: 'overpaid';
  /** paid − owed. */
  readonly excess: Rupiah;
}

/** One line of a reconciliation: a month, funding source and payment code. */
export type ReconciliationLine =
  | ReconciliationLineMatched
  | ReconciliationLineUnderpaid
  | ReconciliationLineOverpaid;

/** Owed, paid and the difference. */
export interface ReconciliationTotals {
  /** Owed. */
  readonly owed: Rupiah;
  /** Paid. */
  readonly paid: Rupiah;
  /** paid − owed. */
  readonly balance: number;
}

/** Totals of one month. */
export interface ReconciliationMonth extends ReconciliationTotals {
  /** The month. */
  readonly month: YearMonth;
}

/** Result of `reconcilePayments`. */
export interface PaymentReconciliationResult extends Explainable {
  /** Always `'payment-reconciliation'`. */
  readonly kind: 'payment-reconciliation';
  /** Sum owed. */
  readonly owed: Rupiah;
  /** Sum paid. */
  readonly paid: Rupiah;
  /** paid − owed: 0 when everything matches. */
  readonly balance: number;
  /** Sum of the shortfalls of the underpaid lines. */
  readonly underpaid: Rupiah;
  /** Sum of the excesses of the overpaid lines. */
  readonly overpaid: Rupiah;
  /** One line per month, funding source and payment code, in month order. */
  readonly lines: readonly ReconciliationLine[];
  /** Totals per month, in order; they sum to the totals. */
  readonly byMonth: readonly ReconciliationMonth[];
  /** Totals per funding source; they sum to the totals. */
  readonly byFundingSource: Readonly<Partial<Record<FundingSource, ReconciliationTotals>>>;
  /** `A`: a reconciliation uses no legal value. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}
