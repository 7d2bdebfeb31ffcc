export { type CsvInput, type CsvOptions, readCsvRows } from './read.ts';
