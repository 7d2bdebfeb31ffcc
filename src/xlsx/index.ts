export { type XlsxInput, type XlsxOptions, readXlsxRows } from './read.ts';
export { type RosterReportOptions, writeRosterReport } from './report.ts';
