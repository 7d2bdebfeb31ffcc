/**
 * Eligibility: statutory rules and program criteria, with every failed criterion as a reason.
 *
 * @module
 */
import { decidePp50 } from '../contributions/bpu/discount.ts';
import { type InputIssue, invalidInput } from '../errors.ts';
import { BasisBuilder, type BasisParam } from '../explain/basis.ts';
import { fullCatalog } from '../explain/catalog.ts';
import { message } from '../explain/render.ts';
import { ageOn, calendarMonthsBetween, daysInMonth, type IsoDate, monthOf } from '../period/iso-date.ts';
import type { RuleCatalog, RuleId } from '../rulebook/catalog.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { ELIGIBILITY_RULEBOOK } from '../rulebook/official/eligibility.ts';
import type { Confidence, Rulebook, RuleRef } from '../rulebook/types.ts';
import { IsoDateSchema, RulebookSchema } from '../schemas/common.ts';
import { parseInput, toIssues } from '../schemas/validate.ts';
import {
  JAMSOSTEK_PROGRAMS,
  type JamsostekProgram,
  type ReliefOutcome,
  SEGMENTS,
  type Segment,
} from '../vocabulary.ts';
import {
  EligibilityOptionsSchema,
  EligibilityWorkerSchema,
  ProgramCriteriaSchema,
  SegmentProgramsQuerySchema,
} from './schema.ts';
import type {
  EligibilityOptions,
  EligibilityReason,
  EligibilityReasonCode,
  EligibilityResult,
  EligibilityWorker,
  EligibleRow,
  ProgramCriteria,
  RosterReasonCode,
  RosterScreening,
  ScreeningRejectedRow,
  SegmentProgramsQuery,
  SegmentProgramsResult,
} from './types.ts';

function weakest(refs: readonly RuleRef[]): Confidence {
  return weakestConfidence(refs.map((r) => r.confidence));
}

/** @internal Whole months from `start` to `end`; a day missing in the end month counts as its last day. */
export function completedMonths(start: IsoDate, end: IsoDate): number {
  const months = calendarMonthsBetween(start, end);
  const startDay = Number(start.slice(8, 10));
  const endDay = Number(end.slice(8, 10));
  const endDays = daysInMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
  return endDay < Math.min(startDay, endDays) ? months - 1 : months;
}

/** @internal Parses one worker and checks its dates against `asOf`: the worker, or every issue. */
export function parseWorker(
  input: unknown,
  asOf: IsoDate,
): { readonly worker: EligibilityWorker } | { readonly issues: readonly InputIssue[] } {
  const r = EligibilityWorkerSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { issues: toIssues(r.error.issues) };
  const w = r.data;
  const issues: InputIssue[] = [];
  if (w.birthDate > asOf)
    issues.push({
      path: ['birthDate'],
      message: `must not be after the as-of date ${asOf}`,
      received: w.birthDate,
    });
  if (w.workStartInIndonesia !== undefined && w.workStartInIndonesia > asOf)
    issues.push({
      path: ['workStartInIndonesia'],
      message: `must not be after the as-of date ${asOf}`,
      received: w.workStartInIndonesia,
    });
  return issues.length ? { issues } : { worker: w };
}

class Checker {
  readonly basis: BasisBuilder;
  readonly reasons: EligibilityReason[] = [];
  private readonly refs = new Map<string, RuleRef>();

  readonly rulebook: Rulebook;
  readonly asOf: IsoDate;

  constructor(rulebook: Rulebook, asOf: IsoDate) {
    this.rulebook = rulebook;
    this.asOf = asOf;
    this.basis = new BasisBuilder(rulebook);
  }

  rule<K extends RuleId>(id: K): RuleRef<RuleCatalog[K]> {
    const ref = requireRule(this.rulebook, id, this.asOf);
    this.basis.use(ref);
    this.refs.set(id, ref as RuleRef);
    return ref;
  }

  fail(
    code: EligibilityReasonCode,
    params: Record<string, BasisParam>,
    actual: BasisParam,
    expected: BasisParam,
    rules: readonly RuleId[] = [],
    program?: JamsostekProgram,
  ): void {
    const refs = rules.map((id) => this.refs.get(id)).filter((r): r is RuleRef => r !== undefined);
    this.reasons.push({
      code,
      source: code.startsWith('law.') ? 'law' : 'program',
      program,
      actual,
      expected,
      message: {
        id: message(fullCatalog(), code, params, 'id'),
        en: message(fullCatalog(), code, params, 'en'),
      },
      rules,
      confidence: weakest(refs),
    });
    this.basis.step(code, params, rules);
  }
}

