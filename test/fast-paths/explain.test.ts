/**
 * `explain` after the single-call work (templates split once, rule labels and footers kept per frozen
 * rule, catalogue and language, digits grouped without a regular expression) against the renderer it
 * replaced (`reference-explain.ts`): the same lines for results of every domain, in both languages,
 * with and without sources, and the same error for anything forged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jkkBenefit, jkmBenefit, scholarshipSchedule } from '../../src/entries/benefits.ts';
import { coverageRatio, coverageReport } from '../../src/entries/coverage.ts';
import { programEligibility } from '../../src/entries/eligibility.ts';
import { explain, type JamsostekResult } from '../../src/entries/explain.ts';
import { programBudget } from '../../src/entries/funding.ts';
import {
  constructionContribution,
  migrantWorkerContribution,
  payrollMonth,
  puContribution,
  puContributionSchedule,
} from '../../src/entries/payroll.ts';
import { countText, percentText, rupiahText } from '../../src/explain/render.ts';
import { bpuContribution, bpuContributionSchedule, bpuDiscountStatus } from '../../src/index.ts';
import { formatCount, formatRate, formatRupiah } from '../../src/money/format.ts';
import { jkkGolden, jkmGolden, scholarshipGolden } from '../golden/benefits.ts';
import { bpuGolden } from '../golden/bpu.ts';
import { coverageGoldens, coverageReportGoldens } from '../golden/coverage.ts';
import { eligibilityGolden } from '../golden/eligibility.ts';
import { fundingGolden } from '../golden/funding.ts';
import { constructionGolden, migrantGolden, puGolden } from '../golden/pu.ts';
import { outcome } from './helpers.ts';
import { referenceExplain } from './reference-explain.ts';

const RPJMN_2029 = { document: 'rpjmn-2025-2029', year: 2029 } as const;

/** Results of every domain, from the golden cases and a few more (village allocations: village.test.ts). */
function results(): JamsostekResult[] {
  const out: JamsostekResult[] = [];
  for (const g of bpuGolden) out.push(bpuContribution(g.input));
  for (const g of puGolden) out.push(puContribution(g.input));
  for (const g of constructionGolden) out.push(constructionContribution(g.input));
  for (const g of migrantGolden) out.push(migrantWorkerContribution(g.input));
  for (const g of jkmGolden) out.push(jkmBenefit(g.input));
  for (const g of jkkGolden) out.push(jkkBenefit(g.input));
  for (const g of scholarshipGolden) out.push(scholarshipSchedule(g.input));
  for (const g of coverageGoldens) out.push(coverageRatio(g.input));
  for (const g of coverageReportGoldens)
    out.push(coverageReport({ ...g.input, target: RPJMN_2029, year: 2025 }));
  for (const g of eligibilityGolden) out.push(programEligibility(g.input));
  for (const g of fundingGolden) out.push(programBudget(g.input));
  out.push(
    bpuContribution({ month: '2026-11', declaredIncome: 1_500_000 }),
    bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'APBD' }),
    bpuContribution({ month: '2020-09', declaredIncome: 30_000_000, programs: ['JKM', 'JKK', 'JHT'] }),
    bpuContributionSchedule({ from: '2025-10', to: '2026-05', declaredIncome: 2_000_000 }),
    bpuDiscountStatus({ month: '2026-05', fundingSource: 'Dana Desa' }),
    puContribution({ month: '2020-10', wage: 5_000_000, riskClass: 2, jkpMember: true }),
    puContribution({ month: '2025-09', wage: 5_000_000, riskClass: 1, laborIntensiveRelief: true }),
    puContribution({ month: '2031-05', wage: 20_000_000, riskClass: 5, jkpMember: true }),
    puContributionSchedule({ from: '2025-12', to: '2026-03', wage: 12_000_000, riskClass: 1 }),
    payrollMonth({ month: '2025-06', riskClass: 1, employees: [{ wage: 5_000_000 }, { wage: 9_000_000 }] }),
  );
  return out;
}

