/**
 * Coverage of employment social security: ratio, a program's share and uplift, gap to a target, a
 * yearly path to it, and all of it for one region in one report. Coverage is active participants ÷
 * working population (penduduk bekerja, BPS Sakernas), the definition used by BPJS Ketenagakerjaan for
 * regions.
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { allocate } from '../money/allocate.ts';
import { COVERAGE_RULEBOOK } from '../rulebook/official/coverage.ts';
import type { Rulebook } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import {
  ceilTimes,
  compareRatios,
  type Ratio,
  ratio,
  ratioDifference,
  ratioFromDecimal,
  ratioPercent,
  ratioToDecimal,
} from './ratio.ts';
import {
  coverageGapInput,
  coverageImpactInput,
  coveragePathInput,
  coverageRatioInput,
  coverageReportInput,
  programShareInput,
} from './schema.ts';
import { DOCUMENT_LABELS, findTarget } from './targets.ts';
import type {
  CoverageGapFigures,
  CoverageGapInput,
  CoverageGapResult,
  CoverageImpactInput,
  CoverageImpactResult,
  CoveragePathInput,
  CoveragePathResult,
  CoveragePathToNamedTarget,
  CoveragePathYear,
  CoverageProgramFigures,
  CoverageRatioInput,
  CoverageRatioResult,
  CoverageReportInput,
  CoverageReportResult,
  CoverageTargetSpec,
  ProgramShareInput,
  ProgramShareResult,
} from './types.ts';

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
  const { covered, workingPopulation } = parseInput(coverageRatioInput, input, 'coverage ratio input');
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
  const { programParticipants, covered } = parseInput(programShareInput, input, 'program share input');
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

/** The program's figures from the coverage count with the program (`coveredAfter`). */
function programFigures(
  coveredAfter: number,
  programParticipants: number,
  workingPopulation: number,
): CoverageProgramFigures {
  return {
    programParticipants,
    share: ratio(programParticipants, Math.max(coveredAfter, 1)),
    coveredBefore: coveredAfter - programParticipants,
    before: ratio(coveredAfter - programParticipants, workingPopulation),
    uplift: ratio(programParticipants, workingPopulation),
  };
}

/** The steps of the count without the program and the coverage without it. */
function withoutProgramSteps(p: CoverageProgramFigures, workingPopulation: number, b: BasisBuilder): void {
  const coveredAfter = p.coveredBefore + p.programParticipants;
  b.step(
    'coverage.impact.removed',
    { after: coveredAfter, program: p.programParticipants, before: p.coveredBefore },
    [],
  );
  b.step(
    'coverage.impact.before',
    { covered: p.coveredBefore, population: workingPopulation, ratio: pct(p.before) },
    [],
  );
}

function upliftStep(p: CoverageProgramFigures, workingPopulation: number, b: BasisBuilder): void {
  b.step(
    'coverage.impact.uplift',
    { program: p.programParticipants, population: workingPopulation, ratio: pct(p.uplift) },
    [],
  );
}

/**
 * What a program did to coverage: coverage without and with it, the uplift in percentage points and
 * the program's share of covered workers. Give the coverage count `after` the program (the program's
 * participants are part of it) or `before` it (they come on top), exactly one of the two.
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
  const v = parseInput(coverageImpactInput, input, 'coverage impact input');
  const { programParticipants, workingPopulation } = v;
  const coveredAfter = v.after === undefined ? v.before + programParticipants : v.after;
  const b = new BasisBuilder(COVERAGE_RULEBOOK);
  const figures = programFigures(coveredAfter, programParticipants, workingPopulation);
  if (v.after === undefined)
    b.step(
      'coverage.impact.added',
      { before: figures.coveredBefore, program: programParticipants, after: coveredAfter },
      [],
    );
  else withoutProgramSteps(figures, workingPopulation, b);
  if (v.after === undefined)
    b.step(
      'coverage.impact.before',
      { covered: figures.coveredBefore, population: workingPopulation, ratio: pct(figures.before) },
      [],
    );
  const after = ratio(coveredAfter, workingPopulation);
  b.step(
    'coverage.impact.after',
    { covered: coveredAfter, population: workingPopulation, ratio: pct(after) },
    [],
  );
  upliftStep(figures, workingPopulation, b);
  return {
    kind: 'coverage-impact',
    ...figures,
    coveredAfter,
    workingPopulation,
    after,
    confidence: b.confidence(),
    basis: b.build({ programParticipants, workingPopulation }),
  };
}

/** The target in titles: a decimal-string rate, or the document and year. */
function targetLabel(target: CoverageTargetSpec): { rate: string } | { target: string } {
  return typeof target === 'string'
    ? { rate: target }
    : { target: `${DOCUMENT_LABELS[target.document]} (${String(target.year)})` };
}