const list = (a: readonly string[]): string => a.join(', ');

function checkLaw(
  k: Checker,
  w: EligibilityWorker,
  programs: readonly JamsostekProgram[],
  age: number,
): void {
  if (w.citizenship === 'WNA' && w.workStartInIndonesia !== undefined) {
    const min = k.rule('participant.foreigner-min-months').value;
    const months = completedMonths(w.workStartInIndonesia, k.asOf);
    if (months < min)
      k.fail('law.foreigner-min-work', { months, min }, months, `>= ${min}`, [
        'participant.foreigner-min-months',
      ]);
  }
  const bySegment = k.rule('participant.programs-by-segment').value as Readonly<
    Partial<Record<Segment, readonly string[]>>
  >;
  const open = bySegment[w.segment] ?? [];
  const jkpExists = (bySegment.PU ?? []).includes('JKP');
  for (const p of programs) {
    if (open.includes(p)) continue;
    if (p === 'JKP' && jkpExists) {
      k.fail(
        'law.jkp-employment-relation',
        { segment: w.segment },
        w.segment,
        'PU',
        ['participant.programs-by-segment'],
        'JKP',
      );
    } else {
      k.fail(
        'law.program-not-available',
        { program: p, segment: w.segment, open: list(open) },
        w.segment,
        list(SEGMENTS.filter((s) => bySegment[s]?.includes(p))) || '-',
        ['participant.programs-by-segment'],
        p,
      );
    }
  }
  if (programs.includes('JKP') && jkpExists) {
    if (w.citizenship === 'WNA' && k.rule('jkp.citizens-only').value === true)
      k.fail('law.jkp-citizens-only', {}, 'WNA', 'WNI', ['jkp.citizens-only'], 'JKP');
    const limit = k.rule('jkp.registration-age-below').value;
    if (age >= limit)
      k.fail(
        'law.jkp-registration-age',
        { age, limit },
        age,
        `< ${limit}`,
        ['jkp.registration-age-below'],
        'JKP',
      );
    if (w.segment === 'PU' && w.enterpriseSize !== undefined) {
      const needed = k.rule('jkp.prerequisite-programs').value[w.enterpriseSize];
      const missing = needed.filter((p) => !programs.includes(p));
      if (missing.length)
        k.fail(
          'law.jkp-prerequisite-programs',
          { missing: list(missing), size: w.enterpriseSize },
          list(programs),
          list(needed),
          ['jkp.prerequisite-programs'],
          'JKP',
        );
    }
  }
  if (programs.includes('JP') && open.includes('JP')) {
    const pensionAgeNow = k.rule('jp.pension-age').value;
    const applies = k.rule('jp.registration-below-pension-age').value === true;
    if (applies && age >= pensionAgeNow)
      k.fail(
        'law.jp-pension-age',
        { age, pensionAge: pensionAgeNow },
        age,
        `< ${pensionAgeNow}`,
        ['jp.pension-age', 'jp.registration-below-pension-age'],
        'JP',
      );
  }
}

function checkProgram(k: Checker, w: EligibilityWorker, c: ProgramCriteria, age: number): void {
  if (c.segments && !c.segments.includes(w.segment))
    k.fail('program.segment', { segment: w.segment, allowed: list(c.segments) }, w.segment, list(c.segments));
  if (c.bpuCategories && w.segment === 'BPU') {
    const category = w.bpuCategory ?? 'self-employed';
    if (!c.bpuCategories.includes(category))
      k.fail(
        'program.bpu-category',
        { category, allowed: list(c.bpuCategories) },
        category,
        list(c.bpuCategories),
      );
  }
  if (c.maxDtsenDecile !== undefined) {
    if (w.dtsenDecile === undefined)
      k.fail('program.not-in-dtsen', { max: c.maxDtsenDecile }, '-', `<= ${c.maxDtsenDecile}`);
    else if (w.dtsenDecile > c.maxDtsenDecile)
      k.fail(
        'program.dtsen-decile',
        { decile: w.dtsenDecile, max: c.maxDtsenDecile },
        w.dtsenDecile,
        `<= ${c.maxDtsenDecile}`,
      );
  }
  if (c.age?.min !== undefined && age < c.age.min)
    k.fail('program.age-below', { age, min: c.age.min }, age, `>= ${c.age.min}`);
  if (c.age?.max !== undefined && age > c.age.max)
    k.fail('program.age-above', { age, max: c.age.max }, age, `<= ${c.age.max}`);
  if (c.sectors) {
    const sector = w.sector ?? 'other';
    if (!c.sectors.includes(sector))
      k.fail('program.sector', { sector, allowed: list(c.sectors) }, sector, list(c.sectors));
  }
  if (c.regions) {
    const region = w.region ?? '-';
    if (w.region === undefined || !c.regions.includes(w.region))
      k.fail('program.region', { region, allowed: list(c.regions) }, region, list(c.regions));
  }
  if (c.notActiveParticipant && w.activeParticipant === true)
    k.fail('program.active-participant', {}, true, false);
  if (c.notFundedByOtherProgram) {
    const others = (w.fundedBy ?? []).filter((f) => f !== c.id);
    if (others.length)
      k.fail('program.funded-by-other-program', { funders: list(others) }, list(others), '-');
  }
}

