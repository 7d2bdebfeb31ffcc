/**
 * The voice check that the explain corpus test and `npm run examples` apply: it catches what the issue
 * found in the examples' output.
 */
import { describe, expect, it } from 'vitest';
import { voiceProblems } from './voice.ts';

describe('voiceProblems', () => {
  it('finds numbers in the other language, object dumps, placeholders and code values', () => {
    const id = [
      '82,093 pekerja',
      'Rp16,549,948,800',
      'bagian 2.41 %',
      'Counts by reason: { invalid: 1 }',
      'Wilayah domisili - di luar wilayah program',
      'sumber dana self',
      '5.86 bulan',
      'undefined',
      'Kelompok {cohort}',
      '× 1562',
    ];
    expect(voiceProblems(id, 'id').map((p) => p.split(':')[0])).toEqual([
      'English digit grouping',
      'English digit grouping',
      'an English decimal point',
      'an object dump',
      'a lone "-" for a missing value',
      'an English word or a code value',
      'an English decimal point',
      'undefined, null or NaN',
      'an unfilled placeholder',
      'an ungrouped number',
    ]);
    const en = [
      '82.093 workers … Rp16.549.948.800',
      '2.41 % beside 10,08%',
      'the member is WNI',
      'rows: [ 1, 2 ]',
    ];
    expect(voiceProblems(en, 'en').map((p) => p.split(':')[0])).toEqual([
      'Indonesian digit grouping',
      'an Indonesian decimal comma',
      'a space before a percent sign',
      'an Indonesian word',
      'an object dump',
    ]);
  });

  it('passes text in one voice, with dates, years, region codes, citations and paths', () => {
    expect(
      voiceProblems(
        [
          'Iuran bulan 2025-07: Rp16.800 (PP 44/2015 Pasal 20 ayat (3) [A])',
          '- Wilayah (kode Kemendagri): 35.09',
          'Cakupan 21,86 %; tahun 2029; ditulis: /tmp/laporan-pekerja.xlsx',
          '  Pekerja  82.093  Rp2,8 miliar',
        ],
        'id',
      ),
    ).toEqual([]);
    expect(
      voiceProblems(
        ['Coverage 21.86% of 1,480,981 in 2025', '  Budget  Rp2.8 billion  Rp2,867,558,400'],
        'en',
      ),
    ).toEqual([]);
  });
});
