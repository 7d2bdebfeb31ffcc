/**
 * The published JSON Schemas (schemas/*.json, shipped as jamsostek/schemas/*.json):
 *
 * - they match what scripts/gen-schemas.ts generates from the sources (run `npm run schemas` after a
 *   reviewed change, like the API report);
 * - every one is a valid draft 2020-12 schema for ajv in strict mode (unknown keywords and formats fail);
 * - real results of every result kind, computed from the golden inputs and the examples, validate
 *   against their schema and against jamsostek-result.json;
 * - inputs the library accepts validate against the input schemas (golden inputs, and inputs generated
 *   with fast-check), and inputs with a wrong type, an unknown key or a bad month are refused by both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import {
  BPU_CATEGORIES,
  BPU_SECTORS,
  BpuContributionInputSchema,
  bpuContribution,
  bpuContributionSchedule,
  bpuDiscountStatus,
  FUNDING_SOURCES,
} from 'jamsostek';
import { jkkBenefit, jkmBenefit, scholarshipSchedule } from 'jamsostek/benefits';
import type { JamsostekResult } from 'jamsostek/explain';
import { budgetCapacity, programBudget } from 'jamsostek/funding';
import { puContribution, puContributionSchedule } from 'jamsostek/payroll';
import { processRosterSync, RosterOptionsSchema } from 'jamsostek/roster';
import { exportRulebook } from 'jamsostek/rulebook';
import { bpuRateTable } from 'jamsostek/sql';
import { syntheticRoster } from 'jamsostek/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSchemas, kebab } from '../../scripts/gen-schemas.ts';
import { jkkGolden, jkmGolden, scholarshipGolden } from '../golden/benefits.ts';
import { bpuGolden } from '../golden/bpu.ts';
import { puGolden } from '../golden/pu.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const dir = join(import.meta.dirname, '..', '..', 'schemas');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  for (const f of files) ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return ajv;
}

const ajv = makeAjv();

function validate(name: string, value: unknown): string[] {
  const v = ajv.getSchema(`${name}.json`);
  if (!v) throw new Error(`no schema ${name}.json`);
  return v(JSON.parse(JSON.stringify(value)))
    ? []
    : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('published JSON Schemas', () => {
  let generated: Map<string, string>;
  beforeAll(async () => {
    generated = await generateSchemas();
  }, 120_000);

  it('match the sources (run `npm run schemas` after a reviewed change)', () => {
    expect([...generated.keys()].sort()).toEqual([...files].sort());
    for (const [name, text] of generated) expect(text, name).toBe(readFileSync(join(dir, name), 'utf8'));
  });

  it('are valid draft 2020-12 schemas in ajv strict mode', () => {
    for (const f of files) {
      const schema = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      expect(ajv.validateSchema(schema), f).toBe(true);
      expect(() => ajv.getSchema(schema.$id), f).not.toThrow();
    }
  });

  it('leave nothing unconstrained but the `received` value of an issue and a screening row', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const empties = [...text.matchAll(/"([^"]+)": \{\}/g)].map((m) => m[1]);
      expect(
        // `not: {}` is a property that must be absent (`?: never`).
        empties.filter((k) => k !== 'received' && k !== 'items' && k !== 'not'),
        f,
      ).toEqual([]);
    }
  });

  it('leave out the rulebook of every input (it cannot cross a JSON boundary)', () => {
    for (const f of files.filter((n) => n.endsWith('-input.json') || n.endsWith('-query.json')))
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('"rulebook"');
  });
});

/** Real results of every kind the examples compute. */
function results(): JamsostekResult[] {
  const out: JamsostekResult[] = [
    ...bpuGolden.map((g) => bpuContribution(g.input)),
    bpuContributionSchedule({
      from: '2025-07',
      to: '2026-06',
      declaredIncome: 1_500_000,
      programs: ['JKK', 'JKM', 'JHT'],
    }),
    bpuDiscountStatus({ month: '2026-11' }),
    bpuDiscountStatus({ month: '2026-11', fundingSource: 'APBD' }),
    bpuDiscountStatus({ month: '2027-06' }),
    ...puGolden.map((g) => puContribution(g.input)),
    puContributionSchedule({ from: '2025-01', to: '2025-12', wage: 5_000_000, riskClass: 2 }),
    programBudget({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 28_448, from: '2025-07', to: '2025-12' }],
    }),
    budgetCapacity({ fundingSource: 'APBD', budget: 2_800_000_000, from: '2025-07', to: '2025-12' }),
    processRosterSync(syntheticRoster({ count: 200, seed: 3, corruptRate: 0.1 }), {
      from: '2025-07',
      to: '2025-12',
      fundingSource: 'APBD',
    }),
  ];
  out.push(...jkmGolden.map((g) => jkmBenefit(g.input)));
  out.push(...jkkGolden.map((g) => jkkBenefit(g.input)));
  out.push(...scholarshipGolden.map((g) => scholarshipSchedule(g.input)));
  return out;
}

