/**
 * The PP 49/2020 relief on JKK and JKM, in its own file because BPU and PU contributions both use it.
 *
 * @internal
 * @module
 */
import type { RuleSeries } from '../types.ts';
import { cite } from './cite.ts';

/**
 * The PP 49/2020 relief on JKK and JKM, shared by BPU and PU contributions.
 *
 * @internal
 */
export const pp49JkkJkmRelief: RuleSeries<'relief.pp49-2020.jkk-jkm'> = {
  id: 'relief.pp49-2020.jkk-jkm',
  title: {
    id: 'Keringanan iuran JKK dan JKM masa pandemi (99 %)',
    en: 'COVID-19 JKK and JKM relief (99%)',
  },
  unit: 'rate',
  keyedBy: 'contribution-month',
  versions: [
    {
      from: '2020-08-01',
      to: '2021-02-01',
      value: '0.99',
      citations: [
        cite('PP 49/2020', 'Pasal 3 ayat (2) huruf b'),
        cite('PP 49/2020', 'Pasal 5 (JKK)'),
        cite('PP 49/2020', 'Pasal 9 (JKM)'),
      ],
      confidence: 'B',
      note: 'Contribution months August 2020 to January 2021 pay 1 % of JKK and JKM (BPU JKM Rp68). The JKM article (Pasal 9) was read in the article text; the 99 % JKK relief is quoted word for word by secondary sources without its article, which is placed at Pasal 5 from the structure of the PP (JKK Pasal 5–8, JKM Pasal 9–12, construction at Pasal 12): unverified. Conditions (contributions paid up to July 2020; new registrants from their third month) are in Pasal 13 and are not modelled. The months (August 2020 to January 2021) are reported by several sources; their article was not found.',
    },
  ],
};
