import { lateFine } from 'jamsostek/calendar';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

const jan = { segment: 'PU', month: '2026-01', contribution: 1_000_000 } as const;

describe('lateFine', () => {
  it('the January 2026 contribution of Rp1.000.000 paid three months late owes Rp60.000', () => {
    // Due: the 15th of February 2026 (PP 44/2015 Pasal 21 ayat (2)) is a Sunday → Monday 16 February
    // (16 February is joint leave, a working day under the default reading).
    // Months begun after 16 February: 16 Mar (1), 16 Apr (2), 16 May (3); 10 May falls in the third.
    // Fine: 2 % × 3 × 1.000.000 = 60.000 (PP 44/2015 Pasal 22 ayat (1)).
    const r = lateFine({ ...jan, paidOn: '2026-05-10' });
    expect(r.status).toBe('late');
    if (r.status !== 'late') return;
    expect(r.dueDate).toBe('2026-02-16');
    expect(r.monthsLate).toBe(3);
    expect(r.fine).toBe(60_000);
    expect(r.lines).toEqual([{ program: 'all', contribution: 1_000_000, rate: '0.02', fine: 60_000 }]);
  });

  it('counts every month begun: the day after the due date already costs 2 %', () => {
    // Due 16 March 2026 for February; paid 17 March: 1 month, 2 % × 1.000.000 = 20.000.
    const feb = lateFine({ segment: 'PU', month: '2026-02', contribution: 1_000_000, paidOn: '2026-03-17' });
    expect(feb.status === 'late' && [feb.monthsLate, feb.fine]).toEqual([1, 20_000]);
    expect(feb.basis.notices.map((n) => n.code)).toContain('calendar.fine.counting');
    // Paid exactly one month after the due date (16 April): still the first month.
    const edge = lateFine({ segment: 'PU', month: '2026-02', contribution: 1_000_000, paidOn: '2026-04-16' });
    expect(edge.status === 'late' && edge.monthsLate).toBe(1);
    // One day later begins the second month: 2 × 20.000.
    const next = lateFine({ segment: 'PU', month: '2026-02', contribution: 1_000_000, paidOn: '2026-04-17' });
    expect(next.status === 'late' && next.fine).toBe(40_000);
  });

  it('on time: no fine', () => {
    const r = lateFine({ segment: 'PU', month: '2025-07', contribution: 1_000_000, paidOn: '2025-08-15' });
    expect(r.status).toBe('on-time');
    expect(r.fine).toBe(0);
  });

  it('between the two readings of joint leave: ambiguous, the fine shown but not asserted', () => {
    // January 2026: due 16 February (joint leave worked) or 18 February (joint leave off).
    const r = lateFine({ ...jan, paidOn: '2026-02-17' });
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.fine).toBe(0);
    expect([r.monthsLateIfLate, r.fineIfLate]).toEqual([1, 20_000]);
    expect(r.basis.notices.map((n) => n.code)).toContain('calendar.fine.ambiguous');
    expect(r.confidence).toBe('U');
    // The caller who counts joint leave as a day off is on time.
    expect(lateFine({ ...jan, paidOn: '2026-02-17', jointLeave: 'holiday' }).status).toBe('on-time');
  });

  it('by program: each line under its own article, 2 months late', () => {
    // Wage Rp3.000.000, risk class 1: JKK 0,24 % = 7.200, JKM 0,30 % = 9.000, JHT 5,7 % = 171.000,
    // JP 3 % = 90.000. Due 16 February 2026, paid 1 April: 2 months begun.
    // Fines at 4 %: 288, 360, 6.840, 3.600 = 11.088.
    const r = lateFine({
      segment: 'PU',
      month: '2026-01',
      byProgram: { JKK: 7_200, JKM: 9_000, JHT: 171_000, JP: 90_000 },
      paidOn: '2026-04-01',
    });
    expect(r.status).toBe('late');
    if (r.status !== 'late') return;
    expect(r.contribution).toBe(277_200);
    expect(r.lines.map((l) => [l.program, l.fine])).toEqual([
      ['JKK', 288],
      ['JKM', 360],
      ['JHT', 6_840],
      ['JP', 3_600],
    ]);
    expect(r.fine).toBe(11_088);
    const articles = r.basis.rules
      .filter((x) => x.id.startsWith('calendar.fine.'))
      .map((x) => x.citations[0]?.article);
    expect(articles).toEqual(
      expect.arrayContaining([
        'Pasal 22 ayat (1) dan (2)',
        'Pasal 20 ayat (1) dan (2)',
        'Pasal 31 ayat (1) dan (2)',
      ]),
    );
  });

  it('rounds half-up per line', () => {
    // 2 % × 1 × 25 = 0,5 → 1; 2 % × 1 × 24 = 0,48 → 0.
    const r = lateFine({
      segment: 'PU',
      month: '2026-02',
      byProgram: { JKK: 25, JKM: 24 },
      paidOn: '2026-03-20',
    });
    expect(r.status === 'late' && r.lines.map((l) => l.fine)).toEqual([1, 0]);
  });

  it('PP 49/2020 months: their own deadline (the 30th) and 0,5 % a month', () => {
    // October 2020: due Monday 30 November 2020; paid 15 December: 1 month; 0,5 % × 1.000.000 = 5.000.
    const r = lateFine({ segment: 'PU', month: '2020-10', contribution: 1_000_000, paidOn: '2020-12-15' });
    expect(r.dueDate).toBe('2020-11-30');
    expect(r.status === 'late' && [r.monthsLate, r.fine]).toEqual([1, 5_000]);
    expect(r.basis.rules.find((x) => x.id === 'calendar.fine.jkk-jkm')?.citations[0]).toEqual({
      instrument: 'PP 49/2020',
      article: 'Pasal 23 ayat (1)',
    });
    // The same payment date for a month outside the relief: July 2020 was due 18 August 2020 (the 15th
    // a Saturday, the 17th Independence Day); paid 15 December: months begun after 18 August: 18 Sep,
    // 18 Oct, 18 Nov, 18 Dec → 4; 2 % × 4 × 1.000.000 = 80.000.
    const july = lateFine({ segment: 'PU', month: '2020-07', contribution: 1_000_000, paidOn: '2020-12-15' });
    expect(july.dueDate).toBe('2020-08-18');
    expect(july.status === 'late' && [july.monthsLate, july.fine]).toEqual([4, 80_000]);
    // Paid on the 30th itself: on time.
    expect(
      lateFine({ segment: 'PU', month: '2020-10', contribution: 1_000_000, paidOn: '2020-11-30' }).status,
    ).toBe('on-time');
  });

  it('PP 49/2020 September 2020: the 30 October joint leave decides which way the roll goes', () => {
    // Joint leave worked: due 30 October. Counted as a day off: back over 30 (joint leave), 29 (Maulid),
    // 28 (joint leave) to Tuesday 27 October.
    const base = { segment: 'PU', month: '2020-09', contribution: 1_000_000, paidOn: '2020-10-29' } as const;
    expect(lateFine(base).status).toBe('on-time');
    expect(lateFine({ ...base, jointLeave: 'holiday' }).status).toBe('ambiguous');
  });

  it('state organisers are exempt', () => {
    const r = lateFine({ ...jan, paidOn: '2026-05-10', employerType: 'state' });
    expect(r.status).toBe('exempt');
    expect(r.status === 'exempt' && [r.reason, r.fine, r.monthsLate]).toEqual(['state-employer', 0, 3]);
  });

  it('with whole months counted (a what-if), a payment one day late costs nothing yet', () => {
    const book = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'calendar.fine.counting',
        versions: [
          {
            from: '2015-07-01',
            value: { count: 'whole-month', anchor: 'due-date' },
            confidence: 'U',
            citations: [{ instrument: 'what-if', article: '-' }],
          },
        ],
      },
    ]);
    const r = lateFine({
      segment: 'PU',
      month: '2026-02',
      contribution: 1_000_000,
      paidOn: '2026-03-17',
      rulebook: book,
    });
    expect(r.status === 'late' && [r.monthsLate, r.fine]).toEqual([0, 0]);
    const later = lateFine({
      segment: 'PU',
      month: '2026-02',
      contribution: 1_000_000,
      paidOn: '2026-05-17',
      rulebook: book,
    });
    expect(later.status === 'late' && [later.monthsLate, later.fine]).toEqual([2, 40_000]);
  });

  it('counted from the nominal 15th (a what-if)', () => {
    const book = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'calendar.fine.counting',
        versions: [
          {
            from: '2015-07-01',
            value: { count: 'started-month', anchor: 'nominal-date' },
            confidence: 'U',
            citations: [{ instrument: 'what-if', article: '-' }],
          },
        ],
      },
    ]);
    // February 2026: nominal 15 March (Sunday), due 16 March; paid 16 April: after 15 April → 2 months.
    const r = lateFine({
      segment: 'PU',
      month: '2026-02',
      contribution: 1_000_000,
      paidOn: '2026-04-16',
      rulebook: book,
    });
    expect(r.status === 'late' && r.monthsLate).toBe(2);
  });

  it('a BPU participant owes no fine: INVALID_INPUT pointing to bpuStanding', () => {
    const e = thrown(() => lateFine({ ...jan, segment: 'BPU' as 'PU', paidOn: '2026-05-10' }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['segment']);
    expect(e.issues[0]?.message).toMatch(/bpuStanding/);
  });

  it('exactly one of contribution and byProgram; byProgram names a program', () => {
    const both = {
      segment: 'PU',
      month: '2026-01',
      paidOn: '2026-05-10',
      contribution: 1,
      byProgram: { JKK: 1 },
    };
    expect(thrown(() => lateFine(both as never)).issues.map((i) => i.path.join('.'))).toEqual([
      'contribution',
    ]);
    const none = { segment: 'PU', month: '2026-01', paidOn: '2026-05-10', byProgram: {} };
    expect(thrown(() => lateFine(none as never)).issues.map((i) => i.path.join('.'))).toEqual(['byProgram']);
  });

  it('explains itself in both languages', () => {
    const r = lateFine({ ...jan, paidOn: '2026-05-10' });
    expect(explain(r, { lang: 'en' })).toContain(
      '- Fine: 2% × 3 months × contribution Rp1,000,000 = Rp60,000 (PP 44/2015 Pasal 22 ayat (1) dan (2) [A]; PP 46/2015 Pasal 20 ayat (1) dan (2) [A]; PP 45/2015 Pasal 31 ayat (1) dan (2) [A]) [rounded half-up to Rp1]',
    );
    expect(explain(r)[0]).toBe(
      'Denda keterlambatan iuran bulan 2026-01 (Rp1.000.000) yang dibayar 2026-05-10:',
    );
  });
});
