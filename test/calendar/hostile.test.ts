import {
  bpuStanding,
  contributionDueDate,
  contributionDueDateSchedule,
  lateFine,
  programStanding,
} from 'jamsostek/calendar';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

const cite = [{ instrument: 'what-if', article: '-' }];

describe('calendar inputs a caller should not send', () => {
  it('a rulebook where every day is off ends with OUT_OF_RANGE, not a endless search', () => {
    const book = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'calendar.weekend',
        versions: [{ from: '2015-01-01', value: [1, 2, 3, 4, 5, 6, 7], confidence: 'U', citations: cite }],
      },
    ]);
    expect(thrown(() => contributionDueDate({ segment: 'PU', month: '2026-01', rulebook: book })).code).toBe(
      'OUT_OF_RANGE',
    );
  });

  it('a total fine when the programs’ rates differ in a what-if rulebook: INVALID_INPUT asking for byProgram', () => {
    const book = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'calendar.fine.jp',
        versions: [
          {
            from: '2015-07-01',
            value: { rate: '0.03', exempt: ['state'] },
            confidence: 'U',
            citations: cite,
          },
        ],
      },
    ]);
    const e = thrown(() =>
      lateFine({ segment: 'PU', month: '2026-01', contribution: 1, paidOn: '2026-05-01', rulebook: book }),
    );
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contribution', 'the programs have different fine rates in this rulebook: give byProgram instead'],
    ]);
  });

  it('ranges too long or incomplete, unknown keys, and a payment after the last month owed', () => {
    expect(
      thrown(() =>
        contributionDueDateSchedule({ segment: 'PU', from: '2015-07', to: '2115-07' as '2100-12' }),
      ).issues.map((i) => i.path.join('.')),
    ).toEqual(['to']);
    const e = thrown(() =>
      bpuStanding({
        from: '2026-01',
        to: '2026-02',
        payments: [
          { from: '2026-01', paidOn: '2026-01-01' } as never,
          { month: '2026-03', paidOn: '2026-01-01' },
        ],
        asOf: '2026-04-01',
        extra: 1,
      } as never),
    );
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'extra',
      'payments.0.to',
      'payments.1.month',
    ]);
    const p = thrown(() =>
      programStanding({
        owed: [{ month: '2026-01', fundingSource: 'APBD', amount: 0 }],
        payments: [{ month: '2026-01', amount: -1, fundingSource: 'APBD', paidOn: '2026-01-01' }],
        asOf: '2026-02-01',
      }),
    );
    expect(p.issues.map((i) => i.path.join('.'))).toEqual(['owed.0.amount', 'payments.0.amount']);
    for (const bad of [null, 42, 'x', [], undefined])
      expect(thrown(() => programStanding(bad as never)).code).toBe('INVALID_INPUT');
  });

  it('a program whose owed months are all paid ahead shows no arrears and no refusal date', () => {
    const s = programStanding({
      owed: [{ month: '2026-01', fundingSource: 'APBD', amount: 100 }],
      payments: [{ month: '2026-01', amount: 100, fundingSource: 'APBD', paidOn: '2025-12-20' }],
      asOf: '2026-03-01',
    });
    expect(s.byMonth[0]?.status).toBe('on-time');
    expect(s.jkm).toEqual({ status: 'covered', refusedFrom: null });
    expect([s.workersInArrears, s.workersRefused, s.workerMonthsInArrears]).toEqual([null, null, null]);
  });
});
