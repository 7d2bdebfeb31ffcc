/**
 * The basis of a result: every rule version used, every step with its intermediate amount, and
 * notices. Plain JSON data; text is rendered only on request by `explain`.
 *
 * @module
 */
import type { Rounding } from '../money/rounding.ts';
import type { RuleId } from '../rulebook/catalog.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import type { Confidence, RulebookStamp, RuleRef } from '../rulebook/types.ts';
import type { NoticeCode, StepCode } from './codes.ts';

/** A parameter of a step or notice: text, a number or a flag. */
export type BasisParam = string | number | boolean;

/** Parameters of a message, by name. */
export type BasisParams = Readonly<Record<string, BasisParam>>;

/** One step of a computation, in the order it was done. */
export interface BasisStep {
  /** Message code, rendered by `explain` from the message catalogue. */
  readonly code: StepCode;
  /** Values the message refers to. */
  readonly params: BasisParams;
  /** The amount this step produced, in whole rupiah, if any. */
  readonly amount?: number | undefined;
  /** Ids of the rules (see `Basis.rules`) behind this step. */
  readonly rules: readonly RuleId[];
  /** The rounding applied in this step, if any. */
  readonly rounding?: Rounding | undefined;
}

/** Something the reader must know: an unverified value, a refused discount, a deferred payment. */
export interface Notice {
  /** Stable code apps can switch on, e.g. `'rule.unverified'`, `'rule.stale'`, `'pp50.payer-excluded'`. */
  readonly code: NoticeCode;
  /** `warning` for anything that may change a figure; `info` otherwise. */
  readonly level: 'info' | 'warning';
  /** Values the message refers to. */
  readonly params: BasisParams;
  /** Ids of the rules involved. */
  readonly rules: readonly RuleId[];
}

/** Why a result is what it is. Render-only data (the title's parameters) lives here too. */
export interface Basis {
  /**
   * The rulebook used: its name (`'official'` or a what-if name), data version, and the date through which
   * its data was checked against the law.
   */
  readonly rulebook: RulebookStamp;
  /** Values the explanation's title refers to. */
  readonly titleParams: BasisParams;
  /** Every rule version used, once each. */
  readonly rules: readonly RuleRef[];
  /** The steps, in order. */
  readonly steps: readonly BasisStep[];
  /**
   * Notices, including one `rule.unverified` warning for each rule of confidence `U`, or a `rule.stale`
   * warning when the `U` comes from a lookup past the day a new version was due (`RuleRef.stale`).
   */
  readonly notices: readonly Notice[];
}

/** What every explainable result has: its kind, its confidence and its basis. */
export interface Explainable {
  /** What kind of result this is (selects the title of the explanation). */
  readonly kind: string;
  /** The weakest confidence of the rules used (`'A'` when no legal value is used). */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** @internal The stamp of results that use no rule (a split of an amount). */
export const NO_RULEBOOK: RulebookStamp = Object.freeze({ name: 'none', version: 'none' });

const onlyRules = new Map<RuleId, readonly RuleId[]>();

/**
 * @internal The rule ids of a step that rests on one rule, `[id]`: made once per id and frozen, so a
 * calculator called many times does not build the same one-element list on every call.
 */
export function onlyRule(id: RuleId): readonly RuleId[] {
  let ids = onlyRules.get(id);
  if (ids === undefined) {
    ids = Object.freeze([id]);
    onlyRules.set(id, ids);
  }
  return ids;
}

/** @internal Parameters of a step or notice that has none; shared and frozen. */
export const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({});

/** @internal The rule ids of a step that rests on no rule; shared and frozen. */
export const NO_RULES: readonly RuleId[] = Object.freeze([]);

/** Rank of each confidence level, weakest last. */
const RANK: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, U: 3 };
const BY_RANK: readonly Confidence[] = ['A', 'B', 'C', 'U'];
/** Up to this many rules are deduplicated by a scan; beyond it, by an index. */
const SCAN_LIMIT = 16;
/**
 * Room made for rules and steps up front: a calculator records a handful, and an array grown from
 * empty by `push` takes room for 16 at once.
 */
