/**
 * One arbitrary per export of every entry: the arguments a caller might pass, plausible (so that the
 * calculations themselves run) and broken in every way `values.ts` knows. The harness fails for an
 * export that has no entry here, and for an entry here that is not an export.
 *
 * - A function (or class) has a {@link CallSpec}: its argument list, and how to call it when a plain
 *   call does not do (a class is constructed; an accumulator is fed rows and finished).
 * - A constant with methods (an input schema) has a {@link SchemaSpec}: the values to check.
 * - Plain constants need nothing: the harness checks that they are deeply frozen.
 */
import fc from 'fast-check';
import {
  BPU_CATEGORIES,
  BPU_PROGRAMS,
  BPU_SECTORS,
  bpuContribution,
  bpuContributionSchedule,
  bpuDiscountStatus,
  FUNDING_SOURCES,
  type JamsostekErrorCode,
} from 'jamsostek';
import {
  disabilityTable,
  jkkBenefit,
  jkmBenefit,
  SCHOLARSHIP_CAUSES,
  SCHOOL_LEVELS,
  SHORT_MEMBERSHIP_VARIANTS,
  scholarshipSchedule,
} from 'jamsostek/benefits';
import {
  bpuStanding,
  contributionDueDate,
  contributionDueDateSchedule,
  lateFine,
  programStanding,
  reconcilePayments,
} from 'jamsostek/calendar';
import {
  benefitToPremiumRatio,
  COVERAGE_TARGET_DOCUMENTS,
  claimsMetrics,
  coverageGap,
  coverageImpact,
  coveragePath,
  coverageRatio,
  coverageReport,
  coverageSummary,
  coverageTarget,
  programShare,
} from 'jamsostek/coverage';
import {
  ENTERPRISE_SIZES,
  pensionAge,
  programEligibility,
  rosterScreening,
  segmentPrograms,
} from 'jamsostek/eligibility';
import {
  budgetCapacity,
  budgetDuration,
  budgetReconciliation,
  fundingSplit,
  programBudget,
  programTranches,
  villageAllocation,
} from 'jamsostek/funding';
import {
  constructionContribution,
  jpWageCapIndexation,
  migrantWorkerContribution,
  payrollMonth,
  puContribution,
  puContributionSchedule,
  puWageBase,
} from 'jamsostek/payroll';
import { processRosterSync } from 'jamsostek/roster';
import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
import { jhtBalanceGolden, jhtWithdrawalGolden, jkpGolden, jpGolden } from '../golden/benefits-jkp-jht-jp.ts';
import {
  birthDate,
  count,
  date,
  decimalText,
  FreshIterable,
  hostile,
  month,
  mutated,
  oneObject,
  orHostile,
  positional,
  RULEBOOKS,
  record,
  rulebook,
  rupiah,
} from './values.ts';

/** The codes a function may throw unless its spec says otherwise. */
export const DEFAULT_CODES: readonly JamsostekErrorCode[] = [
  'INVALID_INPUT',
  'OUT_OF_RANGE',
  'RULE_NOT_IN_FORCE',
];

/** How to call a function export. */
export interface CallSpec {
  /** The argument list. */
  readonly args: fc.Arbitrary<readonly unknown[]>;
  /** The call, when `fn(...args)` is not it. */
  readonly call?: (fn: (...args: unknown[]) => unknown, args: unknown[]) => unknown;
  /** The error codes it may throw; default {@link DEFAULT_CODES}. */
  readonly codes?: readonly JamsostekErrorCode[];
  /** A factor on the number of runs (slow or trivial functions). */
  readonly runs?: number;
}

/** The values to check an input schema with. */
export interface SchemaSpec {
  /** Candidate inputs. */
  readonly schema: fc.Arbitrary<unknown>;
  /** A factor on the number of runs. */
  readonly runs?: number;
}

/** The spec of one export. */
export type Spec = CallSpec | SchemaSpec;

// ---------------------------------------------------------------------------------------------------
// Vocabulary

const fundingSource = fc.constantFrom(...FUNDING_SOURCES);
const bpuPrograms = fc.subarray([...BPU_PROGRAMS], { minLength: 1 });
const sector = fc.constantFrom(...BPU_SECTORS);
const category = fc.constantFrom(...BPU_CATEGORIES);
const lang = fc.constantFrom('id', 'en');
const roundingMode = fc.constantFrom('half-up', 'half-even', 'down', 'up');
const rounding = record({ mode: roundingMode, unit: fc.constantFrom(1, 10, 100, 1000, 3) }, ['mode', 'unit']);
const riskClass = fc.constantFrom(1, 2, 3, 4, 5);
const smallMonths = fc.integer({ min: 0, max: 120 });
const year = fc.oneof(fc.integer({ min: 2015, max: 2050 }), fc.integer({ min: 1900, max: 2100 }));
const ruleIds = Object.keys(OFFICIAL_RULEBOOK.series);
const ruleId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ruleIds) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty', 'bpu.jkm.amont'),
  },
);
const confidence = fc.constantFrom('A', 'B', 'C', 'U');
const validRegionCode = fc.constantFrom('ID', '35', '35.09', '35.09.01', '35.09.01.2001', '11', '11.01');
const regionCode = fc.oneof(validRegionCode, fc.constantFrom('3509', '35.9'));
const regionLevelName = fc.constantFrom('nation', 'province', 'regency', 'district', 'village');

/** A month range: mostly a year or less, sometimes long, sometimes the whole supported span. */
const range = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.integer({ min: 2015 * 12, max: 2030 * 12 }), fc.integer({ min: 0, max: 14 }))
        .map(([i, n]) => [i, i + n] as const),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 1900 * 12, max: 2100 * 12 + 11 }),
          fc.integer({ min: 1900 * 12, max: 2100 * 12 + 11 }),
        )
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    },
    { weight: 1, arbitrary: fc.constant([1900 * 12, 2100 * 12 + 11] as const) },
  )
  .map(([a, b]) => ({ from: ym(a), to: ym(b) }));

function ym(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const ratioValue = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }))
    .map(([numerator, denominator]) => ({ numerator, denominator })),
  fc
    .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.maxSafeNat())
    .map(([numerator, denominator]) => ({ numerator, denominator: denominator + 1 })),
  fc.constant({ numerator: Number.MAX_SAFE_INTEGER, denominator: 1 }),
);
const ratioOptions = record({ decimals: fc.integer({ min: 0, max: 12 }), mode: roundingMode, lang }, []);

// ---------------------------------------------------------------------------------------------------
// Plausible inputs of the calculators

const premiumOptions = {
  programs: bpuPrograms,
  fundingSource,
  sector,
  category,
  rulebook,
};

