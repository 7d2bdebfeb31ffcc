/**
 * Eligibility: statutory rules and program criteria, with every failed criterion as a reason.
 *
 * @module
 */
import { decidePp50 } from '../contributions/bpu/discount.ts';
import { type InputIssue, invalidInput } from '../errors.ts';
import { BasisBuilder, type BasisParam } from '../explain/basis.ts';
import { eligibilityMessages } from '../explain/messages/eligibility.ts';
import { message } from '../explain/render.ts';
import { payerOf } from '../funding/sources.ts';
import {
  ageOn,
  calendarMonthsBetween,
  daysInMonth,
  type IsoDate,
  isIsoDate,
  monthOf,
} from '../period/iso-date.ts';
import type { RuleCatalog, RuleId } from '../rulebook/catalog.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { ELIGIBILITY_RULEBOOK } from '../rulebook/official/eligibility.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import { parseInput, toIssues } from '../schemas/validate.ts';
import { JAMSOSTEK_PROGRAMS, type JamsostekProgram, type ReliefOutcome, SEGMENTS } from '../vocabulary.ts';
import {
  asOfIssues,
  eligibilityWorker,
  pensionAgeInput,
  programCriteria,
  programEligibilityInput,
  rosterScreeningInput,
  segmentProgramsInput,
} from './schema.ts';
import type {
  EligibilityReason,
  EligibilityReasonCode,
  EligibilityWorker,
  EligibleRow,
  EnterpriseSize,
  PensionAgeInput,
  PensionAgeResult,
  ProgramCriteria,
  ProgramEligibilityInput,
  ProgramEligibilityResult,
  RosterScreeningInput,
  RosterScreeningResult,
  ScreeningReasonCode,
  ScreeningRejectedRow,
  SegmentProgramsInput,
  SegmentProgramsResult,
} from './types.ts';

const DEFAULT_PROGRAMS: readonly JamsostekProgram[] = Object.freeze(['JKK', 'JKM']);

/** @internal Whole months from `start` to `end`; a day missing in the end month counts as its last day. */
export function completedMonths(start: IsoDate, end: IsoDate): number {
  const months = calendarMonthsBetween(start, end);
  const startDay = Number(start.slice(8, 10));
  const endDay = Number(end.slice(8, 10));
  const endDays = daysInMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
  return endDay < Math.min(startDay, endDays) ? months - 1 : months;
}

/**
 * @internal Parses one worker and checks its dates against `asOf`: the worker, or every issue with its
 * path from the worker.
 */
