/**
 * Coverage of employment social security: ratio, a program's share and uplift, gap to a target and a
 * yearly path to it. Coverage is active participants ÷ working population (penduduk bekerja, BPS
 * Sakernas), the definition used by BPJS Ketenagakerjaan for regions.
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { allocate } from '../money/allocate.ts';
import { COVERAGE_RULEBOOK } from '../rulebook/official/coverage.ts';
import { parseInput } from '../schemas/validate.ts';
import { ceilTimes, compareRatios, type Ratio, ratio, ratioDifference, ratioFromDecimal, ratioToDecimal } from './ratio.ts';
import {
  CoverageImpactInputSchema,
  CoveragePathInputSchema,
  CoverageRatioInputSchema,
  GapToTargetInputSchema,
  ProgramShareInputSchema,
} from './schema.ts';
import { findTarget } from './targets.ts';
import type {
  CoverageImpactInput,
  CoverageImpactResult,
  CoveragePathInput,
  CoveragePathResult,
  CoveragePathYear,
  CoverageTargetDocument,
  CoverageRatioInput,
  CoverageRatioResult,
  GapToTargetInput,
  GapToTargetResult,
  ProgramShareInput,
  ProgramShareResult,
} from './types.ts';

const DOCUMENT_LABELS: Readonly<Record<CoverageTargetDocument, string>> = {
  'rpjmn-2025-2029': 'RPJMN 2025–2029',
  'rkp-2026': 'RKP 2026',
  'rpjpn-2025-2045': 'RPJPN 2025–2045',
};

/** @internal A ratio as a rate parameter for messages: half-up to 0,01 %. */
export function pct(r: Ratio): string {
  return ratioToDecimal(r, { decimals: 4 });
}

/**
 * Coverage of a region: active participants ÷ working population, exact. Throws `INVALID_INPUT` for a
 * zero population, negative or fractional counts, or more covered than working.
 *
 * @example
 * ```ts
 * import { coverageRatio, formatPercent } from 'jamsostek/coverage';
 * // Kabupaten Jember, November 2025
 * const r = coverageRatio({ covered: 323739, workingPopulation: 1480981 });
 * formatPercent(r.coverage); // '21,86 %'
 * ```
 */
export function coverageRatio(input: CoverageRatioInput): CoverageRatioResult {
  const { covered, workingPopulation } = parseInput(CoverageRatioInputSchema, input, 'coverage ratio input');
  const coverage = ratio(covered, workingPopulation);
  const b = new BasisBuilder(COVERAGE_RULEBOOK);
  b.step('coverage.ratio', { covered, population: workingPopulation, ratio: pct(coverage) }, []);
  return {
    kind: 'coverage-ratio',
    covered,
    workingPopulation,
    coverage,
    uncovered: workingPopulation - covered,
    confidence: b.confidence(),
    basis: b.build({ covered, workingPopulation }),
  };
}

/**
 * The share of a region's covered workers that a program enrolled (e.g. workers whose premium the
 * regency pays), exact. The program's participants must be part of `covered`.
 *
 * @example
 * ```ts
 * import { formatPercent, programShare } from 'jamsostek/coverage';
 * const s = programShare({ programParticipants: 82093, covered: 323739 });
 * formatPercent(s.share); // '25,36 %'
 * formatPercent(s.share, { decimals: 1, mode: 'down' }); // '25,3 %'
 * ```
 */
export function programShare(input: ProgramShareInput): ProgramShareResult {
  const { programParticipants, covered } = parseInput(ProgramShareInputSchema, input, 'program share input');
  const share = ratio(programParticipants, covered);
  const b = new BasisBuilder(COVERAGE_RULEBOOK);
  b.step('coverage.share', { program: programParticipants, covered, ratio: pct(share) }, []);
  return {
    kind: 'program-share',
    programParticipants,
    covered,
    share,
    confidence: b.confidence(),
    basis: b.build({ programParticipants, covered }),
  };
}

/**
 * What a program did to coverage: coverage without and with it, the uplift in percentage points and
 * the program's share of covered workers. Give the coverage count `after` the program (the program's
 * participants are part of it) or `before` it (they come on top).
 *
 * @example
 * ```ts
 * import { coverageImpact, formatPercent, formatPoints } from 'jamsostek/coverage';
 * const i = coverageImpact({ after: 323739, programParticipants: 82093, workingPopulation: 1480981 });
 * formatPercent(i.before); // '16,32 %'
 * formatPoints(i.uplift); // '5,54 poin'
 * ```
 */
export function coverageImpact(input: CoverageImpactInput): CoverageImpactResult {
  const v = parseInput(CoverageImpactInputSchema, input, 'coverage impact input');
  const { programParticipants, workingPopulation } = v;
  const coveredAfter = v.after ?? (v.before as number) + programParticipants;
  const coveredBefore = coveredAfter - programParticipants;
  const before = ratio(coveredBefore, workingPopulation);
  const after = ratio(coveredAfter, workingPopulation);
  const uplift = ratio(programParticipants, workingPopulation);
  const share = ratio(programParticipants, Math.max(coveredAfter, 1));
  const b = new BasisBuilder(COVERAGE_RULEBOOK);
  if (v.after === undefined) b.step('coverage.impact.added', { before: coveredBefore, program: programParticipants, after: coveredAfter }, []);
  else b.step('coverage.impact.removed', { after: coveredAfter, program: programParticipants, before: coveredBefore }, []);
  b.step('coverage.impact.before', { covered: coveredBefore, population: workingPopulation, ratio: pct(before) }, []);
  b.step('coverage.impact.after', { covered: coveredAfter, population: workingPopulation, ratio: pct(after) }, []);
  b.step('coverage.impact.uplift', { program: programParticipants, population: workingPopulation, ratio: pct(uplift) }, []);
  return {
    kind: 'coverage-impact',
    coveredBefore,
    coveredAfter,
    programParticipants,
    workingPopulation,
    before,
    after,
    uplift,
    share,
    confidence: b.confidence(),
    basis: b.build({ programParticipants, workingPopulation }),
  };
}