const seeds = {
  bpuContribution: record({ month, declaredIncome: rupiah, ...premiumOptions }, ['month', 'declaredIncome']),
  bpuContributionSchedule: fc
    .tuple(range, record({ declaredIncome: rupiah, ...premiumOptions }, ['declaredIncome']))
    .map(([r, o]) => ({ ...r, ...o })),
  bpuDiscountStatus: record({ month, fundingSource, sector, category, rulebook }, ['month']),

  puContribution: record(
    {
      month,
      wage: rupiah,
      riskClass,
      jkpMember: fc.boolean(),
      programs: fc.subarray(['JKK', 'JKM', 'JHT', 'JP']),
      laborIntensiveRelief: fc.boolean(),
      rulebook,
    },
    ['month', 'wage', 'riskClass'],
  ),
  puContributionSchedule: fc
    .tuple(
      range,
      record(
        { wage: rupiah, riskClass, jkpMember: fc.boolean(), laborIntensiveRelief: fc.boolean(), rulebook },
        ['wage', 'riskClass'],
      ),
    )
    .map(([r, o]) => ({ ...r, ...o })),
  puWageBase: fc.oneof(
    record(
      { payBasis: fc.constant('monthly'), month, basicWage: rupiah, fixedAllowances: rupiah, rulebook },
      ['payBasis', 'month', 'basicWage'],
    ),
    record({ payBasis: fc.constant('daily'), month, dailyWage: rupiah, rulebook }, [
      'payBasis',
      'month',
      'dailyWage',
    ]),
    record(
      {
        payBasis: fc.constantFrom('piece-rate', 'piece-rate-weather'),
        month,
        lastMonths: fc.array(rupiah, { minLength: 1, maxLength: 12 }),
        rulebook,
      },
      ['payBasis', 'month', 'lastMonths'],
    ),
  ),
  jpWageCapIndexation: record({ month, previousCap: rupiah, gdpGrowth: decimalText, rulebook }, [
    'month',
    'previousCap',
    'gdpGrowth',
  ]),
  payrollMonth: record(
    {
      month,
      riskClass,
      jkpMember: fc.boolean(),
      employees: fc.array(
        record(
          {
            id: fc.constantFrom('A-01', 'A-02', 'B-01', ''),
            wage: rupiah,
            riskClass,
            jkpMember: fc.boolean(),
            programs: fc.subarray(['JKK', 'JKM', 'JHT', 'JP']),
            laborIntensiveRelief: fc.boolean(),
          },
          ['wage'],
        ),
        { maxLength: 6 },
      ),
      rulebook,
    },
    ['month', 'employees'],
  ),
  migrantWorkerContribution: record(
    { asOf: date, contractMonths: fc.oneof(smallMonths, count), prePlacement: fc.boolean(), rulebook },
    ['asOf'],
  ),
  constructionContribution: fc.oneof(
    record({ month, wage: rupiah, rulebook }, ['month', 'wage']),
    record({ month, contractValue: rupiah, rulebook }, ['month', 'contractValue']),
  ),

  jkmBenefit: record(
    {
      eventDate: date,
      segment: fc.constantFrom('PU', 'BPU'),
      membershipStart: date,
      contributionMonths: smallMonths,
      arrearsMonths: fc.integer({ min: 0, max: 6 }),
      heirs: fc.boolean(),
      workRelated: fc.boolean(),
      children: fc.array(
        record({ birthDate: date, level: fc.constantFrom(...SCHOOL_LEVELS) }, ['birthDate']),
        {
          maxLength: 3,
        },
      ),
      rulebook,
    },
    ['eventDate', 'segment', 'membershipStart', 'contributionMonths'],
  ).map((x) =>
    // The membership starts before the event in most inputs.
    typeof x['membershipStart'] === 'string' &&
    typeof x['eventDate'] === 'string' &&
    x['membershipStart'] > x['eventDate']
      ? { ...x, membershipStart: x['eventDate'] }
      : x,
  ),
  jkkBenefit: fc
    .tuple(
      fc.oneof(
        fc.record({ segment: fc.constant('PU'), wage: rupiah }),
        fc.record({ segment: fc.constant('BPU'), declaredIncome: rupiah }),
      ),
      record(
        {
          eventDate: date,
          stmbMonths: fc.integer({ min: 0, max: 40 }),
          disabilities: fc.array(
            record(
              {
                row: fc.constantFrom('arm-shoulder', 'thumb', 'sight-one-eye', 'mental-capacity', 'big-toe'),
                side: fc.constantFrom('right', 'left'),
                leftHanded: fc.boolean(),
                functionLost: decimalText,
              },
              ['row'],
            ),
            { maxLength: 3 },
          ),
          totalDisability: fc.boolean(),
          death: fc.boolean(),
          claimJkm: fc.boolean(),
          transport: record({ land: rupiah, sea: rupiah, air: rupiah }, []),
          homeCare: fc.record({ monthCount: fc.integer({ min: 0, max: 24 }), cost: rupiah }),
          devices: record({ dentures: rupiah, hearingAid: rupiah, glasses: rupiah }, []),
          claimDate: date,
          arrearsMonths: fc.integer({ min: 0, max: 6 }),
          children: fc.array(fc.record({ birthDate: date }), { maxLength: 3 }),
          rulebook,
        },
        ['eventDate'],
      ),
    )
    .map(([s, o]) => ({ ...s, ...o })),
  scholarshipSchedule: record(
    {
      eventDate: date,
      cause: fc.constantFrom(...SCHOLARSHIP_CAUSES),
      contributionMonths: smallMonths,
      children: fc.array(
        record(
          {
            birthDate: date,
            level: fc.constantFrom(...SCHOOL_LEVELS),
            yearInLevel: fc.integer({ min: 1, max: 6 }),
            startDate: date,
            stopDate: date,
          },
          ['birthDate'],
        ),
        { maxLength: 3 },
      ),
      rulebook,
    },
    ['eventDate', 'cause', 'children'],
  ),
  disabilityTable: record({ asOf: date, rulebook }, ['asOf']),

  pensionAge: record({ asOf: date, rulebook }, ['asOf']),
  segmentPrograms: fc.oneof(
    record(
      {
        segment: fc.constant('PU'),
        enterpriseSize: fc.constantFrom(...ENTERPRISE_SIZES),
        asOf: date,
        rulebook,
      },
      ['segment', 'asOf'],
    ),
    record({ segment: fc.constant('BPU'), asOf: date, rulebook }, ['segment', 'asOf']),
  ),

  coverageRatio: fc.record({ covered: count, workingPopulation: count }),
  programShare: fc.record({ programParticipants: count, covered: count }),
  coverageImpact: fc.oneof(
    fc.record({ after: count, programParticipants: count, workingPopulation: count }),
    fc.record({ before: count, programParticipants: count, workingPopulation: count }),
  ),
  coverageTarget: record({ document: fc.constantFrom(...COVERAGE_TARGET_DOCUMENTS), year, rulebook }, [
    'document',
    'year',
  ]),
  coverageGap: record(
    {
      covered: count,
      workingPopulation: count,
      target: fc.oneof(
        decimalText,
        fc.record({ document: fc.constantFrom(...COVERAGE_TARGET_DOCUMENTS), year }),
      ),
      rulebook,
    },
    ['covered', 'workingPopulation', 'target'],
  ),
  coveragePath: fc.oneof(
    record(
      {
        covered: count,
        workingPopulation: count,
        fromYear: year,
        target: fc.record({ document: fc.constantFrom(...COVERAGE_TARGET_DOCUMENTS), year }),
        byYear: year,
        rulebook,
      },
      ['covered', 'workingPopulation', 'fromYear', 'target'],
    ),
    record({ covered: count, workingPopulation: count, fromYear: year, target: decimalText, byYear: year }, [
      'covered',
      'workingPopulation',
      'fromYear',
      'target',
      'byYear',
    ]),
  ),
  coverageReport: record(
    {
      region: regionCode,
      covered: count,
      workingPopulation: count,
      programParticipants: count,
      target: fc.oneof(
        decimalText,
        fc.record({ document: fc.constantFrom(...COVERAGE_TARGET_DOCUMENTS), year }),
      ),
      asOf: date,
      rulebook,
    },
    ['covered', 'workingPopulation'],
  ),
  claimsMetrics: record(
    {
      total: rupiah,
      beneficiaries: count,
      programs: fc.array(
        record(
          {
            program: fc.constantFrom('JKM', 'JKK', 'JHT'),
            amount: rupiah,
            beneficiaries: count,
            unitAmount: rupiah,
          },
          ['program', 'amount'],
        ),
        { maxLength: 4 },
      ),
    },
    ['total', 'beneficiaries'],
  ),
  benefitToPremiumRatio: fc.record({ benefits: rupiah, premiums: rupiah }),

  programBudget: record(
    {
      cohorts: fc.array(
        fc
          .tuple(
            range,
            record(
              { name: fc.constantFrom('a', 'b', ''), workers: count, declaredIncome: rupiah, fundingSource },
              ['workers'],
            ),
          )
          .map(([r, c]) => ({ ...c, ...r })),
        { minLength: 1, maxLength: 3 },
      ),
      fundingSource,
      declaredIncome: rupiah,
      programs: bpuPrograms,
      sector,
      category,
      rulebook,
    },
    ['cohorts', 'fundingSource'],
  ),
  budgetCapacity: fc
    .tuple(range, record({ budget: rupiah, ...premiumOptions }, ['budget', 'fundingSource']))
    .map(([r, o]) => ({ ...r, ...o })),
  budgetDuration: record(
    {
      budget: rupiah,
      workers: count,
      from: month,
      until: month,
      fundingSource,
      declaredIncome: rupiah,
      rulebook,
    },
    ['budget', 'workers', 'from', 'fundingSource'],
  ),
  budgetReconciliation: record(
    {
      budget: rupiah,
      workers: count,
      to: month,
      maxMonthCount: fc.integer({ min: 1, max: 120 }),
      fundingSource,
      declaredIncome: rupiah,
      rulebook,
    },
    ['budget', 'workers', 'to', 'fundingSource'],
  ),
  fundingSplit: record(
    {
      total: rupiah,
      parts: fc.array(
        fc.oneof(
          record({ fundingSource, label: fc.constantFrom('a', 'b', 'c'), amount: rupiah }, [
            'fundingSource',
            'amount',
          ]),
          record({ fundingSource, label: fc.constantFrom('d', 'e'), share: decimalText }, [
            'fundingSource',
            'share',
          ]),
          record(
            { fundingSource, label: fc.constantFrom('f', 'g'), weight: fc.oneof(decimalText, fc.nat()) },
            ['fundingSource', 'weight'],
          ),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      remainderOrder: fc.array(fc.constantFrom('a', 'd', 'f', 'APBD'), { maxLength: 3 }),
    },
    ['total', 'parts'],
  ),
  villageAllocation: fc
    .tuple(
      record(
        {
          villages: fc.oneof(
            count,
            fc.array(record({ name: fc.constantFrom('A', 'B'), grant: rupiah, workers: fc.nat(2000) }, []), {
              minLength: 1,
              maxLength: 4,
            }),
          ),
          grantPerVillage: rupiah,
          share: decimalText,
          workersPerVillage: fc.nat(2000),
          fundingSource,
          declaredIncome: rupiah,
          rulebook,
        },
        ['villages', 'share', 'fundingSource', 'grantPerVillage'],
      ),
      fc.oneof(range, fc.record({ premium: rupiah, monthCount: fc.integer({ min: 1, max: 24 }) })),
    )
    .map(([a, b]) => ({ ...a, ...b })),

  rosterOptions: fc
    .tuple(
      fc.oneof(
        {
          weight: 9,
          arbitrary: fc.tuple(
            fc.integer({ min: 2015 * 12, max: 2030 * 12 }),
            fc.integer({ min: 0, max: 12 }),
          ),
        },
        { weight: 1, arbitrary: fc.constant([1900 * 12, 2100 * 12 + 11 - 1900 * 12] as [number, number]) },
      ),
      record(
        {
          programs: bpuPrograms,
          fundingSource,
          sector,
          category,
          declaredIncome: rupiah,
          stopOnInvalid: fc.boolean(),
          rowOffset: fc.nat(1000),
          rejectedLimit: fc.nat(5),
          eligibility: fc.record({
            criteria: record(
              {
                fundingSource,
                segments: fc.subarray(['PU', 'BPU']),
                maxDtsenDecile: fc.integer({ min: 1, max: 10 }),
              },
              ['fundingSource'],
            ),
            asOf: date,
          }),
          rulebook,
        },
        [],
      ),
    )
    .map(([[a, n], o]) => ({ from: ym(a), to: ym(a + n), ...o })),
};

// The payment calendar
const calendarOptions = { jointLeave: fc.constantFrom('working-day', 'holiday'), rulebook };
const segment = fc.constantFrom('PU', 'BPU');
const owedMonth = record(
  { month, fundingSource, amount: rupiah, workers: count, paymentCode: fc.constantFrom('K-1', '') },
  ['month', 'fundingSource', 'amount'],
);
const programPayment = fc.oneof(
  record({ month, paidOn: date, amount: rupiah, fundingSource, paymentCode: fc.constantFrom('K-1') }, [
    'month',
    'paidOn',
    'amount',
    'fundingSource',
  ]),
  fc
    .tuple(
      range,
      record({ paidOn: date, amount: rupiah, fundingSource }, ['paidOn', 'amount', 'fundingSource']),
    )
    .map(([r, p]) => ({ ...r, ...p })),
);
const calendarSeeds = {
  contributionDueDate: record({ segment, month, ...calendarOptions }, ['segment', 'month']),
  contributionDueDateSchedule: fc
    .tuple(range, record({ segment, ...calendarOptions }, ['segment']))
    .map(([r, o]) => ({ ...r, ...o })),
  lateFine: fc
    .tuple(
      fc.oneof(
        fc.record({ contribution: rupiah }),
        fc.record({ byProgram: record({ JKK: rupiah, JKM: rupiah, JHT: rupiah, JP: rupiah }, []) }),
      ),
      record(
        {
          segment: fc.constant('PU'),
          month,
          paidOn: date,
          employerType: fc.constantFrom('private', 'state'),
          ...calendarOptions,
        },
        ['segment', 'month', 'paidOn'],
      ),
    )
    .map(([a, b]) => ({ ...a, ...b })),
  bpuStanding: fc
    .tuple(
      range,
      record(
        {
          payments: fc.array(
            fc.oneof(
              fc.record({ month, paidOn: date }),
              fc.tuple(range, date).map(([r, paidOn]) => ({ ...r, paidOn })),
            ),
            { maxLength: 4 },
          ),
          asOf: date,
          declaredIncome: rupiah,
          fundingSource,
          sector,
          category,
          ...calendarOptions,
        },
        ['payments', 'asOf'],
      ),
      fc.boolean(),
    )
    .map(([r, o, withTo]) => ({ from: r.from, ...(withTo ? { to: r.to } : {}), ...o })),
  programStanding: record(
    {
      owed: fc.array(owedMonth, { maxLength: 6 }),
      payments: fc.array(programPayment, { maxLength: 4 }),
      asOf: date,
      ...calendarOptions,
    },
    ['owed', 'payments', 'asOf'],
  ),
  reconcilePayments: fc.record({
    owed: fc.array(owedMonth, { maxLength: 6 }),
    paid: fc.array(programPayment, { maxLength: 4 }),
  }),
};

const worker = record(
  {
    id: fc.constantFrom('w1', 'w2'),
    birthDate,
    citizenship: fc.constantFrom('WNI', 'WNA'),
    workStartInIndonesia: date,
    segment: fc.constantFrom('PU', 'BPU'),
    bpuCategory: category,
    enterpriseSize: fc.constantFrom(...ENTERPRISE_SIZES),
    sector,
    dtsenDecile: fc.integer({ min: 1, max: 10 }),
    region: regionCode,
    activeParticipant: fc.boolean(),
    fundedBy: fc.subarray(['PKH', 'BPNT']),
  },
  ['birthDate', 'segment'],
);
const criteria = record(
  {
    id: fc.constantFrom('c1'),
    fundingSource,
    programs: fc.subarray(['JHT', 'JP', 'JKP']).map((x) => ['JKK', 'JKM', ...x]),
    segments: fc.subarray(['PU', 'BPU']),
    bpuCategories: fc.subarray([...BPU_CATEGORIES]),
    maxDtsenDecile: fc.integer({ min: 1, max: 10 }),
    age: record({ min: fc.integer({ min: 0, max: 40 }), max: fc.integer({ min: 40, max: 90 }) }, []),
    sectors: fc.subarray([...BPU_SECTORS]),
    regions: fc.subarray(['35', '35.09']),
    notActiveParticipant: fc.boolean(),
    notFundedByOtherProgram: fc.boolean(),
  },
  ['fundingSource'],
);
const programEligibilitySeed = fc
  .tuple(worker, criteria, date, rulebook, fc.boolean())
  .map(([w, c, asOf, rb, withRb]) => ({ worker: w, criteria: c, asOf, ...(withRb ? { rulebook: rb } : {}) }));
const rosterScreeningSeed = fc
  .tuple(fc.array(orHostile(worker), { maxLength: 6 }), criteria, date)
  .map(([rows, c, asOf]) => ({ rows, criteria: c, asOf }));
const programTranchesSeed = fc
  .tuple(seeds.programBudget, fc.array(range, { minLength: 1, maxLength: 3 }))
  .map(([b, ranges]) => ({
    ...b,
    tranches: ranges.sort((x, y) => (x.from < y.from ? -1 : 1)).map((r, i) => ({ label: `T${i + 1}`, ...r })),
  }));

const rosterRow = record(
  {
    nik: fc.oneof(
      fc.stringMatching(/^35\d{14}$/),
      fc.constantFrom('3509010101900001', 'bad', '', '123', 3509010101900001),
    ),
    name: fc.constantFrom('SINTETIS 1', ''),
    declaredIncome: fc.oneof(rupiah, fc.constantFrom('1.000.000', '1,5 juta', 'abc', '2.500.000,00')),
    from: month,
    to: month,
    region: regionCode,
    fundingSource: fc.oneof(fundingSource, fc.constantFrom('dbh sawit', 'bank')),
    sector,
    category,
    cohort: fc.constantFrom('A', 'B'),
    birthDate,
    dtsenDecile: fc.integer({ min: 1, max: 10 }),
  },
  ['nik'],
);
const rosterRows = fc.array(rosterRow, { maxLength: 12 });

const csvText = fc
  .tuple(
    fc.constantFrom(';', ',', '\t'),
    fc.array(
      fc.tuple(
        fc.stringMatching(/^35\d{14}$/),
        fc.constantFrom('Contoh', '"Quoted; name"', ''),
        rupiah,
        month,
      ),
      { maxLength: 8 },
    ),
  )
  .map(([sep, rows]) =>
    [['NIK', 'Nama', 'Penghasilan', 'Mulai'].join(sep), ...rows.map((r) => r.join(sep))].join('\n'),
  );
const csvSource = fc.oneof(
  { weight: 4, arbitrary: csvText },
  { weight: 1, arbitrary: csvText.map((t) => [t.slice(0, t.length >> 1), t.slice(t.length >> 1)]) },
  {
    weight: 1,
    arbitrary: csvText.map((t) => new FreshIterable([new TextEncoder().encode(t)], true)),
  },
  { weight: 1, arbitrary: fc.array(hostile, { maxLength: 3 }).map((xs) => new FreshIterable(xs, false)) },
);

// ---------------------------------------------------------------------------------------------------
// Results, for explain and the merges

const ROSTER_SAMPLE_OPTIONS = {
  from: '2025-07',
  to: '2025-12',
  fundingSource: 'DBHCHT',
  declaredIncome: 1_000_000,
} as const;
const rosterSummarySample = (offset: number) =>
  processRosterSync(
    [
      { nik: '3509010101900001', region: '35.09.01' },
      { nik: '3509010101900002', from: '2025-10', cohort: 'B' },
      { nik: 'bad' },
    ],
    { ...ROSTER_SAMPLE_OPTIONS, rowOffset: offset },
  );

/** One result of every kind, made from fixed inputs of the docs. */
const SAMPLE_RESULTS: readonly unknown[] = [
  bpuContribution({ month: '2025-09', declaredIncome: 1_000_000 }),
  bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'DBHCHT' }),
  bpuContributionSchedule({ from: '2025-07', to: '2025-12', declaredIncome: 1_000_000 }),
  bpuDiscountStatus({ month: '2026-11' }),
  bpuDiscountStatus({ month: '2026-11', fundingSource: 'DBHCHT' }),
  puContribution({ month: '2025-06', wage: 12_000_000, riskClass: 1 }),
  puContribution({ month: '2020-09', wage: 5_000_000, riskClass: 3 }),
  puContributionSchedule({ from: '2024-01', to: '2024-03', wage: 12_000_000, riskClass: 1 }),
  puWageBase({ payBasis: 'daily', month: '2025-06', dailyWage: 150_000 }),
  jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' }),
  payrollMonth({ month: '2025-06', riskClass: 1, employees: [{ id: 'A-01', wage: 5_000_000 }] }),
  migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 30 }),
  constructionContribution({ month: '2025-06', contractValue: 180_000_000 }),
  jkmBenefit({
    eventDate: '2025-06-01',
    segment: 'PU',
    membershipStart: '2020-01-01',
    contributionMonths: 65,
  }),
  jkmBenefit({
    eventDate: '2025-06-01',
    segment: 'PU',
    membershipStart: '2020-01-01',
    contributionMonths: 65,
    arrearsMonths: 2,
  }),
  jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1_000_000, death: true }),
  jkkBenefit({
    eventDate: '2026-03-10',
    segment: 'PU',
    wage: 5_000_000,
    stmbMonths: 14,
    disabilities: [{ row: 'thumb', side: 'right' }],
  }),
  scholarshipSchedule({
    eventDate: '2025-06-01',
    cause: 'work-accident-death',
    children: [{ birthDate: '2021-01-01' }],
  }),
  disabilityTable({ asOf: '2025-06-01' }),
  programEligibility({
    worker: { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 6 },
    criteria: { fundingSource: 'APBD', programs: ['JKK', 'JKM', 'JP'], maxDtsenDecile: 4 },
    asOf: '2026-05-01',
  }),
  programEligibility({
    worker: { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 2 },
    criteria: { fundingSource: 'APBD' },
    asOf: '2026-05-01',
  }),
  rosterScreening({
    rows: [
      { birthDate: '1980-03-15', segment: 'BPU', dtsenDecile: 2 },
      { birthDate: 'not a date', segment: 'BPU' },
    ],
    criteria: { fundingSource: 'APBD', segments: ['BPU'], maxDtsenDecile: 4 },
    asOf: '2026-05-01',
  }),
  pensionAge({ asOf: '2025-01-01' }),
  segmentPrograms({ segment: 'PU', enterpriseSize: 'micro', asOf: '2026-01-01' }),
  coverageRatio({ covered: 323_739, workingPopulation: 1_480_981 }),
  programShare({ programParticipants: 82_093, covered: 323_739 }),
  coverageImpact({ after: 323_739, programParticipants: 82_093, workingPopulation: 1_480_981 }),
  coverageTarget({ document: 'rpjmn-2025-2029', year: 2029 }),
  coverageGap({ covered: 323_739, workingPopulation: 1_480_981, target: '0.25' }),
  coveragePath({
    covered: 323_739,
    workingPopulation: 1_480_981,
    fromYear: 2025,
    target: '0.3',
    byYear: 2029,
  }),
  coverageReport({
    region: '35.09',
    covered: 323_739,
    workingPopulation: 1_480_981,
    programParticipants: 82_093,
    target: '0.3',
  }),
  claimsMetrics({
    total: 51_570_000_000,
    beneficiaries: 1573,
    programs: [{ program: 'JKM', amount: 49_440_000_000, unitAmount: 42_000_000 }],
  }),
  benefitToPremiumRatio({ benefits: 17_800_000_000, premiums: 16_549_948_800 }),
  programBudget({ fundingSource: 'DBHCHT', cohorts: [{ workers: 10, from: '2025-07', to: '2025-12' }] }),
  budgetCapacity({ budget: 1_000_000_000, from: '2025-07', to: '2025-12', fundingSource: 'APBD' }),
  budgetDuration({ budget: 3_024_000_000, workers: 20_000, from: '2025-04', fundingSource: 'APBD' }),
  fundingSplit({
    total: 2_867_558_400,
    parts: [
      { fundingSource: 'DBHCHT', share: '0.6' },
      { fundingSource: 'APBD', weight: 1 },
    ],
  }),
  villageAllocation({
    villages: 3,
    grantPerVillage: 100_000_000,
    share: '0.1',
    premium: 16_800,
    monthCount: 12,
    fundingSource: 'BKBK',
  }),
  programTranches({
    fundingSource: 'DBHCHT',
    cohorts: [{ workers: 10, from: '2025-07', to: '2025-12' }],
    tranches: [
      { from: '2025-07', to: '2025-09' },
      { from: '2025-10', to: '2025-12' },
    ],
  }),
  budgetReconciliation({ budget: 2_800_000_000, workers: 28_448, to: '2025-12', fundingSource: 'DBHCHT' }),
  rosterSummarySample(0),
  contributionDueDate({ segment: 'PU', month: '2026-04' }),
  contributionDueDateSchedule({ segment: 'BPU', from: '2026-01', to: '2026-03' }),
  lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-05-10' }),
  bpuStanding({
    from: '2026-01',
    payments: [{ from: '2026-01', to: '2026-03', paidOn: '2026-01-10' }],
    asOf: '2026-07-01',
  }),
  programStanding({
    owed: [{ month: '2026-01', fundingSource: 'APBD', amount: 16_800_000, workers: 1000 }],
    payments: [],
    asOf: '2026-03-01',
  }),
  reconcilePayments({
    owed: [{ month: '2026-01', fundingSource: 'APBD', amount: 16_800_000 }],
    paid: [{ month: '2026-01', amount: 15_000_000, fundingSource: 'APBD', paidOn: '2026-02-20' }],
  }),
];

