/**
 * Every message catalogue, merged on first use, so that bundles that never render an explanation
 * carry no message text. Each domain adds its own file under `messages/`.
 *
 * @internal
 * @module
 */
import { benefitMessages } from './messages/benefits.ts';
import { bpuMessages } from './messages/bpu.ts';
import { calendarMessages } from './messages/calendar.ts';
import { cashBenefitMessages } from './messages/cash-benefits.ts';
import { coreMessages } from './messages/core.ts';
import { coverageMessages } from './messages/coverage.ts';
import { eligibilityMessages } from './messages/eligibility.ts';
import { fundingMessages } from './messages/funding.ts';
import { puMessages } from './messages/pu.ts';
import { rosterMessages } from './messages/roster.ts';
import type { MessageCatalog } from './messages/types.ts';

let full: MessageCatalog | undefined;

/** @internal Every message of the library. */
export function fullCatalog(): MessageCatalog {
  full ??= Object.freeze({
    ...coreMessages,
    ...bpuMessages,
    ...puMessages,
    ...eligibilityMessages,
    ...coverageMessages,
    ...fundingMessages,
    ...rosterMessages,
    ...benefitMessages,
    ...calendarMessages,
    ...cashBenefitMessages,
  });
  return full;
}
