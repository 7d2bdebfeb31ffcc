export { readXlsxRows, type XlsxInput, type XlsxOptions } from './read.ts';
export { type RosterReportOptions, writeRosterReport } from './report.ts';
