/**
 * Building blocks of the hostile-input harness: a pool of hostile values, plausible values of the
 * library's vocabulary, and `mutated(seed)`, which takes a plausible input and breaks 0 to 3 things in
 * it (a value swapped for a hostile one or a nearby one of the same type, a key removed, an unknown or
 * `__proto__` key added, an array blown up).
 */
import fc from 'fast-check';
import { SHORT_MEMBERSHIP_VARIANTS } from 'jamsostek/benefits';
import { createRulebook, isRulebook, OFFICIAL_RULEBOOK, type Rulebook, withRules } from 'jamsostek/rulebook';

/** A long string: long enough to expose quadratic parsing, short enough to print. */
export const LONG: string = 'x'.repeat(20_000);

/**
 * An iterable argument that must be fresh for every call (a generator is consumed by its first use).
 * The harness replaces it by a new generator (sync or async) over `items` right before each call.
 */
export class FreshIterable {
  readonly items: readonly unknown[];
  readonly async: boolean;
  constructor(items: readonly unknown[], async: boolean) {
    this.items = items;
    this.async = async;
  }
}

// Factories, so that an object handed to one call is never the object handed to the next.
const HOSTILE_FACTORIES: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 0,
  () => 1,
  () => -1,
  () => 0.5,
  () => -0.5,
  () => 1e308,
  () => -1e308,
  () => 5e-324,
  () => Number.MAX_SAFE_INTEGER,
  () => Number.MAX_SAFE_INTEGER + 2,
  () => -Number.MAX_SAFE_INTEGER - 2,
  () => 2 ** 64,
  () => 4e14,
  () => 1e15,
  () => 1e16,
  () => true,
  () => false,
  () => '',
  () => ' ',
  () => 'abc',
  () => '0',
  () => '-0',
  () => '1',
  () => '-1',
  () => '0.5',
  () => '1e3',
  () => '1e-400000000',
  () => '1e-9000000000000000',
  () => '1e400',
  () => '-1e400',
  () => '9'.repeat(400),
  () => `0.${'0'.repeat(300)}1`,
  () => 'NaN',
  () => 'Infinity',
  () => '-Infinity',
  () => '0x10',
  () => '1_000',
  () => ' 1 ',
  () => '١٢٣',
  () => '__proto__',
  () => 'constructor',
  () => 'toString',
  () => 'hasOwnProperty',
  () => 'valueOf',
  () => '2025-13',
  () => '2025-00',
  () => '2025-02-30',
  () => '2024-02-29',
  () => '9999-12',
  () => '9999-12-31',
  () => '0000-01',
  () => '1899-12',
  () => '2101-01',
  () => '1900-01',
  () => '2100-12',
  () => '1900-01-01',
  () => '2100-12-31',
  () => '+2025-01',
  () => '2025-1',
  () => LONG,
  () => '1'.repeat(10_000),
  () => 10n,
  () => Symbol('hostile'),
  () => [],
  () => [undefined],
  () => [null],
  () => [Number.NaN],
  () => [[]],
  () => ({}),
  () => Object.create(null),
  () => ({ length: 3 }),
  () => ({ toString: () => '2025-01' }),
  () => ({ valueOf: () => 5 }),
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => new Uint8Array([1, 2, 3]),
  () => /x/,
  () => () => 1,
  () => Array.from({ length: 1000 }, () => 0),
];

/** A hostile value: wrong types, non-finite and huge numbers, absurd strings, odd objects. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_FACTORIES).map((f) => f()) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
);

/** `arb` most of the time, a hostile value sometimes. */
export function orHostile<T>(arb: fc.Arbitrary<T>, hostileWeight = 1): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: arb }, { weight: hostileWeight, arbitrary: hostile });
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A `YYYY-MM` month, mostly where the law has rules (2014–2030), sometimes anywhere in 1900–2100. */
export const month: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 2014, max: 2030 }), fc.integer({ min: 1, max: 12 })) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })) },
    { weight: 1, arbitrary: fc.constantFrom<[number, number]>([1900, 1], [2100, 12], [2100, 1]) },
  )
  .map(([y, m]) => `${y}-${pad(m)}`);

/** A `YYYY-MM-DD` date, mostly 2014–2030. */
export const date: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(
        fc.integer({ min: 2014, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<[number, number, number]>([1900, 1, 1], [2100, 12, 31]) },
  )
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);

