/**
 * Work-accident and occupational-disease benefit (Jaminan Kecelakaan Kerja, JKK), by the date of the event.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { Dec } from '../money/decimal.ts';
import { applyRate, DEFAULT_ROUNDING } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addYears } from '../period/iso-date.ts';
import type { RuleCatalog, RuleId } from '../rulebook/catalog.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { arrearsDue, itemOf, regimeOn, rowName, sumAmounts } from './common.ts';
import { jkkBenefitInput } from './schema.ts';
import { computeScholarship } from './scholarship.ts';
import type {
  BenefitItem,
  DeviceCosts,
  ExcludedBenefit,
  JkkBenefitInput,
  JkkBenefitResult,
  JkkItemCode,
  JkkRefusal,
  ScholarshipScheduleResult,
  StmbBand,
} from './types.ts';

/** A device: its input key, cap rule, item, step and notice codes. */
interface Device {
  readonly key: keyof DeviceCosts;
  readonly rule: 'jkk.dentures.cap' | 'jkk.hearing-aid.cap' | 'jkk.glasses.cap';
  readonly item: 'jkk.dentures' | 'jkk.hearing-aid' | 'jkk.glasses';
  readonly step: 'jkk.device.dentures' | 'jkk.device.hearing-aid' | 'jkk.device.glasses';
  readonly notCovered: 'jkk.not-covered.dentures' | 'jkk.not-covered.hearing-aid' | 'jkk.not-covered.glasses';
}

/** The devices, in the order they are listed. */
const DEVICES: readonly Device[] = [
  {
    key: 'dentures',
    rule: 'jkk.dentures.cap',
    item: 'jkk.dentures',
    step: 'jkk.device.dentures',
    notCovered: 'jkk.not-covered.dentures',
  },
  {
    key: 'hearingAid',
    rule: 'jkk.hearing-aid.cap',
    item: 'jkk.hearing-aid',
    step: 'jkk.device.hearing-aid',
    notCovered: 'jkk.not-covered.hearing-aid',
  },
  {
    key: 'glasses',
    rule: 'jkk.glasses.cap',
    item: 'jkk.glasses',
    step: 'jkk.device.glasses',
    notCovered: 'jkk.not-covered.glasses',
  },
];

