import {
  bpuContribution,
  bpuContributionSchedule,
  explain,
  formatCitation,
  isJamsostekError,
  JamsostekError,
} from 'jamsostek';
import { explain as explainAnyResult, jkmBenefit } from 'jamsostek/benefits';
import { explain as coverageExplain } from 'jamsostek/coverage';
import { explain as eligibilityExplain } from 'jamsostek/eligibility';
import { explain as fundingExplain } from 'jamsostek/funding';
import { explain as payrollExplain } from 'jamsostek/payroll';
import { explain as rosterExplain } from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

describe('explain', () => {
  const r = bpuContribution({ month: '2025-09', declaredIncome: 1_000_000 });

  it('renders Indonesian by default, with citations and confidence on each line', () => {
    const lines = explain(r);
    expect(lines[0]).toBe(
      'Iuran peserta Bukan Penerima Upah bulan 2025-09, penghasilan dilaporkan Rp1.000.000:',
    );
    expect(lines).toContain(
      '- Iuran JKM tetap: Rp6.800 (PP 44/2015 Pasal 20 ayat (3); PP 50/2025 Pasal 4 ayat (2) huruf b [A])',
    );
    expect(lines).toContain('- Jumlah: Rp16.800');
    expect(lines.at(-1)).toBe('Buku aturan: official.');
  });

  it('renders English on request, and can leave out the sources', () => {
    const lines = explain(r, { lang: 'en', sources: false });
    expect(lines).toContain('- Total: Rp16.800');
    expect(lines.join('\n')).not.toContain('Legal basis:');
  });

  it('states the rounding convention whenever a step rounded', () => {
    const withJht = bpuContribution({
      month: '2025-09',
      declaredIncome: 1_000_000,
      programs: ['JKK', 'JKM', 'JHT'],
    });
    expect(explain(withJht).join('\n')).toContain('dibulatkan setengah ke atas ke Rp1');
    expect(explain(withJht, { lang: 'en' }).join('\n')).toContain('BPJS publishes no rounding rule');
  });

  it('builds no text until asked: the result is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(JSON.stringify(r)).not.toContain('Iuran JKM tetap');
  });

  it('the explain of a domain entry falls back to the code for a message it does not know', () => {
    const lines = explainAnyResult({
      kind: 'nothing',
      basis: {
        rulebook: 'x',
        rules: [],
        steps: [{ code: 'no.such', params: { a: 1 }, rules: [] }],
        notices: [],
        confidence: 'A',
      },
    });
    expect(lines[1]).toBe('- no.such {"a":1}');
  });

  it("the root entry's explain refuses a result it has no messages for, naming its kind", () => {
    const death = jkmBenefit({
      deathDate: '2025-06-01',
      segment: 'PU',
      membershipStart: '2020-01-01',
      contributionMonths: 65,
    });
    const error = thrown(() => explain(death));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      { path: ['kind'], message: expect.stringContaining("'jkm-benefit'"), received: 'jkm-benefit' },
    ]);
    // The domain entries render it: the first line is the letter to the heirs.
    expect(explainAnyResult(death)[0]).toBe(
      'Kepada ahli waris peserta: rincian manfaat Jaminan Kematian (JKM) atas meninggalnya peserta pada 2025-06-01.',
    );
  });

  it('the root catalogue has every message the BPU results use (no line falls back to a raw code)', () => {
    const results = [
      bpuContribution({ month: '2020-10', declaredIncome: 1_000_000 }), // PP 49/2020 relief
      bpuContribution({ month: '2026-11', declaredIncome: 1_000_000 }), // PP 50/2025 discount
      bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, payer: 'APBD' }), // refused
      bpuContribution({ month: '2027-02', declaredIncome: 1_000_000, sector: 'transport' }),
      bpuContribution({ month: '2025-09', declaredIncome: 2_500_000, programs: ['JKK', 'JKM', 'JHT'] }), // U level
      bpuContribution({ month: '2025-09', declaredIncome: 500_000 }), // raised to the lowest level
      ...bpuContributionSchedule({ from: '2025-07', to: '2026-06', declaredIncome: 1_000_000 }).months,
    ];
    for (const result of results)
      for (const lang of ['id', 'en'] as const)
        for (const line of explain(result, { lang })) expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
  });

  it('every domain entry exports the same explain, and it renders BPU results as the root one does', () => {
    for (const e of [payrollExplain, eligibilityExplain, fundingExplain, coverageExplain, rosterExplain])
      expect(e).toBe(explainAnyResult);
    expect(explainAnyResult(r, { lang: 'en' })).toEqual(explain(r, { lang: 'en' }));
  });

  it('formats citations', () => {
    expect(formatCitation({ instrument: 'PP 44/2015', article: 'Pasal 20 ayat (3)' })).toBe(
      'PP 44/2015 Pasal 20 ayat (3)',
    );
  });
});

describe('errors', () => {
  it('recognises its errors by brand, not by instanceof', () => {
    const e = new JamsostekError('OUT_OF_RANGE', 'too big', { details: { value: 1 } });
    expect(isJamsostekError(e)).toBe(true);
    expect(e.issues).toEqual([]);
    expect(e.name).toBe('JamsostekError');
    const copy = Object.create(Error.prototype) as Error;
    Object.defineProperty(copy, Symbol.for('jamsostek.JamsostekError'), { value: true });
    expect(isJamsostekError(copy)).toBe(true);
    expect(isJamsostekError(new Error('x'))).toBe(false);
    expect(isJamsostekError(null)).toBe(false);
    expect(isJamsostekError('x')).toBe(false);
  });
});
