/**
 * The codes of explanation steps, notices and titles: what apps can switch on, and what the message
 * catalogues must cover exactly (a test checks both ways).
 *
 * @module
 */
import type { JhtWithdrawalRefusal } from '../benefits/jht-types.ts';
import type { JkpRefusal } from '../benefits/jkp-types.ts';
import type { JpRefusal } from '../benefits/jp-types.ts';
import type { ScreeningReasonCode } from '../eligibility/types.ts';

/** Code of a step of a basis, rendered by `explain` from the message catalogue. */
export type StepCode =
  | 'schedule.month'
  | 'bpu.discount.not-in-force'
  | 'bpu.discount.applied'
  | 'bpu.discount.refused'
  | 'total'
  | 'bpu.level.raised'
  | 'bpu.level.capped'
  | 'bpu.jkk.table'
  | 'bpu.jkk.fallback'
  | 'bpu.jkm'
  | 'bpu.jht'
  | 'relief.applied'
  | 'pu.jkk'
  | 'pu.jkm'
  | 'pu.pp7.jkk'
  | 'pu.jkp.base'
  | 'pu.jkp.government'
  | 'pu.jkp.from-jkk'
  | 'pu.jkp.from-jkm'
  | 'pu.jkk.kept'
  | 'pu.jkm.kept'
  | 'pu.jht.employer'
  | 'pu.jht.worker'
  | 'pu.jp.base'
  | 'pu.jp.base.capped'
  | 'pu.jp.employer'
  | 'pu.jp.worker'
  | 'pu.jp.paid-now'
  | 'pu.total.employer'
  | 'pu.total.worker'
  | 'pu.total.government'
  | 'pu.wage.monthly'
  | 'pu.wage.daily'
  | 'pu.wage.average'
  | 'migrant.pre-placement'
  | 'migrant.contract'
  | 'migrant.extra'
  | 'construction.wage'
  | 'construction.tier'
  | 'construction.tier.top'
  | 'construction.program-total'
  | 'pu.jp.indexation.down'
  | 'pu.jp.indexation.up'
  | 'pu.jp.indexation.half-up'
  | 'pu.jp.indexation.half-even'
  | 'payroll.employee'
  | 'payroll.program'
  | 'payroll.total.employer'
  | 'payroll.total.withheld'
  | 'payroll.total.government'
  | 'payroll.remittance'
  | 'pu.jkk.risk-group.found'
  | 'pu.jkk.risk-group.rate'
  | 'pu.jkk.risk-group.not-found'
  | 'pu.jkk.risk-group.none'
  | 'pu.jkk.risk-group.candidate'
  | 'eligibility.age'
  | 'eligibility.eligible'
  | 'eligibility.not-eligible'
  | 'eligibility.pp50.applied'
  | 'eligibility.pp50.not-in-force'
  | 'eligibility.pp50.payer-excluded'
  | 'eligibility.pp50.category-not-covered'
  | 'eligibility.pension-age'
  | 'eligibility.segment.size.micro'
  | 'eligibility.segment.size.small'
  | 'eligibility.segment.size.medium'
  | 'eligibility.segment.size.large'
  | 'eligibility.segment.mandatory'
  | 'eligibility.segment.optional'
  | 'eligibility.segment.unavailable'
  | 'law.program-not-available'
  | 'law.foreigner-min-work'
  | 'law.jkp-citizens-only'
  | 'law.jkp-registration-age'
  | 'law.jkp-employment-relation'
  | 'law.jkp-prerequisite-programs'
  | 'law.jp-pension-age'
  | 'program.segment'
  | 'program.bpu-category'
  | 'program.not-in-dtsen'
  | 'program.dtsen-decile'
  | 'program.age-below'
  | 'program.age-above'
  | 'program.sector'
  | 'program.region'
  | 'program.active-participant'
  | 'program.funded-by-other-program'
  | 'coverage.ratio'
  | 'coverage.share'
  | 'coverage.impact.removed'
  | 'coverage.impact.added'
  | 'coverage.impact.before'
  | 'coverage.impact.after'
  | 'coverage.impact.uplift'
  | 'coverage.target'
  | 'coverage.target.indicator'
  | 'coverage.required'
  | 'coverage.needed'
  | 'coverage.reached'
  | 'coverage.gap'
  | 'coverage.path.year'
  | 'coverage.report.region'
  | 'coverage.report.as-of'
  | 'coverage.report.year'
  | 'coverage.uncovered'
  | 'claims.average'
  | 'claims.program'
  | 'claims.program.average'
  | 'claims.decomposition'
  | 'claims.residual'
  | 'claims.benefit-to-premium'
  | 'funding.segment'
  | 'funding.per-worker'
  | 'funding.capacity'
  | 'funding.remainder'
  | 'funding.duration'
  | 'funding.part.amount'
  | 'funding.part.share'
  | 'funding.part.weight'
  | 'funding.village'
  | 'funding.villages.lines'
  | 'funding.villages.total'
  | 'funding.villages.pooled'
  | 'funding.tranche'
  | 'funding.reconcile.per-worker'
  | 'funding.reconcile.months'
  | 'funding.reconcile.hypothesis'
  | 'item.jkm.lump-sum'
  | 'item.jkm.periodic'
  | 'item.jkm.funeral'
  | 'item.jkm.funeral.burial-organiser'
  | 'jkm.scholarship.eligible'
  | 'item.jkk.funeral'
  | 'item.jkk.periodic'
  | 'jkm.short-membership'
  | 'jkm.scholarship'
  | 'benefit.arrears'
  | 'benefit.payable-now'
  | 'benefit.deferred'
  | 'scholarship.period-met'
  | 'scholarship.no-minimum.work-accident-death'
  | 'scholarship.no-minimum.total-disability'
  | 'scholarship.once'
  | 'scholarship.child'
  | 'scholarship.total'
  | 'jkk.medical'
  | 'jkk.wage.pu'
  | 'jkk.wage.bpu'
  | 'jkk.transport.land'
  | 'jkk.transport.sea'
  | 'jkk.transport.air'
  | 'jkk.stmb'
  | 'jkk.disability.anatomical'
  | 'jkk.disability.functional'
  | 'jkk.total-disability'
  | 'jkk.death'
  | 'jkk.death.floor'
  | 'jkk.home-care'
  | 'jkk.device.dentures'
  | 'jkk.device.hearing-aid'
  | 'jkk.device.glasses'
  | 'jkk.scholarship'
  | 'disability.row'
  | 'disability.row.sided'
  | 'calendar.due.nominal.same-month'
  | 'calendar.due.nominal.next-month'
  | 'calendar.due.day-off.weekend'
  | 'calendar.due.day-off.holiday'
  | 'calendar.due.day-off.joint-leave'
  | 'calendar.due.joint-leave-worked'
  | 'calendar.due.kept'
  | 'calendar.due.moved.forward'
  | 'calendar.due.moved.backward'
  | 'calendar.schedule.month'
  | 'calendar.schedule.month.moved'
  | 'calendar.fine.paid-on'
  | 'calendar.fine.exempt'
  | 'calendar.fine.on-time'
  | 'calendar.fine.months.started'
  | 'calendar.fine.months.whole'
  | 'calendar.fine.line.total'
  | 'calendar.fine.line.program'
  | 'calendar.standing.month.on-time'
  | 'calendar.standing.month.ambiguous'
  | 'calendar.standing.month.late'
  | 'calendar.standing.month.unpaid'
  | 'calendar.standing.month.not-due'
  | 'calendar.standing.arrears'
  | 'calendar.standing.jkm.covered'
  | 'calendar.standing.jkm.deferred'
  | 'calendar.standing.jkm.refused'
  | 'calendar.standing.jkm.would-refuse'
  | 'calendar.standing.restore.full-cover'
  | 'calendar.standing.restore.future-cover'
  | 'calendar.program.row.on-time'
  | 'calendar.program.row.ambiguous'
  | 'calendar.program.row.late'
  | 'calendar.program.row.unpaid'
  | 'calendar.program.row.underpaid'
  | 'calendar.program.row.not-due'
  | 'calendar.program.overdue'
  | 'calendar.program.arrears'
  | 'calendar.program.arrears.workers'
  | 'calendar.program.deadline'
  | 'calendar.reconcile.matched'
  | 'calendar.reconcile.underpaid'
  | 'calendar.reconcile.overpaid'
  | 'calendar.reconcile.source'
  | 'calendar.reconcile.total'
  | 'jkp.contributions'
  | 'jkp.consecutive.ending'
  | 'jkp.consecutive.any'
  | 'jkp.wage'
  | 'jkp.months'
  | 'jkp.non-cash.job-market-information'
  | 'jkp.non-cash.job-training'
  | 'jht.contribution.wage'
  | 'jht.contribution.amount'
  | 'jht.opening'
  | 'jht.year'
  | 'jht.balance'
  | 'jht.withdrawal.whole'
  | 'jht.withdrawal.partial.amount'
  | 'jht.withdrawal.retirement'
  | 'jht.withdrawal.contractual'
  | 'jht.withdrawal.stop-work.at-age'
  | 'jht.withdrawal.stop-work.resignation'
  | 'jht.withdrawal.stop-work.dismissal'
  | 'jht.withdrawal.stop-work.contract-ended'
  | 'jht.withdrawal.total-disability'
  | 'jht.withdrawal.death'
  | 'jht.withdrawal.leaving-indonesia'
  | 'jht.withdrawal.membership'
  | 'jht.withdrawal.partial.housing'
  | 'jht.withdrawal.partial.other'
  | 'jp.pension-age'
  | 'jp.history'
  | 'jp.history.capped'
  | 'jp.average-wage'
  | 'jp.summary'
  | 'jp.floor.applies'
  | 'jp.floor.not-met'
  | 'jp.formula'
  | `jp.survivor.${'spouse' | 'child' | 'parent'}.${'of-formula' | 'of-pension'}`
  | 'jp.limits.none'
  | 'jp.limits.min'
  | 'jp.limits.max'
  | 'jp.starts'
  | 'jp.lump-sum.below-minimum'
  | 'jp.lump-sum.contributions'
  | 'jp.lump-sum.yield'
  | 'jp.lump-sum.total';

