/**
 * JKK and JKM contributions of Indonesian migrant workers (Permenaker 4/2023 Pasal 18).
 *
 * @module
 */
import { JamsostekError } from '../../errors.ts';
import { BasisBuilder } from '../../explain/basis.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { requireRule } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import { parseInput } from '../../schemas/validate.ts';
import { migrantWorkerContributionInput } from './schema.ts';
import type {
  MigrantExtension,
  MigrantWorkerContributionInput,
  MigrantWorkerContributionResult,
} from './types.ts';

/**
 * JKK and JKM for an Indonesian migrant worker (Permenaker 4/2023 Pasal 18), under the rules in force
 * on `asOf` (the day the contribution is paid): Rp37.500 before placement; for the placement,
 * Rp108.000 / Rp189.000 / Rp332.500 for a 6 / 12 / 24-month contract, plus Rp13.500 for each month
 * beyond 24. A contract length between the listed ones uses the next longer tier, with a warning (the
 * regulation lists only these).
 *
 * Throws `INVALID_INPUT` listing every problem and `RULE_NOT_IN_FORCE` before the regulation.
 *
 * @example
 * ```ts
 * import { migrantWorkerContribution } from 'jamsostek/payroll';
 * migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 24 }).total; // 37500 + 332500 = 370000
 * migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 30, prePlacement: false }).total; // 332500 + 6 × 13500 = 413500
 * ```
 */
export function migrantWorkerContribution(
  input: MigrantWorkerContributionInput,
): MigrantWorkerContributionResult {
  const q = parseInput(migrantWorkerContributionInput, input, 'migrant worker contribution input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const { asOf, contractMonths } = q;
  const b = new BasisBuilder(rulebook);
  let prePlacement = 0;
  if (q.prePlacement !== false) {
    const r = b.use(requireRule(rulebook, 'migrant.pre-placement', asOf));
    prePlacement = r.value;
    b.step('migrant.pre-placement', {}, [r.id], prePlacement);
  }
  let placement = 0;
  let tierMonths: number | undefined;
  let extension: MigrantExtension = { monthCount: 0, amount: 0 };
  if (contractMonths !== undefined) {
    const table = b.use(requireRule(rulebook, 'migrant.contract', asOf));
    const rows = [...table.value].sort((x, y) => x.months - y.months);
    const longest = rows.at(-1);
    const row = rows.find((r) => r.months >= contractMonths) ?? longest;
    if (!row || !longest)
      throw new JamsostekError(
        'RULE_NOT_IN_FORCE',
        `Rule 'migrant.contract' lists no contract tier at ${asOf} in rulebook '${rulebook.name}'`,
        { details: { rule: table.id, at: asOf, rulebook: rulebook.name } },
      );
    tierMonths = row.months;
    placement = row.amount;
    b.step('migrant.contract', { tier: row.months }, [table.id], placement);
    if (contractMonths < row.months)
      b.notice('migrant.tier-rounded-up', 'warning', { months: contractMonths, tier: row.months }, [
        table.id,
      ]);
    if (contractMonths > longest.months) {
      const extra = b.use(requireRule(rulebook, 'migrant.extra-month', asOf));
      const monthCount = contractMonths - longest.months;
      extension = { monthCount, amount: checkRupiah(monthCount * extra.value, 'extension') };
      b.step('migrant.extra', { months: monthCount, perMonth: extra.value }, [extra.id], extension.amount);
    }
  }
  const total = checkRupiah(prePlacement + placement + extension.amount, 'total');
  b.step('total', {}, [], total);
  return {
    kind: 'migrant-worker-contribution',
    asOf,
    contractMonths,
    prePlacement,
    placement,
    tierMonths,
    extension,
    total,
    confidence: b.confidence(),
    basis: b.build({ asOf }),
  };
}