export function parseWorker(
  input: unknown,
  asOf: IsoDate,
): { readonly worker: EligibilityWorker } | { readonly issues: readonly [InputIssue, ...InputIssue[]] } {
  const r = eligibilityWorker.safeParse(input, { reportInput: true });
  const late = asOfIssues(input, asOf);
  if (r.success && late.length === 0) return { worker: r.data };
  const [first, ...rest] = [...(r.success ? [] : toIssues(r.error.issues)), ...late];
  // A failed parse has at least one issue.
  return { issues: first ? [first, ...rest] : [{ path: [], message: 'is invalid', received: input }] };
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
    this.refs.set(id, ref);
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
        id: message(eligibilityMessages, code, params, 'id'),
        en: message(eligibilityMessages, code, params, 'en'),
      },
      rules,
      confidence: weakestConfidence(refs.map((r) => r.confidence)),
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
  const bySegment = k.rule('participant.programs-by-segment').value;
  const open = bySegment[w.segment];
  const jkpExists = bySegment.PU.includes('JKP');
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
        list(SEGMENTS.filter((s) => bySegment[s].includes(p))) || '-',
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
    const allowed = list(c.regions);
    if (w.region === undefined || !c.regions.includes(w.region))
      k.fail('program.region', w.region === undefined ? { allowed } : { region, allowed }, region, allowed);
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
): ProgramEligibilityResult {
  const k = new Checker(rulebook, asOf);
  // A copy per result: a screening decides many workers with the same criteria.
  const programs = [...(c.programs ?? DEFAULT_PROGRAMS)];
  const fundingSource = c.fundingSource;
  const payer = payerOf(fundingSource);
  const age = ageOn(w.birthDate, asOf);
  k.basis.step('eligibility.age', { birthDate: w.birthDate, asOf, age }, []);
  checkLaw(k, w, programs, age);
  checkProgram(k, w, c, age);
  let discount: ReliefOutcome | undefined;
  if (w.segment === 'BPU') {
    const month = monthOf(asOf);
    const d = decidePp50(
      rulebook,
      month,
      w.sector ?? 'other',
      payer,
      w.bpuCategory ?? 'self-employed',
      k.basis,
    );
    discount = d && { ...d, programs: [...d.programs] };
    k.basis.step(
      !d
        ? 'eligibility.pp50.not-in-force'
        : d.status === 'applied'
          ? 'eligibility.pp50.applied'
          : d.reason === 'payer-excluded'
            ? 'eligibility.pp50.payer-excluded'
            : 'eligibility.pp50.category-not-covered',
      { month, fundingSource, payer },
      d?.rules ?? [],
    );
  }
  const [first, ...rest] = k.reasons;
  k.basis.step(first ? 'eligibility.not-eligible' : 'eligibility.eligible', { count: k.reasons.length }, []);
  const common = {
    kind: 'program-eligibility' as const,
    asOf,
    age,
    programs,
    fundingSource,
    payer,
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
 * decision `bpuContribution` uses, for the payer of the criteria's `fundingSource`. Invalid input
 * throws `INVALID_INPUT` listing every issue with its path from the input.
 *
 * @example
 * ```ts
 * import { programEligibility } from 'jamsostek/eligibility';
 * const r = programEligibility({
 *   worker: { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 6 },
 *   criteria: { fundingSource: 'APBD', programs: ['JKK', 'JKM', 'JP'], maxDtsenDecile: 4 },
 *   asOf: '2026-05-01',
 * });
 * if (!r.eligible) r.reasons.map((x) => x.code); // ['law.program-not-available', 'program.dtsen-decile']
 * ```
 */
export function programEligibility(input: ProgramEligibilityInput): ProgramEligibilityResult {
  const i = parseInput(programEligibilityInput, input, 'program eligibility input');
  return decideEligibility(i.worker, i.criteria, i.rulebook ?? ELIGIBILITY_RULEBOOK, i.asOf);
}

/**
 * @internal The decision for one roster row, for `jamsostek/roster`: throws `INVALID_INPUT` with the
 * worker's issues by their path from the worker (the row), the criteria's by their path from the
 * criteria.
 */
export function rowEligibility(
  worker: unknown,
  criteria: ProgramCriteria,
  asOf: IsoDate,
  rulebook: Rulebook,
): ProgramEligibilityResult {
  const c = parseInput(programCriteria, criteria, 'program criteria');
  if (!isIsoDate(asOf))
    invalidInput(
      [{ path: ['asOf'], message: 'must be a YYYY-MM-DD calendar date', received: asOf }],
      'eligibility date',
    );
  const parsed = parseWorker(worker, asOf);
  if ('issues' in parsed) invalidInput(parsed.issues, 'worker');
  return decideEligibility(parsed.worker, c, rulebook, asOf);
}

/**
 * Screens a roster: every row checked as by `programEligibility`, with the eligible rows, the rejected
 * rows (`kind: 'invalid'` with the row's input `issues`, or `kind: 'ineligible'` with its `reasons`)
 * and their 1-based row numbers, and how many rejected rows have each reason. An invalid row does not
 * stop the screening. Invalid criteria, an invalid date, or rows that are not an array throw
 * `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { rosterScreening } from 'jamsostek/eligibility';
 * const s = rosterScreening({
 *   rows: [
 *     { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 2 },
 *     { birthDate: '1975-07-01', segment: 'BPU', dtsenDecile: 7 },
 *     { birthDate: 'not a date', segment: 'BPU' },
 *   ],
 *   criteria: { fundingSource: 'APBD', segments: ['BPU'], maxDtsenDecile: 4 },
 *   asOf: '2026-05-01',
 * });
 * s.eligible.length; // 1
 * s.rejectedByReason; // { 'program.dtsen-decile': 1, INVALID_INPUT: 1 }
 * ```
 */
export function rosterScreening(input: RosterScreeningInput): RosterScreeningResult {
  const i = parseInput(rosterScreeningInput, input, 'roster screening input');
  const rulebook = i.rulebook ?? ELIGIBILITY_RULEBOOK;
  const used = new BasisBuilder(rulebook);
  const eligible: EligibleRow[] = [];
  const rejected: ScreeningRejectedRow[] = [];
  const counts: Partial<Record<ScreeningReasonCode, number>> = {};
  const count = (code: ScreeningReasonCode): void => {
    counts[code] = (counts[code] ?? 0) + 1;
  };
  i.rows.forEach((input: unknown, index: number) => {
    const row = index + 1;
    const parsed = parseWorker(input, i.asOf);
    if ('issues' in parsed) {
      rejected.push({ kind: 'invalid', row, issues: parsed.issues });
      count('INVALID_INPUT');
      return;
    }
    const result = decideEligibility(parsed.worker, i.criteria, rulebook, i.asOf);
    for (const r of result.basis.rules) used.use(r);
    if (result.eligible) {
      eligible.push({ row, worker: parsed.worker, result });
    } else {
      rejected.push({ kind: 'ineligible', row, worker: parsed.worker, reasons: result.reasons });
      for (const code of new Set(result.reasons.map((r) => r.code))) count(code);
    }
  });
  return {
    kind: 'roster-screening',
    asOf: i.asOf,
    rows: i.rows.length,
    eligible,
    rejected,
    rejectedByReason: counts,
    confidence: used.confidence(),
    basis: used.build({ asOf: i.asOf }),
  };
}

/**
 * The JP pension age (usia pensiun) in force on a date: 56 until 2018, 57 from 1 January 2019, then one
 * year more every three years up to 65 from 2043 (PP 45/2015 Pasal 15), as a result with the rule
 * version and its citation in the basis. Throws `RULE_NOT_IN_FORCE` before JP began (2015-07-01).
 *
 * @example
 * ```ts
 * import { pensionAge } from 'jamsostek/eligibility';
 * pensionAge({ asOf: '2023-05-01' }).age; // 58
 * pensionAge({ asOf: '2025-01-01' }).age; // 59
 * pensionAge({ asOf: '2043-01-01' }).age; // 65
 * ```
 */
export function pensionAge(input: PensionAgeInput): PensionAgeResult {
  const i = parseInput(pensionAgeInput, input, 'pension age input');
  const rulebook = i.rulebook ?? ELIGIBILITY_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const rule = b.use(requireRule(rulebook, 'jp.pension-age', i.asOf));
  b.step('eligibility.pension-age', { asOf: i.asOf, age: rule.value }, [rule.id]);
  return {
    kind: 'pension-age',
    asOf: i.asOf,
    age: rule.value,
    confidence: b.confidence(),
    basis: b.build({ asOf: i.asOf }),
  };
}

const SIZE_STEPS = {
  micro: 'eligibility.segment.size.micro',
  small: 'eligibility.segment.size.small',
  medium: 'eligibility.segment.size.medium',
  large: 'eligibility.segment.size.large',
} as const satisfies Record<EnterpriseSize, string>;

/**
 * Which BPJS Ketenagakerjaan programs a segment must join, may join and cannot join on a date: a BPU
 * must join JKK and JKM and may add JHT, but cannot join JP or JKP; a wage earner's mandatory programs
 * depend on the enterprise size (default `'large'`).
 *
 * @example
 * ```ts
 * import { segmentPrograms } from 'jamsostek/eligibility';
 * segmentPrograms({ segment: 'BPU', asOf: '2026-01-01' });
 * // { kind: 'segment-programs', mandatory: ['JKK', 'JKM'], optional: ['JHT'], unavailable: ['JP', 'JKP'], … }
 * segmentPrograms({ segment: 'PU', enterpriseSize: 'micro', asOf: '2026-01-01' }).optional; // ['JHT', 'JP', 'JKP']
 * ```
 */
export function segmentPrograms(input: SegmentProgramsInput): SegmentProgramsResult {
  const q = parseInput(segmentProgramsInput, input, 'segment programs input');
  const rulebook = q.rulebook ?? ELIGIBILITY_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const open = b.use(requireRule(rulebook, 'participant.programs-by-segment', q.asOf));
  const mandatory = b.use(requireRule(rulebook, 'participant.mandatory-programs', q.asOf));
  const size = q.segment === 'PU' ? (q.enterpriseSize ?? 'large') : undefined;
  const openList = open.value[q.segment];
  const must = mandatory.value[size ?? 'BPU'];
  const result = {
    mandatory: JAMSOSTEK_PROGRAMS.filter((p) => must.includes(p)),
    optional: JAMSOSTEK_PROGRAMS.filter((p) => openList.includes(p) && !must.includes(p)),
    unavailable: JAMSOSTEK_PROGRAMS.filter((p) => !openList.includes(p)),
  };
  if (size) b.step(SIZE_STEPS[size], {}, []);
  b.step('eligibility.segment.mandatory', { programs: list(result.mandatory) }, [mandatory.id]);
  if (result.optional.length)
    b.step('eligibility.segment.optional', { programs: list(result.optional) }, [open.id, mandatory.id]);
  if (result.unavailable.length)
    b.step('eligibility.segment.unavailable', { programs: list(result.unavailable) }, [open.id]);
  const common = {
    kind: 'segment-programs' as const,
    asOf: q.asOf,
    ...result,
    confidence: b.confidence(),
    basis: b.build({ segment: q.segment, asOf: q.asOf }),
  };
  return size ? { ...common, segment: 'PU', enterpriseSize: size } : { ...common, segment: 'BPU' };
}
