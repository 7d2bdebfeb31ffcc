import type { FundingSource } from 'jamsostek';
import type {
  RosterIssue,
  RosterOptions,
  RosterRejectedRow,
  RosterSummary,
  RosterWorker,
} from 'jamsostek/roster';
import { describe, expectTypeOf, it } from 'vitest';

describe('roster types', () => {
  it('options take flat months, a funding source and no payer', () => {
    expectTypeOf({
      from: '2025-07',
      to: '2025-12',
      fundingSource: 'DBHCHT',
    } as const).toExtend<RosterOptions>();
    expectTypeOf({ months: { from: '2025-07', to: '2025-12' } } as const).not.toExtend<RosterOptions>();
    expectTypeOf<RosterOptions>().not.toHaveProperty('payer');
    expectTypeOf<RosterOptions>().not.toHaveProperty('payerOf');
    expectTypeOf<RosterWorker['fundingSource']>().toEqualTypeOf<FundingSource>();
  });

  it('a rejected row narrows on kind', () => {
    const r = {} as RosterRejectedRow;
    if (r.kind === 'invalid') {
      expectTypeOf(r.issues).toEqualTypeOf<readonly RosterIssue[]>();
      expectTypeOf(r).not.toHaveProperty('reasons');
    } else if (r.kind === 'ineligible') {
      expectTypeOf(r.reasons).toEqualTypeOf<readonly string[]>();
      expectTypeOf(r).not.toHaveProperty('issues');
    } else {
      expectTypeOf(r.winner.row).toEqualTypeOf<number>();
      expectTypeOf(r).not.toHaveProperty('issues');
    }
  });

  it('the summary breaks down by funding source of the vocabulary', () => {
    expectTypeOf<keyof RosterSummary['byFundingSource']>().toEqualTypeOf<FundingSource>();
  });
});