const ROOM = 8;

const stamps = new WeakMap<RulebookStamp, RulebookStamp>();

/** The stamp of a rulebook as a new object: its name, data version and check date. */
function newStamp(rulebook: RulebookStamp): RulebookStamp {
  return rulebook.verifiedThrough === undefined
    ? { name: rulebook.name, version: rulebook.version }
    : { name: rulebook.name, version: rulebook.version, verifiedThrough: rulebook.verifiedThrough };
}

/**
 * The stamp of a rulebook, made once per rulebook (frozen, as rulebooks are), and fresh for anything
 * else, such as the stamp of a result given back as input.
 */
function stampOf(rulebook: RulebookStamp): RulebookStamp {
  if (rulebook.name === 'none') return NO_RULEBOOK;
  if (!Object.isFrozen(rulebook)) return newStamp(rulebook);
  let stamp = stamps.get(rulebook);
  if (stamp === undefined) {
    stamp = Object.freeze(newStamp(rulebook));
    stamps.set(rulebook, stamp);
  }
  return stamp;
}

const warnings = new WeakMap<RuleRef, Notice>();

/**
 * The warning a rule of confidence U adds to a basis: `rule.stale` when the lookup is stale, else
 * `rule.unverified`. Made once per (frozen) rule reference, and frozen: it never changes.
 */
function warningOf(ref: RuleRef): Notice {
  let notice = warnings.get(ref);
  if (notice === undefined) {
    notice = Object.freeze(
      ref.stale
        ? {
            code: 'rule.stale',
            level: 'warning',
            params: Object.freeze({
              rule: ref.id,
              due: ref.stale.due,
              from: ref.from,
              publishedById: ref.stale.publishedBy.id,
              publishedByEn: ref.stale.publishedBy.en,
            }),
            rules: Object.freeze([ref.id]),
          }
        : {
            code: 'rule.unverified',
            level: 'warning',
            params: Object.freeze({ rule: ref.id }),
            rules: Object.freeze([ref.id]),
          },
    );
    // Only the library's own (frozen) rule references are worth remembering.
    if (Object.isFrozen(ref)) warnings.set(ref, notice);
  }
  return notice;
}

/** Whether a rule reference adds a warning to a basis (`rule.stale` or `rule.unverified`). */
function warns(ref: RuleRef): boolean {
  return ref.stale !== undefined || ref.confidence === 'U';
}

/** The key that identifies a rule version among the rules of a basis (a stale lookup apart). */
function ruleKey(ref: RuleRef<unknown>): string {
  return ref.stale ? `${ref.id}@${ref.from}!stale` : `${ref.id}@${ref.from}`;
}

/**
 * @internal Collects rules, steps and notices while a calculator runs. Cheap enough to use once per
 * call: no key strings for the few rules a calculator reads, the weakest confidence kept as rules come
 * in, arrays made with room for a calculator's few entries, and `build` hands its arrays to the basis
 * instead of copying them (a change after `build` copies first).
 */
export class BasisBuilder {
  private stamp: RulebookStamp;
  private rules: RuleRef[];
  private ruleCount = 0;
  private index: Set<string> | undefined;
  private steps: BasisStep[];
  private stepCount = 0;
  private notices: Notice[] | undefined;
  /** Rank of the weakest confidence so far (3 = U); -1 once a rule had one outside A, B, C, U. */
  private weakest = 0;
  /** Whether a rule recorded so far adds a warning (stale or unverified). */
  private warned = false;
  private built = false;

  /**
   * @param rulebook - the rulebook (or stamp) the result is computed with
   * @param room - how many rules and steps to make room for up front
   */
  constructor(rulebook: RulebookStamp, room: number = ROOM) {
    this.stamp = stampOf(rulebook);
    this.rules = new Array(room);
    this.steps = new Array(room);
  }

