import { contributionDueDate, contributionDueDateSchedule } from 'jamsostek/calendar';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../src/calendar/days.ts';
import { dueDateGolden } from '../golden/calendar.ts';
import { thrown } from '../helpers.ts';

const holidayCitations = (r: {
  basis: { rules: readonly { id: string; citations: readonly { instrument: string }[] }[] };
}) =>
  r.basis.rules
    .filter((x) => x.id === 'calendar.holidays')
    .flatMap((x) => x.citations.map((c) => c.instrument));

describe('contributionDueDate: golden cases', () => {
  it.each(dueDateGolden)('$name', (c) => {
    const strict = contributionDueDate({ segment: c.segment, month: c.month });
    const lenient = contributionDueDate({ segment: c.segment, month: c.month, jointLeave: 'holiday' });
    expect(strict.dueDate).toBe(c.workingDay);
    expect(strict.jointLeave).toBe('working-day');
    expect(lenient.dueDate).toBe(c.holiday);
    expect(strict.byReading).toEqual({ 'working-day': c.workingDay, holiday: c.holiday });
    // A due date is always a working day: never a Saturday or a Sunday.
    expect(isoWeekday(strict.dueDate)).toBeLessThan(6);
    expect(isoWeekday(lenient.dueDate)).toBeLessThan(6);
  });

  it('PU 2025-07 is due Friday 2025-08-15, not moved, with the three PP articles', () => {
    const r = contributionDueDate({ segment: 'PU', month: '2025-07' });
    expect(r).toMatchObject({
      kind: 'contribution-due-date',
      moved: false,
      nominalDate: '2025-08-15',
      dueDate: '2025-08-15',
    });
    expect(isoWeekday(r.dueDate)).toBe(5);
    const due = r.basis.rules.find((x) => x.id === 'calendar.due.pu');
    expect(due?.citations.map((c) => `${c.instrument} ${c.article}`)).toEqual([
      'PP 44/2015 Pasal 21 ayat (2) dan (3)',
      'PP 46/2015 Pasal 19 ayat (2) dan (3)',
      'PP 45/2015 Pasal 30 ayat (3)',
    ]);
    expect(r.confidence).toBe('B'); // the weekend reading and the holiday list are B
  });

  it('PU 2026-04: the Friday is joint leave; the default reading keeps it, with confidence U and a notice', () => {
    const r = contributionDueDate({ segment: 'PU', month: '2026-04' });
    expect(r.dueDate).toBe('2026-05-15');
    expect(r.moved).toBe(false);
    expect(r.confidence).toBe('U');
    expect(r.basis.notices.map((n) => n.code)).toContain('calendar.joint-leave.uncertain');
    const counted = contributionDueDate({ segment: 'PU', month: '2026-04', jointLeave: 'holiday' });
    expect(counted.dueDate).toBe('2026-05-18');
    if (!counted.moved) throw new Error('expected a move');
    expect(counted.reason.map((d) => [d.date, d.kind])).toEqual([
      ['2026-05-15', 'joint-leave'],
      ['2026-05-16', 'weekend'],
      ['2026-05-17', 'weekend'],
    ]);
  });

  it('a 15th on a Sunday moves to Monday, with the reason', () => {
    const r = contributionDueDate({ segment: 'PU', month: '2026-02' });
    expect(r.moved && r.reason).toEqual([{ date: '2026-03-15', kind: 'weekend' }]);
    expect(r.moved && r.movedFrom).toBe('2026-03-15');
    expect(r.moved && r.direction).toBe('forward');
  });

  it('a 15th on a national holiday moves, citing that year’s SKB', () => {
    const r = contributionDueDate({ segment: 'PU', month: '2022-03' });
    if (!r.moved) throw new Error('expected a move');
    expect(r.reason[0]).toEqual({
      date: '2022-04-15',
      kind: 'holiday',
      name: { id: 'Wafat Isa Almasih', en: 'Good Friday' },
    });
    expect(holidayCitations(r)).toContain('SKB Menag 963/2021, Menaker 3/2021, MenPANRB 4/2021');
    const lines = explain(r, { lang: 'en' });
    expect(lines).toContain(
      '- 2022-04-15 is a national holiday: Good Friday (SKB Menag 963/2021, Menaker 3/2021, MenPANRB 4/2021 Lampiran; SKB Menag 375/2022, Menaker 1/2022, MenPANRB 1/2022 (perubahan) Lampiran [B])',
    );
    expect(explain(r)).toContain(
      '- 2022-04-15 hari libur nasional: Wafat Isa Almasih (SKB Menag 963/2021, Menaker 3/2021, MenPANRB 4/2021 Lampiran; SKB Menag 375/2022, Menaker 1/2022, MenPANRB 1/2022 (perubahan) Lampiran [B])',
    );
  });

  it('a Sunday 15th followed by a Monday holiday moves two days (not listed in the research table)', () => {
    expect(contributionDueDate({ segment: 'BPU', month: '2022-05' }).dueDate).toBe('2022-05-17'); // Waisak 16 May
    expect(contributionDueDate({ segment: 'PU', month: '2015-07' }).dueDate).toBe('2015-08-18'); // Independence Day
  });

  it('BPU pays by the 15th of the month itself; PU by the 15th of the next', () => {
    expect(contributionDueDate({ segment: 'BPU', month: '2025-07' }).dueDate).toBe('2025-07-15');
    expect(contributionDueDate({ segment: 'PU', month: '2025-06' }).dueDate).toBe('2025-07-15');
  });

  it('PP 49/2020: the 30th of the next month rolls back; January 2021 (no 30 February) is U', () => {
    const sep = contributionDueDate({ segment: 'PU', month: '2020-09', jointLeave: 'holiday' });
    expect(sep.moved && sep.direction).toBe('backward');
    expect(sep.basis.notices.map((n) => n.code)).toContain('calendar.due.pp49');
    const jan = contributionDueDate({ segment: 'PU', month: '2021-01' });
    // 28 February 2021 (the last day) is a Sunday, 27 a Saturday: Friday 26 February.
    expect(jan.dueDate).toBe('2021-02-26');
    expect(jan.nominalDate).toBe('2021-02-28');
    expect(jan.confidence).toBe('U');
    // From February 2021 the 15th is back: 15 March 2021 is a Monday.
    expect(contributionDueDate({ segment: 'PU', month: '2021-02' }).dueDate).toBe('2021-03-15');
    // BPU months in the relief keep the 15th, unverified.
    const bpu = contributionDueDate({ segment: 'BPU', month: '2020-10' });
    expect(bpu.dueDate).toBe('2020-10-15');
    expect(bpu.confidence).toBe('U');
  });

  it('a year without a holiday list: weekends only, confidence U, a notice naming the year', () => {
    const r = contributionDueDate({ segment: 'BPU', month: '2028-01' });
    expect(r.dueDate).toBe('2028-01-17'); // 15 January 2028 is a Saturday
    expect(r.confidence).toBe('U');
    expect(r.basis.notices).toContainEqual({
      code: 'calendar.holidays.missing',
      level: 'warning',
      params: { year: 2028 },
      rules: ['calendar.holidays'],
    });
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('The 2028 list of national holidays');
  });

  it('months before PP 44/2015 are RULE_NOT_IN_FORCE; bad input is INVALID_INPUT with its path', () => {
    expect(thrown(() => contributionDueDate({ segment: 'PU', month: '2015-06' })).code).toBe(
      'RULE_NOT_IN_FORCE',
    );
    const e = thrown(() =>
      contributionDueDate({
        segment: 'X' as 'PU',
        month: '2025-13' as '2025-12',
        jointLeave: 'maybe' as 'holiday',
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['segment', 'month', 'jointLeave']);
  });

  it('a what-if rulebook can count joint leave as a day off by default', () => {
    const book = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'calendar.joint-leave',
        versions: [
          {
            from: '2015-01-01',
            value: 'holiday',
            confidence: 'U',
            citations: [{ instrument: 'x', article: 'y' }],
          },
        ],
      },
    ]);
    expect(contributionDueDate({ segment: 'PU', month: '2026-04', rulebook: book }).dueDate).toBe(
      '2026-05-18',
    );
  });

  it('results share nothing with each other (the due date is cached inside, not handed out)', () => {
    const a = contributionDueDate({ segment: 'PU', month: '2026-04', jointLeave: 'holiday' });
    const b = contributionDueDate({ segment: 'PU', month: '2026-04', jointLeave: 'holiday' });
    expect(a).toEqual(b);
    expect(a.byReading).not.toBe(b.byReading);
    if (a.moved && b.moved) {
      expect(a.reason).not.toBe(b.reason);
      expect(a.reason[0]).not.toBe(b.reason[0]);
    }
    expect(a.basis.steps).not.toBe(b.basis.steps);
  });
});

describe('contributionDueDateSchedule', () => {
  it('one due date per month, one step per month', () => {
    const s = contributionDueDateSchedule({ segment: 'BPU', from: '2026-01', to: '2026-12' });
    expect(s.monthCount).toBe(12);
    expect(s.byMonth.map((m) => m.dueDate)).toEqual([
      '2026-01-15',
      '2026-02-16',
      '2026-03-16',
      '2026-04-15',
      '2026-05-15',
      '2026-06-15',
      '2026-07-15',
      '2026-08-18',
      '2026-09-15',
      '2026-10-15',
      '2026-11-16',
      '2026-12-15',
    ]);
    expect(s.basis.steps).toHaveLength(12);
    expect(s.confidence).toBe('U'); // February and May depend on the joint-leave reading
  });

  it('rejects a backwards range at to', () => {
    const e = thrown(() => contributionDueDateSchedule({ segment: 'PU', from: '2026-12', to: '2026-01' }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['to']);
  });
});
