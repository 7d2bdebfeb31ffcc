// Smoke test of the entries with optional peer dependencies (jamsostek/csv needs csv-parse,
// jamsostek/xlsx needs hucre), in the consumer project scripts/smoke.sh installs.
//   node peers.mjs missing     the peers are not installed: each entry throws INVALID_INPUT naming the
//                              install command (import and require), and the rest of the package works
//   node peers.mjs installed   the peers are installed: quoted CSV and .xlsx rosters are read and priced,
//                              and the report workbook is written
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isJamsostekError } from 'jamsostek';
import { readCsvRows } from 'jamsostek/csv';
import { processRoster } from 'jamsostek/roster';
import { readXlsxRows, writeRosterReport } from 'jamsostek/xlsx';

const require = createRequire(import.meta.url);
const mode = process.argv[2];
const label = `node ${process.version} peers ${mode}`;
let failures = 0;

async function check(name, fn) {
  try {
    await fn();
    console.log(`  ok      ${label}: ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`  FAILED  ${label}: ${name}`);
    console.log(String(error?.stack ?? error).replace(/^/gm, '          '));
  }
}

async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

const options = { from: '2025-07', to: '2025-12', fundingSource: 'APBD', declaredIncome: 1000000 };
const csv = 'NIK;Nama\n3509010101800001;"SINTETIS; Satu"\n3509010101800002;Dua\n';

if (mode === 'missing') {
  await check(
    "readCsvRows without csv-parse: INVALID_INPUT naming 'npm install csv-parse@^7.0.3'",
    async () => {
      const error = await rejection(processRoster(readCsvRows(csv), options));
      assert.ok(isJamsostekError(error, 'INVALID_INPUT'), `not a JamsostekError: ${error}`);
      assert.match(error.message, /npm install csv-parse@\^7\.0\.3/);
    },
  );
  await check("readXlsxRows without hucre: INVALID_INPUT naming 'npm install hucre@^1.0.0'", async () => {
    const error = await rejection(processRoster(readXlsxRows(new Uint8Array([80, 75])), options));
    assert.ok(isJamsostekError(error, 'INVALID_INPUT'), `not a JamsostekError: ${error}`);
    assert.match(error.message, /npm install hucre@\^1\.0\.0/);
  });
  await check('the same from the CJS build (require)', async () => {
    const error = await rejection(
      require('jamsostek/roster').processRoster(require('jamsostek/csv').readCsvRows(csv), options),
    );
    assert.ok(isJamsostekError(error, 'INVALID_INPUT'), `not a JamsostekError: ${error}`);
    assert.match(error.message, /csv-parse/);
  });
  await check('the rest of the package works without them', async () => {
    assert.equal((await processRoster([{ nik: '3509010101800001' }], options)).total, 100800);
  });
} else {
  await check('a quoted CSV roster is read and priced (csv-parse loaded), also through require', async () => {
    const s = await processRoster(readCsvRows(csv), options);
    assert.equal(s.total, 2 * 100800);
    const c = await require('jamsostek/roster').processRoster(
      require('jamsostek/csv').readCsvRows(csv),
      options,
    );
    assert.equal(c.total, 2 * 100800);
  });
  await check(
    'an .xlsx roster is read, a NIK stored as a number rejected, and the report written',
    async () => {
      const { writeXlsx } = await import('hucre/xlsx');
      const bytes = await writeXlsx({
        sheets: [
          {
            name: 'Roster',
            rows: [
              ['NIK', 'Nama'],
              ['3509010101800001', 'A'],
              [3509010101800002, 'B'],
            ],
          },
        ],
      });
      const s = await processRoster(readXlsxRows(bytes), options);
      assert.equal(s.workers, 1);
      assert.equal(s.rejected[0]?.kind === 'invalid' && s.rejected[0].issues[0]?.code, 'NIK_AS_NUMBER');
      const report = await writeRosterReport(s);
      assert.deepEqual([...report.slice(0, 2)], [80, 75]);
      const c = await require('jamsostek/roster').processRoster(
        require('jamsostek/xlsx').readXlsxRows(bytes),
        options,
      );
      assert.equal(c.workers, 1);
    },
  );
}

if (failures > 0) {
  console.log(`  ${label}: ${failures} check(s) failed`);
  process.exitCode = 1;
}
