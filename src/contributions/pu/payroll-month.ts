/**
 * One month of payroll: the PU contributions of a list of employees in one call, with exact totals
 * by side and by program.
 *
 * @module
 */
import { invalidInput } from '../../errors.ts';
import { BasisBuilder } from '../../explain/basis.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { weakestConfidence } from '../../rulebook/confidence.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import { parseInput } from '../../schemas/validate.ts';
import { addSides, carryOver, computePuContribution, zeroSides } from './contribution.ts';
import { payrollMonthInput } from './schema.ts';
import {
  type PayrollMonthEmployee,
  type PayrollMonthInput,
  type PayrollMonthResult,
  PU_RESULT_PROGRAMS,
  type PuProgramTotals,
  type PuResultProgram,
} from './types.ts';

/**
 * One contribution month for a list of employees: each employee's `puContribution`, the sums by side
 * and by program, and what the employer transfers. Of the three figures that concern the employer,
 * `totals.employer` is its own share (paid from its own money), `totals.worker` what it withholds
 * from the wages, and `employerRemittance` what it transfers to BPJS Ketenagakerjaan (the two
 * together; the government's JKP share is not part of it). Every total is the exact sum of the
 * employees' results.
 *
 * `riskClass` and `jkpMember` given for the month apply to every employee that does not give its own.
 * Every employee row is checked; an issue names the row (`employees.3.wage`). Throws
 * `INVALID_INPUT` listing every problem and `RULE_NOT_IN_FORCE` for months before 2015-07.
 *
 * @example
 * ```ts
 * import { payrollMonth } from 'jamsostek/payroll';
 * const june = payrollMonth({
 *   month: '2025-06',
 *   riskClass: 1,
 *   employees: [{ id: 'A-01', wage: 5000000 }, { id: 'A-02', wage: 3000000, riskClass: 5 }],
 * });
 * june.totals.employer; // 312000 + 232200 = 544200 (the employer's own share)
 * june.totals.worker; // 150000 + 90000 = 240000 (withheld from the wages)
 * june.employerRemittance; // 784200 (transferred to BPJS Ketenagakerjaan)
 * ```
 */
export function payrollMonth(input: PayrollMonthInput): PayrollMonthResult {
  const q = parseInput(payrollMonthInput, input, 'payroll month input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const { month } = q;
  const employees: PayrollMonthEmployee[] = q.employees.map((e, i) => {
    const riskClass = e.riskClass ?? q.riskClass;
    // Unreachable: the schema requires a risk class of the employee's own or the month's.
    if (riskClass === undefined)
      invalidInput([{ path: ['employees', i, 'riskClass'], message: 'is required' }], 'payroll month input');
    return {
      id: e.id ?? String(i),
      result: computePuContribution({
        month,
        wage: e.wage,
        riskClass,
        jkpMember: e.jkpMember ?? q.jkpMember,
        programs: e.programs,
        laborIntensiveRelief: e.laborIntensiveRelief,
        rulebook,
      }),
    };
  });
  const results = employees.map((e) => e.result);

  let totals = zeroSides();
  for (const r of results) totals = addSides(totals, r.totals);
  const sumOf = (program: PuResultProgram): PuProgramTotals => {
    let employer = 0;
    let worker = 0;
    let government = 0;
    let total = 0;
    for (const r of results)
      for (const l of r.lines)
        if (l.program === program) {
          employer += l.employer;
          worker += l.worker;
          government += l.government;
          total += l.total;
        }
    return {
      employer: checkRupiah(employer, `${program} employer total`),
      worker: checkRupiah(worker, `${program} worker total`),
      government: checkRupiah(government, `${program} government total`),
      total: checkRupiah(total, `${program} total`),
    };
  };
  const byProgram: Record<PuResultProgram, PuProgramTotals> = {
    JKK: sumOf('JKK'),
    JKM: sumOf('JKM'),
    JHT: sumOf('JHT'),
    JP: sumOf('JP'),
    JKP: sumOf('JKP'),
  };
  const employerRemittance = checkRupiah(totals.employer + totals.worker, 'employer remittance');

  const b = new BasisBuilder(rulebook);
  carryOver(b, results);
  for (const { id, result: r } of employees)
    b.step(
      'payroll.employee',
      { id, wage: r.wage, riskClass: r.riskClass, employer: r.totals.employer, worker: r.totals.worker },
      [],
      r.employerRemittance,
    );
  for (const program of PU_RESULT_PROGRAMS) {
    const s = byProgram[program];
    if (s.total === 0) continue;
    b.step(
      'payroll.program',
      { program, employer: s.employer, worker: s.worker, government: s.government },
      [],
      s.total,
    );
  }
  b.step('payroll.total.employer', {}, [], totals.employer);
  b.step('payroll.total.withheld', {}, [], totals.worker);
  if (totals.government) b.step('payroll.total.government', {}, [], totals.government);
  b.step('payroll.remittance', {}, [], employerRemittance);

  return {
    kind: 'payroll-month',
    month,
    employees,
    totals,
    employerRemittance,
    byProgram,
    confidence: weakestConfidence(results.map((r) => r.confidence)),
    basis: b.build({ month, employees: employees.length }),
  };
}
