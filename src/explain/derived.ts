/**
 * Explanations of the results that carry no steps: roster summaries (which merge across shards) and
 * roster screenings. They render from their own fields.
 *
 * @internal
 * @module
 */
import type { RosterScreeningResult } from '../eligibility/types.ts';
import { type InputIssue, invalidInput } from '../errors.ts';
import { isFundingSource, payerOf } from '../funding/sources.ts';
import type { Lang } from '../money/format.ts';
import { isYearMonth } from '../period/year-month.ts';
import type { RosterDiff, RosterSummary } from '../roster/types.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import type { BasisParams } from './basis.ts';
import type { MessageCatalog } from './messages/types.ts';
import { basisIssues, type ExplainOptions, message, renderTail, ruleRefIssues } from './render.ts';

type Renderer = (
  catalog: MessageCatalog,
  result: Record<string, unknown>,
  options: ExplainOptions,
) => string[];

/** The message of `code` when the catalogue has one, else `fallback` as given. */
function labelOr(catalog: MessageCatalog, code: string, fallback: string, lang: Lang): string {
  return Object.hasOwn(catalog, code) ? message(catalog, code, {}, lang) : fallback;
}

/** One line for one reason of `rejectedByReason`, in words. */
function rejectedLine(catalog: MessageCatalog, reason: string, rows: number, lang: Lang): string {
  if (reason === 'duplicate') return message(catalog, 'roster.rejected.duplicate', { rows }, lang);
  if (reason.startsWith('invalid:')) {
    const path = reason.slice('invalid:'.length);
    if (path === '') return message(catalog, 'roster.rejected.not-a-row', { rows }, lang);
    if (path === 'payer') return message(catalog, 'roster.rejected.payer', { rows }, lang);
    // A coded problem (`invalid:NIK_AS_NUMBER`) has its own label.
    if (Object.hasOwn(catalog, `roster.issue.${path}`))
      return message(
        catalog,
        'roster.rejected.coded',
        { issue: message(catalog, `roster.issue.${path}`, {}, lang), rows },
        lang,
      );
    const field = labelOr(catalog, `roster.field.${path}`, path, lang);
    return message(catalog, 'roster.rejected.invalid', { field, rows }, lang);
  }
  // Reason codes of the eligibility check have a short name; an app's own codes are shown as given.
  const why = labelOr(catalog, `roster.reason.${reason}`, reason, lang);
  return message(catalog, 'roster.rejected.ineligible', { reason: why, rows }, lang);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

/** Every problem of a roster summary that would keep it from rendering. */
function summaryIssues(r: Record<string, unknown>): InputIssue[] {
  const issues: InputIssue[] = [];
  const need = (ok: boolean, path: (string | number)[], message: string, received: unknown): void => {
    if (!ok) issues.push({ path, message, received });
  };
  for (const k of ['from', 'to'] as const) need(isYearMonth(r[k]), [k], 'must be a YYYY-MM month', r[k]);
  for (const k of ['rows', 'workers', 'invalid', 'ineligible', 'workerMonths', 'total'] as const)
    need(isCount(r[k]), [k], 'must be a whole number, not negative', r[k]);
  const totals = (key: string, fields: readonly string[], optional: boolean): void => {
    const o = r[key];
    if (!isObject(o)) {
      need(false, [key], 'must be an object', o);
      return;
    }
    for (const [k, v] of Object.entries(o)) {
      if (optional && v === undefined) continue;
      need(
        fields.length === 0 ? isCount(v) : isObject(v) && fields.every((f) => isCount(v[f])),
        [key, k],
        fields.length === 0 ? 'must be a whole number' : `must be { ${fields.join(', ')} } in whole numbers`,
        v,
      );
    }
  };
  totals('byMonth', ['workers', 'amount'], false);
  totals('byProgram', [], true);
  totals('byFundingSource', ['workers', 'workerMonths', 'amount'], true);
  totals('rejectedByReason', [], false);
  const stamp = r['rulebook'];
  need(
    isObject(stamp) && typeof stamp['name'] === 'string' && typeof stamp['version'] === 'string',
    ['rulebook'],
    'must be { name, version }',
    stamp,
  );
  const rules = r['rules'];
  if (!Array.isArray(rules)) need(false, ['rules'], 'must be an array', rules);
  else
    rules.forEach((x: unknown, i) => {
      ruleRefIssues(x, ['rules', i], issues);
    });
  return issues;
}

function rosterSummary(
  catalog: MessageCatalog,
  result: Record<string, unknown>,
  options: ExplainOptions,
): string[] {
  const issues = summaryIssues(result);
  if (issues.length) invalidInput(issues, 'explain arguments');
  const s = result as unknown as RosterSummary;
  const lang: Lang = options.lang ?? 'id';
  const line = (code: string, params: BasisParams): string => `- ${message(catalog, code, params, lang)}`;
  const lines = [message(catalog, 'title.roster-summary', { from: s.from, to: s.to }, lang)];
  lines.push(
    line('roster.rows', { rows: s.rows, workers: s.workers, invalid: s.invalid, ineligible: s.ineligible }),
  );
  if (s.duplicates) lines.push(line('roster.duplicates', { duplicates: s.duplicates }));
  for (const [month, t] of Object.entries(s.byMonth))
    lines.push(line('roster.month', { month, workers: t.workers, amount: t.amount }));
  for (const [program, amount] of Object.entries(s.byProgram))
    if (amount !== undefined) lines.push(line('roster.program', { program, amount }));
  for (const [fundingSource, t] of Object.entries(s.byFundingSource)) {
    if (t === undefined) continue;
    lines.push(
      line('roster.funding-source', {
        fundingSource,
        ...(isFundingSource(fundingSource) && payerOf(fundingSource) !== fundingSource
          ? { payer: payerOf(fundingSource) }
          : {}),
        workers: t.workers,
        workerMonths: t.workerMonths,
        amount: t.amount,
      }),
    );
  }
  for (const [list, t] of Object.entries(s.byList ?? {}))
    if (list !== '')
      lines.push(
        line('roster.list', { list, workers: t.workers, workerMonths: t.workerMonths, amount: t.amount }),
      );
  lines.push(line('roster.total', { workerMonths: s.workerMonths, amount: s.total }));
  if (s.unknownColumns?.length)
    lines.push(line('roster.unknown-columns', { columns: s.unknownColumns.join(', ') }));
  if (s.duplicateColumns?.length)
    lines.push(line('roster.duplicate-columns', { columns: s.duplicateColumns.join(', ') }));
  const reasons = Object.entries(s.rejectedByReason);
  if (reasons.length) {
    lines.push(message(catalog, 'roster.rejected', {}, lang));
    for (const [reason, rows] of reasons) lines.push(`- ${rejectedLine(catalog, reason, rows, lang)}`);
  }
  const flags = Object.entries(s.flaggedByReason ?? {});
  if (flags.length) {
    lines.push(message(catalog, 'roster.flagged', {}, lang));
    for (const [code, rows] of flags)
      lines.push(
        line('roster.flagged.line', { issue: labelOr(catalog, `roster.issue.${code}`, code, lang), rows }),
      );
  }
  const confidence = weakestConfidence(s.rules.map((r) => r.confidence));
  lines.push(
    ...renderTail(catalog, { notices: [], rules: s.rules, rulebook: s.rulebook }, confidence, options),
  );
  return lines;
}

function rosterDiff(
  catalog: MessageCatalog,
  result: Record<string, unknown>,
  options: ExplainOptions,
): string[] {
  const issues = [];
  for (const k of ['joined', 'left', 'changed', 'skipped', 'fields'] as const)
    if (!Array.isArray(result[k]))
      issues.push({ path: [k], message: 'must be an array', received: result[k] });
  if (issues.length) invalidInput(issues, 'explain arguments');
  const d = result as unknown as RosterDiff;
  const lang: Lang = options.lang ?? 'id';
  const line = (code: string, params: BasisParams): string => `- ${message(catalog, code, params, lang)}`;
  const lines = [message(catalog, 'title.roster-diff', {}, lang)];
  lines.push(
    line('roster-diff.counts', {
      joined: d.joined.length,
      left: d.left.length,
      changed: d.changed.length,
      unchanged: d.unchanged,
    }),
  );
  for (const field of d.fields) {
    const count = d.changed.filter((c) => c.changes.some((x) => x.field === field)).length;
    if (count)
      lines.push(
        line('roster-diff.field', { field: labelOr(catalog, `roster.field.${field}`, field, lang), count }),
      );
  }
  if (d.skipped.length) lines.push(line('roster-diff.skipped', { count: d.skipped.length }));
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
  'roster-diff': rosterDiff,
});