const result = mutated(fc.constantFrom(...SAMPLE_RESULTS));
const budgetResult = mutated(
  fc.constantFrom(
    programBudget({ fundingSource: 'APBD', cohorts: [{ workers: 1000, from: '2026-01', to: '2026-12' }] }),
    programBudget({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 10, from: '2025-07', to: '2025-12', fundingSource: 'APBD' }],
    }),
  ),
);
const rosterSummary = mutated(fc.constantFrom(rosterSummarySample(0), rosterSummarySample(3)));
const coverageRow = record(
  { region: regionCode, covered: count, workingPopulation: count, programParticipants: count },
  ['region', 'covered', 'workingPopulation'],
);
const coverageRows = fc.array(coverageRow, { maxLength: 6 });
const coverageSummaryValue = mutated(
  fc.constantFrom(
    coverageSummary([
      { region: '35.09', covered: 323_739, workingPopulation: 1_480_981, programParticipants: 82_093 },
    ]),
    coverageSummary([{ region: '35.08', covered: 89_266, workingPopulation: 555_154 }]),
    coverageSummary([
      { region: '11.01', covered: 5, workingPopulation: 10 },
      { region: '35.09.01', covered: 1, workingPopulation: 1 },
    ]),
    coverageSummary([]),
  ),
);

