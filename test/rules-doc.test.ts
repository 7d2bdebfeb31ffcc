/**
 * The rulebook pages are generated from the official rulebook. If a rule changes without running
 * `npm run docs:rules`, the committed pages no longer match and this test fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DOC_PATHS, renderRulesDocs } from '../scripts/gen-rules-doc.ts';
import { OFFICIAL_RULEBOOK } from '../src/entries/rulebook.ts';

const root = join(import.meta.dirname, '..');
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated rulebook pages', () => {
  const docs = renderRulesDocs();

  it('docs/rules.md is up to date (run `npm run docs:rules`)', () => {
    expect(committed(RULES_DOC_PATHS.rules)).toBe(docs.rules);
  });

  it('docs/open-questions.md is up to date (run `npm run docs:rules`)', () => {
    expect(committed(RULES_DOC_PATHS.openQuestions)).toBe(docs.openQuestions);
  });

  it('docs/law-calendar.md and docs/id/law-calendar.md are up to date (run `npm run docs:rules`)', () => {
    expect(committed(RULES_DOC_PATHS.calendar)).toBe(docs.calendar);
    expect(committed(RULES_DOC_PATHS.calendarId)).toBe(docs.calendarId);
  });

  it('the law calendar lists the known changes after the check date, in date order', () => {
    const dates = [...docs.calendar.matchAll(/^- \*\*(\d{4}-\d{2}-\d{2})\*\*/gm)].map((m) => m[1] ?? '');
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d > (OFFICIAL_RULEBOOK.verifiedThrough ?? ''))).toBe(true);
    // The 2027 JP cap due in March, the PP 50/2025 ends (other sectors after 2026-12, transport after 2027-03).
    expect(docs.calendar).toMatch(/^- \*\*2027-03-01\*\*: `pu\.jp\.wage-cap` .*stale/m);
    expect(docs.calendar).toMatch(/^- \*\*2027-01-01\*\*: `bpu\.pp50\.other` .*contribution month 2026-12/m);
    expect(docs.calendar).toMatch(
      /^- \*\*2027-04-01\*\*: `bpu\.pp50\.transport` .*contribution month 2027-03/m,
    );
    expect(docs.calendarId).toMatch(/^- \*\*2027-03-01\*\*: `pu\.jp\.wage-cap` .*usang/m);
    expect(docs.calendar.split('\n').length).toBe(docs.calendarId.split('\n').length);
  });

  it('the rules page names every series', () => {
    const ids = Object.keys(OFFICIAL_RULEBOOK.series);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(docs.rules).toContain(`### \`${id}\``);
  });

  it('the open-questions page lists every C and U version and nothing else', () => {
    const expected = Object.values(OFFICIAL_RULEBOOK.series).flatMap((s) =>
      s.versions.filter((v) => v.confidence === 'C' || v.confidence === 'U').map(() => s.id),
    );
    const listed = [...docs.openQuestions.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(expected.sort());
    expect(docs.openQuestions).not.toMatch(/confidence `[AB]`/);
  });

  it('renders rates as percentages and amounts in rupiah', () => {
    expect(docs.rules).toContain('confidence `A`: Rp6.800');
    expect(docs.rules).toContain('1: 0.24%, 2: 0.54%');
  });
});