/** @internal The decision for a parsed worker and parsed criteria. */
export function decideEligibility(
  w: EligibilityWorker,
  c: ProgramCriteria,
  rulebook: Rulebook,
  asOf: IsoDate,
): EligibilityResult {
  const k = new Checker(rulebook, asOf);
  const programs = c.programs ?? (['JKK', 'JKM'] as const);
  const age = ageOn(w.birthDate, asOf);
  k.basis.step('eligibility.age', { birthDate: w.birthDate, asOf, age }, []);
  checkLaw(k, w, programs, age);
  checkProgram(k, w, c, age);
  let discount: ReliefOutcome | undefined;
  if (w.segment === 'BPU') {
    discount = decidePp50(
      rulebook,
      monthOf(asOf),
      w.sector ?? 'other',
      c.payer ?? 'self',
      w.bpuCategory ?? 'self-employed',
      k.basis,
    );
    k.basis.step(
      !discount
        ? 'eligibility.pp50.not-in-force'
        : discount.status === 'applied'
          ? 'eligibility.pp50.applied'
          : discount.reason === 'payer-excluded'
            ? 'eligibility.pp50.payer-excluded'
            : 'eligibility.pp50.category-not-covered',
      { month: monthOf(asOf), payer: c.payer ?? 'self' },
      discount?.rules ?? [],
    );
  }
  const [first, ...rest] = k.reasons;
  k.basis.step(first ? 'eligibility.not-eligible' : 'eligibility.eligible', { count: k.reasons.length }, []);
  const common = {
    kind: 'program-eligibility' as const,
    asOf,
    age,
    programs,
    discount,
    confidence: k.basis.confidence(),
    basis: k.basis.build({ asOf }),
  };
  return first ? { ...common, eligible: false, reasons: [first, ...rest] } : { ...common, eligible: true };
}

/**
 * Whether a worker can be covered by a program on a date, and every reason why not. Statutory rules
 * (`source: 'law'`) are checked for each BPJS program the criteria name: the programs open to the
 * worker's segment (BPU: JKK, JKM, JHT; no JP, no JKP), foreigners only after 6 months of work in
 * Indonesia, JKP only for Indonesian citizens under 54 at registration in an employment relation, JP
 * registration below the pension age. Then the program's own criteria (`source: 'program'`). For a BPU
 * the result also tells whether the PP 50/2025 discount applies in the month of `asOf`, by the same
 * decision `bpuContribution` uses. Invalid input throws `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { checkProgramEligibility } from 'jamsostek/eligibility';
 * const r = checkProgramEligibility(
 *   { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 6 },
 *   { programs: ['JKK', 'JKM', 'JP'], maxDtsenDecile: 4 },
 *   { asOf: '2026-05-01' },
 * );
 * if (!r.eligible) r.reasons.map((x) => x.code); // ['law.program-not-available', 'program.dtsen-decile']
 * ```
 */
export function checkProgramEligibility(
  worker: EligibilityWorker,
  criteria: ProgramCriteria,
  options: EligibilityOptions,
): EligibilityResult {
  const c = parseInput(ProgramCriteriaSchema, criteria, 'program criteria');
  const o = parseInput(EligibilityOptionsSchema, options, 'eligibility options');
  const parsed = parseWorker(worker, o.asOf);
  if ('issues' in parsed) invalidInput(parsed.issues, 'worker');
  return decideEligibility(parsed.worker, c, o.rulebook ?? ELIGIBILITY_RULEBOOK, o.asOf);
}

