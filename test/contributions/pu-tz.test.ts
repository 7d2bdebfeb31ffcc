import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
import { puContribution } from './src/entries/payroll.ts';
const out = [];
for (const month of ['2015-07', '2018-02', '2018-03', '2020-10', '2021-02', '2025-02', '2026-03'])
  out.push(puContribution({ month, wage: 9000000, riskClass: 3, jkpMember: true }).totals);
console.log(JSON.stringify(out));
`;

describe('results never change across time zones', () => {
  it('same totals under several TZ values', () => {
    const results = ['UTC', 'Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      }),
    );
    expect(new Set(results).size).toBe(1);
  }, 120_000);
});
