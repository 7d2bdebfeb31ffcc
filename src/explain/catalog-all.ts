/**
 * Every message catalogue, merged: what the domain entries (`jamsostek/payroll`, `/benefits`, …) render
 * with. Each domain adds its own file under `messages/`.
 *
 * @internal
 * @module
 */
import { rootCatalog } from './catalog.ts';
import { benefitMessages } from './messages/benefits.ts';
import { coverageMessages } from './messages/coverage.ts';
import { eligibilityMessages } from './messages/eligibility.ts';
import { fundingMessages } from './messages/funding.ts';
import { puMessages } from './messages/pu.ts';
import type { MessageCatalog } from './messages/types.ts';

let full: MessageCatalog | undefined;

/** @internal Every message of the library. */
export function fullCatalog(): MessageCatalog {
  full ??= {
    ...rootCatalog(),
    ...puMessages,
    ...eligibilityMessages,
    ...coverageMessages,
    ...fundingMessages,
    ...benefitMessages,
  };
  return full;
}
