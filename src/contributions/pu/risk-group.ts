/**
 * The JKK risk group of a kind of business (PP 44/2015 Pasal 16 and Lampiran I as replaced by
 * PP 82/2019), for choosing the `riskClass` of a payroll.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BasisBuilder } from '../../explain/basis.ts';
import type { JkkRiskGroupEntry } from '../../rulebook/catalog-cash.ts';
import { requireRule } from '../../rulebook/lookup.ts';
import { RISK_GROUP_RULEBOOK } from '../../rulebook/official/risk-groups.ts';
import { IsoDateSchema, RulebookSchema } from '../../schemas/common.ts';
import { type InputSchema, inputSchema } from '../../schemas/input-schema.ts';
import { parseInput } from '../../schemas/validate.ts';
import type { JkkRiskGroupCandidate, JkkRiskGroupInput, JkkRiskGroupResult } from './risk-group-types.ts';

/** Words that say nothing about the kind of business. */
const STOPWORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'dan',
  'dari',
  'lain',
  'lainnya',
  'seperti',
  'yang',
  'untuk',
  'di',
  'terkecuali',
]);

/** Lower case, accents and punctuation removed, spaces collapsed. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** Two words match when equal, or when one of at least four letters begins the other. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** @internal */
export const jkkRiskGroupInput: z.ZodMiniType<JkkRiskGroupInput> = /* @__PURE__ */ z.strictObject({
  business: z.string().check(
    z.refine((s) => s.trim().length > 0 && s.length <= 500, {
      message:
        'must be the name of a kind of business or an entry id such as G2-024 (at most 500 characters)',
    }),
  ),
  asOf: IsoDateSchema,
  rulebook: z.optional(RulebookSchema),
});

/**
 * Schema of {@link JkkRiskGroupInput}.
 *
 * @example
 * ```ts
 * import { JkkRiskGroupInputSchema } from 'jamsostek/payroll';
 * JkkRiskGroupInputSchema.safeParse({ business: 'Rumah makan dan minuman', asOf: '2026-01-01' }).success; // true
 * ```
 */
export const JkkRiskGroupInputSchema: InputSchema<JkkRiskGroupInput> = /* @__PURE__ */ inputSchema(
  jkkRiskGroupInput,
  'JKK risk-group input',
);

/** @internal The lookup on validated input. */
export function computeJkkRiskGroup(input: JkkRiskGroupInput): JkkRiskGroupResult {
  const rulebook = input.rulebook ?? RISK_GROUP_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const groups = b.use(requireRule(rulebook, 'pu.jkk.risk-groups', input.asOf));
  const rates = b.use(requireRule(rulebook, 'pu.jkk.rate', input.asOf));
  const candidate = (entry: JkkRiskGroupEntry): JkkRiskGroupCandidate => ({
    entry: { id: entry.id, name: entry.name, group: entry.group },
    riskClass: entry.group,
    rate: rates.value[`${entry.group}`],
  });
  const head = { kind: 'jkk-risk-group' as const, asOf: input.asOf, query: input.business };
  const query = normalise(input.business);
  const hit = groups.value.find(
    (e) => e.id.toLowerCase() === query.replace(' ', '-') || normalise(e.name) === query,
  );
  b.notice('pu.jkk.risk-group.bpjs-decides', 'info', {}, [groups.id]);
  b.notice('pu.jkk.risk-group.source', 'warning', {}, [groups.id]);
  if (hit) {
    const found = candidate(hit);
    b.step('pu.jkk.risk-group.found', { id: hit.id, name: hit.name, group: hit.group }, [groups.id]);
    b.step('pu.jkk.risk-group.rate', { riskClass: found.riskClass, rate: found.rate }, [rates.id]);
    const basis = b.build({ asOf: input.asOf, query: input.business });
    return {
      ...head,
      status: 'found',
      ...found,
      citations: [...groups.citations, ...rates.citations],
      confidence: b.confidence(),
      basis,
    };
  }
  // The closest entries: most query words matched, then the shorter name, then the annex order.
  const asked = words(input.business);
  const scored = groups.value
    .map((e, order) => {
      const own = words(e.name);
      const matched = asked.filter((w) => own.some((o) => sameWord(w, o))).length;
      return { e, order, matched, length: own.length };
    })
    .filter((s) => s.matched > 0)
    .sort((a, c) => c.matched - a.matched || a.length - c.length || a.order - c.order)
    .slice(0, 5);
  const closest = scored.map((s) => candidate(s.e));
  b.step(
    closest.length ? 'pu.jkk.risk-group.not-found' : 'pu.jkk.risk-group.none',
    { query: input.business, count: closest.length },
    [groups.id],
  );
  for (const c of closest)
    b.step(
      'pu.jkk.risk-group.candidate',
      { id: c.entry.id, name: c.entry.name, group: c.entry.group, rate: c.rate },
      [],
    );
  const basis = b.build({ asOf: input.asOf, query: input.business });
  return { ...head, status: 'not-found', closest, confidence: b.confidence(), basis };
}

/**
 * The JKK risk group of a kind of business, to choose the `riskClass` of `puContribution`: the entry
 * of Lampiran I (PP 44/2015, as replaced by PP 82/2019) whose name matches (case, accents and
 * punctuation aside) or whose id is given, with its class and the JKK rate on `asOf`; otherwise
 * `status: 'not-found'` with up to five closest entries, none presented as the answer.
 *
 * A suggestion, not a decision: BPJS Ketenagakerjaan sets each company's rate guided by the annex
 * (Pasal 16 ayat (2)). The annex was encoded from one secondary transcription (confidence C on every
 * row); there are no KBLI codes in it, and no version before 2019-12-02 (`RULE_NOT_IN_FORCE`).
 *
 * @example
 * ```ts
 * import { jkkRiskGroup } from 'jamsostek/payroll';
 * const r = jkkRiskGroup({ business: 'Rumah makan dan minuman', asOf: '2026-01-01' });
 * if (r.status === 'found') r.rate; // '0.0054' (group 2)
 * jkkRiskGroup({ business: 'warung kopi', asOf: '2026-01-01' }).status; // 'not-found'
 * ```
 */
export function jkkRiskGroup(input: JkkRiskGroupInput): JkkRiskGroupResult {
  return computeJkkRiskGroup(parseInput(jkkRiskGroupInput, input, 'JKK risk-group input'));
}
