/**
 * The monthly wage used as the contribution base (PP 44/2015 Pasal 19), and the JP cap indexation of
 * PP 45/2015 Pasal 29.
 *
 * @module
 */
import { invalidInput } from '../../errors.ts';
import { BasisBuilder } from '../../explain/basis.ts';
import { Dec } from '../../money/decimal.ts';
import { DEFAULT_ROUNDING, type Rounding, roundRupiah } from '../../money/rounding.ts';
import { requireRule } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import { parseInput } from '../../schemas/validate.ts';
import { PuWageBaseInputSchema } from './schema.ts';
import type { JpWageCapIndexationInput, PuWageBaseInput, PuWageBaseResult } from './types.ts';

/**
 * The monthly wage on which contributions are computed (PP 44/2015 Pasal 19): basic wage plus fixed
 * allowances (ayat (2)); for daily pay the day's wage × 25 (ayat (3)); for piece rates the average of
 * the last 3 months (ayat (4)), or of the last 12 months when the work depends on the weather
 * (ayat (5)), rounded half-up to the rupiah.
 *
 * @example
 * ```ts
 * import { puWageBase } from 'jamsostek/payroll';
 * puWageBase({ payBasis: 'daily', month: '2025-06', dailyWage: 150000 }).wage; // 3750000
 * puWageBase({ payBasis: 'piece-rate', month: '2025-06', lastMonths: [3000000, 3500000, 4000000] }).wage; // 3500000
 * ```
 */
export function puWageBase(input: PuWageBaseInput): PuWageBaseResult {
  const q = parseInput(PuWageBaseInputSchema, input, 'PU wage base input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  let wage: number;
  if (q.payBasis === 'monthly') {
    const allowances = q.fixedAllowances ?? 0;
    wage = q.basicWage + allowances;
    b.step('pu.wage.monthly', { basic: q.basicWage, allowances }, [], wage);
  } else if (q.payBasis === 'daily') {
    const m = b.use(requireRule(rulebook, 'pu.wage-base.daily-multiplier', q.month));
    wage = q.dailyWage * m.value;
    b.step('pu.wage.daily', { daily: q.dailyWage, days: m.value }, [m.id], wage);
  } else {
    const id =
      q.payBasis === 'piece-rate'
        ? 'pu.wage-base.piece-rate-months'
        : 'pu.wage-base.weather-piece-rate-months';
    const m = b.use(requireRule(rulebook, id, q.month));
    const n = m.value;
    if (q.lastMonths.length !== n)
      invalidInput(
        [
          {
            path: ['lastMonths'],
            message: `must list the wages of exactly ${n} months`,
            received: q.lastMonths,
          },
        ],
        'PU wage base input',
      );
    const sum = q.lastMonths.reduce((a, v) => a + v, 0);
    wage = roundRupiah(new Dec(sum).div(n).toFixed(), DEFAULT_ROUNDING);
    b.step('pu.wage.average', { months: n, sum }, [m.id], wage, DEFAULT_ROUNDING);
  }
  const basis = b.build({ month: q.month });
  return {
    kind: 'pu-wage-base',
    wage,
    payBasis: q.payBasis,
    confidence: b.confidence(),
    basis,
  };
}

const GROWTH_RE = /^-?\d+(\.\d+)?$/;
const CAP_ROUNDING: Rounding = Object.freeze({ mode: 'down', unit: 100 });

/**
 * The next JP wage cap under PP 45/2015 Pasal 29 ayat (3): the previous cap × (1 + the previous year's
 * GDP growth), floored to Rp100 (the rounding that reproduces every published cap; the regulation does
 * not state one). The official rulebook's `pu.jp.gdp-growth` series holds the growth figures used.
 *
 * @example
 * ```ts
 * import { jpWageCapIndexation } from 'jamsostek/payroll';
 * jpWageCapIndexation({ previousCap: 10042300, gdpGrowth: '0.0503' }); // 10547400
 * jpWageCapIndexation({ previousCap: 8939700, gdpGrowth: '-0.0207' }); // 8754600
 * ```
 */
export function jpWageCapIndexation(input: JpWageCapIndexationInput): number {
  const issues = [];
  if (!Number.isSafeInteger(input.previousCap) || input.previousCap <= 0)
    issues.push({
      path: ['previousCap'],
      message: 'must be a positive whole rupiah amount',
      received: input.previousCap,
    });
  if (
    typeof input.gdpGrowth !== 'string' ||
    !GROWTH_RE.test(input.gdpGrowth) ||
    Number(input.gdpGrowth) <= -1
  )
    issues.push({
      path: ['gdpGrowth'],
      message: 'must be a decimal string above -1, such as "0.0503"',
      received: input.gdpGrowth,
    });
  if (issues.length) invalidInput(issues, 'JP wage cap indexation input');
  const next = new Dec(input.previousCap).mul(new Dec(1).plus(input.gdpGrowth));
  return roundRupiah(next.toFixed(), CAP_ROUNDING);
}