  /**
   * Starts over, as a new builder would, for a calculator that keeps one builder for all its calls
   * (after `build` handed the arrays to a result, and also after a call that threw half-way).
   */
  restart(rulebook: RulebookStamp, room: number = ROOM): this {
    this.stamp = stampOf(rulebook);
    this.rules = new Array(room);
    this.ruleCount = 0;
    this.index = undefined;
    this.steps = new Array(room);
    this.stepCount = 0;
    this.notices = undefined;
    this.weakest = 0;
    this.warned = false;
    this.built = false;
    return this;
  }

  /** After `build` handed the arrays out, further changes go to copies. */
  private unshare(): void {
    if (!this.built) return;
    this.rules = this.rules.slice(0, this.ruleCount);
    this.steps = this.steps.slice(0, this.stepCount);
    this.notices = this.notices?.slice();
    this.built = false;
  }

  private has(ref: RuleRef<unknown>): boolean {
    if (this.index) return this.index.has(ruleKey(ref));
    for (let i = 0; i < this.ruleCount; i++) {
      const r = this.rules[i] as RuleRef;
      if (r === ref || (r.id === ref.id && r.from === ref.from && !r.stale === !ref.stale)) return true;
    }
    return false;
  }

  /** Records a rule version and returns it (a stale lookup of a version is recorded apart from a current one). */
  use<R extends RuleRef<unknown>>(ref: R): R {
    if (this.has(ref)) return ref;
    this.unshare();
    this.rules[this.ruleCount++] = ref as unknown as RuleRef;
    if (this.index) this.index.add(ruleKey(ref));
    else if (this.ruleCount > SCAN_LIMIT)
      this.index = new Set(this.rules.slice(0, this.ruleCount).map(ruleKey));
    const rank = RANK[ref.confidence];
    if (rank === undefined || !Object.hasOwn(RANK, ref.confidence)) this.weakest = -1;
    else if (this.weakest >= 0 && rank > this.weakest) this.weakest = rank;
    if (warns(ref as unknown as RuleRef)) this.warned = true;
    return ref;
  }

  step(
    code: StepCode,
    params: Record<string, BasisParam>,
    rules: readonly RuleId[],
    amount?: number,
    rounding?: Rounding,
  ): void {
    this.unshare();
    this.steps[this.stepCount++] = { code, params, rules, amount, rounding };
  }

  notice(
    code: NoticeCode,
    level: Notice['level'],
    params: Record<string, BasisParam>,
    rules: readonly RuleId[],
  ): void {
    this.unshare();
    if (this.notices === undefined) this.notices = [];
    this.notices.push({ code, level, params, rules });
  }

  /** The weakest confidence of the rules recorded so far (`'A'` for none). */
  confidence(): Confidence {
    const known = BY_RANK[this.weakest];
    // A confidence outside A, B, C, U (a forged rule reference) is reported as weakestConfidence does.
    return known ?? weakestConfidence(this.rules.slice(0, this.ruleCount).map((r) => r.confidence));
  }

  build(titleParams: Record<string, BasisParam> = {}): Basis {
    this.unshare(); // a second build gets arrays of its own
    const rules = this.rules;
    const steps = this.steps;
    // Trim the room left over (in place: the arrays become the basis's own).
    rules.length = this.ruleCount;
    steps.length = this.stepCount;
    const own = this.notices ?? [];
    let notices = own;
    if (this.warned) {
      // One warning per stale or unverified rule, after the calculator's own notices. Index loops:
      // for…of here allocates an iterator result per element.
      let count = 0;
      for (let j = 0; j < rules.length; j++) if (warns(rules[j] as RuleRef)) count++;
      if (count > 0) {
        notices = new Array(own.length + count);
        let i = 0;
        for (let j = 0; j < own.length; j++) notices[i++] = own[j] as Notice;
        for (let j = 0; j < rules.length; j++) {
          const r = rules[j] as RuleRef;
          if (warns(r)) notices[i++] = warningOf(r);
        }
      }
    }
    this.notices = own; // handed out too when no warning was added: copied before any change
    this.built = true;
    return { rulebook: this.stamp, titleParams, rules, steps, notices };
  }
}