const citation = record(
  { instrument: fc.constantFrom('PP 44/2015', 'x'), article: fc.constantFrom('Pasal 20', '') },
  ['instrument', 'article'],
);
const overlay = fc.oneof(
  fc.constantFrom(...Object.values(SHORT_MEMBERSHIP_VARIANTS)),
  record(
    {
      id: ruleId,
      mode: fc.constantFrom('splice', 'replace'),
      versions: fc.array(
        record(
          {
            from: date,
            to: date,
            value: fc.oneof(rupiah, decimalText, fc.boolean()),
            confidence,
            citations: fc.array(citation, { minLength: 1, maxLength: 2 }),
            note: fc.constantFrom('note'),
          },
          ['from', 'value', 'confidence', 'citations'],
        ),
        { minLength: 1, maxLength: 2 },
      ),
    },
    ['id', 'versions'],
  ),
);
const series = fc.subarray(Object.values(OFFICIAL_RULEBOOK.series) as unknown[], { maxLength: 4 });

const schema = (seed: fc.Arbitrary<unknown>): SchemaSpec => ({ schema: mutated(seed) });

const parseRupiahText = fc.oneof(
  fc.constantFrom(
    'Rp16.800',
    'Rp 2,8 miliar',
    '100 juta',
    'Rp10 ribu',
    '16.800',
    'Rp16.800,00',
    '-Rp2.500',
    '- 0',
    'Rp0,5',
  ),
  fc
    .tuple(
      fc.constantFrom('', 'Rp', 'Rp ', '-Rp', 'rp.'),
      fc.nat(),
      fc.constantFrom('', ' juta', ' miliar', ' triliun', ' t', ' kuadriliun'),
    )
    .map(([p, n, w]) => `${p}${n.toLocaleString('id-ID')}${w}`),
);

