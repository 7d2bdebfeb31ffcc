/**
 * Spreadsheet rosters: `readXlsxRows` reads an .xlsx workbook into a roster source for `processRoster`
 * (from `jamsostek/roster`), rejecting NIKs stored as numbers; `writeRosterReport` writes the program
 * report workbook of a summary, with NIK columns as text.
 *
 * Needs hucre, an optional peer dependency of this entry: `npm install hucre@^1.0.0`. The rest of the
 * package does not need it.
 *
 * @packageDocumentation
 * @module jamsostek/xlsx
 * @group Entry points
 */
export {
  type RosterReportOptions,
  readXlsxRows,
  writeRosterReport,
  type XlsxInput,
  type XlsxOptions,
} from '../xlsx/index.ts';
