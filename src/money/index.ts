export { type AllocateOptions, allocate } from './allocate.ts';
export { formatCount, formatRate, formatRupiah, type Lang, parseRupiah } from './format.ts';
export {
  applyRate,
  DEFAULT_ROUNDING,
  ROUNDING_MODES,
  type Rounding,
  type RoundingMode,
  roundRupiah,
} from './rounding.ts';
export { isRupiah, type Rupiah } from './rupiah.ts';
