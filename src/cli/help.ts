/**
 * Help texts of the command line, in Indonesian and English.
 *
 * @internal
 * @module
 */
import type { Lang } from 'jamsostek';

const COMMON = {
  id: `Opsi umum:
  --lang id|en     bahasa penjelasan (bawaan: id)
  --json           cetak hasil sebagai JSON (skema: jamsostek/schemas/)
  -h, --help       bantuan perintah ini`,
  en: `Common options:
  --lang id|en     language of the explanation (default: id)
  --json           print the result as JSON (schemas: jamsostek/schemas/)
  -h, --help       help of this command`,
};

const EXIT_CODES = {
  id: `Kode keluar: 0 selesai, 1 masukan ditolak, 2 salah pemakaian, 3 aturan belum/tidak berlaku,
4 berkas tidak dapat dibaca atau ditulis, 130 dihentikan (Ctrl-C).`,
  en: `Exit codes: 0 done, 1 input refused, 2 usage error, 3 no rule in force, 4 file error,
130 interrupted (Ctrl-C).`,
};

const HELP: Record<string, { id: string; en: string }> = {
  main: {
    id: `jamsostek: aturan BPJS Ketenagakerjaan dari baris perintah.

Pemakaian: jamsostek <perintah> [opsi]

Perintah:
  bpu       iuran BPU (pekerja bukan penerima upah) satu bulan atau rentang bulan
  pu        iuran PU (penerima upah) satu bulan atau rentang bulan
  jkm       manfaat Jaminan Kematian
  budget    anggaran program untuk sekelompok pekerja, atau daya tampung anggaran
  roster    hitung iuran seluruh daftar peserta dari berkas CSV atau .xlsx
  rules     buku aturan sebagai data (md, csv, json)
  explain   jelaskan hasil yang disimpan sebagai JSON

jamsostek <perintah> --help menampilkan opsi tiap perintah.`,
    en: `jamsostek: BPJS Ketenagakerjaan rules on the command line.

Usage: jamsostek <command> [options]

Commands:
  bpu       BPU (non-wage worker) premium for a month or a range of months
  pu        PU (wage earner) contribution for a month or a range of months
  jkm       death benefit (JKM)
  budget    program budget for a group of workers, or what a budget pays for
  roster    price a whole roster from a CSV or .xlsx file
  rules     the rulebook as data (md, csv, json)
  explain   explain a result saved as JSON

jamsostek <command> --help shows the options of each command.`,
  },
  bpu: {
    id: `Pemakaian: jamsostek bpu --month 2026-11 --income 1000000 [opsi]
          jamsostek bpu --from 2026-01 --to 2026-12 --income 1000000 [opsi]

  --month YYYY-MM          bulan iuran
  --from, --to YYYY-MM     rentang bulan (jadwal)
  --income RUPIAH          penghasilan yang dilaporkan (1000000 atau 1.000.000)
  --funding-source NAMA    sumber dana: self, APBN, APBD, DBHCHT, 'DBH sawit', BKBK, APBDes,
                           'Dana Desa', ADD, CSR, other (bawaan: self)
  --sector transport|other       sektor (bawaan: other)
  --category employer|self-employed|other   kategori BPU (bawaan: self-employed)
  --programs JKK,JKM,JHT   program (bawaan: JKK,JKM)`,
    en: `Usage: jamsostek bpu --month 2026-11 --income 1000000 [options]
       jamsostek bpu --from 2026-01 --to 2026-12 --income 1000000 [options]

  --month YYYY-MM          contribution month
  --from, --to YYYY-MM     range of months (a schedule)
  --income RUPIAH          declared income (1000000 or 1.000.000)
  --funding-source NAME    who funds the premium: self, APBN, APBD, DBHCHT, 'DBH sawit', BKBK,
                           APBDes, 'Dana Desa', ADD, CSR, other (default: self)
  --sector transport|other       sector (default: other)
  --category employer|self-employed|other   BPU category (default: self-employed)
  --programs JKK,JKM,JHT   programs (default: JKK,JKM)`,
  },
  pu: {
    id: `Pemakaian: jamsostek pu --month 2026-11 --wage 5000000 --risk-class 1 [opsi]
          jamsostek pu --from 2026-01 --to 2026-12 --wage 5000000 --risk-class 1 [opsi]

  --month YYYY-MM          bulan iuran
  --from, --to YYYY-MM     rentang bulan (jadwal)
  --wage RUPIAH            upah sebulan
  --risk-class 1..5        kelompok tingkat risiko JKK
  --programs JKK,JKM,JHT,JP      program (bawaan: keempatnya)
  --jkp-member             peserta JKP
  --labor-intensive-relief       keringanan JKK PP 7/2025 untuk industri padat karya`,
    en: `Usage: jamsostek pu --month 2026-11 --wage 5000000 --risk-class 1 [options]
       jamsostek pu --from 2026-01 --to 2026-12 --wage 5000000 --risk-class 1 [options]

  --month YYYY-MM          contribution month
  --from, --to YYYY-MM     range of months (a schedule)
  --wage RUPIAH            monthly wage
  --risk-class 1..5        JKK risk class
  --programs JKK,JKM,JHT,JP      programs (default: all four)
  --jkp-member             the worker is a JKP member
  --labor-intensive-relief       PP 7/2025 JKK relief for labour-intensive industries`,
  },
  jkm: {
    id: `Pemakaian: jamsostek jkm --event-date 2026-11-01 --segment BPU --membership-start 2024-01-01
          --contribution-months 34 [opsi]

  --event-date YYYY-MM-DD        tanggal meninggal
  --segment PU|BPU               segmen peserta
  --membership-start YYYY-MM-DD  awal kepesertaan
  --contribution-months N        masa iur (bulan)
  --arrears-months N             bulan tunggakan saat meninggal (bawaan: 0)
  --income RUPIAH                penghasilan BPU, untuk menghitung tunggakan
  --no-heirs                     tidak ada ahli waris
  --work-related                 meninggal karena kecelakaan kerja`,
    en: `Usage: jamsostek jkm --event-date 2026-11-01 --segment BPU --membership-start 2024-01-01
       --contribution-months 34 [options]

  --event-date YYYY-MM-DD        date of death
  --segment PU|BPU               participant segment
  --membership-start YYYY-MM-DD  first day of membership
  --contribution-months N        months of contributions paid
  --arrears-months N             unpaid months at death (default: 0)
  --income RUPIAH                BPU declared income, to price the arrears
  --no-heirs                     the participant leaves no heirs
  --work-related                 death caused by a work accident`,
  },
  budget: {
    id: `Pemakaian: jamsostek budget --funding-source APBD --workers 1000 --from 2026-01 --to 2026-12 [opsi]
          jamsostek budget --funding-source APBD --budget 2800000000 --from 2025-07 --to 2025-12 [opsi]

  --funding-source NAMA    sumber dana program (wajib)
  --workers N              jumlah pekerja: biaya program
  --budget RUPIAH          anggaran: berapa pekerja yang dapat dibiayai
  --from, --to YYYY-MM     bulan program
  --income RUPIAH          penghasilan yang dilaporkan (bawaan: tingkat terendah)
  --sector, --category, --programs   seperti pada jamsostek bpu`,
    en: `Usage: jamsostek budget --funding-source APBD --workers 1000 --from 2026-01 --to 2026-12 [options]
       jamsostek budget --funding-source APBD --budget 2800000000 --from 2025-07 --to 2025-12 [options]

  --funding-source NAME    who funds the program (required)
  --workers N              number of workers: the program's cost
  --budget RUPIAH          a budget: how many workers it pays for
  --from, --to YYYY-MM     program months
  --income RUPIAH          declared income (default: the lowest level)
  --sector, --category, --programs   as for jamsostek bpu`,
  },
  roster: {
    id: `Pemakaian: jamsostek roster <berkas.csv|berkas.xlsx> --from 2025-07 --to 2025-12 [opsi]

Membaca berkas secara mengalir (memori tetap) dan menampilkan kemajuan di stderr: batang kemajuan di
terminal, baris biasa jika tidak. Ctrl-C berhenti dengan rapi dan menyebut sampai mana.

  --from, --to YYYY-MM     bulan program
  --funding-source NAMA    sumber dana baris yang tidak menyebutkannya
  --income RUPIAH          penghasilan baris yang tidak menyebutkannya
  --sector, --category, --programs   bawaan untuk setiap baris, seperti pada jamsostek bpu
  --separator ';'|','|tab  pemisah kolom CSV (bawaan: dikenali dari baris judul)
  --sheet NAMA             lembar .xlsx (bawaan: lembar pertama)
  --out ringkasan.json     tulis ringkasan ke berkas JSON, atau --out laporan.xlsx: buku kerja laporan

CSV dibaca dengan csv-parse dan .xlsx dengan hucre, dependensi opsional: bila belum terpasang, perintah
menyebut cara memasangnya (npm install csv-parse@^7.0.3 atau hucre@^1.0.0).
  --no-progress            tanpa tampilan kemajuan
  --progress-every DETIK   jarak baris kemajuan bila stderr bukan terminal (bawaan: 5)`,
    en: `Usage: jamsostek roster <file.csv|file.xlsx> --from 2025-07 --to 2025-12 [options]

Streams the file (constant memory) and shows progress on stderr: a progress bar on a terminal, plain
lines otherwise. Ctrl-C stops cleanly and says how far it got.

  --from, --to YYYY-MM     program months
  --funding-source NAME    funding source of rows that name none
  --income RUPIAH          declared income of rows that give none
  --sector, --category, --programs   defaults for every row, as for jamsostek bpu
  --separator ';'|','|tab  CSV field separator (default: detected from the header)
  --sheet NAME             the .xlsx sheet (default: the first)
  --out summary.json       write the summary to a JSON file, or --out report.xlsx: the report workbook

CSV is read with csv-parse and .xlsx with hucre, optional dependencies: when one is missing, the command
says how to install it (npm install csv-parse@^7.0.3 or hucre@^1.0.0).
  --no-progress            no progress display
  --progress-every SECONDS interval of progress lines when stderr is not a terminal (default: 5)`,
  },
  rules: {
    id: `Pemakaian: jamsostek rules [--at 2026-11] [--format md|csv|json] [--id awalan]

Setiap versi setiap seri aturan: masa berlaku, nilai, dasar hukum, tingkat keyakinan.

  --at YYYY-MM atau YYYY-MM-DD   hanya versi yang berlaku saat itu
  --format md|csv|json           bentuk keluaran (bawaan: md)
  --id awalan                    hanya seri yang id-nya diawali ini, mis. bpu.`,
    en: `Usage: jamsostek rules [--at 2026-11] [--format md|csv|json] [--id prefix]

Every version of every rule series: window, value, citations, confidence.

  --at YYYY-MM or YYYY-MM-DD     only the versions in force then
  --format md|csv|json           output format (default: md)
  --id prefix                    only the series whose id starts with it, e.g. bpu.`,
  },
  explain: {
    id: `Pemakaian: jamsostek explain <hasil.json | -> [--lang id|en] [--json]

Menjelaskan hasil pustaka yang disimpan sebagai JSON (misalnya keluaran --json perintah lain).`,
    en: `Usage: jamsostek explain <result.json | -> [--lang id|en] [--json]

Explains a result of the library saved as JSON (for example the --json output of another command).`,
  },
};

/** The help of a command (or of the command line), in the language asked for. */
export function helpText(command: string, lang: Lang): string {
  const h = HELP[command] ?? HELP['main'];
  const parts = [h?.[lang] ?? ''];
  if (command !== 'main' && HELP[command]) parts.push(COMMON[lang]);
  parts.push(EXIT_CODES[lang]);
  return `${parts.join('\n\n')}\n`;
}

/** The commands the command line knows. */
export const COMMANDS: readonly string[] = ['bpu', 'pu', 'jkm', 'budget', 'roster', 'rules', 'explain'];