/**
 * Screens a roster: every row checked as by `checkProgramEligibility`, with the eligible rows, the
 * rejected rows with their 1-based row numbers and reasons, and how many rows failed each reason. An
 * invalid row does not stop the screening: it is rejected with its input issues and counted under
 * `'INVALID_INPUT'`. Invalid criteria or options, or a roster that is not an array, throw
 * `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { screenRoster } from 'jamsostek/eligibility';
 * const s = screenRoster(
 *   [
 *     { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 2 },
 *     { birthDate: '1975-07-01', segment: 'BPU', dtsenDecile: 7 },
 *     { birthDate: 'not a date', segment: 'BPU' },
 *   ],
 *   { segments: ['BPU'], maxDtsenDecile: 4 },
 *   { asOf: '2026-05-01' },
 * );
 * s.eligible.length; // 1
 * s.countsByReason; // { 'program.dtsen-decile': 1, INVALID_INPUT: 1 }
 * ```
 */
export function screenRoster(
  workers: readonly unknown[],
  criteria: ProgramCriteria,
  options: EligibilityOptions,
): RosterScreening {
  const c = parseInput(ProgramCriteriaSchema, criteria, 'program criteria');
  const o = parseInput(EligibilityOptionsSchema, options, 'eligibility options');
  if (!Array.isArray(workers))
    invalidInput([{ path: [], message: 'must be an array of workers', received: workers }], 'roster');
  const rulebook = o.rulebook ?? ELIGIBILITY_RULEBOOK;
  const eligible: EligibleRow[] = [];
  const rejected: ScreeningRejectedRow[] = [];
  const counts: Partial<Record<RosterReasonCode, number>> = {};
  const count = (code: RosterReasonCode): void => {
    counts[code] = (counts[code] ?? 0) + 1;
  };
  workers.forEach((input: unknown, i: number) => {
    const row = i + 1;
    const parsed = parseWorker(input, o.asOf);
    if ('issues' in parsed) {
      rejected.push({ row, reasons: [], issues: parsed.issues });
      count('INVALID_INPUT');
      return;
    }
    const result = decideEligibility(parsed.worker, c, rulebook, o.asOf);
    if (result.eligible) {
      eligible.push({ row, worker: parsed.worker, result });
    } else {
      rejected.push({ row, worker: parsed.worker, reasons: result.reasons, issues: [] });
      for (const code of new Set(result.reasons.map((r) => r.code))) count(code);
    }
  });
  return {
    kind: 'roster-screening',
    asOf: o.asOf,
    rows: workers.length,
    eligible,
    rejected,
    countsByReason: counts,
  };
}

/**
 * The JP pension age (usia pensiun) in force on a date: 56 until 2018, 57 from 1 January 2019, then one
 * year more every three years up to 65 from 2043 (PP 45/2015 Pasal 15).
 *
 * @example
 * ```ts
 * import { pensionAge } from 'jamsostek/eligibility';
 * pensionAge('2023-05-01'); // 58
 * pensionAge('2025-01-01'); // 59
 * pensionAge('2043-01-01'); // 65
 * ```
 */
export function pensionAge(date: IsoDate, rulebook?: Rulebook): number {
  const d = parseInput(IsoDateSchema, date, 'date');
  const rb = rulebook === undefined ? ELIGIBILITY_RULEBOOK : parseInput(RulebookSchema, rulebook, 'rulebook');
  return requireRule(rb, 'jp.pension-age', d).value;
}

/**
 * Which BPJS Ketenagakerjaan programs a segment must join, may join and cannot join on a date: a BPU
 * must join JKK and JKM and may add JHT, but cannot join JP or JKP; a wage earner's mandatory programs
 * depend on the enterprise size.
 *
 * @example
 * ```ts
 * import { segmentPrograms } from 'jamsostek/eligibility';
 * segmentPrograms({ segment: 'BPU', date: '2026-01-01' });
 * // { mandatory: ['JKK', 'JKM'], optional: ['JHT'], unavailable: ['JP', 'JKP'], … }
 * ```
 */
export function segmentPrograms(query: SegmentProgramsQuery): SegmentProgramsResult {
  const q = parseInput(SegmentProgramsQuerySchema, query, 'segment programs query');
  const rb = q.rulebook ?? ELIGIBILITY_RULEBOOK;
  const open = requireRule(rb, 'participant.programs-by-segment', q.date);
  const mandatory = requireRule(rb, 'participant.mandatory-programs', q.date);
  const openList = open.value[q.segment];
  const must = mandatory.value[q.segment === 'BPU' ? 'BPU' : (q.enterpriseSize ?? 'large')];
  return {
    mandatory: JAMSOSTEK_PROGRAMS.filter((p) => must.includes(p)),
    optional: JAMSOSTEK_PROGRAMS.filter((p) => openList.includes(p) && !must.includes(p)),
    unavailable: JAMSOSTEK_PROGRAMS.filter((p) => !openList.includes(p)),
    rules: [open.id, mandatory.id],
    confidence: weakest([open, mandatory]),
  };
}
