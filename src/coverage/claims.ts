/**
 * Metrics of benefits paid (claims): averages, shares, decomposition of a reported total into full
 * claims of a unit amount, and the benefit-to-premium ratio.
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { DEFAULT_ROUNDING, roundFraction } from '../money/rounding.ts';
import { COVERAGE_RULEBOOK } from '../rulebook/official/coverage.ts';
import { parseInput } from '../schemas/validate.ts';
import { pct } from './coverage.ts';
import { type Ratio, ratio, ratioToDecimal } from './ratio.ts';
import { benefitToPremiumRatioInput, claimsMetricsInput } from './schema.ts';
import type {
  BenefitToPremiumRatioInput,
  BenefitToPremiumRatioResult,
  ClaimsDecomposition,
  ClaimsMetricsInput,
  ClaimsMetricsResult,
  ClaimsProgramLine,
} from './types.ts';

function roundedRupiah(r: Ratio): number {
  return Number(roundFraction(BigInt(r.numerator), BigInt(r.denominator), 'half-up'));
}

/** @internal Whole claims of `unit` in `amount` and the remainder. */
export function decompose(amount: number, unitAmount: number): ClaimsDecomposition {
  const fullClaims = Number(BigInt(amount) / BigInt(unitAmount));
  return {
    unitAmount,
    fullClaims,
    remainder: amount - fullClaims * unitAmount,
    claims: ratio(amount, unitAmount),
  };
}

/**
 * Explains a reported benefit total: the average per beneficiary, each program's share and average,
 * how many full claims of a unit amount each program's amount holds (e.g. JKM lump sums of
 * Rp42.000.000, PP 82/2019 Pasal 34, passed as `unitAmount`) and the residual that the reported
 * programs do not explain.
 *
 * @example
 * ```ts
 * import { claimsMetrics } from 'jamsostek/coverage';
 * // Kabupaten Jember, benefits 2023–2025
 * const m = claimsMetrics({
 *   total: 51570000000,
 *   beneficiaries: 1573,
 *   programs: [
 *     { program: 'JKM', amount: 49440000000, unitAmount: 42000000 },
 *     { program: 'JKK', amount: 1040000000 },
 *   ],
 * });
 * m.programs[0]?.decomposition?.fullClaims; // 1177
 * m.residual; // 1090000000
 * ```
 */
export function claimsMetrics(input: ClaimsMetricsInput): ClaimsMetricsResult {
  const v = parseInput(claimsMetricsInput, input, 'claims metrics input');
  const { total, beneficiaries } = v;
  const b = new BasisBuilder(COVERAGE_RULEBOOK);
  const averagePerBeneficiary = ratio(total, beneficiaries);
  const averagePerBeneficiaryRounded = roundedRupiah(averagePerBeneficiary);
  b.step('claims.average', { total, beneficiaries }, [], averagePerBeneficiaryRounded, DEFAULT_ROUNDING);
  const programs: ClaimsProgramLine[] = [];
  let explained = 0;
  for (const p of v.programs ?? []) {
    explained += p.amount;
    const shareOfTotal = ratio(p.amount, Math.max(total, 1));
    b.step('claims.program', { program: p.program, paid: p.amount, share: pct(shareOfTotal) }, []);
    let averagePer: Ratio | undefined;
    if (p.beneficiaries !== undefined) {
      averagePer = ratio(p.amount, p.beneficiaries);
      b.step(
        'claims.program.average',
        { program: p.program, beneficiaries: p.beneficiaries },
        [],
        roundedRupiah(averagePer),
        DEFAULT_ROUNDING,
      );
    }
    let decomposition: ClaimsDecomposition | undefined;
    if (p.unitAmount !== undefined) {
      decomposition = decompose(p.amount, p.unitAmount);
      b.step(
        'claims.decomposition',
        {
          program: p.program,
          unit: p.unitAmount,
          claims: decomposition.fullClaims,
          exact: Number(ratioToDecimal(decomposition.claims, { decimals: 2 })),
        },
        [],
        decomposition.remainder,
      );
    }
    programs.push({
      program: p.program,
      amount: p.amount,
      shareOfTotal,
      ...(averagePer ? { averagePerBeneficiary: averagePer } : {}),
      ...(decomposition ? { decomposition } : {}),
    });
  }
  const residual = total - explained;
  if (programs.length) b.step('claims.residual', { total }, [], residual);
  return {
    kind: 'claims-metrics',
    total,
    beneficiaries,
    averagePerBeneficiary,
    averagePerBeneficiaryRounded,
    programs,
    residual,
    confidence: b.confidence(),
    basis: b.build({ total, beneficiaries }),
  };
}

/**
 * Benefits paid ÷ premiums collected for a program and period, exact (premiums from a budget or
 * contribution calculation, benefits as reported). Above 1 the program paid out more than it
 * collected.
 *
 * @example
 * ```ts
 * import { benefitToPremiumRatio, ratioToDecimal } from 'jamsostek/coverage';
 * // Jember: Rp17,8 miliar of benefits against 82.093 workers × Rp201.600 of premiums
 * const r = benefitToPremiumRatio({ benefits: 17800000000, premiums: 16549948800 });
 * ratioToDecimal(r.ratio, { decimals: 2 }); // '1.08'
 * ```
 */
export function benefitToPremiumRatio(input: BenefitToPremiumRatioInput): BenefitToPremiumRatioResult {
  const { benefits, premiums } = parseInput(
    benefitToPremiumRatioInput,
    input,
    'benefit-to-premium ratio input',
  );
  const r = ratio(benefits, premiums);
  const b = new BasisBuilder(COVERAGE_RULEBOOK);
  b.step(
    'claims.benefit-to-premium',
    { benefits, premiums, ratio: Number(ratioToDecimal(r, { decimals: 4 })) },
    [],
  );
  return {
    kind: 'benefit-to-premium-ratio',
    benefits,
    premiums,
    ratio: r,
    confidence: b.confidence(),
    basis: b.build({ benefits, premiums }),
  };
}