/** Code of a notice: something the reader must know (an unverified value, a refused discount …). */
export type NoticeCode =
  | 'jkm.no-heirs'
  | 'jkm.short-membership.notice'
  | 'rule.unverified'
  | 'rule.stale'
  | 'pp50.payer-excluded'
  | 'pp50.category-not-covered'
  | 'pu.jp.cap-unverified'
  | 'pu.jp.cap-stale'
  | 'pu.jp.deferred'
  | 'pu.jkp.not-in-force'
  | 'pu.jkp.transition-month'
  | 'pu.jkp.jkm-open-question'
  | 'pu.pp7.applied'
  | 'pu.pp7.not-in-force'
  | 'pu.jkk.risk-group.bpjs-decides'
  | 'pu.jkk.risk-group.source'
  | 'migrant.tier-rounded-up'
  | 'funding.relief.applied'
  | 'funding.relief.payer-excluded'
  | 'funding.relief.category-not-covered'
  | 'funding.villages.shortfall'
  | 'jkk.arrears-over-limit'
  | 'jkk.claim-lapsed'
  | 'jkk.deferred'
  | 'jkk.disability.combined'
  | 'jkk.employer-pays-first'
  | 'jkk.home-care.months'
  | 'jkk.jkm-excluded'
  | 'jkk.not-covered.home-care'
  | 'jkk.not-covered.hearing-aid'
  | 'jkk.not-covered.glasses'
  | 'jkk.not-covered.dentures'
  | 'jkm.arrears-over-limit'
  | 'jkm.deferred'
  | 'jkm.employer-pays-first'
  | 'jkm.work-related'
  | 'scholarship.age-limit'
  | 'scholarship.no-children'
  | 'scholarship.period-too-short'
  | 'scholarship.stop-date'
  | 'scholarship.school-entry'
  | 'calendar.joint-leave.uncertain'
  | 'calendar.holidays.missing'
  | 'calendar.due.pp49'
  | 'calendar.due.jp-by-analogy'
  | 'calendar.fine.counting'
  | 'calendar.fine.payable-with-next'
  | 'calendar.fine.ambiguous'
  | 'calendar.fine.reading-differs'
  | 'calendar.bpu.no-fine'
  | 'calendar.standing.reactivation'
  | 'calendar.program.same-workers'
  | `jkp.refused.${JkpRefusal}`
  | 'jkp.transition-unverified'
  | 'jkp.membership-not-checked'
  | 'jkp.payment-dates-assumed'
  | 'jkp.arrears.bpjs-pays'
  | 'jkp.arrears.insolvent-bpjs-pays'
  | 'jkp.arrears.employer-pays-first'
  | 'jht.yield-convention'
  | 'jht.waiting'
  | `jht.refused.${JhtWithdrawalRefusal}`
  | `jp.refused.${JpRefusal}`
  | 'jp.survivor.limits'
  | 'jp.survivor.no-limits'
  | 'jp.survivor.children'
  | 'jp.indexed-yearly'
  | 'jp.lump-sum.convention';