/** @internal The calculation on validated input. */
export function computeJkk(input: JkkBenefitInput): JkkBenefitResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const date = input.eventDate;
  const regime = regimeOn(date);
  const b = new BasisBuilder(rulebook);
  const wage = input.segment === 'PU' ? input.wage : input.declaredIncome;
  const arrears = input.arrearsMonths ?? 0;
  const at = <K extends RuleId>(id: K): RuleRef<RuleCatalog[K]> => b.use(requireRule(rulebook, id, date));
  const head = { kind: 'jkk-benefit' as const, eventDate: date, regime };
  const refuse = (reason: JkkRefusal): JkkBenefitResult => {
    const basis = b.build({ eventDate: date });
    return {
      ...head,
      status: 'not-eligible',
      reason,
      medicalCare: 'none',
      items: [],
      payableNow: 0,
      total: 0,
      confidence: b.confidence(),
      basis,
    };
  };

  if (input.claimDate !== undefined) {
    const lapse = at('jkk.claim-lapse');
    const end = addYears(date, lapse.value);
    if (input.claimDate >= end) {
      b.notice('jkk.claim-lapsed', 'warning', { years: lapse.value, end }, [lapse.id]);
      return refuse('claim-lapsed');
    }
  }
  const limit = arrears > 0 ? at('arrears.max-months') : undefined;
  if (limit && input.segment === 'BPU' && arrears > limit.value) {
    b.notice('jkk.arrears-over-limit', 'warning', { months: arrears, max: limit.value }, [limit.id]);
    return refuse('arrears-over-limit');
  }

  const medical = at('jkk.medical-care');
  b.step('jkk.medical', {}, [medical.id]);
  if (input.segment === 'BPU') b.step('jkk.wage.bpu', { declaredIncome: wage }, []);
  else b.step('jkk.wage.pu', { wage }, []);
  const items: BenefitItem<JkkItemCode>[] = [];
  const months = at('jkk.wage-months');
  const base = checkRupiah(wage * months.value, 'wage × months');

  if (input.transport) {
    const caps = at('jkk.transport.caps');
    for (const mode of ['land', 'sea', 'air'] as const) {
      const spent = input.transport[mode];
      if (spent === undefined) continue;
      const cap = caps.value[mode];
      const paid = Math.min(spent, cap);
      b.step(`jkk.transport.${mode}`, { spent, cap }, [caps.id], paid);
      items.push(itemOf(caps, `jkk.transport.${mode}`, paid, 'participant'));
    }
  }

  const stmb: StmbBand[] = [];
  if (input.stmbMonths !== undefined && input.stmbMonths > 0) {
    const schedule = at('jkk.stmb.schedule');
    let left = input.stmbMonths;
    let month = 1;
    for (const tier of schedule.value) {
      if (left <= 0) break;
      const n = tier.months === null ? left : Math.min(left, tier.months);
      const monthly = applyRate(wage, tier.rate);
      const amount = checkRupiah(monthly * n, 'STMB');
      stmb.push({ fromMonth: month, toMonth: month + n - 1, rate: tier.rate, monthly, amount });
      b.step(
        'jkk.stmb',
        { from: month, to: month + n - 1, rate: tier.rate, wage },
        [schedule.id],
        amount,
        DEFAULT_ROUNDING,
      );
      month += n;
      left -= n;
    }
    items.push(itemOf(schedule, 'jkk.stmb', sumAmounts(stmb, 'STMB'), 'participant'));
  }

  (input.disabilities ?? []).forEach((d, i) => {
    const id = `jkk.disability.${d.row}` as const;
    const ref = Object.hasOwn(rulebook.series, id) ? lookupRule(rulebook, id, date) : undefined;
    if (!ref) {
      invalidInput(
        [
          {
            path: ['disabilities', i, 'row'],
            message: 'is not a row of the disability table on the date of the event',
            received: d.row,
          },
        ],
        'JKK benefit input',
      );
    }
    b.use(ref);
    const v = ref.value;
    let rate: string;
    let sideId = '';
    let sideEn = '';
    if ('rate' in v) rate = v.rate;
    else {
      if (!d.side) {
        invalidInput(
          [
            {
              path: ['disabilities', i, 'side'],
              message: 'this row differs by side: give right or left',
              received: d.side,
            },
          ],
          'JKK benefit input',
        );
      }
      const swapped = d.leftHanded ? (d.side === 'right' ? 'left' : 'right') : d.side;
      rate = v[swapped];
      const word = { right: 'kanan', left: 'kiri' } as const;
      sideId = d.leftHanded ? `${word[d.side]}, kidal: dihitung ${word[swapped]}` : word[d.side];
      sideEn = d.leftHanded ? `${d.side}, left-handed: counted as ${swapped}` : d.side;
    }
    const effective = d.functionLost === undefined ? rate : new Dec(rate).mul(d.functionLost).toFixed();
    const amount = applyRate(base, effective);
    b.step(
      d.functionLost === undefined ? 'jkk.disability.anatomical' : 'jkk.disability.functional',
      {
        rowId: sideId ? `${rowName(ref.title.id)}, ${sideId}` : rowName(ref.title.id),
        rowEn: sideEn ? `${rowName(ref.title.en)}, ${sideEn}` : rowName(ref.title.en),
        rate,
        lost: d.functionLost ?? '1',
        months: months.value,
        wage,
      },
      [ref.id, months.id],
      amount,
      DEFAULT_ROUNDING,
    );
    items.push(itemOf(ref, id, amount, 'participant'));
  });
  if ((input.disabilities?.length ?? 0) > 1) b.notice('jkk.disability.combined', 'warning', {}, []);

  if (input.totalDisability) {
    const rate = at('jkk.total-disability.rate');
    const periodic = at('jkk.periodic');
    const amount = applyRate(base, rate.value);
    b.step(
      'jkk.total-disability',
      { rate: rate.value, months: months.value, wage },
      [rate.id, months.id],
      amount,
      DEFAULT_ROUNDING,
    );
    items.push(itemOf(rate, 'jkk.total-disability', amount, 'participant'));
    b.step('item.jkk.periodic', { recipient: 'participant' }, [periodic.id], periodic.value);
    items.push(itemOf(periodic, 'jkk.periodic', periodic.value, 'participant'));
  }

  const excluded: ExcludedBenefit[] = [];
  if (input.death) {
    const rate = at('jkk.death.rate');
    const funeral = at('jkk.funeral');
    const periodic = at('jkk.periodic');
    const computed = applyRate(base, rate.value);
    b.step(
      'jkk.death',
      { rate: rate.value, months: months.value, wage },
      [rate.id, months.id],
      computed,
      DEFAULT_ROUNDING,
    );
    // The lump sum is at least the JKM lump sum in force at the date of death (recorded only when it binds).
    const floor = Object.hasOwn(rulebook.series, 'jkk.death.jkm-floor')
      ? lookupRule(rulebook, 'jkk.death.jkm-floor', date)
      : undefined;
    const jkmLump = floor?.value ? requireRule(rulebook, 'jkm.lump-sum', date) : undefined;
    if (floor && jkmLump && computed < jkmLump.value) {
      b.use(floor);
      b.use(jkmLump);
      b.step('jkk.death.floor', { computed, floor: jkmLump.value }, [floor.id, jkmLump.id], jkmLump.value);
      items.push({
        ...itemOf(floor, 'jkk.death', jkmLump.value, 'heirs'),
        citations: [...floor.citations, ...jkmLump.citations],
      });
    } else items.push(itemOf(rate, 'jkk.death', computed, 'heirs'));
    b.step('item.jkk.funeral', { recipient: 'heirs' }, [funeral.id], funeral.value);
    items.push(itemOf(funeral, 'jkk.funeral', funeral.value, 'heirs'));
    b.step('item.jkk.periodic', { recipient: 'heirs' }, [periodic.id], periodic.value);
    items.push(itemOf(periodic, 'jkk.periodic', periodic.value, 'heirs'));
    if (input.claimJkm) {
      excluded.push({ benefit: 'JKM', reason: 'jkk-death-excludes-jkm' });
      b.notice('jkk.jkm-excluded', 'warning', {}, [rate.id]);
    }
  }

  if (input.homeCare) {
    const rule = lookupRule(rulebook, 'jkk.home-care', date);
    if (!rule) b.notice('jkk.not-covered.home-care', 'info', {}, []);
    else {
      b.use(rule);
      const cap = rule.value;
      const paid = Math.min(input.homeCare.cost, cap.amount);
      b.step(
        'jkk.home-care',
        { cost: input.homeCare.cost, cap: cap.amount, maxMonths: cap.months },
        [rule.id],
        paid,
      );
      if (input.homeCare.monthCount > cap.months)
        b.notice('jkk.home-care.months', 'info', { months: input.homeCare.monthCount, max: cap.months }, [
          rule.id,
        ]);
      items.push(itemOf(rule, 'jkk.home-care', paid, 'participant'));
    }
  }
  const devices = input.devices ?? {};
  for (const device of DEVICES) {
    const spent = devices[device.key];
    if (spent === undefined) continue;
    const rule = lookupRule(rulebook, device.rule, date);
    if (!rule) {
      b.notice(device.notCovered, 'info', {}, []);
      continue;
    }
    b.use(rule);
    const paid = Math.min(spent, rule.value);
    b.step(device.step, { spent, cap: rule.value }, [rule.id], paid);
    items.push(itemOf(rule, device.item, paid, 'participant'));
  }

  let scholarship: ScholarshipScheduleResult | undefined;
  if ((input.death || input.totalDisability) && input.children) {
    scholarship = computeScholarship({
      eventDate: date,
      cause: input.death ? 'work-accident-death' : 'total-disability',
      children: input.children,
      rulebook,
    });
    for (const r of scholarship.basis.rules) b.use(r);
  }
  // The scholarship is not part of the total: its line follows it.
  const scholarshipLine = (): void => {
    if (scholarship?.status === 'eligible')
      b.step('jkk.scholarship', { children: scholarship.children.length }, [], scholarship.total);
  };

  const payout = { ...head, medicalCare: 'as-needed-no-ceiling' as const, stmb, excluded, scholarship };
  if (limit && input.segment === 'BPU') {
    const due = arrearsDue(rulebook, date, arrears, wage, b);
    const deferredTotal = sumAmounts(items);
    b.step('benefit.deferred', { arrears: due.amount }, [limit.id], deferredTotal);
    scholarshipLine();
    b.notice('jkk.deferred', 'warning', { arrears: due.amount, deferred: deferredTotal }, [limit.id]);
    const basis = b.build({ eventDate: date });
    return {
      ...payout,
      status: 'deferred',
      items: [],
      payableNow: 0,
      deferred: items,
      deferredTotal,
      total: deferredTotal,
      arrears: due,
      confidence: b.confidence(),
      basis,
    };
  }
  if (limit && input.segment === 'PU' && arrears > limit.value)
    b.notice('jkk.employer-pays-first', 'info', { months: arrears }, [limit.id]);
  const total = sumAmounts(items);
  b.step('total', {}, [], total);
  scholarshipLine();
  const basis = b.build({ eventDate: date });
  return { ...payout, status: 'paid', items, payableNow: total, total, confidence: b.confidence(), basis };
}

