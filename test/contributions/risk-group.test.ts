import { explain } from 'jamsostek/explain';
import { JkkRiskGroupInputSchema, jkkRiskGroup, puContribution } from 'jamsostek/payroll';
import { OFFICIAL_RULEBOOK, ruleAt } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { issuesOf, thrown } from '../helpers.ts';

describe('jkkRiskGroup', () => {
  it('G11: "Rumah makan dan minuman" is G2-024, 0,54 % (PP 44/2015 Pasal 16 ayat (1) huruf b)', () => {
    const r = jkkRiskGroup({ business: 'Rumah makan dan minuman', asOf: '2026-01-01' });
    expect(r).toMatchObject({
      status: 'found',
      entry: { id: 'G2-024', name: 'Rumah makan dan minuman', group: 2 },
      riskClass: 2,
      rate: '0.0054',
      confidence: 'C',
    });
    if (r.status !== 'found') throw new Error('expected found');
    expect(r.citations.map((c) => c.instrument)).toContain('PP 82/2019');
    // The class feeds a payroll: 0,54 % × 4.000.000 = 21.600 (before any JKP recomposition).
    const pay = puContribution({
      month: '2024-06',
      wage: 4_000_000,
      riskClass: r.riskClass,
      programs: ['JKK', 'JKM'],
    });
    expect(pay.lines.find((l) => l.program === 'JKK')?.employer).toBe(21_600);
  });

  it('G11: warehousing "Penimbunan barang/veem" is G4-011, 1,27 %, by name or by id', () => {
    for (const business of ['Penimbunan barang/veem', 'PENIMBUNAN BARANG VEEM', 'G4-011', 'g4-011'])
      expect(jkkRiskGroup({ business, asOf: '2026-01-01' })).toMatchObject({
        status: 'found',
        entry: { id: 'G4-011' },
        rate: '0.0127',
      });
  });

  it('holds 191 entries: 23, 25, 96, 23 and 24 in groups 1 to 5 (the transcription it follows)', () => {
    const list = ruleAt(OFFICIAL_RULEBOOK, 'pu.jkk.risk-groups', '2026-01-01').value;
    expect(list).toHaveLength(191);
    expect([1, 2, 3, 4, 5].map((g) => list.filter((e) => e.group === g).length)).toEqual([
      23, 25, 96, 23, 24,
    ]);
    expect(new Set(list.map((e) => e.id)).size).toBe(191);
    expect(new Set(list.map((e) => e.name)).size).toBe(191);
  });

  it('never guesses: a name that is not in the annex gives the closest entries', () => {
    const r = jkkRiskGroup({ business: 'rumah makan', asOf: '2026-01-01' });
    expect(r.status).toBe('not-found');
    if (r.status !== 'not-found') throw new Error('expected not found');
    expect(r.closest[0]?.entry.id).toBe('G2-024');
    expect(r.closest.length).toBeLessThanOrEqual(5);
    expect(r).not.toHaveProperty('riskClass');
    // Both vehicle-repair entries are offered for a workshop (group 3 and group 4).
    const workshop = jkkRiskGroup({ business: 'bengkel motor', asOf: '2026-01-01' });
    if (workshop.status !== 'not-found') throw new Error('expected not found');
    expect(workshop.closest.map((c) => c.entry.id)).toEqual(['G4-003', 'G3-095']);
    const none = jkkRiskGroup({ business: 'xyz', asOf: '2026-01-01' });
    expect(none).toMatchObject({ status: 'not-found', closest: [] });
    for (const x of [r, workshop, none, jkkRiskGroup({ business: 'G1-001', asOf: '2026-01-01' })])
      for (const lang of ['id', 'en'] as const)
        for (const line of explain(x, { lang })) expect(line).not.toMatch(/^(- )?[\w.-]+ \{|\{\w+(:\w+)?\}/);
  });

  it('has no annex before PP 82/2019 (2019-12-02), and checks its input', () => {
    expect(thrown(() => jkkRiskGroup({ business: 'Bioskop', asOf: '2019-12-01' })).code).toBe(
      'RULE_NOT_IN_FORCE',
    );
    expect(jkkRiskGroup({ business: 'Bioskop', asOf: '2019-12-02' }).status).toBe('found');
    expect(issuesOf(() => jkkRiskGroup({ business: '  ', asOf: '2026-13-01' } as never))).toEqual([
      'business',
      'asOf',
    ]);
    expect(JkkRiskGroupInputSchema.safeParse({ business: 'Bioskop', asOf: '2026-01-01' }).success).toBe(true);
  });

  it('shares nothing with the rulebook or another result', () => {
    const a = jkkRiskGroup({ business: 'Bioskop', asOf: '2026-01-01' });
    const b = jkkRiskGroup({ business: 'Bioskop', asOf: '2026-01-01' });
    if (a.status !== 'found' || b.status !== 'found') throw new Error('expected found');
    expect(a.entry).not.toBe(b.entry);
    expect(a.citations).not.toBe(b.citations);
    expect(Object.isFrozen(a.entry)).toBe(false);
  });
});