/** Code of the title of an explanation: `title.` and the result's kind. */
export type TitleCode =
  | 'title.bpu-discount'
  | 'title.bpu-contribution'
  | 'title.bpu-contribution-schedule'
  | 'title.pu-contribution'
  | 'title.pu-contribution-schedule'
  | 'title.pu-wage-base'
  | 'title.jp-wage-cap-indexation'
  | 'title.payroll-month'
  | 'title.jkk-risk-group'
  | 'title.migrant-worker-contribution'
  | 'title.construction-contribution'
  | 'title.program-eligibility'
  | 'title.pension-age'
  | 'title.segment-programs'
  | 'title.coverage-ratio'
  | 'title.program-share'
  | 'title.coverage-impact'
  | 'title.coverage-target'
  | 'title.coverage-gap'
  | 'title.coverage-path'
  | 'title.coverage-report'
  | 'title.claims-metrics'
  | 'title.benefit-to-premium-ratio'
  | 'title.program-budget'
  | 'title.budget-capacity'
  | 'title.budget-duration'
  | 'title.funding-split'
  | 'title.village-allocation'
  | 'title.program-tranches'
  | 'title.budget-reconciliation'
  | 'title.jkm-benefit'
  | 'title.jkk-benefit'
  | 'title.scholarship-schedule'
  | 'title.disability-table'
  | 'title.contribution-due-date'
  | 'title.contribution-due-date-schedule'
  | 'title.late-fine'
  | 'title.bpu-standing'
  | 'title.program-standing'
  | 'title.payment-reconciliation'
  | 'title.jkp-benefit'
  | 'title.jht-balance'
  | 'title.jht-withdrawal'
  | 'title.jp-benefit';

