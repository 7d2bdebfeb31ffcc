/**
 * The rulebook as data: every version of every series as one row, in JSON or CSV, for spreadsheets,
 * data warehouses and services in other languages.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import { IsoDateSchema, RulebookSchema, YearMonthSchema } from '../schemas/common.ts';
import { parseInput } from '../schemas/validate.ts';
import { OFFICIAL_RULEBOOK } from './official/index.ts';
import type { AnyRuleValue, Citation, Confidence, Rulebook, RuleUnit } from './types.ts';

/** Options of {@link exportRulebook}. */
export interface ExportRulebookOptions {
  /** `'json'` (an object with the rulebook stamp and the rows) or `'csv'` (a header and one line per row). */
  readonly format: 'json' | 'csv';
  /** Only the versions in force on this date, or on the first day of this month. Default: every version. */
  readonly at?: IsoDate | YearMonth | undefined;
  /** Only the series whose id starts with this text, e.g. `'bpu.'`. Default: every series. */
  readonly idPrefix?: string | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/**
 * One version of one rule series, as {@link exportRulebook} writes it. The names are the CSV column
 * names and the JSON keys; they are stable (a new column may be added at the end, none is renamed or
 * removed without a major release).
 */
export interface RulebookExportRow {
  /** The series id, e.g. `'bpu.jkm.amount'`. */
  readonly id: string;
  /** The series title in Indonesian. */
  readonly title_id: string;
  /** The series title in English. */
  readonly title_en: string;
  /** What the value is: `rate`, `rupiah`, `months`, `years`, `count`, `flag`, `table` or `text`. */
  readonly unit: RuleUnit;
  /** What the dates are matched against: `contribution-month`, `event-date` or `date`. */
  readonly keyed_by: 'contribution-month' | 'event-date' | 'date';
  /** First day in force (inclusive), `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** First day no longer in force (exclusive); `null` (empty in CSV) while open-ended. */
  readonly to: IsoDate | null;
  /**
   * The value: in JSON the value itself; in CSV its JSON text (`"0.01"` for a rate, `6800` for an
   * amount, `["APBN","APBD"]` for a list), so that every cell reads back with one JSON parse.
   */
  readonly value: AnyRuleValue;
  /**
   * The citations: in JSON a list of `{ instrument, article }`; in CSV `instrument article` joined with
   * `; `.
   */
  readonly citations: readonly Citation[];
  /** `A` read in the regulation text, `B` two or more sources agree, `C` one source, `U` unverified. */
  readonly confidence: Confidence;
  /** Why the confidence is what it is, or how the value was derived; `null` (empty in CSV) if none. */
  readonly note: string | null;
}

/** The CSV columns (and JSON keys of every row) of {@link exportRulebook}, in order. */
export const RULEBOOK_EXPORT_COLUMNS: readonly (keyof RulebookExportRow)[] = Object.freeze([
  'id',
  'title_id',
  'title_en',
  'unit',
  'keyed_by',
  'from',
  'to',
  'value',
  'citations',
  'confidence',
  'note',
]);

/** @internal */
export const exportRulebookOptions: z.ZodMiniType<ExportRulebookOptions> = /* @__PURE__ */ z.strictObject({
  format: z.enum(['json', 'csv']),
  at: z.optional(z.union([IsoDateSchema, YearMonthSchema])),
  idPrefix: z.optional(z.string()),
  rulebook: z.optional(RulebookSchema),
});

/** Quotes a CSV field when it holds a separator, a quote or a line break (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvCell(row: RulebookExportRow, column: keyof RulebookExportRow): string {
  switch (column) {
    case 'value':
      return JSON.stringify(row.value);
    case 'citations':
      return row.citations.map((c) => `${c.instrument} ${c.article}`).join('; ');
    default: {
      const v = row[column];
      return v === null ? '' : String(v);
    }
  }
}

/**
 * The rulebook as data: every version of every series (or only those in force `at` a date or month, of
 * the series whose id starts with `idPrefix`),
 * one row per version with its window, value, citations, confidence and note, as JSON or CSV text.
 * The rows come in the rulebook's order of series, each series' versions by date. The columns are
 * {@link RULEBOOK_EXPORT_COLUMNS}; see {@link RulebookExportRow} for what each holds. The JSON form is
 * `{ "rulebook": { "name", "version", "verifiedThrough" }, "rows": [...] }`, described by the published
 * JSON Schema `jamsostek/schemas/rulebook-export.json`.
 *
 * Throws `INVALID_INPUT` for options that are not these.
 *
 * @example
 * ```ts
 * import { exportRulebook } from 'jamsostek/rulebook';
 * const csv = exportRulebook({ format: 'csv', at: '2026-11' });
 * csv.split('\n')[0]; // 'id,title_id,title_en,unit,keyed_by,from,to,value,citations,confidence,note'
 * const json = JSON.parse(exportRulebook({ format: 'json' }));
 * json.rows.find((r: { id: string }) => r.id === 'bpu.jkm.amount').value; // 6800
 * ```
 */
export function exportRulebook(options: ExportRulebookOptions): string {
  const o = parseInput(exportRulebookOptions, options, 'rulebook export options');
  const rulebook = o.rulebook ?? OFFICIAL_RULEBOOK;
  const at = o.at === undefined ? undefined : o.at.length === 7 ? `${o.at}-01` : o.at;
  const rows: RulebookExportRow[] = [];
  for (const series of Object.values(rulebook.series)) {
    if (!series || (o.idPrefix !== undefined && !series.id.startsWith(o.idPrefix))) continue;
    for (const v of series.versions) {
      if (at !== undefined && !(v.from <= at && (v.to === undefined || at < v.to))) continue;
      rows.push({
        id: series.id,
        title_id: series.title.id,
        title_en: series.title.en,
        unit: series.unit,
        keyed_by: series.keyedBy,
        from: v.from,
        to: v.to ?? null,
        value: v.value,
        citations: v.citations.map((c) => ({ instrument: c.instrument, article: c.article })),
        confidence: v.confidence,
        note: v.note ?? null,
      });
    }
  }
  if (o.format === 'json') {
    const stamp = {
      name: rulebook.name,
      version: rulebook.version,
      verifiedThrough: rulebook.verifiedThrough,
    };
    return `${JSON.stringify({ rulebook: stamp, rows }, null, 2)}\n`;
  }
  const lines = [RULEBOOK_EXPORT_COLUMNS.join(',')];
  for (const row of rows) lines.push(RULEBOOK_EXPORT_COLUMNS.map((c) => csvField(csvCell(row, c))).join(','));
  return `${lines.join('\n')}\n`;
}