/** A birth date (1940–2012). */
export const birthDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1940, max: 2012 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);

/** A whole-rupiah amount, mostly everyday, sometimes huge. */
export const rupiah: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 4e14, 1e15, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.maxSafeNat() },
);

/** A positive count (workers, beneficiaries). */
export const count: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, Number.MAX_SAFE_INTEGER) },
);

/** A decimal string as used for rates, shares, weights and growth, with absurd ones mixed in. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('0.0024', '0.037', '0.45', '0.5', '0.1', '1', '0', '0.6', '0.4', '2'),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 6 }),
      )
      .map(([i, f, w]) => (w === 0 ? String(i) : `${i}.${String(f).padStart(w, '0').slice(0, w)}`)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1e-400000000',
      '1e-9000000000000000',
      '9'.repeat(100),
      '1e30',
      '1e-30',
      '1e31',
      `0.${'0'.repeat(40)}1`,
      '-0.0207',
      '-0',
      '0.',
      '.5',
      '1e-7',
      '0.1e1',
    ),
  },
);

/** Rulebooks a caller can pass: the official one, an overlay, and one without any series. */
export const RULEBOOKS: Readonly<Record<'official' | 'overlay' | 'empty', Rulebook>> = {
  official: OFFICIAL_RULEBOOK,
  overlay: withRules(OFFICIAL_RULEBOOK, [SHORT_MEMBERSHIP_VARIANTS.none], 'hostile-overlay'),
  empty: createRulebook('hostile-empty', []),
};

/** An optional rulebook: mostly absent, sometimes one of {@link RULEBOOKS}. */
export const rulebook: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(RULEBOOKS.official) },
  { weight: 1, arbitrary: fc.constant(RULEBOOKS.overlay) },
  { weight: 1, arbitrary: fc.constant(RULEBOOKS.empty) },
);

/** A record with required keys `required` and the rest optional. */
export function record(
  shape: Record<string, fc.Arbitrary<unknown>>,
  required: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(shape, { requiredKeys: [...required] }) as fc.Arbitrary<Record<string, unknown>>;
}

// ---------------------------------------------------------------------------------------------------
// Cloning and mutation

function isPlainish(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** A deep copy of plain data; rulebooks, functions and other objects are kept as they are. */
export function clone<T>(v: T): T {
  if (typeof v !== 'object' || v === null || isRulebook(v)) return v;
  if (v instanceof FreshIterable) return new FreshIterable(v.items.map(clone), v.async) as T;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v instanceof Uint8Array) return new Uint8Array(v) as T;
  if (!isPlainish(v)) return v;
  const out = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
  for (const k of Object.keys(v))
    Object.defineProperty(out, k, {
      value: clone(v[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out as T;
}

type Path = (string | number)[];

function paths(v: unknown, base: Path, out: Path[], depth: number): void {
  out.push(base);
  if (depth > 6 || typeof v !== 'object' || v === null || isRulebook(v)) return;
  if (v instanceof FreshIterable) {
    v.items.forEach((x, i) => {
      paths(x, [...base, 'items', i], out, depth + 1);
    });
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      paths(x, [...base, i], out, depth + 1);
    });
    return;
  }
  if (!isPlainish(v)) return;
  for (const k of Object.keys(v)) paths(v[k], [...base, k], out, depth + 1);
}

function container(root: unknown, path: Path): unknown {
  let cur = root;
  for (const k of path) {
    if (cur instanceof FreshIterable && k === 'items') cur = cur.items;
    else cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function setOwn(obj: object, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A small deterministic generator of choices from a seed. */
function chooser(seed: number): <T>(xs: readonly T[]) => T {
  let s = seed >>> 0 || 1;
  return <T>(xs: readonly T[]): T => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return xs[(s >>> 0) % xs.length] as T;
  };
}

const WORDS = [
  'JKK',
  'JKM',
  'JHT',
  'JP',
  'JKP',
  'PU',
  'BPU',
  'APBD',
  'self',
  'DBHCHT',
  'Dana Desa',
  'half-up',
  'half-even',
  'down',
  'up',
  'id',
  'en',
  'ID',
  '35',
  '35.09',
  '35.09.01',
  '35.09.01.2001',
  'nation',
  'province',
  'regency',
  'village',
  'micro',
  'large',
  'WNA',
];

/** A value of the same type as `v`, nearby or at an edge: the mistakes that pass a type check. */
function similar(v: unknown, seed: number): unknown {
  const pick = chooser(seed);
  const n = seed % 1_000_003;
  if (typeof v === 'number')
    return pick([
      n,
      n * 1000,
      n * 1_000_000_007,
      v + 1,
      v - 1,
      -v,
      v + 0.5,
      v * 1e9,
      0,
      1,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER - 1,
      2 ** 53,
      4e14,
      1e15,
      -n,
      v / 3,
    ]);
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}$/.test(v))
      return pick([
        `${1890 + (n % 230)}-${pad(n % 14)}`,
        `${1900 + (n % 201)}-${pad(1 + (n % 12))}`,
        '1900-01',
        '2100-12',
        `${2014 + (n % 17)}-${pad(1 + (n % 12))}`,
        `${v}-01`,
      ]);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v))
      return pick([
        `${1890 + (n % 230)}-${pad(n % 14)}-${pad(n % 33)}`,
        `${1900 + (n % 201)}-${pad(1 + (n % 12))}-${pad(1 + (n % 28))}`,
        '1900-01-01',
        '2100-12-31',
        v.slice(0, 7),
        `${2014 + (n % 17)}-02-29`,
      ]);
    if (/^-?\d*\.?\d*(e-?\d+)?$/.test(v))
      return pick([
        `${n % 3}.${n}`,
        `0.${'0'.repeat(n % 40)}${n}`,
        String(n),
        `${n}e${(n % 70) - 35}`,
        '1e-400000000',
        '9'.repeat(60),
        `-${v}`,
        `${v}0`,
        '0',
      ]);
    return pick([...WORDS, `${v}${v}`, v.toUpperCase(), ` ${v}`, '', v.repeat(50)]);
  }
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v))
    return pick([
      [],
      v.slice(1),
      [...v, ...v],
      Array.from({ length: 30 }, (_, i) => clone(v[i % Math.max(1, v.length)])),
    ]);
  return pick([undefined, null, {}, []]);
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'extra', 'payer', 'months'];

