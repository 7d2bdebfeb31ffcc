// Smoke test of the packed tarball, loaded with require() by a consumer project (scripts/smoke.sh copies it there).
const assert = require('node:assert/strict');
const { bpuContribution, formatRupiah, isJamsostekError } = require('jamsostek');

const label = `node ${process.version} cjs`;
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

check("'jamsostek' resolves to dist/index.cjs for require", () => {
  assert.match(require.resolve('jamsostek'), /\/node_modules\/jamsostek\/dist\/index\.cjs$/);
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

if (failures > 0) {
  console.log(`  ${label}: ${failures} check(s) failed`);
  process.exitCode = 1;
}
