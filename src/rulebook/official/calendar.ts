/**
 * The official rules that the payment calendar needs: due dates, holidays and joint-leave days, late
 * fines, the BPU arrears limit that decides the JKM benefit, and the BPU series that price arrears.
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { benefitRules } from '../data/benefits.ts';
import { bpuRules } from '../data/bpu.ts';
import { calendarRules } from '../data/calendar.ts';
import { holidayRules } from '../data/holidays.ts';
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of `jamsostek/calendar`. */
export const CALENDAR_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [...calendarRules, holidayRules, ...benefitRules.filter((s) => s.id === 'arrears.max-months'), ...bpuRules],
  OFFICIAL_META,
);