/** @internal The step codes of the JKP, JHT and JP benefits. */
export type CashBenefitStepCode = Extract<StepCode, `jkp.${string}` | `jht.${string}` | `jp.${string}`>;

/** @internal The notice codes of the JKP, JHT and JP benefits. */
export type CashBenefitNoticeCode = Extract<NoticeCode, `jkp.${string}` | `jht.${string}` | `jp.${string}`>;

/** @internal The title codes of the JKP, JHT and JP results. */
export type CashBenefitTitleCode = Extract<
  TitleCode,
  'title.jkp-benefit' | 'title.jht-balance' | 'title.jht-withdrawal' | 'title.jp-benefit'
>;

/** @internal The step codes of payroll (PU, JP cap, payroll month, migrant workers, construction). */
export type PayrollStepCode = Extract<
  StepCode,
  `pu.${string}` | `payroll.${string}` | `migrant.${string}` | `construction.${string}`
>;

/** @internal The notice codes of payroll. */
export type PayrollNoticeCode = Extract<NoticeCode, `pu.${string}` | `migrant.${string}`>;

/** @internal The title codes of payroll results. */
export type PayrollTitleCode = Extract<
  TitleCode,
  | `title.pu-${string}`
  | 'title.jp-wage-cap-indexation'
  | 'title.payroll-month'
  | 'title.jkk-risk-group'
  | 'title.migrant-worker-contribution'
  | 'title.construction-contribution'
