/**
 * Small printing helpers shared by the examples: a published figure next to the computed one.
 */
import { formatRupiah } from 'jamsostek';

let mismatches = 0;

/** Prints a heading. */
export function heading(text: string): void {
  console.log(`\n=== ${text} ===`);
}

/**
 * Prints a published figure next to the computed one and whether they agree. Exits non-zero at the
 * end of the example (see `done`) if any figure disagrees.
 */
export function compare(label: string, published: number | string, computed: number, source: string): void {
  const pub = typeof published === 'number' ? published : undefined;
  const ok = pub === undefined ? 'n/a' : pub === computed ? 'OK' : 'DIFFERS';
  if (ok === 'DIFFERS') mismatches++;
  const shown = typeof published === 'number' ? formatRupiah(published) : published;
  console.log(
    `${label}\n  published: ${shown}   computed: ${formatRupiah(computed)}   [${ok}]   source: ${source}`,
  );
}

/** Prints a computed figure that has no published counterpart. */
export function figure(label: string, text: string): void {
  console.log(`${label}: ${text}`);
}

/** Ends the example: a non-zero exit code if a published figure was not reproduced. */
export function done(): void {
  if (mismatches > 0) {
    console.error(`${mismatches} published figure(s) not reproduced`);
    process.exitCode = 1;
  }
}