interface Mutation {
  readonly at: number;
  readonly kind: 'similar' | 'hostile' | 'delete' | 'add-key';
  readonly seed: number;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>(
    'similar',
    'similar',
    'similar',
    'hostile',
    'hostile',
    'delete',
    'add-key',
  ),
  seed: fc.nat(),
  value: hostile,
});

function apply(root: unknown, m: Mutation): unknown {
  const all: Path[] = [];
  paths(root, [], all, 0);
  const path = all[m.at % all.length] as Path;
  if (m.kind === 'add-key') {
    const target = container(root, path);
    if (isPlainish(target) && !isRulebook(target)) {
      setOwn(target, EXTRA_KEYS[m.seed % EXTRA_KEYS.length] as string, m.value);
      return root;
    }
  }
  if (path.length === 0) return m.kind === 'similar' ? similar(root, m.seed) : m.value;
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  const holder = parent instanceof FreshIterable ? (parent.items as unknown[]) : parent;
  if (typeof holder !== 'object' || holder === null) return root;
  if (m.kind === 'delete') {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete (holder as Record<string, unknown>)[key];
  } else {
    const old = (holder as Record<string | number, unknown>)[key];
    setOwn(holder, key, m.kind === 'similar' ? similar(old, m.seed) : m.value);
  }
  return root;
}

/**
 * A plausible input from `seed`, with 0 (about a third of the time) to 3 things broken in it. The seed
 * value is copied first: nothing a call does to its input can leak into the next one.
 */
export function mutated(seed: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutations = fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as Mutation[]) },
    { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 3 }) },
  );
  return fc.tuple(seed, mutations).map(([s, ms]) => ms.reduce<unknown>((acc, m) => apply(acc, m), clone(s)));
}

/** Positional arguments: each plausible or hostile; sometimes one missing or one too many. */
export function positional(...args: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(...args.map((a) => orHostile(a))) },
    { weight: 1, arbitrary: fc.tuple(...args.map((a) => orHostile(a))).map((xs) => xs.slice(0, -1)) },
    { weight: 1, arbitrary: fc.tuple(...args.map((a) => orHostile(a)), hostile) },
  );
}

/** The one-object argument of a calculator: a mutated seed. */
export function oneObject(seed: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  return mutated(seed).map((x) => [x]);
}
