import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJamsostekError } from 'jamsostek';
import { ROSTER_COLUMNS, rosterFieldOf } from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The rows of the columns table of a guide: field, Indonesian headers, English headers. */
function tableOf(file: string): string[][] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\| field\s+\|/.test(l));
  const rows: string[][] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim().replaceAll('`', '')),
    );
  }
  return rows;
}

describe('ROSTER_COLUMNS', () => {
  it('is the table of docs/rosters.md and docs/id/rosters.md, row for row', () => {
    const code = ROSTER_COLUMNS.map((c) => [c.field, c.id.join(', '), c.en.join(', ')]);
    expect(tableOf('docs/rosters.md')).toEqual(code);
    expect(tableOf('docs/id/rosters.md')).toEqual(code);
  });

  it('names each field by one meaning: no header names two fields', () => {
    const seen = new Map<string, string>();
    for (const c of ROSTER_COLUMNS)
      for (const h of [c.field, ...c.id, ...c.en]) {
        const field = rosterFieldOf(h);
        expect(field, h).toBe(c.field);
        const folded = h.toLowerCase().replace(/[\s_\-./]+/g, '');
        expect(seen.get(folded) ?? c.field, h).toBe(c.field);
        seen.set(folded, c.field);
      }
  });

  it('matches headers without regard to case, spaces, underscores, hyphens, dots and slashes', () => {
    expect(
      ['Sumber Dana', 'sumber_dana', 'SUMBER-DANA', 'sumberdana', ' Sumber  Dana '].map(rosterFieldOf),
    ).toEqual(Array(5).fill('fundingSource'));
    expect(rosterFieldOf('Tgl. Lahir')).toBe('birthDate');
    expect(rosterFieldOf('Desa/Kelurahan')).toBe('cohort');
    expect(rosterFieldOf('Catatan')).toBeUndefined();
    expect(rosterFieldOf('__proto__')).toBeUndefined();
    let e: unknown;
    try {
      rosterFieldOf(5 as never);
    } catch (x) {
      e = x;
    }
    expect(isJamsostekError(e, 'INVALID_INPUT')).toBe(true);
  });
});