/** A validated target as an exact ratio; a named one is read from `rulebook`, with its step in `b`. */
function resolveTarget(
  spec: CoverageTargetSpec,
  rulebook: Rulebook,
  b: BasisBuilder,
  path: readonly (string | number)[],
): Ratio {
  return typeof spec === 'string'
    ? ratioFromDecimal(spec)
    : findTarget(rulebook, spec.document, spec.year, b, path).target;
}

/** The gap figures of validated counts to a resolved target, with their steps in `b`. */
function gapFigures(
  covered: number,
  workingPopulation: number,
  spec: CoverageTargetSpec,
  target: Ratio,
  b: BasisBuilder,
): CoverageGapFigures {
  const coverage = ratio(covered, workingPopulation);
  const requiredCovered = ceilTimes(target, workingPopulation);
  const workersNeeded = Math.max(0, requiredCovered - covered);
  const reached = compareRatios(coverage, target) >= 0;
  const gap = ratioDifference(target, coverage);
  b.step(
    'coverage.required',
    {
      population: workingPopulation,
      target: ratioToDecimal(target, { decimals: 8 }),
      required: requiredCovered,
    },
    [],
  );
  b.step(
    reached ? 'coverage.reached' : 'coverage.needed',
    { required: requiredCovered, covered, needed: workersNeeded },
    [],
  );
  b.step(
    'coverage.gap',
    {
      target: ratioToDecimal(target, { decimals: 8 }),
      coverage: pct(coverage),
      points: Number(ratioPercent(gap)),
    },
    [],
  );
  return {
    target,
    ...(typeof spec === 'string' ? {} : { source: { document: spec.document, year: spec.year } }),
    requiredCovered,
    workersNeeded,
    reached,
    gap,
  };
}

function computeGap(v: CoverageGapInput, b: BasisBuilder): CoverageGapResult {
  const { covered, workingPopulation } = v;
  const target = resolveTarget(v.target, v.rulebook ?? COVERAGE_RULEBOOK, b, ['target']);
  const coverage = ratio(covered, workingPopulation);
  b.step('coverage.ratio', { covered, population: workingPopulation, ratio: pct(coverage) }, []);
  const figures = gapFigures(covered, workingPopulation, v.target, target, b);
  return {
    kind: 'coverage-gap',
    covered,
    workingPopulation,
    coverage,
    ...figures,
    confidence: b.confidence(),
    basis: b.build(targetLabel(v.target)),
  };
}

/**
 * Workers still needed to reach a coverage target with the working population unchanged: the
 * smallest covered count whose coverage is at least the target (target × population, rounded up to a
 * whole worker), minus those covered now, and the gap in percentage points. The target is exactly one
 * of a decimal string (`"0.4392"`) and a document and year read from the rulebook.
 *
 * @example
 * ```ts
 * import { coverageGap } from 'jamsostek/coverage';
 * coverageGap({ covered: 323739, workingPopulation: 1480981, target: '0.25' }).workersNeeded; // 46507
 * coverageGap({ covered: 323739, workingPopulation: 1480981, target: { document: 'rpjmn-2025-2029', year: 2029 } }).workersNeeded; // 326708
 * ```
 */
export function coverageGap(input: CoverageGapInput): CoverageGapResult {
  const v = parseInput(coverageGapInput, input, 'coverage gap input');
  return computeGap(v, new BasisBuilder(v.rulebook ?? COVERAGE_RULEBOOK));
}

function isToNamedTarget(v: CoveragePathInput): v is CoveragePathToNamedTarget {
  return typeof v.target !== 'string';
}

