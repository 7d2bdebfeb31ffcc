/**
 * What a NIK (Nomor Induk Kependudukan) encodes, checked without allocating: 16 digits; the region where
 * it was first issued (2 digits province, 2 regency or city, 2 district); the birth date as DDMMYY, with
 * 40 added to the day for women; a 4-digit serial that starts at 0001. The structure is the one
 * Ditjen Dukcapil Kemendagri describes (Permendagri on population data; see docs/rosters.md).
 *
 * @internal
 * @module
 */

/**
 * Province codes of Kemendagri in use in NIKs: Sumatra 11–19, Riau Islands 21, Java and Banten 31–36,
 * Bali and Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–96.
 */
const PROVINCES: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(100);
  for (const [a, b] of [
    [11, 19],
    [21, 21],
    [31, 36],
    [51, 53],
    [61, 65],
    [71, 76],
    [81, 82],
    [91, 96],
  ] as const)
    for (let p = a; p <= b; p++) t[p] = 1;
  return t;
})();

/** Days in each month, February with 29 (a leap year is checked separately). */
const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** What is wrong with a NIK: nothing (its structure is plausible), not 16 digits, region, birth date, serial. */
export type NikProblem = 'ok' | 'digits' | 'region' | 'birth-date' | 'serial';

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

function twoDigits(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

/** The two digits at `i` as a number (0–99), or -1 when either is not a digit. */
function pair(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Checks a NIK's structure; the text must be 16 characters. Reads each character once. */
export function nikProblem(nik: string): NikProblem {
  if (nik.length !== 16) return 'digits';
  const province = pair(nik, 0);
  const regency = pair(nik, 2);
  const district = pair(nik, 4);
  let day = pair(nik, 6);
  const month = pair(nik, 8);
  const yy = pair(nik, 10);
  const serialHigh = pair(nik, 12);
  const serialLow = pair(nik, 14);
  if ((province | regency | district | day | month | yy | serialHigh | serialLow) < 0) return 'digits';
  if (PROVINCES[province] !== 1 || regency === 0 || district === 0) return 'region';
  if (day > 40) day -= 40;
  if (month < 1 || month > 12 || day < 1) return 'birth-date';
  const max = month === 2 && yy % 4 !== 0 ? 28 : (MONTH_DAYS[month] ?? 0);
  if (day > max) return 'birth-date';
  if (serialHigh === 0 && serialLow === 0) return 'serial';
  return 'ok';
}

/**
 * A number that identifies a plausible NIK exactly: the NIK with the smallest province code (11)
 * taken off, below 2^53 for every province code up to 96.
 */
export function nikKey(nik: string): number {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 8; i++) hi = hi * 10 + digit(nik, i);
  for (let i = 8; i < 16; i++) lo = lo * 10 + digit(nik, i);
  return (hi - 11_000_000) * 100_000_000 + lo;
}

/** The sex a plausible NIK encodes: `'F'` when 40 was added to the day of birth, else `'M'`. */
export function nikSex(nik: string): 'M' | 'F' {
  return twoDigits(nik, 6) > 40 ? 'F' : 'M';
}

/** The birth date a plausible NIK encodes, as `DD-MM-YY` (for messages). */
export function nikBirthText(nik: string): string {
  let day = twoDigits(nik, 6);
  if (day > 40) day -= 40;
  return `${String(day).padStart(2, '0')}-${nik.slice(8, 10)}-${nik.slice(10, 12)}`;
}

/**
 * Reads a birth date written `YYYY-MM-DD`, `YYYY/MM/DD`, `DD-MM-YYYY` or `DD/MM/YYYY` without allocating,
 * as `year × 10000 + month × 100 + day`; -1 for any other text or an impossible day.
 */
export function readBirthDate(date: string): number {
  if (date.length !== 10) return -1;
  let d: number;
  let m: number;
  let y: number;
  const c4 = date.charCodeAt(4);
  const c2 = date.charCodeAt(2);
  if ((c4 === 45 || c4 === 47) && date.charCodeAt(7) === c4) {
    y = readDigits(date, 0, 4);
    m = readDigits(date, 5, 2);
    d = readDigits(date, 8, 2);
  } else if ((c2 === 45 || c2 === 47) && date.charCodeAt(5) === c2) {
    d = readDigits(date, 0, 2);
    m = readDigits(date, 3, 2);
    y = readDigits(date, 6, 4);
  } else return -1;
  if (y < 1800 || m < 1 || m > 12 || d < 1) return -1;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && !leap ? 28 : (MONTH_DAYS[m] ?? 0))) return -1;
  return y * 10_000 + m * 100 + d;
}

/** Whether a plausible NIK encodes the day, month and the last two digits of the year of `date` ({@link readBirthDate}). */
export function nikEncodesBirthDate(nik: string, date: number): boolean {
  let nd = twoDigits(nik, 6);
  if (nd > 40) nd -= 40;
  return (
    nd === date % 100 &&
    twoDigits(nik, 8) === Math.floor(date / 100) % 100 &&
    twoDigits(nik, 10) === Math.floor(date / 10_000) % 100
  );
}

function readDigits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Texts of a row's sex, read without regard to case, spaces and hyphens. */
const SEX_WORDS: ReadonlyMap<string, 'M' | 'F'> = /* @__PURE__ */ new Map([
  ['l', 'M'],
  ['lk', 'M'],
  ['lakilaki', 'M'],
  ['laki', 'M'],
  ['pria', 'M'],
  ['m', 'M'],
  ['male', 'M'],
  ['p', 'F'],
  ['pr', 'F'],
  ['perempuan', 'F'],
  ['wanita', 'F'],
  ['w', 'F'],
  ['f', 'F'],
  ['female', 'F'],
]);

/** The accepted texts of a sex, for messages. */
export const SEX_TEXT = 'L, Laki-laki, Pria, M, male (men) or P, Perempuan, Wanita, W, F, female (women)';

/** Reads a row's sex (`'L'`, `'Perempuan'`, `'female'` …), or `undefined`. Allocates only for new texts. */
export function readSex(text: string, cache: Map<string, 'M' | 'F' | null>): 'M' | 'F' | undefined {
  let s = cache.get(text);
  if (s === undefined) {
    s = SEX_WORDS.get(text.toLowerCase().replace(/[\s\-_.]/g, '')) ?? null;
    cache.set(text, s);
  }
  return s ?? undefined;
}
