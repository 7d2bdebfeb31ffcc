// Smoke test of the packed tarball, loaded with require() by a consumer project (scripts/smoke.sh copies it there).
const assert = require('node:assert/strict');
const { bpuContribution, formatRupiah, isJamsostekError, JamsostekError } = require('jamsostek');
const { puContribution } = require('jamsostek/payroll');
const { explain } = require('jamsostek/explain');
const { jkmBenefit } = require('jamsostek/benefits');
const { OFFICIAL_RULEBOOK } = require('jamsostek/rulebook');

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

// The subpath entries the installed package declares in its exports map.
const ENTRIES = Object.keys(require('jamsostek/package.json').exports)
  .filter((key) => key !== '.' && typeof require('jamsostek/package.json').exports[key] === 'object')
  .map((key) => key.slice(2));
assert.ok(ENTRIES.length > 0, 'the package declares no subpath entries');

check('every subpath entry resolves to its own file for require', () => {
  for (const entry of ENTRIES)
    assert.match(
      require.resolve(`jamsostek/${entry}`),
      new RegExp(`/node_modules/jamsostek/dist/${entry}\\.cjs$`),
    );
});

check('puContribution 2024-06, wage 10,000,000, class 1: 24000 + 30000 + 570000 + 300000 = 924000', () => {
  assert.equal(puContribution({ month: '2024-06', wage: 10000000, riskClass: 1 }).totals.total, 924000);
});

check(
  "jkmBenefit 2025-06-01 after 65 months: 42,000,000, explained with PP 82/2019 by 'jamsostek/explain'",
  () => {
    const r = jkmBenefit({
      eventDate: '2025-06-01',
      segment: 'PU',
      membershipStart: '2020-01-01',
      contributionMonths: 65,
    });
    assert.equal(r.total, 42000000);
    assert.match(explain(r).join('\n'), /PP 82\/2019/);
  },
);

check('one JamsostekError class for every entry of the CJS build (shared chunks)', () => {
  const error = thrownBy(() => puContribution({ month: '2015-06', wage: 1000000, riskClass: 1 }));
  assert.ok(error instanceof JamsostekError, `not the root entry's JamsostekError: ${error}`);
});

check("OFFICIAL_RULEBOOK from 'jamsostek/rulebook' holds the series of every entry", () => {
  for (const id of ['bpu.jkm.amount', 'pu.jp.wage-cap', 'jkm.lump-sum'])
    assert.ok(Object.hasOwn(OFFICIAL_RULEBOOK.series, id), `missing ${id}`);
});

if (failures > 0) {
  console.log(`  ${label}: ${failures} check(s) failed`);
  process.exitCode = 1;
}
