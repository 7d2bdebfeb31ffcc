/**
 * A set of NIKs (as the exact numbers `nikKey` gives) with a row number and two integers per NIK. The
 * hash slots hold only the key and the number of its entry, side by side (16 bytes a slot, at most 3
 * NIKs in 4 slots), so that looking a NIK up or adding one touches one place of memory; the row number
 * and the two integers of each entry lie in arrays filled in order. No object per row and no reference
 * to the text a NIK was read from.
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

/** `to` (twice the length of `from`) holding the entries of `from` at its start. */
function doubled<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** NIK → entry (row number, a, b). */
export class NikTable {
  /** Per slot: the key at `2 × slot` (-1 for an empty slot) and its entry at `2 × slot + 1`. */
  private slots = new Float64Array(2 * 1024).fill(EMPTY);
  private mask = 1023;
  /** The row number of each entry. */
  rows: Float64Array = new Float64Array(1024);
  /** The first integer of each entry. */
  a: Int32Array = new Int32Array(1024);
  /** The second integer of each entry. */
  b: Int32Array = new Int32Array(1024);
  /** NIKs stored (entries 0 … size − 1). */
  size = 0;

  /** The entry of `key`, or -1. */
  find(key: number): number {
    const slots = this.slots;
    let i = hash(key) & this.mask;
    for (;;) {
      const k = slots[2 * i] as number;
      if (k === key) return slots[2 * i + 1] as number;
      if (k === EMPTY) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Stores `key` (which must not be present) with its numbers. */
  insert(key: number, row: number, a: number, b: number): void {
    if (4 * (this.size + 1) > 3 * (this.mask + 1)) this.grow();
    const e = this.size++;
    if (e === this.rows.length) {
      this.rows = doubled(this.rows, new Float64Array(2 * e));
      this.a = doubled(this.a, new Int32Array(2 * e));
      this.b = doubled(this.b, new Int32Array(2 * e));
    }
    this.rows[e] = row;
    this.a[e] = a;
    this.b[e] = b;
    this.place(this.slots, this.mask, key, e);
  }

  private place(slots: Float64Array, mask: number, key: number, entry: number): void {
    let i = hash(key) & mask;
    while (slots[2 * i] !== EMPTY) i = (i + 1) & mask;
    slots[2 * i] = key;
    slots[2 * i + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    const n = old.length;
    const slots = new Float64Array(2 * n).fill(EMPTY);
    const mask = n - 1;
    for (let i = 0; i < n; i += 2) {
      const k = old[i] as number;
      if (k !== EMPTY) this.place(slots, mask, k, old[i + 1] as number);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
