/**
 * The monthly wage used as the contribution base (PP 44/2015 Pasal 19), and the JP cap indexation of
 * PP 45/2015 Pasal 29.
 *
 * @module
 */
import { invalidInput } from '../../errors.ts';
import { BasisBuilder } from '../../explain/basis.ts';
import { Dec, fractionOf, parseDecimalText } from '../../money/decimal.ts';
import { DEFAULT_ROUNDING, roundFraction } from '../../money/rounding.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { requireRule } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import { parseInput } from '../../schemas/validate.ts';
import { jpWageCapIndexationInput, puWageBaseInput } from './schema.ts';
import type {
  JpWageCapIndexationInput,
  JpWageCapIndexationResult,
  PuWageBaseInput,
  PuWageBaseResult,
} from './types.ts';

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
  const q = parseInput(puWageBaseInput, input, 'PU wage base input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  let wage: number;
  if (q.payBasis === 'monthly') {
    const allowances = q.fixedAllowances ?? 0;
    wage = checkRupiah(q.basicWage + allowances, 'basic wage + fixed allowances');
    b.step('pu.wage.monthly', { basic: q.basicWage, allowances }, [], wage);
  } else if (q.payBasis === 'daily') {
    const m = b.use(requireRule(rulebook, 'pu.wage-base.daily-multiplier', q.month));
    wage = checkRupiah(q.dailyWage * m.value, 'daily wage × days');
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
    const sum = checkRupiah(
      q.lastMonths.reduce((a, v) => a + v, 0),
      'sum of the last months',
    );
    wage = Number(roundFraction(BigInt(sum), BigInt(n), DEFAULT_ROUNDING.mode));
    b.step('pu.wage.average', { months: n, sum }, [m.id], wage, DEFAULT_ROUNDING);
  }
  const basis = b.build({ month: q.month });
  return {
    kind: 'pu-wage-base',
    month: q.month,
    payBasis: q.payBasis,
    wage,
    confidence: b.confidence(),
    basis,
  };
}

/**
 * The next JP wage cap under PP 45/2015 Pasal 29 ayat (3): the previous cap × (1 + the previous year's
 * GDP growth), rounded by the rulebook's `pu.jp.wage-cap.rounding` rule in force in `month` (floored
 * to Rp100, the rounding that reproduces every published cap; the regulation does not state one, so
 * the rule and the result have confidence C). The official rulebook's `pu.jp.gdp-growth` series holds
 * the growth figures used. Each cap applies from March (ayat (4)).
 *
 * @example
 * ```ts
 * import { jpWageCapIndexation } from 'jamsostek/payroll';
 * jpWageCapIndexation({ month: '2025-03', previousCap: 10042300, gdpGrowth: '0.0503' }).cap; // 10547400
 * jpWageCapIndexation({ month: '2021-03', previousCap: 8939700, gdpGrowth: '-0.0207' }).cap; // 8754600
 * ```
 */
export function jpWageCapIndexation(input: JpWageCapIndexationInput): JpWageCapIndexationResult {
  const q = parseInput(jpWageCapIndexationInput, input, 'JP wage cap indexation input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const { month, previousCap, gdpGrowth } = q;
  const b = new BasisBuilder(rulebook);
  const rounding = b.use(requireRule(rulebook, 'pu.jp.wage-cap.rounding', month));
  // previousCap × (1 + growth), exactly: growth = num / den, so the product is previousCap × (den + num) / den.
  const g = fractionOf(parseDecimalText(gdpGrowth) ?? new Dec(0));
  const unit = BigInt(rounding.value.unit);
  const units = roundFraction(BigInt(previousCap) * (g.den + g.num), g.den * unit, rounding.value.mode);
  const cap = checkRupiah(Number(units * unit), 'indexed cap');
  // The rounding is named in the step's own text (one code per mode), so that the explanation's
  // footer on the half-up rounding of contribution lines does not apply to it.
  b.step(
    `pu.jp.indexation.${rounding.value.mode}`,
    { previousCap, growth: gdpGrowth, unit: rounding.value.unit },
    [rounding.id],
    cap,
  );
  return {
    kind: 'jp-wage-cap-indexation',
    month,
    previousCap,
    gdpGrowth,
    cap,
    confidence: b.confidence(),
    basis: b.build({ month, previousCap, growth: gdpGrowth }),
  };
}