// ---------------------------------------------------------------------------------------------------
// JKP, JHT, JP and the JKK risk group: the golden inputs (each checked by hand in
// test/golden/benefits-jkp-jht-jp.ts), mutated.

const goldenSeed = <T extends { readonly input: unknown }>(cases: readonly T[]): fc.Arbitrary<unknown> =>
  fc.constantFrom(...cases.map((c) => c.input));
const jkpSeed = goldenSeed(jkpGolden);
const jhtBalanceSeed = goldenSeed(jhtBalanceGolden);
const jhtWithdrawalSeed = goldenSeed(jhtWithdrawalGolden);
const jpSeed = goldenSeed(jpGolden);
const riskGroupSeed = record(
  {
    business: fc.oneof(
      fc.constantFrom('Rumah makan dan minuman', 'rumah makan', 'Pertambangan', 'bengkel', '', '__proto__'),
      fc.string({ maxLength: 40 }),
    ),
    asOf: date,
    rulebook,
  },
  ['business', 'asOf'],
);
const rosterList = record(
  { name: fc.constantFrom('disnaker', 'dinsos', '', '__proto__'), rows: rosterRows },
  ['name', 'rows'],
);
const xlsxBytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.constant(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])),
);

// ---------------------------------------------------------------------------------------------------
// The specs

