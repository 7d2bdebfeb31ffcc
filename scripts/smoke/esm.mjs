// Smoke test of the packed tarball, loaded as ESM by a consumer project (scripts/smoke.sh copies it there).
// Also loads the CJS build next to it and checks that errors are recognised across the two copies.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { bpuContribution, formatRupiah, isJamsostekError } from 'jamsostek';

const require = createRequire(import.meta.url);
const label = `node ${process.version} esm`;
let failures = 0;

function check(name, fn) {
  try {
    fn();
    console.log(`  ok      ${label}: ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`  FAILED  ${label}: ${name}`);
    console.log(String(error?.stack ?? error).replace(/^/gm, '          '));
  }
}

function thrownBy(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected a throw');
}

check("'jamsostek' resolves to dist/index.js for import", () => {
  assert.match(import.meta.resolve('jamsostek'), /\/node_modules\/jamsostek\/dist\/index\.js$/);
});

check('bpuContribution 2025-09, income 1,000,000: total 16800', () => {
  assert.equal(bpuContribution({ month: '2025-09', declaredIncome: 1000000 }).total, 16800);
});

check("formatRupiah(16800) === 'Rp16.800'", () => {
  assert.equal(formatRupiah(16800), 'Rp16.800');
});

check('bpuContribution 2015-06 throws RULE_NOT_IN_FORCE', () => {
  const error = thrownBy(() => bpuContribution({ month: '2015-06', declaredIncome: 1000000 }));
  assert.ok(isJamsostekError(error), `not a JamsostekError: ${error}`);
  assert.equal(error.code, 'RULE_NOT_IN_FORCE');
});

const cjs = require('jamsostek');

check("require('jamsostek') from ESM loads the separate CJS copy (dist/index.cjs)", () => {
  assert.match(require.resolve('jamsostek'), /\/node_modules\/jamsostek\/dist\/index\.cjs$/);
  assert.notEqual(cjs.bpuContribution, bpuContribution);
});

check('an error thrown by the CJS copy is recognised by the ESM isJamsostekError', () => {
  const error = thrownBy(() => cjs.bpuContribution({ month: '2015-06', declaredIncome: 1000000 }));
  assert.ok(isJamsostekError(error), `not recognised: ${error}`);
  assert.equal(error.code, 'RULE_NOT_IN_FORCE');
});

check('an error thrown by the ESM copy is recognised by the CJS isJamsostekError', () => {
  const error = thrownBy(() => bpuContribution({ month: '2015-06', declaredIncome: 1000000 }));
  assert.ok(cjs.isJamsostekError(error), `not recognised: ${error}`);
});

check('both copies compute the same total', () => {
  assert.equal(cjs.bpuContribution({ month: '2025-09', declaredIncome: 1000000 }).total, 16800);
});

if (failures > 0) {
  console.log(`  ${label}: ${failures} check(s) failed`);
  process.exitCode = 1;
}
