import {
  bpuContribution,
  bpuContributionSchedule,
  bpuDiscountStatus,
  isJamsostekError,
  JamsostekError,
} from 'jamsostek';
import { jkmBenefit } from 'jamsostek/benefits';
import { explain, formatCitation, type JamsostekResult } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, RULEBOOK_VERSION } from 'jamsostek/rulebook';
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
    expect(lines.at(-1)).toBe(`Buku aturan: official, data versi ${RULEBOOK_VERSION}.`);
  });

  it('renders English on request with English digit grouping, and can leave out the sources', () => {
    const lines = explain(r, { lang: 'en', sources: false });
    expect(lines[0]).toBe(
      'Contribution of a non-wage (BPU) participant for 2025-09, declared income Rp1,000,000:',
    );
    expect(lines).toContain('- Total: Rp16,800');
    expect(lines.join('\n')).not.toContain('Legal basis:');
    expect(lines.at(-1)).toBe(`Rulebook: official, data version ${RULEBOOK_VERSION}.`);
  });

  it('stamps the rulebook name and data version into every basis', () => {
    expect(r.basis.rulebook).toEqual({
      name: 'official',
      version: OFFICIAL_RULEBOOK.version,
      verifiedThrough: OFFICIAL_RULEBOOK.verifiedThrough,
    });
    expect(OFFICIAL_RULEBOOK.version).toBe(RULEBOOK_VERSION);
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

  it('falls back to the code for a step it has no message for', () => {
    const odd = { ...r, basis: { ...r.basis, steps: [{ code: 'no.such', params: { a: 1 }, rules: [] }] } };
    expect(explain(odd as unknown as JamsostekResult)[1]).toBe('- no.such {"a":1}');
  });

  it('refuses what is not a result of the library, listing every problem', () => {
    const e = thrown(() =>
      explain({
        kind: 'nothing',
        basis: { rulebook: 'x', rules: [], steps: [] },
      } as unknown as JamsostekResult),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'kind',
      'basis.notices',
      'basis.titleParams',
      'basis.rulebook',
      'confidence',
    ]);
    for (const v of [null, 42, 'text', [], undefined])
      expect(thrown(() => explain(v as unknown as JamsostekResult)).code).toBe('INVALID_INPUT');
    expect(thrown(() => explain(r, { lang: 'fr' as 'en' })).issues[0]?.path).toEqual(['options', 'lang']);
  });

  it('refuses a forged result with a hole in any of its lists, naming the place (never a raw TypeError)', () => {
    const fresh = (): Record<string, unknown> & { basis: Record<string, unknown[]> } =>
      JSON.parse(JSON.stringify(bpuContribution({ month: '2026-11', declaredIncome: 1_500_000 })));
    const holed = (list: unknown[]): unknown[] => {
      const out = new Array<unknown>(list.length + 1);
      list.forEach((v, i) => {
        out[i + 1] = v;
      });
      return out; // index 0 is a hole
    };
    for (const k of ['steps', 'notices', 'rules'] as const) {
      const r = fresh();
      r.basis[k] = holed(r.basis[k] as unknown[]);
      const e = thrown(() => explain(r as unknown as JamsostekResult));
      expect([e.code, e.issues.map((i) => i.path.join('.'))]).toEqual(['INVALID_INPUT', [`basis.${k}.0`]]);
    }
    const r = fresh();
    const steps = r.basis['steps'] as { rules: unknown[] }[];
    const at = steps.findIndex((s) => s.rules.length > 0);
    (steps[at] as { rules: unknown[] }).rules = holed((steps[at] as { rules: unknown[] }).rules);
    const e = thrown(() => explain(r as unknown as JamsostekResult));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([`basis.steps.${at}.rules.0`]);
  });

  it('renders every kind of result, BPU and domain alike, with no line falling back to a raw code', () => {
    const results: JamsostekResult[] = [
      bpuContribution({ month: '2020-10', declaredIncome: 1_000_000 }), // PP 49/2020 relief
      bpuContribution({ month: '2026-11', declaredIncome: 1_000_000 }), // PP 50/2025 discount
      bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'DBHCHT' }), // refused
      bpuContribution({ month: '2027-02', declaredIncome: 1_000_000, sector: 'transport' }),
      bpuContribution({ month: '2025-09', declaredIncome: 2_500_000, programs: ['JKK', 'JKM', 'JHT'] }), // U level
      bpuContribution({ month: '2025-09', declaredIncome: 500_000 }), // raised to the lowest level
      bpuContributionSchedule({ from: '2025-07', to: '2026-06', declaredIncome: 1_000_000 }),
      bpuDiscountStatus({ month: '2026-05' }),
      bpuDiscountStatus({ month: '2026-05', fundingSource: 'APBD' }),
      bpuDiscountStatus({ month: '2026-02' }),
      jkmBenefit({
        eventDate: '2025-06-01',
        segment: 'PU',
        membershipStart: '2020-01-01',
        contributionMonths: 65,
      }),
    ];
    for (const result of results)
      for (const lang of ['id', 'en'] as const)
        for (const line of explain(result, { lang })) expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
  });

  it('renders a schedule from its basis: one line per month and the total', () => {
    const s = bpuContributionSchedule({ from: '2025-07', to: '2025-09', declaredIncome: 1_000_000 });
    const lines = explain(s, { lang: 'en' });
    expect(lines.slice(0, 5)).toEqual([
      'Contribution schedule of a non-wage (BPU) participant, 2025-07 to 2025-09, declared income Rp1,000,000:',
      '- Month 2025-07: Rp16,800',
      '- Month 2025-08: Rp16,800',
      '- Month 2025-09: Rp16,800',
      '- Total: Rp50,400',
    ]);
  });

  it('formats citations', () => {
    expect(formatCitation({ instrument: 'PP 44/2015', article: 'Pasal 20 ayat (3)' })).toBe(
      'PP 44/2015 Pasal 20 ayat (3)',
    );
    expect(thrown(() => formatCitation(null as never)).code).toBe('INVALID_INPUT');
  });
});

describe('errors', () => {
  it('recognises its errors by brand, not by instanceof, and narrows by code', () => {
    const e = new JamsostekError('OUT_OF_RANGE', 'too big', { details: { what: 'x', value: 1 } });
    expect(isJamsostekError(e)).toBe(true);
    expect(isJamsostekError(e, 'OUT_OF_RANGE')).toBe(true);
    expect(isJamsostekError(e, 'INVALID_INPUT')).toBe(false);
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
