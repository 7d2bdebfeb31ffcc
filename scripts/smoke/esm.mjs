// Smoke test of the packed tarball, loaded as ESM by a consumer project (scripts/smoke.sh copies it there).
// Also loads the CJS build next to it and checks that errors are recognised across the two copies.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { bpuContribution, formatRupiah, isJamsostekError, JamsostekError } from 'jamsostek';
import { jkmBenefit } from 'jamsostek/benefits';
import { explain } from 'jamsostek/explain';
import { puContribution } from 'jamsostek/payroll';
import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';

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

// The subpath entries the installed package declares in its exports map.
const ENTRIES = Object.keys(require('jamsostek/package.json').exports)
  .filter((key) => key !== '.' && typeof require('jamsostek/package.json').exports[key] === 'object')
  .map((key) => key.slice(2));
assert.ok(ENTRIES.length > 0, 'the package declares no subpath entries');

check('every subpath entry resolves to its own file for import', () => {
  for (const entry of ENTRIES)
    assert.match(
      import.meta.resolve(`jamsostek/${entry}`),
      new RegExp(`/node_modules/jamsostek/dist/${entry}\\.js$`),
    );
});

check('puContribution 2024-06, wage 10,000,000, class 1: 24000 + 30000 + 570000 + 300000 = 924000', () => {
  const r = puContribution({ month: '2024-06', wage: 10000000, riskClass: 1 });
  assert.equal(r.totals.total, 924000);
});

check('jkmBenefit for a death on 2025-06-01 after 65 months: 42,000,000', () => {
  const r = jkmBenefit({
    eventDate: '2025-06-01',
    segment: 'PU',
    membershipStart: '2020-01-01',
    contributionMonths: 65,
  });
  assert.equal(r.total, 42000000);
});

check('one JamsostekError class for every entry of the ESM build (shared chunks)', () => {
  const error = thrownBy(() => puContribution({ month: '2015-06', wage: 1000000, riskClass: 1 }));
  assert.ok(error instanceof JamsostekError, `not the root entry's JamsostekError: ${error}`);
});

check("'jamsostek/explain' renders results of every entry and refuses what is not a result", () => {
  const r = jkmBenefit({
    eventDate: '2025-06-01',
    segment: 'PU',
    membershipStart: '2020-01-01',
    contributionMonths: 65,
  });
  assert.match(explain(r).join('\n'), /PP 82\/2019/);
  assert.match(
    explain(bpuContribution({ month: '2025-09', declaredIncome: 1000000 })).join('\n'),
    /Rp16\.800/,
  );
  assert.equal(thrownBy(() => explain({ kind: 'nothing' })).code, 'INVALID_INPUT');
});

check('a rulebook from the CJS copy is accepted by the ESM copy (one registry)', () => {
  const cjsRulebook = require('jamsostek/rulebook').OFFICIAL_RULEBOOK;
  assert.equal(
    bpuContribution({ month: '2025-09', declaredIncome: 1000000, rulebook: cjsRulebook }).total,
    16800,
  );
});

check("OFFICIAL_RULEBOOK from 'jamsostek/rulebook' holds the series of every entry", () => {
  for (const id of ['bpu.jkm.amount', 'pu.jp.wage-cap', 'jkm.lump-sum'])
    assert.ok(Object.hasOwn(OFFICIAL_RULEBOOK.series, id), `missing ${id}`);
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

check('require() of a subpath entry from ESM loads its CJS copy', () => {
  for (const entry of ENTRIES)
    assert.match(
      require.resolve(`jamsostek/${entry}`),
      new RegExp(`/node_modules/jamsostek/dist/${entry}\\.cjs$`),
    );
  const payroll = require('jamsostek/payroll');
  const error = thrownBy(() => payroll.puContribution({ month: '2015-06', wage: 1000000, riskClass: 1 }));
  assert.ok(isJamsostekError(error), `not recognised: ${error}`);
});

check('both copies compute the same total', () => {
  assert.equal(cjs.bpuContribution({ month: '2025-09', declaredIncome: 1000000 }).total, 16800);
});

if (failures > 0) {
  console.log(`  ${label}: ${failures} check(s) failed`);
  process.exitCode = 1;
}
