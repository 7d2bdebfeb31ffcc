/**
 * The one place that talks to hucre (an optional peer dependency), so that a change of its API touches
 * nothing else.
 *
 * @internal
 * @module
 */
import { loadPeer } from '../csv/peer.ts';

/** The ZIP epoch, 1980-01-01T00:00:00Z, as the workbook's creation and modification date. */
const REPRODUCIBLE_DATE: Date = new Date(315_532_800_000);

/** A cell value as hucre reads it. */
export type Cell = string | number | boolean | Date | null;

/** A column of a written sheet. */
export interface SheetColumn {
  readonly width?: number;
  readonly numFmt?: string;
}

/** A sheet to write: its rows (the first is the header) and its columns' formats. */
export interface SheetToWrite {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** What this package uses of hucre. */
export interface Spreadsheets {
  /** The rows of one sheet (`sheet`: a name, or the first), with their 0-based index in the sheet. */
  rows(
    input: Uint8Array,
    sheet: string | undefined,
  ): AsyncIterable<{ index: number; values: readonly Cell[] }>;
  /** The sheets' names. */
  sheetNames(input: Uint8Array): Promise<string[]>;
  /** A workbook with these sheets. */
  write(sheets: readonly SheetToWrite[]): Promise<Uint8Array>;
}

let loaded: Promise<Spreadsheets> | undefined;

/** @internal hucre, loaded on first use. */
export function spreadsheets(): Promise<Spreadsheets> {
  loaded ??= loadPeer(
    async (): Promise<Spreadsheets> => {
      const h = await import('hucre/xlsx');
      return {
        rows: (input, sheet) => h.streamXlsxRows(input, sheet === undefined ? {} : { sheet }),
        async sheetNames(input) {
          const names: string[] = [];
          await h.readXlsx(input, {
            sheets: (info) => {
              names.push(info.name);
              return false;
            },
          });
          return names;
        },
        write: (sheets) =>
          h.writeXlsx({
            // A fixed date in the document properties (the ZIP epoch, 1980-01-01), so that the same
            // summary always gives the same bytes; the workbook says which months it covers.
            properties: { created: REPRODUCIBLE_DATE, modified: REPRODUCIBLE_DATE },
            sheets: sheets.map((s) => ({
              name: s.name,
              columns: s.columns.map((c) => ({ ...c })),
              rows: s.rows.map((r) => [...r]),
              freezePane: { rows: 1, columns: 0 },
            })),
          }),
      };
    },
    'hucre',
    '^1.0.0',
    'jamsostek/xlsx',
  ).catch((e: unknown) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}
