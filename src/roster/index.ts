export { type CsvOptions, readCsvRows } from './csv.ts';
export {
  createRosterAccumulator,
  mergeSummaries,
  processRoster,
  processRosterSync,
  type RosterAccumulator,
  RosterOptionsSchema,
} from './process.ts';
export * from './types.ts';
