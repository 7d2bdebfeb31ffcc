import { explain } from '../../src/entries/explain.ts';
import { voiceProblems } from '../voice.ts';
import { explainCorpus } from './corpus.ts';

const lang = (process.argv[2] ?? 'id') as 'id' | 'en';
for (const r of await explainCorpus()) console.log(explain(r, { lang }).join('\n') + '\n');
console.log(
  voiceProblems(
    [
      '- 82,093 workers',
      'Wilayah domisili - di luar',
      'Counts: { a: 1 }',
      'sumber dana self',
      '5.86 bulan',
      '× 1562',
    ],
    'id',
  ),
);
console.log(voiceProblems(['Rp16.549.948.800', '2,41 %', 'funded by APBD → x', 'the member is WNI'], 'en'));
