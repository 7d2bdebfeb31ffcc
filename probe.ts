import { readCsvRows } from './src/entries/csv.ts';
import { processRoster } from './src/entries/roster.ts';
const opts = { from: '2025-07', to: '2025-12', fundingSource: 'APBD', declaredIncome: 1_000_000 } as const;
async function show(name: string, csv: string) {
  const out: unknown[] = [];
  for await (const b of readCsvRows(csv).batches()) out.push(...b.rows.map((r, i) => [b.rowNumbers[i], r, b.issues?.[i]?.map((x) => x.code)]));
  console.log(name, JSON.stringify(out));
}
await show('stray', 'nik;nama;penghasilan\n3509010101900001;O"Brien;1000000\n3509010101900002;Budi;1000000\n3509010101900003;TV 12";1000000\n3509010101900004;Ani;1000000\n3509010101900005;Siti;1000000\n');
await show('CR', 'nik;penghasilan\r3509010101900001;1000000\r3509010101900002;1000000\r');
await show('sumber dana', 'nik;Sumber Dana;Catatan\n3509010101900001;DBHCHT;x\n');
await show('short', 'nik;nama;penghasilan\n3509010101900001;A\n');
await show('dup', 'nik;penghasilan;penghasilan\n3509010101900001;1000000;2000000\n3509010101900002;1000000;\n');
await show('proto', 'nik;__proto__;constructor\n3509010101900001;x;y\n');
await show('unclosed', 'a,nik\n1,"ab\n2,3509010101900002\n3,3509010101900003\n');
await show('quotedNL', 'nama,nik\r\n"x\r\ny",3509010101900001\r\n"z",3509010101900002\r\n');
const s = await processRoster(readCsvRows('NIK;Nama;Penghasilan;Sumber Dana\n3509010101900001;Contoh;1.000.000;APBD\n3509010101900001;Dup;1.000.000;APBD\n'), opts);
console.log(JSON.stringify(s.rejected), s.total, s.unknownColumns);
