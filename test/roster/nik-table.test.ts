/**
 * The table of NIKs already priced: every key stored is found with its own numbers after any number of
 * growths, a key never stored is not found, and an entry's numbers can be replaced (a later row of
 * higher precedence); checked against a plain Map on random keys (property).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NikTable } from '../../src/roster/nik-table.ts';

describe('NikTable', () => {
  it('finds every stored NIK key with its numbers, and nothing else (property, up to 5.000 keys: 3 growths)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 53 - 1 }), { maxLength: 5_000 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 53 - 1 }), { maxLength: 50 }),
        (keys, probes) => {
          const table = new NikTable();
          const map = new Map<number, [number, number, number]>();
          keys.forEach((k, i) => {
            // Numbers that differ per key: row i + 1, a = i mod 7, b = i mod 3.
            table.insert(k, i + 1, i % 7, i % 3);
            map.set(k, [i + 1, i % 7, i % 3]);
          });
          expect(table.size).toBe(keys.length);
          for (const [k, [row, a, b]] of map) {
            const e = table.find(k);
            expect([table.rows[e], table.a[e], table.b[e]]).toEqual([row, a, b]);
          }
          for (const p of probes) if (!map.has(p)) expect(table.find(p)).toBe(-1);
          // A later row that wins keeps the entry, with the new numbers.
          if (keys.length) {
            const k = keys[0] as number;
            const e = table.find(k);
            table.rows[e] = 99;
            table.a[e] = 5;
            table.b[e] = 2;
            const again = table.find(k);
            expect([again, table.rows[again], table.a[again], table.b[again]]).toEqual([e, 99, 5, 2]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
