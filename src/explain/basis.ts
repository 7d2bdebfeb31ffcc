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

/** @internal Collects rules, steps and notices while a calculator runs. */
export class BasisBuilder {
  private readonly stamp: RulebookStamp;
  private readonly rules = new Map<string, RuleRef>();
  private readonly steps: BasisStep[] = [];
  private readonly notices: Notice[] = [];

  constructor(rulebook: RulebookStamp) {
    this.stamp =
      rulebook.name === 'none'
        ? NO_RULEBOOK
        : rulebook.verifiedThrough === undefined
          ? { name: rulebook.name, version: rulebook.version }
          : { name: rulebook.name, version: rulebook.version, verifiedThrough: rulebook.verifiedThrough };
  }

  /** Records a rule version and returns it (a stale lookup of a version is recorded apart from a current one). */
  use<R extends RuleRef<unknown>>(ref: R): R {
    const key = ref.stale ? `${ref.id}@${ref.from}!stale` : `${ref.id}@${ref.from}`;
    if (!this.rules.has(key)) this.rules.set(key, ref as unknown as RuleRef);
    return ref;
  }

  step(
    code: StepCode,
    params: Record<string, BasisParam>,
    rules: readonly RuleId[],
    amount?: number,
    rounding?: Rounding,
  ): void {
    this.steps.push({ code, params, rules, amount, rounding });
  }

  notice(
    code: NoticeCode,
    level: Notice['level'],
    params: Record<string, BasisParam>,
    rules: readonly RuleId[],
  ): void {
    this.notices.push({ code, level, params, rules });
  }

  /** The weakest confidence of the rules recorded so far (`'A'` for none). */
  confidence(): Confidence {
    return weakestConfidence([...this.rules.values()].map((r) => r.confidence));
  }

  build(titleParams: Record<string, BasisParam> = {}): Basis {
    const rules = [...this.rules.values()];
    const notices = [...this.notices];
    for (const r of rules) {
      if (r.stale)
        notices.push({
          code: 'rule.stale',
          level: 'warning',
          params: {
            rule: r.id,
            due: r.stale.due,
            from: r.from,
            publishedById: r.stale.publishedBy.id,
            publishedByEn: r.stale.publishedBy.en,
          },
          rules: [r.id],
        });
      else if (r.confidence === 'U')
        notices.push({ code: 'rule.unverified', level: 'warning', params: { rule: r.id }, rules: [r.id] });
    }
    return { rulebook: this.stamp, titleParams, rules, steps: this.steps, notices };
  }
}
