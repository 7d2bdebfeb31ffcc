/**
 * Steps that stand for one line per item of a result. A village allocation over 100.000 villages
 * records one step for all its village lines, not one step each: `explain` renders the lines from the
 * result's own `lines` on request, with the same text as one step per village would give.
 *
 * @internal
 * @module
 */
import type { InputIssue } from '../errors.ts';
import type { Basis, BasisStep } from './basis.ts';

/** The step that stands for the village lines of a village allocation. */
const VILLAGE_LINES = 'funding.villages.lines';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function standsForLines(basis: Basis): boolean {
  for (const s of basis.steps) if (s.code === VILLAGE_LINES) return true;
  return false;
}

/** @internal Every problem of the result's fields that a step standing for them would render from. */
export function expansionIssues(result: Readonly<Record<string, unknown>>, basis: Basis): InputIssue[] {
  if (!standsForLines(basis)) return [];
  const lines = result['lines'];
  if (!Array.isArray(lines)) return [{ path: ['lines'], message: 'must be an array', received: lines }];
  const issues: InputIssue[] = [];
  lines.forEach((l: unknown, i) => {
    if (!isObject(l)) issues.push({ path: ['lines', i], message: 'must be a village line', received: l });
  });
  return issues;
}

/**
 * @internal The basis with each step that stands for the village lines replaced by one step per
 * line; the basis itself when it has none. The caller has checked the result with
 * {@link expansionIssues}.
 */
export function expandedBasis(result: Readonly<Record<string, unknown>>, basis: Basis): Basis {
  if (!standsForLines(basis)) return basis;
  const lines = result['lines'] as readonly Readonly<Record<string, unknown>>[];
  const steps: BasisStep[] = [];
  for (const s of basis.steps) {
    if (s.code !== VILLAGE_LINES) {
      steps.push(s);
      continue;
    }
    const share = s.params['share'];
    const named = s.params['each'] !== true;
    for (const l of lines) {
      steps.push({
        code: 'funding.village',
        params: {
          ...(named ? { name: l['name'] as string } : {}),
          count: l['count'] as number,
          grant: l['grant'] as number,
          ...(share === undefined ? {} : { share }),
          envelope: l['envelope'] as number,
          workers: l['workers'] as number,
        },
        rules: s.rules,
        amount: l['cost'] as number | undefined,
        rounding: undefined,
      });
    }
  }
  return { ...basis, steps };
}
