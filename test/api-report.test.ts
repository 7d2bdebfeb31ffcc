/**
 * The public surface is deliberate: the API report of every entry (api/*.api.md) must match the
 * sources. After a reviewed change, run `npm run api` and commit the new report with the change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReport, entries, reportPath } from '../scripts/api-report.ts';

describe('API report', () => {
  const report = apiReport();

  it('covers every entry of package.json', () => {
    expect(Object.keys(report.files).sort()).toEqual(
      entries()
        .map((e) => e.name)
        .sort(),
    );
  });

  it.each(entries().map((e) => e.name))(
    '%s matches api/ (run `npm run api` after a reviewed change)',
    (name) => {
      expect(report.files[name]).toBe(readFileSync(reportPath(name), 'utf8'));
    },
  );

  it('every type a public declaration refers to is exported by some entry', () => {
    expect(report.forgotten).toEqual([]);
  });
});
