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

/**
 * NIK → entry index; each entry holds a row number and two integers (a group and a list). The hash table
 * keeps each key next to its entry index, so a lookup touches one cache line.
 */
export class NikTable {
  /** Pairs of (key, entry index); a key of -1 marks an empty slot. */
  private table = new Float64Array(2048).fill(EMPTY);
  private mask = 1023;
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
    const t = this.table;
    let i = hash(key) & this.mask;
    for (;;) {
      const k = t[2 * i] as number;
      if (k === key) return t[2 * i + 1] as number;
      if (k === EMPTY) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Stores a new entry for `key` (which must not be present) and returns its index. */
  insert(key: number, row: number, a: number, b: number): number {
    if (this.size === this.rows.length) this.growEntries();
    if ((this.size + 1) * 2 > this.mask + 1) this.growTable();
    const e = this.size++;
    this.rows[e] = row;
    this.a[e] = a;
    this.b[e] = b;
    this.place(this.table, this.mask, key, e);
    return e;
  }

  private place(t: Float64Array, mask: number, key: number, e: number): void {
    let i = hash(key) & mask;
    while (t[2 * i] !== EMPTY) i = (i + 1) & mask;
    t[2 * i] = key;
    t[2 * i + 1] = e;
  }

  private growEntries(): void {
    const n = this.rows.length * 2;
    const rows = new Float64Array(n);
    rows.set(this.rows);
    this.rows = rows;
    const a = new Int32Array(n);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(n);
    b.set(this.b);
    this.b = b;
  }

  private growTable(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const t = new Float64Array(2 * slots).fill(EMPTY);
    const mask = slots - 1;
    for (let i = 0; i < old.length; i += 2) {
      const k = old[i] as number;
      if (k !== EMPTY) this.place(t, mask, k, old[i + 1] as number);
    }
    this.table = t;
    this.mask = mask;
  }
}
