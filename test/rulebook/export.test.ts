/**
 * The rulebook as data: one row per version of every series, the same rows in JSON and CSV, stable
 * columns, filters by date and id prefix.
 */
import { isJamsostekError } from 'jamsostek';
import {
  createRulebook,
  exportRulebook,
  OFFICIAL_RULEBOOK,
  RULEBOOK_EXPORT_COLUMNS,
  type RulebookExportRow,
} from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';

/** A small RFC 4180 reader, for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

const json = (options: Parameters<typeof exportRulebook>[0] = { format: 'json' }) =>
  JSON.parse(exportRulebook(options)) as {
    rulebook: { name: string; version: string; verifiedThrough: string | null };
    rows: RulebookExportRow[];
  };

describe('exportRulebook', () => {
  const all = json();

  it('one row per version of every series, with the rulebook stamp', () => {
    const versions = Object.values(OFFICIAL_RULEBOOK.series).reduce(
      (n, s) => n + (s?.versions.length ?? 0),
      0,
    );
    expect(all.rows).toHaveLength(versions);
    expect(all.rulebook).toEqual({
      name: 'official',
      version: OFFICIAL_RULEBOOK.version,
      verifiedThrough: OFFICIAL_RULEBOOK.verifiedThrough,
    });
    for (const r of all.rows) expect(Object.keys(r)).toEqual([...RULEBOOK_EXPORT_COLUMNS]);
  });

  it('BPU JKM Rp6.800 from 2015-07-01, PP 44/2015 Pasal 20 ayat (3), confidence A', () => {
    expect(all.rows.find((r) => r.id === 'bpu.jkm.amount')).toMatchObject({
      unit: 'rupiah',
      keyed_by: 'contribution-month',
      from: '2015-07-01',
      to: null,
      value: 6_800,
      confidence: 'A',
    });
    expect(all.rows.find((r) => r.id === 'bpu.jkm.amount')?.citations[0]).toEqual({
      instrument: 'PP 44/2015',
      article: 'Pasal 20 ayat (3)',
    });
  });

  it('CSV has the same rows: the header, then each cell (values as JSON text, citations joined)', () => {
    const [header, ...rows] = parseCsv(exportRulebook({ format: 'csv' }));
    expect(header).toEqual([...RULEBOOK_EXPORT_COLUMNS]);
    expect(rows).toHaveLength(all.rows.length);
    rows.forEach((cells, i) => {
      const r = all.rows[i] as RulebookExportRow;
      const cell = (c: string) => cells[RULEBOOK_EXPORT_COLUMNS.indexOf(c as never)];
      expect(cell('id')).toBe(r.id);
      expect(JSON.parse(cell('value') ?? '')).toEqual(r.value);
      expect(cell('to')).toBe(r.to ?? '');
      expect(cell('note')).toBe(r.note ?? '');
      expect(cell('citations')).toBe(r.citations.map((c) => `${c.instrument} ${c.article}`).join('; '));
    });
  });

  it('at a date or month: only the versions in force then; idPrefix: only those series', () => {
    const nov = json({ format: 'json', at: '2026-11' });
    expect(nov.rows.every((r) => r.from <= '2026-11-01' && (r.to === null || r.to > '2026-11-01'))).toBe(
      true,
    );
    expect(nov.rows.filter((r) => r.id === 'bpu.pp50.other')).toHaveLength(1);
    expect(json({ format: 'json', at: '2027-01-01' }).rows.some((r) => r.id === 'bpu.pp50.other')).toBe(
      false,
    );
    const pp50 = json({ format: 'json', idPrefix: 'bpu.pp50.' });
    expect(new Set(pp50.rows.map((r) => r.id))).toEqual(
      new Set([
        'bpu.pp50.transport',
        'bpu.pp50.other',
        'bpu.pp50.excluded-payers',
        'bpu.pp50.village-budget-excluded',
        'bpu.pp50.categories',
      ]),
    );
  });

  it('a rulebook built from scratch exports its own series', () => {
    const rb = createRulebook('mine', [
      {
        id: 'bpu.jkm.amount',
        title: { id: 'JKM', en: 'JKM' },
        unit: 'rupiah',
        keyedBy: 'contribution-month',
        versions: [
          {
            from: '2030-01-01',
            value: 7_000,
            citations: [{ instrument: 'x', article: 'y, "z"' }],
            confidence: 'U',
          },
        ],
      },
    ]);
    const out = json({ format: 'json', rulebook: rb });
    expect(out.rulebook.verifiedThrough).toBeNull();
    expect(out.rows).toHaveLength(1);
    expect(exportRulebook({ format: 'csv', rulebook: rb }).split('\n')[1]).toBe(
      'bpu.jkm.amount,JKM,JKM,rupiah,contribution-month,2030-01-01,,7000,"x y, ""z""",U,',
    );
  });

  it('refuses other options with every issue', () => {
    try {
      exportRulebook({ format: 'xml', at: '2026-13', rulebook: {}, extra: 1 } as never);
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'at',
        'extra',
        'format',
        'rulebook',
      ]);
    }
  });
});
