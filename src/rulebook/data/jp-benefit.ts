/**
 * Rules of the JP pension benefits (Jaminan Pensiun, PP 45/2015, in force 2015-07-01): the formula, the
 * 15-year condition and floor, the survivor shares, and the library's conventions where the PP leaves
 * the computation to a published factor. The minimum and maximum benefit (`pu.jp.benefit-limits`) and
 * the pension age (`jp.pension-age`) live with the JP cap and the eligibility rules.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';

const PP45 = 'PP 45/2015';
/** @internal First day of PP 45/2015 (JP contributions are due from July 2015). */
export const JP_START = '2015-07-01';
const START = JP_START;

/** @internal */
export const jpBenefitRules: readonly AnyRuleSeries[] = [
  {
    id: 'jp.accrual-rate',
    title: { id: 'Faktor manfaat pensiun per tahun masa iur', en: 'JP accrual per year of contributions' },
    unit: 'rate',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: '0.01',
        citations: [cite(PP45, 'Pasal 17 ayat (2)')],
        confidence: 'A',
        note: 'Formula: 1 % × contribution months ÷ 12 × the average weighted annual wage over the contribution period ÷ 12. From the second year the pension is the previous year’s × (1 + the previous year’s inflation) (Pasal 17 ayat (1) huruf b and ayat (4)).',
      },
    ],
  },
  {
    id: 'jp.min-contribution-months',
    title: {
      id: 'Masa iur paling singkat untuk manfaat pensiun hari tua',
      en: 'Contribution months an old-age pension needs',
    },
    unit: 'months',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: 180,
        citations: [cite(PP45, 'Pasal 19 ayat (1) dan (3); Pasal 24')],
        confidence: 'A',
        note: 'At the pension age with fewer months, the member receives the contributions plus their yield at once (Pasal 24). The right starts on the 1st of the month after the pension age.',
      },
    ],
  },
  {
    id: 'jp.floor',
    title: {
      id: 'Masa iur dianggap 15 tahun untuk pensiun cacat dan pensiun ahli waris',
      en: 'Contributions counted as 15 years for disability and survivor pensions',
    },
    unit: 'table',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: { countedMonths: 180, minDensity: '0.8', disabilityMinMonths: 1, survivorMinMonths: 12 },
        citations: [cite(PP45, 'Pasal 20 ayat (3); Pasal 21 ayat (3); Pasal 22 ayat (3); Pasal 23 ayat (3)')],
        confidence: 'A',
        note: 'Below 15 years, the formula counts 15 years when the contribution density is at least 80 % and the disability occurred at least 1 month after joining, or the member who died before the pension age had been a participant at least 1 year. The PP does not define how density is computed (Penjelasan: compliance in paying); the library divides the contribution months by the membership months before the event unless a density is given.',
      },
    ],
  },
  {
    id: 'jp.survivor.shares',
    title: { id: 'Persentase pensiun ahli waris', en: 'Shares of the survivor pensions' },
    unit: 'table',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: { spouse: '0.5', child: '0.5', parent: '0.2' },
        citations: [cite(PP45, 'Pasal 21 ayat (2); Pasal 22 ayat (2); Pasal 23 ayat (2)')],
        confidence: 'A',
        note: 'Of the formula when the member died before receiving a pension, of the pension in payment otherwise; children after a widow or widower receive 50 % of that pension. At most two children (Pasal 14 ayat (1) huruf c); whether the children’s 50 % is shared or paid to each is not stated.',
      },
    ],
  },
  {
    id: 'jp.survivor.limits-apply',
    title: {
      id: 'Manfaat pensiun paling sedikit dan paling banyak berlaku juga bagi pensiun ahli waris',
      en: 'The JP minimum and maximum also bound survivor pensions',
    },
    unit: 'flag',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: true,
        citations: [cite(PP45, 'Pasal 1 angka 3; Pasal 16; Pasal 18')],
        confidence: 'C',
        note: 'Pasal 18 bounds "Manfaat Pensiun", which Pasal 1 angka 3 and Pasal 16 define to include the pensions paid to heirs; how BPJS applies it to survivors was not confirmed. Set to false for the other reading.',
      },
    ],
  },
  {
    id: 'jp.wage-indexation',
    title: {
      id: 'Cara penyesuaian upah masa lalu dengan inflasi untuk formula pensiun',
      en: 'How past wages are weighted by inflation in the JP formula',
    },
    unit: 'text',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: 'calendar-year-to-year-before-event',
        citations: [cite(PP45, 'Pasal 17 ayat (3) dan (5) dan Penjelasan Pasal 17 ayat (3)')],
        confidence: 'C',
        note: 'The PP weights wages by general inflation as a compounding factor (future value) and takes the rate from BPS, without the steps. The library follows a BPJS worked example: each month’s wage, capped at the JP wage cap of its month, is multiplied by (1 + inflation) of every calendar year from its own to the year before the event, and the weighted wages are averaged over the contribution months. The inflation rates are an input.',
      },
    ],
  },
  {
    id: 'jp.lump-sum.yield',
    title: {
      id: 'Cara perhitungan hasil pengembangan manfaat sekaligus JP',
      en: 'How the yield of the JP lump sum is credited',
    },
    unit: 'text',
    keyedBy: 'event-date',
    versions: [
      {
        from: START,
        value: 'monthly-compound',
        citations: [cite(PP45, 'Pasal 24 ayat (1) sampai dengan ayat (3)')],
        confidence: 'C',
        note: 'The yield is computed every month on actual returns (ayat (3)). The library takes the fund’s yearly yield as an input and credits one twelfth of it each month on the balance, each contribution from the end of its month, rounded once at the end.',
      },
    ],
  },
];
