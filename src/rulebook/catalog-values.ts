/**
 * Run-time shapes of every rule value of the catalogue, used by `createRulebook` and `withRules`.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { SCHOOL_LEVELS } from '../benefits/types.ts';
import { DECIMAL_MESSAGE, isDecimalText } from '../money/decimal-text.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { SEGMENTS } from '../vocabulary.ts';
import type { DisabilityRowKey, RuleCatalog, RuleId } from './catalog.ts';

const RATE_MESSAGE = `a rate must be a decimal string such as "0.0024", not negative; ${DECIMAL_MESSAGE}`;
const rate = z
  .string({ error: RATE_MESSAGE })
  .check(z.refine((s) => isDecimalText(s) && !s.startsWith('-'), RATE_MESSAGE));
const signed = z
  .string()
  .check(z.refine((s) => isDecimalText(s), `must be a decimal string such as "0.0503"; ${DECIMAL_MESSAGE}`));
const rupiah = z.number().check(
  z.refine((n) => Number.isSafeInteger(n) && n >= 0, {
    message: 'an amount must be whole rupiah, not negative',
  }),
);
const whole = z
  .number()
  .check(
    z.refine((n) => Number.isSafeInteger(n) && n >= 0, { message: 'must be a whole number, not negative' }),
  );
const date = z.string().check(z.refine((s) => isIsoDate(s), { message: 'must be a YYYY-MM-DD date' }));
const program = z.enum(['JKK', 'JKM', 'JHT', 'JP', 'JKP']);
const programs = z.readonly(z.array(program));
const bySize = { micro: programs, small: programs, medium: programs, large: programs };
const riskRates = z.strictObject({ '1': rate, '2': rate, '3': rate, '4': rate, '5': rate });
const target = z.strictObject({
  indicator: z.strictObject({ id: z.string(), en: z.string() }),
  points: z.array(z.strictObject({ year: whole, value: rate })),
});
const disability = z.union([z.strictObject({ rate }), z.strictObject({ right: rate, left: rate })]);
const tiers = z.array(z.strictObject({ upTo: z.nullable(rupiah), rate }));

const dueDate = z.strictObject({
  day: z
    .number()
    .check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 31, { message: 'must be 1–31' })),
  monthOffset: whole,
  roll: z.enum(['forward', 'backward']),
});
const fine = z.strictObject({ rate, exempt: z.array(z.enum(['private', 'state'])) });

const DISABILITY_ROWS: readonly DisabilityRowKey[] = [
  'sight-both-eyes',
  'sight-one-eye',
  'hearing-both-ears',
  'hearing-one-ear',
  'outer-ear-one',
  'outer-ear-both',
  'nose-tip',
  'nasal-septum',
  'smell',
  'colour-vision',
  'arm-shoulder',
  'arm-elbow',
  'hand-wrist',
  'thumb',
  'index-finger',
  'other-finger',
  'index-finger-phalanx',
  'other-finger-phalanx',
  'legs-both-hip',
  'leg-hip',
  'legs-both-ankle',
  'leg-ankle',
  'big-toe',
  'second-toe',
  'other-toe',
  'impotence',
  'leg-shortened-under-5cm',
  'leg-shortened-5-to-7.5cm',
  'leg-shortened-7.5cm-or-more',
  'mental-capacity',
];

type Shapes = { readonly [K in RuleId]: z.ZodMiniType<RuleCatalog[K]> };

let shapes: Shapes | undefined;

/** @internal The value schema of every rule id, built on first use. */
export function ruleValueShapes(): Shapes {
  shapes ??= {
    ...(Object.fromEntries(
      DISABILITY_ROWS.map((k) => [`jkk.disability.${k}`, disability]),
    ) as unknown as Pick<Shapes, `jkk.disability.${DisabilityRowKey}`>),
    'bpu.jkk.table': z.array(z.strictObject({ income: rupiah, amount: rupiah })),
    'bpu.jkk.fallback-rate': rate,
    'bpu.jkk.lowest-level': rupiah,
    'bpu.jkk.highest-level': rupiah,
    'bpu.jkm.amount': rupiah,
    'bpu.jht.rate': rate,
    'relief.pp49-2020.jkk-jkm': rate,
    'bpu.pp50.transport': rate,
    'bpu.pp50.other': rate,
    'bpu.pp50.excluded-payers': z.array(z.enum(['self', 'APBN', 'APBD', 'APBDes', 'CSR', 'other'])),
    'bpu.pp50.village-budget-excluded': z.boolean(),
    'bpu.pp50.categories': z.array(z.enum(['employer', 'self-employed', 'other'])),
    'jp.pension-age': whole,
    'jp.registration-below-pension-age': z.boolean(),
    'participant.programs-by-segment': z.strictObject({ PU: programs, BPU: programs }),
    'participant.mandatory-programs': z.strictObject({ ...bySize, BPU: programs }),
    'participant.foreigner-min-months': whole,
    'jkp.citizens-only': z.boolean(),
    'jkp.registration-age-below': whole,
    'jkp.prerequisite-programs': z.strictObject(bySize),
    'coverage.target.rpjmn-2025-2029': target,
    'coverage.target.rkp-2026': target,
    'coverage.target.rpjpn-2025-2045': target,
    'jkm.lump-sum': rupiah,
    'jkm.periodic': rupiah,
    'jkm.funeral': rupiah,
    'jkm.scholarship.min-contribution-months': whole,
    'jkm.short-membership': z.strictObject({
      months: whole,
      lumpSum: rupiah,
      funeral: rupiah,
      scope: z.enum(['all', ...SEGMENTS]),
    }),
    'arrears.max-months': whole,
    'jkk.medical-care': z.string(),
    'jkk.death.rate': rate,
    'jkk.death.jkm-floor': z.boolean(),
    'jkk.total-disability.rate': rate,
    'jkk.wage-months': whole,
    'jkk.periodic': rupiah,
    'jkk.funeral': rupiah,
    'jkk.stmb.schedule': z.array(z.strictObject({ months: z.nullable(whole), rate })),
    'jkk.transport.caps': z.strictObject({ land: rupiah, sea: rupiah, air: rupiah }),
    'jkk.home-care': z.strictObject({ months: whole, amount: rupiah }),
    'jkk.dentures.cap': rupiah,
    'jkk.hearing-aid.cap': rupiah,
    'jkk.glasses.cap': rupiah,
    'jkk.claim-lapse': whole,
    'scholarship.max-children': whole,
    'scholarship.pp44.amount': rupiah,
    'scholarship.levels': z.array(
      z.strictObject({ level: z.enum(SCHOOL_LEVELS), perYear: rupiah, maxYears: whole }),
    ),
    'scholarship.age-limit': whole,
    'scholarship.school-entry-age': whole,
    'pu.jkk.rate': riskRates,
    'pu.jkm.rate': rate,
    'pu.jht.employer-rate': rate,
    'pu.jht.worker-rate': rate,
    'pu.jp.employer-rate': rate,
    'pu.jp.worker-rate': rate,
    'pu.wage-base.daily-multiplier': whole,
    'pu.wage-base.piece-rate-months': whole,
    'pu.wage-base.weather-piece-rate-months': whole,
    'relief.pp49-2020.jp-deferral': rate,
    'relief.pp49-2020.jp-repayment': z.strictObject({ start: date, end: date }),
    'relief.pp7-2025.jkk': riskRates,
    'relief.pp7-2025.jkp-recomposition': riskRates,
    'pu.jp.wage-cap': rupiah,
    'pu.jp.gdp-growth': z.strictObject({ year: whole, growth: signed }),
    'pu.jp.wage-cap.rounding': z.strictObject({
      mode: z.enum(['half-up', 'half-even', 'down', 'up']),
      unit: z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 1, { message: 'must be ≥ 1' })),
    }),
    'pu.jp.benefit-limits': z.strictObject({ min: rupiah, max: rupiah }),
    'pu.jkp.government-rate': rate,
    'pu.jkp.jkk-recomposition-rate': rate,
    'pu.jkp.jkm-recomposition-rate': rate,
    'pu.jkp.wage-cap': rupiah,
    'migrant.pre-placement': rupiah,
    'migrant.contract': z.array(z.strictObject({ months: whole, amount: rupiah })),
    'migrant.extra-month': rupiah,
    'construction.wage.jkk-rate': rate,
    'construction.wage.jkm-rate': rate,
    'construction.contract.jkk-tiers': tiers,
    'construction.contract.jkm-tiers': tiers,
    'calendar.due.pu': dueDate,
    'calendar.due.bpu': dueDate,
    'calendar.weekend': z.array(
      z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 7, { message: 'must be 1–7' })),
    ),
    'calendar.holidays': z.array(
      z.strictObject({
        date,
        name: z.strictObject({ id: z.string(), en: z.string() }),
        kind: z.enum(['holiday', 'joint-leave']),
      }),
    ),
    'calendar.joint-leave': z.enum(['working-day', 'holiday']),
    'calendar.fine.jkk-jkm': fine,
    'calendar.fine.jht': fine,
    'calendar.fine.jp': fine,
    'calendar.fine.counting': z.strictObject({
      count: z.enum(['started-month', 'whole-month']),
      anchor: z.enum(['due-date', 'nominal-date']),
    }),
    'calendar.bpu.no-fine': z.boolean(),
    'jkp.benefit.rates': z.array(z.strictObject({ months: whole, rate })),
    'jkp.benefit.wage-cap': rupiah,
    'jkp.benefit.contribution-condition': z.strictObject({ minMonths: whole, windowMonths: whole }),
    'jkp.benefit.consecutive-months': z.strictObject({ months: whole, endingAtJobLoss: z.boolean() }),
    'jkp.benefit.claim-deadline': whole,
    'jkp.benefit.excluded-reasons': z.array(
      z.enum(['resignation', 'total-disability', 'retirement', 'death']),
    ),
    'jkp.benefit.fixed-term-early-end-only': z.boolean(),
    'jkp.benefit.willing-to-work': z.boolean(),
    'jkp.benefit.claim-limit': z.strictObject({ claims: whole, contributionMonthsBetween: whole }),
    'jkp.benefit.arrears-bpjs-pays': whole,
    'jkp.benefit.insolvency-bpjs-pays': whole,
    'jkp.benefit.non-cash': z.array(z.enum(['job-market-information', 'job-training'])),
    'jht.payout-age': whole,
    'jht.payout-events': z.array(z.enum(['retirement', 'total-disability', 'death'])),
    'jht.stop-work': z.union([
      z.strictObject({ payout: z.literal('at-payout-age') }),
      z.strictObject({ payout: z.literal('after-waiting'), waitingMonths: whole }),
    ]),
    'jht.leaving-indonesia': z.array(z.enum(['WNI', 'WNA'])),
    'jht.contractual-pension-age': z.boolean(),
    'jht.partial.min-membership-years': whole,
    'jht.partial.shares': z.strictObject({ housing: rate, other: rate }),
    'jht.partial.once': z.boolean(),
    'jht.yield-crediting': z.literal('annual-pro-rata'),
    'jp.accrual-rate': rate,
    'jp.min-contribution-months': whole,
    'jp.floor': z.strictObject({
      countedMonths: whole,
      minDensity: rate,
      disabilityMinMonths: whole,
      survivorMinMonths: whole,
    }),
    'jp.survivor.shares': z.strictObject({ spouse: rate, child: rate, parent: rate }),
    'jp.survivor.limits-apply': z.boolean(),
    'jp.wage-indexation': z.literal('calendar-year-to-year-before-event'),
    'jp.lump-sum.yield': z.literal('monthly-compound'),
    'pu.jkk.risk-groups': z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        group: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
      }),
    ),
  } as Shapes;
  return shapes;
}
