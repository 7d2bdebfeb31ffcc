import { BpuContributionInputSchema, bpuContribution, isJamsostekError } from 'jamsostek';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseInput, toIssues } from '../../src/schemas/validate.ts';
import { thrown } from '../helpers.ts';

describe('exported input schemas', () => {
  const bad = { month: '2025-13', declaredIncome: -1, payer: 'APBD' };

  it('give the same issues as the calculator throws, as data', () => {
    expect(BpuContributionInputSchema.safeParse({ month: '2025-09', declaredIncome: 1_000_000 })).toEqual({
      success: true,
      data: { month: '2025-09', declaredIncome: 1_000_000 },
    });
    const r = BpuContributionInputSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const thrownIssues = thrown(() => bpuContribution(bad as never)).issues;
    if (!r.success) expect(r.issues).toEqual(thrownIssues);
    expect(thrownIssues.map((x) => x.path.join('.'))).toEqual(['month', 'declaredIncome', 'payer']);
    expect(thrown(() => BpuContributionInputSchema.parse(bad)).code).toBe('INVALID_INPUT');
  });

  it('are Standard Schemas (v1) with our own issues', () => {
    const std = BpuContributionInputSchema['~standard'];
    expect(std.version).toBe(1);
    expect(std.vendor).toBe('jamsostek');
    expect(std.validate({ month: '2025-09', declaredIncome: 1 })).toEqual({
      value: { month: '2025-09', declaredIncome: 1 },
    });
    const out = std.validate(bad);
    expect('issues' in out && out.issues?.map((x) => x.path?.join('.'))).toEqual([
      'month',
      'declaredIncome',
      'payer',
    ]);
  });
});

describe('parseInput', () => {
  const schema = z.strictObject({
    n: z.int(),
    s: z.string().check(z.minLength(2), z.maxLength(3)),
    e: z.enum(['a', 'b']),
    u: z.union([z.literal(1), z.literal(2)]),
    k: z.number().check(z.gte(5), z.lte(6)),
    r: z.string().check(z.regex(/^x+$/)),
    req: z.string(),
  });

  it('turns every zod issue into a path, a clear message and the received value', () => {
    try {
      parseInput(schema, { n: 1.5, s: 'abcd', e: 'c', u: 3, k: 4, r: 'y', extra: true, other: 2 }, 'demo');
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e)).toBe(true);
      if (!isJamsostekError(e)) return;
      const byPath = Object.fromEntries(e.issues.map((i) => [i.path.join('.'), i.message]));
      expect(byPath).toMatchObject({
        n: 'must be a whole number',
        s: 'must be at most 3',
        e: 'must be one of "a", "b"',
        u: 'does not match any accepted form',
        k: 'must be at least 5',
        r: 'has an invalid format (regex)',
        req: 'is required',
        extra: 'is not a known key',
        other: 'is not a known key',
      });
      expect(e.issues.find((i) => i.path[0] === 'other')?.received).toBe(2);
      expect(e.message).toContain('Invalid demo');
    }
  });

  it('describes type errors and NaN', () => {
    const t = z.strictObject({ a: z.number(), b: z.number() });
    const r = t.safeParse({ a: 'x', b: Number.NaN }, { reportInput: true });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(toIssues(r.error.issues).map((i) => i.message)).toEqual([
      'must be of type number',
      'must be a number, not NaN',
    ]);
  });

  it('falls back to the zod message for other issue kinds', () => {
    const t = z.array(z.string()).check(
      z.minLength(1),
      z.refine(() => false),
    );
    const r = t.safeParse([], { reportInput: true });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(toIssues(r.error.issues).map((i) => i.message)).toEqual(['must be at least 1', 'is invalid']);
  });

  it('returns the parsed value when valid', () => {
    expect(parseInput(z.object({ a: z.number() }), { a: 1 }, 'x')).toEqual({ a: 1 });
  });
});
