import { writeXlsx, streamXlsxRows, readXlsx } from 'hucre/xlsx';
const buf = await writeXlsx({ sheets: [
  { name: 'Roster', columns: [{ numFmt: '@', width: 20 }, {}, { numFmt: 'yyyy-mm-dd' }], rows: [['NIK', 'Penghasilan', 'Tanggal Lahir'], ['3509010101900001', 1000000, new Date(Date.UTC(1990, 0, 1))], [3509010101900002, '1.000.000', '1990-01-01'], [null, null, null], ['x', true, 35.1]] },
  { name: 'Info', rows: [['a']] } ] });
console.log(buf.constructor.name, buf.length);
for await (const r of streamXlsxRows(buf)) console.log(JSON.stringify(r), r.values.map(v => v instanceof Date ? 'Date' : typeof v));
for await (const r of streamXlsxRows(buf, { sheet: 'Info' })) console.log('info', JSON.stringify(r));
try { for await (const r of streamXlsxRows(buf, { sheet: 'Nope' })) console.log(r); } catch (e) { console.log('ERR', e.constructor.name, e.message, Object.keys(e)); }
try { for await (const r of streamXlsxRows(new Uint8Array([1,2,3]))) console.log(r); } catch (e) { console.log('ERR', e.constructor.name, e.message); }
const wb = await readXlsx(buf, { sheets: [] }); console.log(Object.keys(wb), wb.sheets?.map(s => s.name));
const rows = [['NIK','Nama','Penghasilan']]; for (let i = 0; i < 100000; i++) rows.push([String(3509010101900001 + i), 'SINTETIS ' + i, 1000000]);
const big = await writeXlsx({ sheets: [{ name: 'R', rows }, { name: 'Info', rows: [['x']] }] });
let t = performance.now(); const w2 = await readXlsx(big, { sheets: [] }); console.log('names', w2.sheets.map(s => [s.name, s.rows?.length]), performance.now() - t);
t = performance.now(); const w3 = await readXlsx(big, { sheets: ['Info'] }); console.log('names2', w3.sheets.map(s => [s.name, s.rows?.length]), performance.now() - t);
const names = []; t = performance.now(); await readXlsx(big, { sheets: (info) => { names.push(info.name); return false; } }); console.log('pred', names, performance.now() - t);
