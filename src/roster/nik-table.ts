/**
 * A set of NIKs (as the exact numbers `nikKey` gives) with a row number and two integers per NIK, in
 * typed arrays indexed by hash slot: about 24 bytes per slot, at most 3 NIKs in 4 slots, no object per
 * row and no reference to the text a NIK was read from. A lookup reads one key array only.
 *
 * @internal
 * @module
 */

const EMPTY = -1;

function hash(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4_294_967_296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** NIK → (row number, a, b), by slot. */
export class NikTable {
  /** The key of each slot; -1 for an empty one. */
  private keys = new Float64Array(1024).fill(EMPTY);
  private mask = 1023;
  /** The row number of each slot. */
  rows: Float64Array = new Float64Array(1024);
  /** The first integer of each slot. */
  a: Int32Array = new Int32Array(1024);
  /** The second integer of each slot. */
  b: Int32Array = new Int32Array(1024);
  /** NIKs stored. */
  size = 0;

  /** The slot of `key`, or -1. */
  find(key: number): number {
    const keys = this.keys;
    let i = hash(key) & this.mask;
    for (;;) {
      const k = keys[i] as number;
      if (k === key) return i;
      if (k === EMPTY) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Stores `key` (which must not be present) with its numbers. */
  insert(key: number, row: number, a: number, b: number): void {
    if (4 * (this.size + 1) > 3 * (this.mask + 1)) this.grow();
    this.size++;
    this.place(key, row, a, b);
  }

  private place(key: number, row: number, a: number, b: number): void {
    const keys = this.keys;
    let i = hash(key) & this.mask;
    while (keys[i] !== EMPTY) i = (i + 1) & this.mask;
    keys[i] = key;
    this.rows[i] = row;
    this.a[i] = a;
    this.b[i] = b;
  }

  private grow(): void {
    const { keys, rows, a, b } = this;
    const n = keys.length * 2;
    this.keys = new Float64Array(n).fill(EMPTY);
    this.rows = new Float64Array(n);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.mask = n - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      if (k !== EMPTY) this.place(k, rows[i] as number, a[i] as number, b[i] as number);
    }
  }
}