>;

/** @internal The step codes of the benefits (JKM, JKK, scholarships, the disability table). */
export type BenefitStepCode = Extract<
  StepCode,
  | `item.jkm.${string}`
  | `item.jkk.${string}`
  | `jkm.${string}`
  | `jkk.${string}`
  | `benefit.${string}`
  | `scholarship.${string}`
  | `disability.${string}`
>;

/** @internal The notice codes of the benefits. */
export type BenefitNoticeCode = Extract<
  NoticeCode,
  `jkm.${string}` | `jkk.${string}` | `scholarship.${string}`
>;

/** @internal The title codes of the benefit results. */
export type BenefitTitleCode = Extract<
  TitleCode,
  'title.jkm-benefit' | 'title.jkk-benefit' | 'title.scholarship-schedule' | 'title.disability-table'
>;

/** @internal The step codes of coverage and claims metrics. */
export type CoverageStepCode = Extract<StepCode, `coverage.${string}` | `claims.${string}`>;

/** @internal The title codes of coverage results. */
export type CoverageTitleCode = Extract<
  TitleCode,
  | 'title.coverage-ratio'
  | 'title.program-share'
  | 'title.coverage-impact'
  | 'title.coverage-target'
  | 'title.coverage-gap'
  | 'title.coverage-path'
  | 'title.coverage-report'
  | 'title.claims-metrics'
  | 'title.benefit-to-premium-ratio'
>;

/** @internal The step codes of program funding. */
export type FundingStepCode = Extract<StepCode, `funding.${string}`>;

/** @internal The notice codes of program funding. */
export type FundingNoticeCode = Extract<NoticeCode, `funding.${string}`>;

/** @internal The title codes of program funding results. */
export type FundingTitleCode = Extract<
  TitleCode,
  | 'title.program-budget'
  | 'title.budget-capacity'
  | 'title.budget-duration'
  | 'title.funding-split'
  | 'title.village-allocation'
  | 'title.program-tranches'
  | 'title.budget-reconciliation'
>;

/** @internal The step codes of the payment calendar. */
export type CalendarStepCode = Extract<StepCode, `calendar.${string}`>;

/** @internal The notice codes of the payment calendar. */
export type CalendarNoticeCode = Extract<NoticeCode, `calendar.${string}`>;

/** @internal The title codes of the payment calendar's results. */
export type CalendarTitleCode = Extract<
  TitleCode,
  | 'title.contribution-due-date'
  | 'title.contribution-due-date-schedule'
  | 'title.late-fine'
  | 'title.bpu-standing'
  | 'title.program-standing'
  | 'title.payment-reconciliation'
>;

/** @internal Fields of a roster row that a roster summary names when rows are rejected. */
export type RosterFieldCode = `roster.field.${
  | 'nik'
  | 'name'
  | 'sex'
  | 'declaredIncome'
  | 'from'
  | 'to'
  | 'region'
  | 'fundingSource'
  | 'cohort'
  | 'sector'
  | 'category'
  | 'birthDate'
  | 'citizenship'
  | 'workStartInIndonesia'
  | 'segment'
  | 'bpuCategory'
  | 'enterpriseSize'
  | 'dtsenDecile'
  | 'activeParticipant'
  | 'fundedBy'}`;

