/**
 * The program report workbook of a roster summary.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { isFundingSource, payerOf } from '../funding/sources.ts';
import { checkSummary } from '../roster/summary-check.ts';
import type {
  RosterDiff,
  RosterDiffEntry,
  RosterGroupTotals,
  RosterIssue,
  RosterSummary,
} from '../roster/types.ts';
import { type Cell, type SheetColumn, type SheetToWrite, spreadsheets } from './hucre.ts';

/** Options of {@link writeRosterReport}. */
export interface RosterReportOptions {
  /** Language of sheet names, headers and labels: `'id'` (default) or `'en'`. */
  readonly lang?: 'id' | 'en' | undefined;
  /** A change list from `diffRosters`, written as three more sheets (joined, left, changed). */
  readonly diff?: RosterDiff | undefined;
}

type Lang = 'id' | 'en';
type Label = Readonly<Record<Lang, string>>;

const L = {
  summary: { id: 'Ringkasan', en: 'Summary' },
  byMonth: { id: 'Per bulan', en: 'By month' },
  byFunding: { id: 'Per sumber dana', en: 'By funding source' },
  byRegion: { id: 'Per wilayah', en: 'By region' },
  byCohort: { id: 'Per desa-kelompok', en: 'By village-cohort' },
  byList: { id: 'Per daftar', en: 'By list' },
  rejected: { id: 'Baris ditolak', en: 'Rejected rows' },
  flagged: { id: 'Baris ditandai', en: 'Flagged rows' },
  rules: { id: 'Aturan', en: 'Rules' },
  joined: { id: 'Masuk', en: 'Joined' },
  left: { id: 'Keluar', en: 'Left' },
  changed: { id: 'Berubah', en: 'Changed' },
  item: { id: 'Butir', en: 'Item' },
  value: { id: 'Nilai', en: 'Value' },
  months: { id: 'Bulan program', en: 'Program months' },
  rulebook: { id: 'Buku aturan', en: 'Rulebook' },
  confidence: { id: 'Tingkat keyakinan', en: 'Confidence' },
  rows: { id: 'Baris dibaca', en: 'Rows read' },
  workers: { id: 'Pekerja dihitung', en: 'Workers priced' },
  invalid: { id: 'Baris tidak sah', en: 'Invalid rows' },
  ineligible: { id: 'Tidak memenuhi syarat', en: 'Not eligible' },
  duplicates: { id: 'NIK ganda (tidak dihitung lagi)', en: 'Duplicate NIKs (not priced again)' },
  flaggedCount: { id: 'Baris ditandai', en: 'Flagged rows' },
  workerMonths: { id: 'Pekerja-bulan', en: 'Worker-months' },
  total: { id: 'Jumlah iuran (Rp)', en: 'Total premium (Rp)' },
  program: { id: 'Program', en: 'Program' },
  unknownColumns: { id: 'Kolom tidak dikenal', en: 'Unknown columns' },
  duplicateColumns: { id: 'Kolom ganda', en: 'Repeated columns' },
  listCut: { id: 'Daftar baris dipotong pada', en: 'Row lists cut at' },
  month: { id: 'Bulan', en: 'Month' },
  amount: { id: 'Iuran (Rp)', en: 'Premium (Rp)' },
  fundingSource: { id: 'Sumber dana', en: 'Funding source' },
  payer: { id: 'Pembayar', en: 'Payer' },
  region: { id: 'Wilayah', en: 'Region' },
  cohort: { id: 'Desa/kelompok', en: 'Village/cohort' },
  list: { id: 'Daftar', en: 'List' },
  row: { id: 'Baris', en: 'Row' },
  kind: { id: 'Jenis', en: 'Kind' },
  nik: { id: 'NIK', en: 'NIK' },
  codes: { id: 'Kode', en: 'Codes' },
  why: { id: 'Alasan', en: 'Reason' },
  winner: { id: 'Dihitung pada', en: 'Priced at' },
  rule: { id: 'Aturan', en: 'Rule' },
  title: { id: 'Judul', en: 'Title' },
  from: { id: 'Berlaku mulai', en: 'In force from' },
  to: { id: 'Berlaku sampai', en: 'In force until' },
  citations: { id: 'Dasar hukum', en: 'Legal basis' },
  field: { id: 'Kolom', en: 'Field' },
  before: { id: 'Sebelumnya', en: 'Previous' },
  after: { id: 'Sekarang', en: 'Next' },
  values: { id: 'Data', en: 'Values' },
  none: { id: '(tanpa)', en: '(none)' },
  invalidKind: { id: 'tidak sah', en: 'invalid' },
  ineligibleKind: { id: 'tidak memenuhi syarat', en: 'not eligible' },
  duplicateKind: { id: 'NIK ganda', en: 'duplicate NIK' },
} satisfies Record<string, Label>;