/**
 * A yearly path to a coverage target: the workers still needed, spread as evenly as whole workers allow
 * over the years after `fromYear` up to `byYear` (earlier years take the extra worker), with the
 * covered count and coverage at the end of each year. Assumes an unchanged working population.
 * `byYear` defaults to the year of a named target and is required for a decimal one.
 *
 * @example
 * ```ts
 * import { coveragePath } from 'jamsostek/coverage';
 * const p = coveragePath({ covered: 323739, workingPopulation: 1480981, fromYear: 2025, target: { document: 'rpjmn-2025-2029', year: 2029 } });
 * p.years.map((y) => y.added); // [81677, 81677, 81677, 81677]
 * ```
 */
export function coveragePath(input: CoveragePathInput): CoveragePathResult {
  const v = parseInput(coveragePathInput, input, 'coverage path input');
  const byYear = isToNamedTarget(v) ? (v.byYear ?? v.target.year) : v.byYear;
  const rulebook = v.rulebook ?? COVERAGE_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const gap = computeGap(
    { covered: v.covered, workingPopulation: v.workingPopulation, target: v.target, rulebook },
    new BasisBuilder(rulebook),
  );
  for (const r of gap.basis.rules) b.use(r);
  for (const s of gap.basis.steps) b.step(s.code, { ...s.params }, [...s.rules]);
  const { fromYear } = v;
  const n = byYear - fromYear;
  const parts =
    gap.workersNeeded === 0
      ? new Array<number>(n).fill(0)
      : allocate(gap.workersNeeded, new Array<number>(n).fill(1));
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
    basis: b.build({ ...targetLabel(v.target), fromYear, byYear }),
  };
}

/**
 * A region's coverage card in one call: the coverage ratio and the workers not covered; with
 * `programParticipants`, the program's share of coverage, coverage without it and its uplift; with a
 * `target`, the workers still needed and the gap in percentage points. One result with one basis, so
 * one explanation covers every figure of the card and no figure is keyed in twice. `region`, and
 * `asOf` or `year`, date and place the figures in the explanation; they change no figure.
 *
 * @example
 * ```ts
 * import { coverageReport, formatPercent, formatPoints } from 'jamsostek/coverage';
 * // Kabupaten Jember, November 2025
 * const r = coverageReport({
 *   region: '35.09',
 *   covered: 323739,
 *   workingPopulation: 1480981,
 *   programParticipants: 82093,
 *   target: { document: 'rpjmn-2025-2029', year: 2029 },
 *   year: 2025,
 * });
 * formatPercent(r.coverage); // '21,86 %'
 * formatPercent(r.program?.share ?? r.coverage); // '25,36 %'
 * r.gap?.workersNeeded; // 326708
 * formatPoints(r.gap?.gap ?? r.coverage); // '22,06 poin'
 * ```
 */
export function coverageReport(input: CoverageReportInput): CoverageReportResult {
  const v = parseInput(coverageReportInput, input, 'coverage report input');
  const { covered, workingPopulation, programParticipants, target, region, asOf, year } = v;
  const rulebook = v.rulebook ?? COVERAGE_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  if (region !== undefined) b.step('coverage.report.region', { region }, []);
  if (asOf !== undefined) b.step('coverage.report.as-of', { asOf }, []);
  if (year !== undefined) b.step('coverage.report.year', { year }, []);
  const coverage = ratio(covered, workingPopulation);
  const uncovered = workingPopulation - covered;
  b.step('coverage.ratio', { covered, population: workingPopulation, ratio: pct(coverage) }, []);
  b.step('coverage.uncovered', { population: workingPopulation, covered, uncovered }, []);
  let program: CoverageProgramFigures | undefined;
  if (programParticipants !== undefined) {
    program = programFigures(covered, programParticipants, workingPopulation);
    b.step('coverage.share', { program: programParticipants, covered, ratio: pct(program.share) }, []);
    withoutProgramSteps(program, workingPopulation, b);
    upliftStep(program, workingPopulation, b);
  }
  let gap: CoverageGapFigures | undefined;
  if (target !== undefined)
    gap = gapFigures(covered, workingPopulation, target, resolveTarget(target, rulebook, b, ['target']), b);
  return {
    kind: 'coverage-report',
    ...(region === undefined ? {} : { region }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(year === undefined ? {} : { year }),
    covered,
    workingPopulation,
    uncovered,
    coverage,
    ...(program ? { program } : {}),
    ...(gap ? { gap } : {}),
    confidence: b.confidence(),
    basis: b.build({ covered, workingPopulation }),
  };
}
