/**
 * Timing in rounds, medians and ranges, and number formatting for the benchmark.
 *
 * Every comparison is made in rounds: each round runs every implementation once on the same input,
 * made before any timing, in an order rotated from round to round, so that a machine shared with
 * other work slows all of them alike. A ratio is taken within each round and the median of the
 * per-round ratios is reported with their range.
 */

/** The median of some numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  // (A missing figure is NaN, or null once it went through JSON: left out.)
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The smallest and largest of some numbers. */
export function range(xs: readonly number[]): [number, number] {
  return [Math.min(...xs), Math.max(...xs)];
}

/** One timed run of one implementation: wall-clock and CPU time of this process, in milliseconds. */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs `fn` once and times it (after a full garbage collection when `gc` is exposed). */
export function timeOnce<T>(fn: () => T): { timing: Timing; result: T } {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { timing: { wallMs, cpuMs: (c.user + c.system) / 1000 }, result };
}

/** {@link timeOnce} for an asynchronous function. */
export async function timeOnceAsync<T>(fn: () => Promise<T>): Promise<{ timing: Timing; result: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { timing: { wallMs, cpuMs: (c.user + c.system) / 1000 }, result };
}

/** The timings of every implementation, round by round (index = round), and the last result of each. */
export interface Rounds<I extends Record<string, unknown>> {
  readonly timings: Record<keyof I, Timing[]>;
  readonly results: I;
}

/**
 * Runs every implementation once per round, `count` rounds, rotating the order each round, after
 * `warmup` untimed runs of each (so that every one is compiled before timing). `skip` leaves an
 * implementation out of a round (its timing for that round is then missing: NaN).
 */
export async function rounds<I extends Record<string, unknown>>(
  impls: { readonly [K in keyof I]: () => I[K] | Promise<I[K]> },
  count: number,
  { skip, warmup = 1 }: { skip?: (name: keyof I, round: number) => boolean; warmup?: number } = {},
): Promise<Rounds<I>> {
  const names = Object.keys(impls) as (keyof I)[];
  for (let w = 0; w < warmup; w++) for (const name of names) await impls[name]();
  const timings = Object.fromEntries(names.map((n) => [n, [] as Timing[]])) as Record<keyof I, Timing[]>;
  const results = {} as I;
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + r) % names.length] as keyof I;
      if (skip?.(name, r)) {
        timings[name][r] = { wallMs: Number.NaN, cpuMs: Number.NaN };
        continue;
      }
      const fn = impls[name];
      const { timing, result } = await timeOnceAsync(async () => fn());
      timings[name][r] = timing;
      results[name] = result;
    }
  }
  return { timings, results };
}

/** Per-round ratios a ÷ b of two lists of timings (wall-clock), rounds missing either left out. */
export function ratios(a: readonly Timing[], b: readonly Timing[], of: keyof Timing = 'wallMs'): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    // A round that left one out has NaN there (null once it went through JSON).
    const x = a[i]?.[of];
    const y = b[i]?.[of];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && y > 0) out.push(x / y);
  }
  return out;
}

/** A median with its range: the figure a table shows. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The median and range of some numbers (NaN left out). */
export function spread(xs: readonly number[]): Spread {
  const ys = xs.filter((x) => Number.isFinite(x));
  if (ys.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const [min, max] = range(ys);
  return { median: median(ys), min, max };
}

/** A number with grouping (English style, as in the rest of the English docs). */
export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** `1.23 [1.10–1.41]`: a median and its range. */
export function fmtSpread(s: Spread, digits = 2, unit = ''): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  if (s.min === s.max) return `${fmt(s.median, digits)}${unit}`;
  return `${fmt(s.median, digits)}${unit} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]`;
}