describe('explain against the renderer it replaced', () => {
  const all = results();

  it('renders the same lines for results of every domain, in both languages, with and without sources', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const r of all)
      for (const options of [
        {},
        { lang: 'en' as const },
        { sources: false },
        { lang: 'id' as const, sources: true },
      ]) {
        expect(outcome(() => explain(r, options))).toBe(outcome(() => referenceExplain(r, options)));
        // A second time, from the kept labels and templates.
        expect(outcome(() => explain(r, options))).toBe(outcome(() => referenceExplain(r, options)));
      }
  });

  it('renders the same lines, or the same error, for results read back from JSON and then changed (property)', () => {
    const texts = all.map((r) => JSON.stringify(r));
    const change = fc.oneof(
      fc.constant((o: Record<string, unknown>) => o),
      fc
        .tuple(
          fc.constantFrom('kind', 'confidence', 'basis', 'month', 'to'),
          fc.constantFrom(undefined, 3, 'x', [], {}),
        )
        .map(([k, v]) => (o: Record<string, unknown>) => ({ ...o, [k]: v })),
      fc
        .tuple(
          fc.constantFrom('rules', 'steps', 'notices', 'titleParams', 'rulebook'),
          fc.constantFrom(undefined, 3, 'x', [], [{}], [null], {}, { name: 'x', version: 1 }),
        )
        .map(([k, v]) => (o: Record<string, unknown>) => ({
          ...o,
          basis: { ...(o['basis'] as object), [k]: v },
        })),
      fc
        .tuple(
          fc.nat(),
          fc.constantFrom('params', 'rules', 'amount', 'rounding', 'code'),
          fc.constantFrom(undefined, 1.5, 'x', -7, [], {}, { mode: 'up', unit: 100 }),
        )
        .map(([i, k, v]) => (o: Record<string, unknown>) => {
          const basis = o['basis'] as { steps?: unknown };
          const steps = Array.isArray(basis?.steps) ? [...basis.steps] : [];
          if (steps.length) steps[i % steps.length] = { ...(steps[i % steps.length] as object), [k]: v };
          return { ...o, basis: { ...(basis as object), steps } };
        }),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        change,
        fc.constantFrom({}, { lang: 'en' as const }, { sources: false }, { lang: 'fr' }, null),
        (i, f, options) => {
          const r = f(
            JSON.parse(texts[i] as string) as Record<string, unknown>,
          ) as unknown as JamsostekResult;
          expect(outcome(() => explain(r, options as never))).toBe(
            outcome(() => referenceExplain(r, options as never)),
          );
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('renders a result changed between two calls as changed: nothing kept from a rounding, rule or amount that is not frozen', () => {
    // Read back from JSON, nothing in the result is frozen; each call must read it afresh.
    const r = JSON.parse(
      JSON.stringify(puContribution({ month: '2025-09', wage: 5_000_000, riskClass: 2 })),
    ) as Record<string, unknown> & {
      basis: {
        steps: { params: Record<string, unknown>; rounding?: { mode: string; unit: number } }[];
        rules: { citations: { article: string }[]; title: { id: string } }[];
      };
    };
    const same = (): void => {
      for (const options of [{}, { lang: 'en' as const }])
        expect(outcome(() => explain(r as never, options))).toBe(
          outcome(() => referenceExplain(r as never, options)),
        );
    };
    same();
    const step = r.basis.steps[0];
    const rule = r.basis.rules[0];
    if (step?.rounding === undefined || rule === undefined)
      throw new Error('a PU result rounds its first step');
    step.rounding.mode = 'down';
    step.rounding.unit = 100;
    step.params['wage'] = 7_000_000;
    (rule.citations[0] as { article: string }).article = 'Pasal 99';
    rule.title.id = 'Judul lain';
    same();
    expect(explain(r as never).join('\n')).toContain('dibulatkan ke bawah ke Rp100');
    expect(explain(r as never).join('\n')).toContain('Rp7.000.000');
    expect(explain(r as never).join('\n')).toContain('Pasal 99');
    expect(explain(r as never).join('\n')).toContain('Judul lain');
  });
});

describe('the formatting explain does itself', () => {
  const langs = fc.constantFrom('id' as const, 'en' as const);

  it('writes rates as formatRate does, and refuses what it refuses (property)', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom('0', '0', '0', '1', '5', '9'), minLength: min, maxLength: max });
    const rate = fc.oneof(
      fc
        .tuple(fc.boolean(), digits(1, 20), fc.option(digits(1, 20), { nil: undefined }))
        .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`),
      fc.constantFrom('0.0024', '-0', '-0.00', '00.10', '1', '', '.5', '1.', '1e-3', ' 0.1', '0,1'),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(0.1 as unknown as string, null as unknown as string),
    );
    fc.assert(
      fc.property(rate, langs, (r, lang) => {
        expect(outcome(() => percentText(r, lang))).toBe(outcome(() => formatRate(r, lang)));
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('writes amounts and counts as formatRupiah and formatCount do (property)', () => {
    const n = fc.oneof(
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: -5_000, max: 5_000_000 }),
      fc.double(),
      fc.constantFrom(0, -0, 1_000, 999, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 1e-7, 0.5),
    );
    fc.assert(
      fc.property(n, langs, (x, lang) => {
        expect(outcome(() => rupiahText(x, lang))).toBe(outcome(() => formatRupiah(x, lang)));
        expect(outcome(() => countText(x, lang))).toBe(outcome(() => formatCount(x, lang)));
      }),
      { numRuns: 5000 },
    );
  }, 60_000);
});
