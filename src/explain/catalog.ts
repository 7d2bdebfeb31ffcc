/**
 * The message catalogues. The root entry renders only its own results (BPU contributions), so its
 * catalogue holds the shared and BPU messages; the domain entries render every result with the full one.
 * Both are merged on first use, so bundles that never render an explanation carry no message text.
 *
 * @internal
 * @module
 */
import { bpuMessages } from './messages/bpu.ts';
import { coreMessages } from './messages/core.ts';
import type { MessageCatalog } from './messages/types.ts';

let root: MessageCatalog | undefined;

/** @internal The shared and BPU messages. */
export function rootCatalog(): MessageCatalog {
  root ??= { ...coreMessages, ...bpuMessages };
  return root;
}
