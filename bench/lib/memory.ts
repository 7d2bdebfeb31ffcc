/**
 * Bytes allocated per call, measured the plain way: a full garbage collection, the heap in use before
 * and after a batch of calls, divided by the calls; a batch during which the engine collected garbage
 * is thrown away, and the median of the batches kept is reported. Run under `node --expose-gc`.
 * (mitata's own estimate is shown beside it; it samples the heap inside its timing loop.)
 */
import { PerformanceObserver } from 'node:perf_hooks';

const collections: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push(e.startTime);
});
observer.observe({ entryTypes: ['gc'] });

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Stops watching for garbage collections (so that the process can exit). */
export function stopWatchingGc(): void {
  observer.disconnect();
}

/**
 * The median number of bytes one call of `fn` allocates. The results are kept (in a small ring) so
 * that the engine cannot leave the allocation out.
 */
export async function bytesPerCall(fn: () => unknown, calls = 200, batches = 31): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bytesPerCall needs node --expose-gc');
  const keep: unknown[] = new Array(8);
  for (let i = 0; i < 50_000; i++) keep[i & 7] = fn();
  const kept: number[] = [];
  for (let b = 0; b < batches * 4 && kept.length < batches; b++) {
    gc();
    await tick();
    const t0 = performance.now();
    const h0 = process.memoryUsage().heapUsed;
    for (let i = 0; i < calls; i++) keep[i & 7] = fn();
    const h1 = process.memoryUsage().heapUsed;
    const t1 = performance.now();
    await tick();
    await tick();
    if (!collections.some((t) => t >= t0 && t <= t1)) kept.push((h1 - h0) / calls);
    collections.length = 0;
  }
  kept.sort((a, b) => a - b);
  return kept[kept.length >> 1] ?? Number.NaN;
}
