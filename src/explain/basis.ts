/**
 * The basis of a result: every rule version used, every step with its intermediate amount, and
 * notices. Plain JSON data; text is rendered only on request by `explain`.
 *
 * @module
 */
import type { Rounding } from '../money/rounding.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import type { Confidence, RuleRef } from '../rulebook/types.ts';

/** A parameter of a step or notice: text, a number, or a tagged amount/rate for formatting. */
export type BasisParam = string | number | boolean;

/** One step of a computation, in the order it was done. */
export interface BasisStep {
  /** Message code, rendered by `explain` from the message catalogue. */
  readonly code: string;
  /** Values the message refers to. */
  readonly params: Readonly<Record<string, BasisParam>>;
  /** The amount this step produced, in whole rupiah, if any. */
  readonly amount?: number | undefined;
  /** Ids of the rules (see `Basis.rules`) behind this step. */
  readonly rules: readonly string[];
  /** The rounding applied in this step, if any. */
  readonly rounding?: Rounding | undefined;
}

/** Something the reader must know: an unverified value, a refused discount, a deferred payment. */
export interface Notice {
  /** Stable code apps can switch on, e.g. `'rule.unverified'`, `'pp50.payer-excluded'`. */
  readonly code: string;
  /** `warning` for anything that may change a figure; `info` otherwise. */
  readonly level: 'info' | 'warning';
  /** Values the message refers to. */
  readonly params: Readonly<Record<string, BasisParam>>;
  /** Ids of the rules involved. */
  readonly rules: readonly string[];
}

/** Why a result is what it is. */
export interface Basis {
  /** Name of the rulebook used (`'official'` or an overlay's name). */
  readonly rulebook: string;
  /** Every rule version used, once each. */
  readonly rules: readonly RuleRef[];
  /** The steps, in order. */
  readonly steps: readonly BasisStep[];
  /** Notices, including one `rule.unverified` warning for each rule of confidence `U`. */
  readonly notices: readonly Notice[];
  /** The weakest confidence among the rules used. */
  readonly confidence: Confidence;
}

/** Anything that carries a basis and a kind, and can therefore be explained. */
export interface Explainable {
  /** What kind of result this is (selects the title of the explanation). */
  readonly kind: string;
  /** The basis. */
  readonly basis: Basis;
  /** Values the explanation's title refers to. */
  readonly titleParams?: Readonly<Record<string, BasisParam>> | undefined;
}

/** @internal Collects rules, steps and notices while a calculator runs. */
export class BasisBuilder {
  private readonly rulebook: string;
  private readonly rules = new Map<string, RuleRef>();
  private readonly steps: BasisStep[] = [];
  private readonly notices: Notice[] = [];

  constructor(rulebook: string) {
    this.rulebook = rulebook;
  }

  /** Records a rule version and returns it. */
  use(ref: RuleRef): RuleRef {
    const key = `${ref.id}@${ref.from}`;
    if (!this.rules.has(key)) this.rules.set(key, ref);
    return ref;
  }

  step(
    code: string,
    params: Record<string, BasisParam>,
    rules: readonly string[],
    amount?: number,
    rounding?: Rounding,
  ): void {
    this.steps.push({ code, params, rules, amount, rounding });
  }

  notice(
    code: string,
    level: Notice['level'],
    params: Record<string, BasisParam>,
    rules: readonly string[],
  ): void {
    this.notices.push({ code, level, params, rules });
  }

  build(): Basis {
    const rules = [...this.rules.values()];
    const notices = [...this.notices];
    for (const r of rules) {
      if (r.confidence === 'U')
        notices.push({ code: 'rule.unverified', level: 'warning', params: { rule: r.id }, rules: [r.id] });
    }
    return {
      rulebook: this.rulebook,
      rules,
      steps: this.steps,
      notices,
      confidence: weakestConfidence(rules.map((r) => r.confidence)),
    };
  }
}
