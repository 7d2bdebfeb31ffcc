/**
 * Explanations of the results that carry no steps: roster summaries (which merge across shards) and
 * roster screenings. They render from their own fields.
 *
 * @internal
 * @module
 */
import type { RosterScreeningResult } from '../eligibility/types.ts';
import { invalidInput } from '../errors.ts';
import type { Lang } from '../money/format.ts';
import type { RosterSummary } from '../roster/types.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import type { MessageCatalog } from './messages/types.ts';
import { basisIssues, type ExplainOptions, message, renderTail } from './render.ts';

type Renderer = (
  catalog: MessageCatalog,
  result: Record<string, unknown>,
  options: ExplainOptions,
) => string[];

function rosterSummary(
  catalog: MessageCatalog,
  result: Record<string, unknown>,
  options: ExplainOptions,
): string[] {
  const s = result as unknown as RosterSummary;
  const lang: Lang = options.lang ?? 'id';
  const lines = [message(catalog, 'title.roster-summary', { from: s.from, to: s.to }, lang)];
  lines.push(
    `- ${message(catalog, 'roster.rows', { rows: s.rows, workers: s.workers, invalid: s.invalid, ineligible: s.ineligible }, lang)}`,
  );
  for (const [month, t] of Object.entries(s.byMonth))
    lines.push(
      `- ${message(catalog, 'roster.month', { month, workers: t.workers, amount: t.amount }, lang)}`,
    );
  lines.push(
    `- ${message(catalog, 'roster.total', { workerMonths: s.workerMonths, amount: s.total }, lang)}`,
  );
  const confidence = weakestConfidence(s.rules.map((r) => r.confidence));
  lines.push(
    ...renderTail(catalog, { notices: [], rules: s.rules, rulebook: s.rulebook }, confidence, options),
  );
  return lines;
}

function rosterScreening(
  catalog: MessageCatalog,
  result: Record<string, unknown>,
  options: ExplainOptions,
): string[] {
  const issues = basisIssues(result['basis']);
  for (const k of ['eligible', 'rejected'] as const)
    if (!Array.isArray(result[k]))
      issues.push({ path: [k], message: 'must be an array', received: result[k] });
  const counts = result['rejectedByReason'];
  if (typeof counts !== 'object' || counts === null)
    issues.push({ path: ['rejectedByReason'], message: 'must be an object', received: counts });
  if (issues.length) invalidInput(issues, 'explain arguments');
  const s = result as unknown as RosterScreeningResult;
  const lang: Lang = options.lang ?? 'id';
  const lines = [message(catalog, 'title.roster-screening', { asOf: s.asOf }, lang)];
  lines.push(
    `- ${message(catalog, 'screening.counts', { rows: s.rows, eligible: s.eligible.length, rejected: s.rejected.length }, lang)}`,
  );
  // Most frequent reason first; ties keep the order in which the roster first met them.
  const byReason = Object.entries(s.rejectedByReason)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort((a, b) => b[1] - a[1]);
  if (byReason.length) {
    lines.push(message(catalog, 'screening.by-reason', {}, lang));
    for (const [code, count] of byReason) {
      const label = message(catalog, `screening.reason.${code}`, {}, lang);
      lines.push(`- ${message(catalog, 'screening.reason', { label, count }, lang)}`);
    }
  }
  lines.push(...renderTail(catalog, s.basis, s.confidence, options));
  return lines;
}

/** @internal Renderers of the results without steps, by kind. */
export const derivedRenderers: Readonly<Record<string, Renderer>> = Object.freeze({
  'roster-summary': rosterSummary,
  'roster-screening': rosterScreening,
});