function computeGap(v: GapToTargetInput, b: BasisBuilder): GapToTargetResult {
  const { covered, workingPopulation } = v;
  let target: Ratio;
  let label: string;
  if (typeof v.target === 'string') {
    target = ratioFromDecimal(v.target);
    label = v.target;
  } else {
    const found = findTarget(v.rulebook ?? COVERAGE_RULEBOOK, v.target.document, v.target.year);
    b.use(found.ref);
    target = found.target.target;
    label = `${DOCUMENT_LABELS[v.target.document]} (${String(v.target.year)})`;
    b.step('coverage.target', { document: DOCUMENT_LABELS[v.target.document], year: v.target.year, ratio: found.target.value }, [found.ref.id]);
  }
  const coverage = ratio(covered, workingPopulation);
  const requiredCovered = ceilTimes(target, workingPopulation);
  const workersNeeded = Math.max(0, requiredCovered - covered);
  const reached = compareRatios(coverage, target) >= 0;
  b.step('coverage.ratio', { covered, population: workingPopulation, ratio: pct(coverage) }, []);
  b.step('coverage.required', { population: workingPopulation, target: ratioToDecimal(target, { decimals: 8 }), required: requiredCovered }, []);
  b.step(reached ? 'coverage.reached' : 'coverage.needed', { required: requiredCovered, covered, needed: workersNeeded }, []);
  return {
    kind: 'coverage-gap',
    covered,
    workingPopulation,
    coverage,
    target,
    requiredCovered,
    workersNeeded,
    reached,
    gap: ratioDifference(target, coverage),
    confidence: b.confidence(),
    basis: b.build({ target: label }),
  };
}

/**
 * Workers still needed to reach a coverage target with the working population unchanged: the
 * smallest covered count whose coverage is at least the target (target × population, rounded up to a
 * whole worker), minus those covered now. The target is a decimal string (`"0.4392"`) or a document
 * and year from the rulebook.
 *
 * @example
 * ```ts
 * import { gapToTarget } from 'jamsostek/coverage';
 * gapToTarget({ covered: 323739, workingPopulation: 1480981, target: '0.25' }).workersNeeded; // 46507
 * gapToTarget({ covered: 323739, workingPopulation: 1480981, target: { document: 'rpjmn-2025-2029', year: 2029 } }).workersNeeded; // 326708
 * ```
 */
export function gapToTarget(input: GapToTargetInput): GapToTargetResult {
  const v = parseInput(GapToTargetInputSchema, input, 'gap to target input');
  return computeGap(v, new BasisBuilder(v.rulebook ?? COVERAGE_RULEBOOK));
}

/**
 * A yearly path to a coverage target: the workers still needed, spread as evenly as whole workers allow
 * over the years after `fromYear` up to `byYear` (earlier years take the extra worker), with the
 * covered count and coverage at the end of each year. Assumes an unchanged working population.
 *
 * @example
 * ```ts
 * import { coveragePath } from 'jamsostek/coverage';
 * const p = coveragePath({ covered: 323739, workingPopulation: 1480981, fromYear: 2025, target: { document: 'rpjmn-2025-2029', year: 2029 } });
 * p.years.map((y) => y.added); // [81677, 81677, 81677, 81677]
 * ```
 */
export function coveragePath(input: CoveragePathInput): CoveragePathResult {
  const v = parseInput(CoveragePathInputSchema, input, 'coverage path input');
  const byYear = v.byYear ?? (v.target as { year: number }).year;
  const b = new BasisBuilder(v.rulebook ?? COVERAGE_RULEBOOK);
  const { fromYear, rulebook, byYear: _by, ...rest } = v;
  const gap = computeGap(rulebook ? { ...rest, rulebook } : rest, new BasisBuilder(b.build().rulebook));
  for (const r of gap.basis.rules) b.use(r);
  for (const s of gap.basis.steps) b.step(s.code, { ...s.params }, s.rules);
  const n = byYear - fromYear;
  const parts = gap.workersNeeded === 0 ? new Array<number>(n).fill(0) : allocate(gap.workersNeeded, new Array<number>(n).fill(1));
  const years: CoveragePathYear[] = [];
  let covered = gap.covered;
  parts.forEach((added, i) => {
    covered += added;
    const year = fromYear + i + 1;
    const coverage = ratio(covered, gap.workingPopulation);
    years.push({ year, added, covered, coverage });
    b.step('coverage.path.year', { year, added, covered, ratio: pct(coverage) }, []);
  });
  return {
    kind: 'coverage-path',
    gap,
    years,
    confidence: b.confidence(),
    basis: b.build({ target: gap.basis.titleParams['target'] as string, fromYear, byYear }),
  };
}