/** @internal Short names of the eligibility reasons, for the rejected rows of a roster summary. */
export type RosterReasonCode = `roster.reason.${
  | 'law.program-not-available'
  | 'law.foreigner-min-work'
  | 'law.jkp-citizens-only'
  | 'law.jkp-registration-age'
  | 'law.jkp-employment-relation'
  | 'law.jkp-prerequisite-programs'
  | 'law.jp-pension-age'
  | 'program.segment'
  | 'program.bpu-category'
  | 'program.not-in-dtsen'
  | 'program.dtsen-decile'
  | 'program.age-below'
  | 'program.age-above'
  | 'program.sector'
  | 'program.region'
  | 'program.active-participant'
  | 'program.funded-by-other-program'}`;

/** @internal The step codes of eligibility (the reason codes are steps too), pension ages and segment programs. */
export type EligibilityStepCode = Extract<
  StepCode,
  `eligibility.${string}` | `law.${string}` | `program.${string}`
>;

/** @internal The title codes of eligibility results. */
export type EligibilityTitleCode = Extract<
  TitleCode,
  'title.program-eligibility' | 'title.pension-age' | 'title.segment-programs'
>;

/** @internal The screening labels: the by-reason heading and line, and one label per reason code. */
export type ScreeningLabelCode =
  | 'screening.by-reason'
  | 'screening.reason'
  | `screening.reason.${ScreeningReasonCode}`;

/** @internal Labels of the coded problems of roster rows (`RosterIssueCode`). */
export type RosterIssueLabelCode = `roster.issue.${
  | 'UNCLOSED_QUOTE'
  | 'SHORT_ROW'
  | 'EXTRA_FIELDS'
  | 'CONFLICTING_COLUMNS'
  | 'NIK_AS_NUMBER'
  | 'NIK_REGION'
  | 'NIK_BIRTH_DATE'
  | 'NIK_SERIAL'
  | 'STRAY_QUOTE'
  | 'NIK_BIRTH_DATE_MISMATCH'
  | 'NIK_SEX_MISMATCH'
  | 'BIRTH_DATE_UNREADABLE'
  | 'SEX_UNREADABLE'}`;

/** @internal Codes of the explanation of a roster summary, rendered from its fields. */
export type RosterRenderCode =
  | 'title.roster-summary'
  | 'roster.rows'
  | 'roster.duplicates'
  | 'roster.month'
  | 'roster.program'
  | 'roster.funding-source'
  | 'roster.list'
  | 'roster.total'
  | 'roster.rejected'
  | 'roster.rejected.invalid'
  | 'roster.rejected.not-a-row'
  | 'roster.rejected.payer'
  | 'roster.rejected.ineligible'
  | 'roster.rejected.coded'
  | 'roster.rejected.duplicate'
  | 'roster.flagged'
  | 'roster.flagged.line'
  | 'roster.unknown-columns'
  | 'roster.duplicate-columns'
  | 'title.roster-diff'
  | 'roster-diff.counts'
  | 'roster-diff.field'
  | 'roster-diff.skipped'
  | RosterFieldCode
  | RosterReasonCode
  | RosterIssueLabelCode;

/** @internal Codes of the fixed parts of an explanation and of the results rendered from their fields. */
export type RenderCode =
  | RosterRenderCode
  | 'title.roster-screening'
  | 'screening.counts'
  | ScreeningLabelCode
  | 'footer.rulebook'
  | 'footer.verified-through'
  | 'footer.rounding'
  | 'footer.confidence'
  | 'notices.title'
  | 'sources.title';

/** @internal Every code a message catalogue must cover. */
export type MessageCode = StepCode | NoticeCode | TitleCode | RenderCode;
