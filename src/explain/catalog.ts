/**
 * All message catalogues, merged. Each domain adds its own file under `messages/`.
 *
 * @internal
 * @module
 */
import { bpuMessages } from './messages/bpu.ts';
import { coreMessages } from './messages/core.ts';
import { puMessages } from './messages/pu.ts';
import type { MessageCatalog } from './messages/types.ts';

/** @internal */
export const CATALOG: MessageCatalog = { ...coreMessages, ...bpuMessages, ...puMessages };