const TEXT: SheetColumn = { numFmt: '@', width: 20 };
const NIK: SheetColumn = { numFmt: '@', width: 19 };
const WIDE: SheetColumn = { numFmt: '@', width: 60 };
const COUNT: SheetColumn = { numFmt: '#,##0', width: 14 };
const RUPIAH: SheetColumn = { numFmt: '#,##0', width: 18 };

function issueText(issues: readonly RosterIssue[]): string {
  return issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

function issueCodes(issues: readonly RosterIssue[]): string {
  return issues.map((i) => i.code ?? `invalid:${i.path.join('.')}`).join(', ');
}

function place(row: number, list: string | undefined): Cell[] {
  return [row, list ?? ''];
}

/**
 * Writes the program report of a roster summary as an .xlsx workbook: a summary sheet, then totals per
 * month, per funding source (with its payer), per region, per village or cohort and per list, every
 * rejected row with its reasons, every flagged row, and the rule versions used with their legal
 * citations; with `diff`, also who joined, who left and what changed. NIK columns are text cells in a
 * text-formatted column, so a spreadsheet never turns a NIK into a number. Amounts are whole rupiah.
 *
 * Needs hucre, an optional peer dependency of this entry: `npm install hucre@^1.0.0`.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { processRosterSync } from 'jamsostek/roster';
 * import { writeRosterReport } from 'jamsostek/xlsx';
 * const summary = processRosterSync([{ nik: '3509010101900001' }], { from: '2026-01', to: '2026-06', fundingSource: 'APBD', declaredIncome: 1000000 });
 * await writeFile('laporan.xlsx', await writeRosterReport(summary));
 * ```
 */
export async function writeRosterReport(
  summary: RosterSummary,
  options: RosterReportOptions = {},
): Promise<Uint8Array> {
  const s = checkSummary(summary, 'writeRosterReport');
  const issues: InputIssue[] = [];
  if (typeof options !== 'object' || options === null)
    issues.push({ path: ['options'], message: 'must be an object', received: options });
  else {
    for (const k of Object.keys(options))
      if (k !== 'lang' && k !== 'diff')
        issues.push({ path: ['options', k], message: 'is not an option of writeRosterReport', received: k });
    if (options.lang !== undefined && options.lang !== 'id' && options.lang !== 'en')
      issues.push({ path: ['options', 'lang'], message: "must be 'id' or 'en'", received: options.lang });
    const d = options.diff as Partial<RosterDiff> | undefined;
    if (
      d !== undefined &&
      (typeof d !== 'object' ||
        d === null ||
        d.kind !== 'roster-diff' ||
        !Array.isArray(d.joined) ||
        !Array.isArray(d.left) ||
        !Array.isArray(d.changed))
    )
      issues.push({
        path: ['options', 'diff'],
        message: 'must be a roster diff made by diffRosters',
        received: d,
      });
  }
  if (issues.length) invalidInput(issues, 'writeRosterReport');
  const lang: Lang = options.lang ?? 'id';
  const t = (l: Label): string => l[lang];
  const sheets: SheetToWrite[] = [];

  const summaryRows: Cell[][] = [
    [t(L.item), t(L.value)],
    [t(L.months), `${s.from} … ${s.to}`],
    [t(L.rulebook), `${s.rulebook.name} ${s.rulebook.version}`],
    [t(L.confidence), s.confidence],
    [t(L.rows), s.rows],
    [t(L.workers), s.workers],
    [t(L.invalid), s.invalid],
    [t(L.ineligible), s.ineligible],
    [t(L.duplicates), s.duplicates],
    [t(L.workerMonths), s.workerMonths],
    [t(L.total), s.total],
  ];
  for (const [program, amount] of Object.entries(s.byProgram))
    if (amount !== undefined) summaryRows.push([`${t(L.program)} ${program} (Rp)`, amount]);
  for (const [code, rows] of Object.entries(s.rejectedByReason))
    summaryRows.push([`${t(L.rejected)}: ${code}`, rows]);
  for (const [code, rows] of Object.entries(s.flaggedByReason))
    summaryRows.push([`${t(L.flaggedCount)}: ${code}`, rows]);
  if (s.unknownColumns.length) summaryRows.push([t(L.unknownColumns), s.unknownColumns.join(', ')]);
  if (s.duplicateColumns.length) summaryRows.push([t(L.duplicateColumns), s.duplicateColumns.join(', ')]);
  if (s.rejectedLimit !== null) summaryRows.push([t(L.listCut), s.rejectedLimit]);
  sheets.push({ name: t(L.summary), columns: [{ width: 34 }, { width: 30 }], rows: summaryRows });

  sheets.push({
    name: t(L.byMonth),
    columns: [TEXT, COUNT, RUPIAH],
    rows: [
      [t(L.month), t(L.workers), t(L.amount)],
      ...Object.entries(s.byMonth).map(([m, v]): Cell[] => [m, v.workers, v.amount]),
    ],
  });
  const groupSheet = (
    name: Label,
    key: Label,
    record: Readonly<Record<string, RosterGroupTotals | undefined>>,
    payer = false,
  ): void => {
    const head: Cell[] = [
      t(key),
      ...(payer ? [t(L.payer)] : []),
      t(L.workers),
      t(L.workerMonths),
      t(L.amount),
    ];
    const rows: Cell[][] = [head];
    for (const [k, v] of Object.entries(record)) {
      if (!v) continue;
      const p: Cell[] = payer ? [isFundingSource(k) ? payerOf(k) : ''] : [];
      rows.push([k === '' ? t(L.none) : k, ...p, v.workers, v.workerMonths, v.amount]);
    }
    sheets.push({ name: t(name), columns: [TEXT, ...(payer ? [TEXT] : []), COUNT, COUNT, RUPIAH], rows });
  };
  groupSheet(L.byFunding, L.fundingSource, s.byFundingSource, true);
  groupSheet(L.byRegion, L.region, s.byRegion);
  groupSheet(L.byCohort, L.cohort, s.byCohort);
  if (Object.keys(s.byList).some((k) => k !== '')) groupSheet(L.byList, L.list, s.byList);

  const kinds = { invalid: t(L.invalidKind), ineligible: t(L.ineligibleKind), duplicate: t(L.duplicateKind) };
  sheets.push({
    name: t(L.rejected),
    columns: [COUNT, TEXT, TEXT, NIK, TEXT, WIDE],
    rows: [
      [t(L.row), t(L.list), t(L.kind), t(L.nik), t(L.codes), t(L.why)],
      ...s.rejected.map((r): Cell[] => {
        const nik = r.nik ?? '';
        if (r.kind === 'invalid')
          return [...place(r.row, r.list), kinds.invalid, nik, issueCodes(r.issues), issueText(r.issues)];
        if (r.kind === 'ineligible')
          return [...place(r.row, r.list), kinds.ineligible, nik, r.reasons.join(', '), r.reasons.join(', ')];
        const at = `${t(L.winner)}: ${t(L.row)} ${r.winner.row}${r.winner.list ? ` (${r.winner.list})` : ''}, ${r.winner.fundingSource}`;
        return [...place(r.row, r.list), kinds.duplicate, nik, 'duplicate', at];
      }),
    ],
  });
  sheets.push({
    name: t(L.flagged),
    columns: [COUNT, TEXT, NIK, TEXT, WIDE],
    rows: [
      [t(L.row), t(L.list), t(L.nik), t(L.codes), t(L.why)],
      ...s.flagged.map((r): Cell[] => [
        ...place(r.row, r.list),
        r.nik ?? '',
        issueCodes(r.issues),
        issueText(r.issues),
      ]),
    ],
  });
  sheets.push({
    name: t(L.rules),
    columns: [{ numFmt: '@', width: 32 }, WIDE, TEXT, TEXT, TEXT, WIDE, TEXT],
    rows: [
      [t(L.rule), t(L.title), t(L.from), t(L.to), t(L.value), t(L.citations), t(L.confidence)],
      ...s.rules.map((r): Cell[] => [
        r.id,
        r.title[lang],
        r.from,
        r.to ?? '',
        typeof r.value === 'string' ? r.value : JSON.stringify(r.value),
        r.citations.map((c) => `${c.instrument} ${c.article}`).join('; '),
        r.confidence,
      ]),
    ],
  });
  const d = options.diff;
  if (d) {
    const fields = d.fields;
    const entryRows = (entries: readonly RosterDiffEntry[]): Cell[][] => [
      [t(L.nik), t(L.row), t(L.list), ...fields],
      ...entries.map((e): Cell[] => [e.nik, e.row, e.list ?? '', ...fields.map((f) => e.values[f] ?? '')]),
    ];
    const cols = [NIK, COUNT, TEXT, ...fields.map(() => TEXT)];
    sheets.push({ name: t(L.joined), columns: cols, rows: entryRows(d.joined) });
    sheets.push({ name: t(L.left), columns: cols, rows: entryRows(d.left) });
    sheets.push({
      name: t(L.changed),
      columns: [NIK, COUNT, COUNT, TEXT, TEXT, TEXT],
      rows: [
        [
          t(L.nik),
          `${t(L.row)} (${t(L.before)})`,
          `${t(L.row)} (${t(L.after)})`,
          t(L.field),
          t(L.before),
          t(L.after),
        ],
        ...d.changed.flatMap((c) =>
          c.changes.map((x): Cell[] => [
            c.nik,
            c.previous.row,
            c.next.row,
            x.field,
            x.previous ?? '',
            x.next ?? '',
          ]),
        ),
      ],
    });
  }
  const book = await spreadsheets();
  return book.write(sheets);
}
