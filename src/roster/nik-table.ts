/**
 * A set of NIKs (as the exact numbers `nikKey` gives) with a few numbers per NIK, in typed arrays: about
 * 30 bytes per distinct NIK, no object per row, and no reference to the text the NIK was read from.
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

/** NIK → entry index; each entry holds a row number and two integers (a group and a list). */
export class NikTable {
  private slots = new Int32Array(1024).fill(EMPTY);
  private mask = 1023;
  private keys = new Float64Array(512);
  /** The row number of each entry. */
  rows: Float64Array = new Float64Array(512);
  /** The first integer of each entry. */
  a: Int32Array = new Int32Array(512);
  /** The second integer of each entry. */
  b: Int32Array = new Int32Array(512);
  /** Entries stored. */
  size = 0;

  /** The entry of `key`, or -1. */
  find(key: number): number {
    let i = hash(key) & this.mask;
    for (;;) {
      const e = this.slots[i] ?? EMPTY;
      if (e === EMPTY) return -1;
      if (this.keys[e] === key) return e;
      i = (i + 1) & this.mask;
    }
  }

  /** Stores a new entry for `key` (which must not be present) and returns its index. */
  insert(key: number, row: number, a: number, b: number): number {
    if (this.size === this.keys.length) this.growEntries();
    if ((this.size + 1) * 2 > this.slots.length) this.growSlots();
    const e = this.size++;
    this.keys[e] = key;
    this.rows[e] = row;
    this.a[e] = a;
    this.b[e] = b;
    this.place(key, e);
    return e;
  }

  private place(key: number, e: number): void {
    let i = hash(key) & this.mask;
    while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
    this.slots[i] = e;
  }

  private growEntries(): void {
    const n = this.keys.length * 2;
    const grow = <T extends Float64Array | Int32Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.keys = grow(this.keys, new Float64Array(n));
    this.rows = grow(this.rows, new Float64Array(n));
    this.a = grow(this.a, new Int32Array(n));
    this.b = grow(this.b, new Int32Array(n));
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.size; e++) this.place(this.keys[e] ?? 0, e);
  }
}
