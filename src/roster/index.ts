export { type CsvOptions, readCsvRows } from './csv.ts';
export {
  createRosterAccumulator,
  mergeSummaries,
  processRoster,
  processRosterSync,
  type RosterAccumulator,
  RosterOptionsSchema,
} from './process.ts';
export { type SyntheticRosterOptions, type SyntheticRosterRow, syntheticRoster } from './synthetic.ts';
export * from './types.ts';
