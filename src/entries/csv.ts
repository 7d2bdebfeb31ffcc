/**
 * Roster rows from CSV files: `readCsvRows` reads text, bytes or a stream into a roster source for
 * `processRoster` (from `jamsostek/roster`), with physical line numbers, the header matched against the
 * table of accepted columns, and every malformed record reported as a rejected row.
 *
 * Quoted records are parsed by csv-parse, an optional peer dependency of this entry; install it with
 * `npm install csv-parse@^7.0.3`. The rest of the package does not need it.
 *
 * @packageDocumentation
 * @module jamsostek/csv
 * @group Entry points
 */
export { type CsvInput, type CsvOptions, readCsvRows } from '../csv/index.ts';