describe('real results validate against their schema', () => {
  const all = results();
  it.each(all.map((r, i) => [`${r.kind} #${i}`, r] as const))('%s', (_, result) => {
    const name = kebab(`${result.kind.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}`);
    const own = files.includes(`${name}-result.json`) ? `${name}-result` : name;
    expect(validate(own, result)).toEqual([]);
    expect(validate('jamsostek-result', result)).toEqual([]);
  });

  it('a result with a field it does not have, or a wrong kind, is refused', () => {
    const r = bpuContribution({ month: '2025-09', declaredIncome: 1_000_000 });
    expect(validate('bpu-contribution-result', { ...r, extra: 1 })).not.toEqual([]);
    expect(validate('bpu-contribution-result', { ...r, total: '16800' })).not.toEqual([]);
    expect(validate('jamsostek-result', { ...r, kind: 'bpu-contribution-x' })).not.toEqual([]);
  });

  it('the rate table and the rulebook export validate', () => {
    expect(validate('bpu-rate-table', bpuRateTable({ from: '2026-01', to: '2026-03' }))).toEqual([]);
    expect(validate('rulebook-export', JSON.parse(exportRulebook({ format: 'json' })))).toEqual([]);
  });
});

describe('inputs the library accepts validate against the input schemas', () => {
  it('golden inputs', () => {
    for (const g of bpuGolden) expect(validate('bpu-contribution-input', g.input), g.name).toEqual([]);
    for (const g of puGolden) expect(validate('pu-contribution-input', g.input), g.name).toEqual([]);
  });

  const month = fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const bpuInput = fc.record(
    {
      month,
      declaredIncome: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      programs: fc.constantFrom(['JKK', 'JKM'], ['JKK', 'JKM', 'JHT'], ['JHT'], ['JHT', 'JKM', 'JKK']),
      fundingSource: fc.constantFrom(...FUNDING_SOURCES),
      sector: fc.constantFrom(...BPU_SECTORS),
      category: fc.constantFrom(...BPU_CATEGORIES),
    },
    { requiredKeys: ['month', 'declaredIncome'] },
  );

  it('generated BPU inputs: the schema accepts what the library accepts', () => {
    fc.assert(
      fc.property(bpuInput, (input) => {
        expect(BpuContributionInputSchema.safeParse(input).success).toBe(true);
        expect(validate('bpu-contribution-input', input)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const rosterOptions = fc.record(
    {
      from: month,
      to: month,
      fundingSource: fc.constantFrom(...FUNDING_SOURCES),
      declaredIncome: fc.integer({ min: 1, max: 100_000_000 }),
      rowOffset: fc.nat(),
      rejectedLimit: fc.nat(),
      stopOnInvalid: fc.boolean(),
    },
    { requiredKeys: ['from', 'to'] },
  );

  it('generated roster options: accepted by the library ⇒ accepted by the schema', () => {
    fc.assert(
      fc.property(rosterOptions, (input) => {
        if (RosterOptionsSchema.safeParse(input).success)
          expect(validate('roster-options', input)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const broken = fc.oneof(
    bpuInput.map((i) => ({ ...i, month: '2025-13' })),
    bpuInput.map((i) => ({ ...i, declaredIncome: String(i.declaredIncome) })),
    bpuInput.map((i) => ({ ...i, payer: 'APBD' })),
    bpuInput.map((i) => ({ ...i, fundingSource: 'dbh sawit' })),
    bpuInput.map(({ month: _m, ...rest }) => rest),
  );

  it('generated broken inputs: refused by both', () => {
    fc.assert(
      fc.property(broken, (input) => {
        expect(BpuContributionInputSchema.safeParse(input).success).toBe(false);
        expect(validate('bpu-contribution-input', input)).not.toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