const one = (seed: fc.Arbitrary<unknown>): CallSpec => ({ args: oneObject(seed) });

/** Every export of every entry that needs an arbitrary, by name. */
export const SPECS: Readonly<Record<string, Spec>> = {
  // jamsostek (root)
  bpuContribution: one(seeds.bpuContribution),
  BpuContributionInputSchema: schema(seeds.bpuContribution),
  bpuContributionSchedule: { ...one(seeds.bpuContributionSchedule), runs: 0.5 },
  BpuContributionScheduleInputSchema: schema(seeds.bpuContributionSchedule),
  bpuDiscountStatus: one(seeds.bpuDiscountStatus),
  BpuDiscountQuerySchema: schema(seeds.bpuDiscountStatus),
  isJamsostekError: { args: positional(hostile, fc.constantFrom('INVALID_INPUT', 'OUT_OF_RANGE', 'x')) },
  JamsostekError: {
    args: fc.tuple(
      fc.constantFrom('INVALID_INPUT', 'RULE_NOT_IN_FORCE', 'OUT_OF_RANGE', 'INVALID_RULEBOOK'),
      fc.string(),
      record(
        {
          issues: fc.array(
            fc.record({ path: fc.array(fc.string(), { maxLength: 2 }), message: fc.string() }),
            { maxLength: 2 },
          ),
        },
        [],
      ),
    ),
    call: (F, args) => new (F as unknown as new (...a: unknown[]) => unknown)(...args),
  },
  payerOf: { args: positional(fundingSource) },
  allocate: {
    args: positional(
      rupiah,
      fc.array(fc.oneof(decimalText, fc.nat(1_000_000), rupiah), { minLength: 1, maxLength: 6 }),
      record({ priority: fc.array(fc.nat(6), { maxLength: 3 }) }, []),
    ),
  },
  applyRate: { args: positional(rupiah, decimalText, rounding) },
  formatCount: { args: positional(fc.oneof(fc.integer(), fc.double({ noNaN: true })), lang) },
  formatRate: { args: positional(decimalText, lang) },
  formatRupiah: { args: positional(fc.oneof(rupiah, fc.integer({ min: -1e9, max: 0 })), lang) },
  isRupiah: { args: positional(hostile) },
  parseRupiah: { args: positional(parseRupiahText) },
  roundRupiah: { args: positional(fc.oneof(decimalText, fc.double({ min: -1e12, max: 1e12 })), rounding) },

  // jamsostek/benefits
  disabilityTable: one(seeds.disabilityTable),
  DisabilityTableInputSchema: schema(seeds.disabilityTable),
  jkkBenefit: one(seeds.jkkBenefit),
  JkkBenefitInputSchema: schema(seeds.jkkBenefit),
  jkmBenefit: one(seeds.jkmBenefit),
  JkmBenefitInputSchema: schema(seeds.jkmBenefit),
  scholarshipSchedule: one(seeds.scholarshipSchedule),
  ScholarshipScheduleInputSchema: schema(seeds.scholarshipSchedule),

  jhtBalance: one(jhtBalanceSeed),
  JhtBalanceInputSchema: schema(jhtBalanceSeed),
  jhtWithdrawal: one(jhtWithdrawalSeed),
  JhtWithdrawalInputSchema: schema(jhtWithdrawalSeed),
  jkpBenefit: one(jkpSeed),
  JkpBenefitInputSchema: schema(jkpSeed),
  jpBenefit: one(jpSeed),
  JpBenefitInputSchema: schema(jpSeed),

  // jamsostek/calendar
  bpuStanding: one(calendarSeeds.bpuStanding),
  BpuStandingInputSchema: schema(calendarSeeds.bpuStanding),
  contributionDueDate: one(calendarSeeds.contributionDueDate),
  ContributionDueDateInputSchema: schema(calendarSeeds.contributionDueDate),
  contributionDueDateSchedule: { ...one(calendarSeeds.contributionDueDateSchedule), runs: 0.5 },
  ContributionDueDateScheduleInputSchema: schema(calendarSeeds.contributionDueDateSchedule),
  lateFine: one(calendarSeeds.lateFine),
  LateFineInputSchema: schema(calendarSeeds.lateFine),
  owedFromBudget: { args: positional(budgetResult) },
  owedFromRoster: { args: positional(rosterSummary) },
  PaymentReconciliationInputSchema: schema(calendarSeeds.reconcilePayments),
  programStanding: one(calendarSeeds.programStanding),
  ProgramStandingInputSchema: schema(calendarSeeds.programStanding),
  reconcilePayments: one(calendarSeeds.reconcilePayments),

  // jamsostek/coverage
  aggregateCoverage: { args: positional(coverageRows, regionLevelName) },
  benefitToPremiumRatio: one(seeds.benefitToPremiumRatio),
  BenefitToPremiumRatioInputSchema: schema(seeds.benefitToPremiumRatio),
  claimsMetrics: one(seeds.claimsMetrics),
  ClaimsMetricsInputSchema: schema(seeds.claimsMetrics),
  compareRatios: { args: positional(ratioValue, ratioValue) },
  coverageGap: one(seeds.coverageGap),
  CoverageGapInputSchema: schema(seeds.coverageGap),
  coverageImpact: one(seeds.coverageImpact),
  CoverageImpactInputSchema: schema(seeds.coverageImpact),
  coveragePath: one(seeds.coveragePath),
  CoveragePathInputSchema: schema(seeds.coveragePath),
  coverageRatio: one(seeds.coverageRatio),
  CoverageRatioInputSchema: schema(seeds.coverageRatio),
  coverageReport: one(seeds.coverageReport),
  CoverageReportInputSchema: schema(seeds.coverageReport),
  coverageSummary: { args: positional(coverageRows) },
  coverageTarget: one(seeds.coverageTarget),
  CoverageTargetQuerySchema: schema(seeds.coverageTarget),
  formatPercent: { args: positional(ratioValue, ratioOptions) },
  formatPoints: { args: positional(ratioValue, ratioOptions) },
  mergeCoverageSummaries: { args: fc.array(orHostile(coverageSummaryValue), { maxLength: 3 }) },
  programShare: one(seeds.programShare),
  ProgramShareInputSchema: schema(seeds.programShare),
  ratio: { args: positional(fc.oneof(fc.nat(), fc.integer()), fc.oneof(fc.nat(), fc.integer())) },
  ratioDifference: { args: positional(ratioValue, ratioValue) },
  ratioFromDecimal: { args: positional(decimalText) },
  ratioPercent: { args: positional(ratioValue, ratioOptions) },
  ratioToDecimal: { args: positional(ratioValue, ratioOptions) },
  reduceRatio: { args: positional(ratioValue) },
  regionAt: { args: positional(regionCode, regionLevelName) },
  regionLevel: { args: positional(regionCode) },
  regionParent: { args: positional(regionCode) },
  summaryCoverage: { args: positional(coverageSummaryValue) },

  // jamsostek/eligibility
  EligibilityWorkerSchema: schema(worker),
  pensionAge: one(seeds.pensionAge),
  PensionAgeInputSchema: schema(seeds.pensionAge),
  ProgramCriteriaSchema: schema(criteria),
  programEligibility: one(programEligibilitySeed),
  ProgramEligibilityInputSchema: schema(programEligibilitySeed),
  rosterScreening: one(rosterScreeningSeed),
  RosterScreeningInputSchema: schema(rosterScreeningSeed),
  segmentPrograms: one(seeds.segmentPrograms),
  SegmentProgramsInputSchema: schema(seeds.segmentPrograms),

  // jamsostek/explain
  explain: { args: positional(result, record({ lang, sources: fc.boolean() }, [])) },
  formatCitation: { args: positional(citation) },

  // jamsostek/funding
  budgetCapacity: one(seeds.budgetCapacity),
  BudgetCapacityInputSchema: schema(seeds.budgetCapacity),
  budgetDuration: one(seeds.budgetDuration),
  BudgetDurationInputSchema: schema(seeds.budgetDuration),
  budgetReconciliation: one(seeds.budgetReconciliation),
  BudgetReconciliationInputSchema: schema(seeds.budgetReconciliation),
  fundingSplit: one(seeds.fundingSplit),
  FundingSplitInputSchema: schema(seeds.fundingSplit),
  programBudget: one(seeds.programBudget),
  ProgramBudgetInputSchema: schema(seeds.programBudget),
  programTranches: one(programTranchesSeed),
  ProgramTranchesInputSchema: schema(programTranchesSeed),
  villageAllocation: one(seeds.villageAllocation),
  VillageAllocationInputSchema: schema(seeds.villageAllocation),

  // jamsostek/payroll
  constructionContribution: one(seeds.constructionContribution),
  ConstructionContributionInputSchema: schema(seeds.constructionContribution),
  jpWageCapIndexation: one(seeds.jpWageCapIndexation),
  JpWageCapIndexationInputSchema: schema(seeds.jpWageCapIndexation),
  migrantWorkerContribution: one(seeds.migrantWorkerContribution),
  MigrantWorkerContributionInputSchema: schema(seeds.migrantWorkerContribution),
  payrollMonth: one(seeds.payrollMonth),
  PayrollMonthInputSchema: schema(seeds.payrollMonth),
  puContribution: one(seeds.puContribution),
  PuContributionInputSchema: schema(seeds.puContribution),
  puContributionSchedule: { ...one(seeds.puContributionSchedule), runs: 0.5 },
  PuContributionScheduleInputSchema: schema(seeds.puContributionSchedule),
  puWageBase: one(seeds.puWageBase),
  PuWageBaseInputSchema: schema(seeds.puWageBase),

  jkkRiskGroup: one(riskGroupSeed),
  JkkRiskGroupInputSchema: schema(riskGroupSeed),

  // jamsostek/period
  addDays: { args: positional(date, fc.integer({ min: -100_000, max: 100_000 })) },
  addMonths: { args: positional(month, fc.integer({ min: -3000, max: 3000 })) },
  addYears: { args: positional(date, fc.integer({ min: -250, max: 250 })) },
  ageOn: { args: positional(birthDate, date) },
  asIsoDate: { args: positional(date) },
  asYearMonth: { args: positional(month) },
  calendarMonthsBetween: { args: positional(date, date) },
  daysInMonth: { args: positional(year, fc.integer({ min: 0, max: 13 })) },
  eachMonth: { args: positional(range) },
  firstDayOf: { args: positional(month) },
  isIsoDate: { args: positional(date) },
  isYearMonth: { args: positional(month) },
  monthCount: { args: positional(range) },
  monthFromIndex: { args: positional(fc.integer({ min: 1890 * 12, max: 2110 * 12 })) },
  monthIndex: { args: positional(month) },
  monthOf: { args: positional(date) },

  // jamsostek/roster
  createRosterAccumulator: {
    args: fc.tuple(mutated(seeds.rosterOptions), fc.array(orHostile(rosterRow), { maxLength: 8 })),
    call: (create, [options, rows]) => {
      const acc = create(options) as { add(row: unknown): void; finish(): unknown };
      for (const row of rows as unknown[]) acc.add(row);
      return acc.finish();
    },
  },
  mergeRosterSummaries: { args: fc.array(orHostile(rosterSummary), { maxLength: 3 }) },
  processRoster: {
    args: positional(
      fc.oneof(
        rosterRows,
        rosterRows.map((rows) => new FreshIterable(rows, true)),
      ),
      seeds.rosterOptions,
    ),
  },
  processRosterSync: { args: positional(rosterRows, seeds.rosterOptions) },
  readCsvRows: {
    args: positional(
      csvSource,
      record({ separator: fc.constantFrom(';', ',', '\t'), columns: fc.constant({ nama: 'name' }) }, []),
    ),
  },
  RosterOptionsSchema: schema(seeds.rosterOptions),
  combineRosters: {
    args: positional(fc.array(orHostile(rosterList), { maxLength: 3 })),
  },
  diffRosters: { args: positional(rosterRows, rosterRows, record({ key: fc.constantFrom('nik') }, [])) },
  rosterFieldOf: {
    args: positional(
      fc.oneof(fc.constantFrom('Sumber Dana', 'sumber_dana', 'NIK', 'nama', '__proto__'), fc.string()),
    ),
  },

  // jamsostek/xlsx
  readXlsxRows: {
    args: positional(xlsxBytes, record({ sheet: fc.string({ maxLength: 8 }) }, [])),
    runs: 0.2,
  },
  writeRosterReport: {
    args: positional(rosterSummary, record({ lang }, [])),
    runs: 0.1,
  },

  // jamsostek/rulebook
  createRulebook: {
    args: positional(fc.constantFrom('mine', ''), series),
    codes: ['INVALID_RULEBOOK', 'INVALID_INPUT'],
  },
  findRule: { args: positional(rulebook, ruleId, fc.oneof(month, date)) },
  isRulebook: { args: positional(fc.oneof(rulebook, fc.constant({ ...RULEBOOKS.official }))) },
  ruleAt: { args: positional(rulebook, ruleId, fc.oneof(month, date)) },
  weakestConfidence: { args: positional(fc.array(confidence, { maxLength: 5 })) },
  withRules: {
    args: positional(rulebook, fc.array(overlay, { maxLength: 2 }), fc.constantFrom('what-if', '')),
    codes: ['INVALID_RULEBOOK', 'INVALID_INPUT'],
  },

  // jamsostek/rulebook (the rulebook as data)
  exportRulebook: {
    args: oneObject(
      record(
        {
          format: fc.constantFrom('json', 'csv'),
          at: fc.oneof(month, date),
          idPrefix: fc.constantFrom('bpu.', 'jkm.', '', 'x'),
          rulebook,
        },
        ['format'],
      ),
    ),
    runs: 0.2,
  },

  // jamsostek/sql
  bpuRateTable: {
    args: oneObject(
      fc.tuple(range, record({ programs: bpuPrograms, rulebook }, [])).map(([r, o]) => ({ ...r, ...o })),
    ),
    runs: 0.2,
  },
  bpuPricingSql: {
    args: oneObject(
      fc
        .tuple(
          range,
          record(
            {
              ...premiumOptions,
              declaredIncome: rupiah,
              dialect: fc.constantFrom('duckdb', 'ansi'),
              rosterTable: fc.constantFrom('roster', 'dw.bpjs.roster', 'roster; DROP TABLE x'),
              rateTable: fc.constantFrom('bpu_rates', 'r', '"rates"'),
            },
            [],
          ),
        )
        .map(([r, o]) => ({ ...r, ...o })),
    ),
    runs: 0.2,
  },

  // jamsostek/testing
  syntheticRoster: {
    args: positional(
      record(
        {
          count: fc.nat(50),
          seed: fc.integer(),
          regions: fc.array(regionCode, { minLength: 1, maxLength: 3 }),
          fundingSources: fc.array(fundingSource, { minLength: 1, maxLength: 3 }),
          incomes: fc.array(rupiah, { minLength: 1, maxLength: 3 }),
          start: month,
          corruptRate: fc.double({ min: 0, max: 1, noNaN: true }),
        },
        ['count'],
      ),
    ),
  },
};
