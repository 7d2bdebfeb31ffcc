/**
 * The library's private decimal.js constructor. It is a clone with its own defaults, so a host app that
 * calls `Decimal.set(...)` on the global constructor cannot change any result of this library.
 *
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';

/** @internal Private Decimal constructor: 40 significant digits, half-up, immune to global `Decimal.set`. */
export const Dec: typeof Decimal = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** @internal A decimal value from the private constructor. */
export type Dec = Decimal;