/**
 * The JKK benefit for a work accident or occupational disease, chosen by the date of the event: medical
 * care as medically needed without a ceiling; transport up to a cap per mode; temporary incapacity
 * (STMB) as a monthly schedule (PP 82/2019: 100 % of the wage for 12 months, then 50 %); partial
 * disability (table % × 80 × wage, or % of function lost × table % × 80 × wage); total permanent
 * disability (70 % × 80 × wage + periodic benefit); death (60 % × 80 × wage, at least the JKM lump sum
 * in force at the date of death, + funeral cost + periodic benefit, exclusive of JKM); home care and device caps; the claim lapse (2 years, 5 from 2019-12-02);
 * and the BPU arrears rule (PP 44/2015 Pasal 39: up to 3 months → medical care now, cash after the
 * arrears are paid; more → nothing). A PU participant gives the monthly `wage`; for a BPU participant the
 * benefits are computed on the `declaredIncome`.
 *
 * @example
 * ```ts
 * import { jkkBenefit } from 'jamsostek/benefits';
 * jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1000000, death: true }).total; // 70000000
 * // 48 × 300.000 = 14.400.000 is below the JKM lump sum, so the death lump sum is Rp20.000.000:
 * jkkBenefit({ eventDate: '2026-03-10', segment: 'PU', wage: 300000, death: true }).total; // 42000000
 * jkkBenefit({ eventDate: '2026-03-10', segment: 'PU', wage: 5000000, stmbMonths: 14 }).total; // 65000000
 * ```
 */
export function jkkBenefit(input: JkkBenefitInput): JkkBenefitResult {
  return computeJkk(parseInput(jkkBenefitInput, input, 'JKK benefit input'));
}
