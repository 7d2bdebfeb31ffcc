/**
 * All message catalogues, merged. Each domain adds its own file under `messages/`.
 *
 * @internal
 * @module
 */
import { benefitMessages } from './messages/benefits.ts';
import { bpuMessages } from './messages/bpu.ts';
import { coreMessages } from './messages/core.ts';
import type { MessageCatalog } from './messages/types.ts';

/** @internal */
export const CATALOG: MessageCatalog = { ...coreMessages, ...bpuMessages, ...benefitMessages };
