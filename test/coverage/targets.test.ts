import { COVERAGE_TARGET_DOCUMENTS, coverageTarget, formatPercent } from 'jamsostek/coverage';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { errorCode, thrown } from '../helpers.ts';

// Targets as quoted in 2025 reporting of BPJS Ketenagakerjaan and Kemendagri statements (contributions
// research §6): RPJMN 2025–2029 32,15 % (2025) → 43,92 % (2029); RKP 2026 34,99 %; RPJPN 99,5 % by 2045.
describe('coverageTarget', () => {
  it.each([
    ['rpjmn-2025-2029', 2025, 2, '32,15 %', '0.3215', 'Perpres 12/2025 (RPJMN 2025–2029)'],
    ['rpjmn-2025-2029', 2029, 2, '43,92 %', '0.4392', 'Perpres 12/2025 (RPJMN 2025–2029)'],
    ['rkp-2026', 2026, 2, '34,99 %', '0.3499', 'RKP 2026'],
    ['rpjpn-2025-2045', 2045, 1, '99,5 %', '0.995', 'UU 59/2024 (RPJPN 2025–2045)'],
  ] as const)('%s %i', (document, year, decimals, shown, value, instrument) => {
    const t = coverageTarget({ document, year });
    expect(t.kind).toBe('coverage-target');
    expect(t.document).toBe(document);
    expect(t.year).toBe(year);
    expect(t.value).toBe(value);
    expect(formatPercent(t.target, { decimals })).toBe(shown);
    expect(t.indicator.en).toContain('working population');
    expect(t.confidence).toBe('C');
    // The rule, with its citation and window, is in the basis (it was `rule` and `citations` before).
    expect(t.basis.rules.map((r) => r.id)).toEqual([`coverage.target.${document}`]);
    expect(t.basis.rules[0]?.citations[0]?.instrument).toBe(instrument);
  });

  it('explains the value, the indicator and its source in both languages', () => {
    const t = coverageTarget({ document: 'rpjmn-2025-2029', year: 2029 });
    const id = explain(t);
    expect(id[0]).toBe('Sasaran cakupan RPJMN 2025–2029 untuk tahun 2029:');
    expect(id[1]).toBe(
      '- Sasaran RPJMN 2025–2029 untuk tahun 2029: 43,92 % (Perpres 12/2025 (RPJMN 2025–2029) Lampiran, indikator cakupan kepesertaan [C])',
    );
    expect(id[2]).toMatch(/^- Indikator: Persentase pekerja yang menjadi peserta aktif/);
    const en = explain(t, { lang: 'en' });
    expect(en[0]).toBe('Coverage target of RPJMN 2025–2029 for 2029:');
    expect(en[2]).toMatch(/^- Indicator: Share of workers who are active BPJS Ketenagakerjaan participants/);
    expect(en).toContain(
      'Weakest confidence: C (A text read, B corroborated, C single source, U unverified).',
    );
  });

  it('hands out fresh data: two results share no object, and none with the rulebook', () => {
    const a = coverageTarget({ document: 'rkp-2026', year: 2026 });
    const b = coverageTarget({ document: 'rkp-2026', year: 2026 });
    expect(a).toEqual(b);
    expect(a.indicator).not.toBe(b.indicator);
    expect(a.target).not.toBe(b.target);
    expect(a.indicator).not.toBe(
      OFFICIAL_RULEBOOK.series['coverage.target.rkp-2026']?.versions[0]?.value.indicator,
    );
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('reads the rulebook it is given, stamping its name', () => {
    const rb = withRules(
      OFFICIAL_RULEBOOK,
      [
        {
          id: 'coverage.target.rkp-2026',
          mode: 'replace',
          versions: [
            {
              from: '2026-01-01',
              to: '2027-01-01',
              value: { indicator: { id: 'x', en: 'x' }, points: [{ year: 2026, value: '0.5' }] },
              citations: [{ instrument: 'Skenario', article: '-' }],
              confidence: 'U',
            },
          ],
        },
      ],
      'scenario',
    );
    const t = coverageTarget({ document: 'rkp-2026', year: 2026, rulebook: rb });
    expect(t.value).toBe('0.5');
    expect(t.confidence).toBe('U');
    expect(t.basis.rulebook.name).toBe('scenario');
    expect(t.basis.notices.map((n) => n.code)).toEqual(['rule.unverified']);
  });

  it('every document is a dated series in the official rulebook', () => {
    for (const d of COVERAGE_TARGET_DOCUMENTS)
      expect(OFFICIAL_RULEBOOK.series[`coverage.target.${d}`]).toBeDefined();
  });

  it('does not interpolate between published years, nor answer outside the document', () => {
    const e = thrown(() => coverageTarget({ document: 'rpjmn-2025-2029', year: 2027 }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['year']);
    expect(e.issues[0]?.message).toContain('does not interpolate');
    expect(errorCode(() => coverageTarget({ document: 'rkp-2026', year: 2027 }))).toBe('RULE_NOT_IN_FORCE');
    expect(errorCode(() => coverageTarget({ document: 'rkp-2026' as never, year: 2026.5 }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('lists every problem of a bad query', () => {
    const e = thrown(() => coverageTarget({ document: 'rpjmn-2020-2024', year: 2101, extra: 1 } as never));
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual(['document', 'extra', 'year']);
    expect(errorCode(() => coverageTarget(null as never))).toBe('INVALID_INPUT');
  });
});
