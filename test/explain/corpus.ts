/**
 * A broad set of results: every kind `explain` renders, with several outcomes each (applied and
 * refused reliefs, eligible and refused benefits, missing optional fields, large counts). The voice
 * test renders all of them in both languages.
 */
import { bpuContribution, bpuContributionSchedule, bpuDiscountStatus } from 'jamsostek';
import {
  disabilityTable,
  jhtBalance,
  jhtWithdrawal,
  jkkBenefit,
  jkmBenefit,
  jkpBenefit,
  jpBenefit,
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
  claimsMetrics,
  coverageGap,
  coverageImpact,
  coveragePath,
  coverageRatio,
  coverageReport,
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
import type { JamsostekResult } from 'jamsostek/explain';
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
  jkkRiskGroup,
  jpWageCapIndexation,
  migrantWorkerContribution,
  payrollMonth,
  puContribution,
  puContributionSchedule,
  puWageBase,
} from 'jamsostek/payroll';
import { combineRosters, diffRosters, processRoster, processRosterSync } from 'jamsostek/roster';

const RPJMN_2029 = { document: 'rpjmn-2025-2029', year: 2029 } as const;

function contributions(): JamsostekResult[] {
  return [
    bpuContribution({ month: '2020-10', declaredIncome: 1_000_000 }), // PP 49/2020 relief
    bpuContribution({ month: '2026-11', declaredIncome: 1_000_000 }), // PP 50/2025 discount
    bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'DBHCHT' }), // refused
    bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, category: 'other' }), // category refused
    bpuContribution({ month: '2027-02', declaredIncome: 1_000_000, sector: 'transport' }),
    bpuContribution({ month: '2025-09', declaredIncome: 2_500_000, programs: ['JKK', 'JKM', 'JHT'] }),
    bpuContribution({ month: '2025-09', declaredIncome: 500_000 }), // raised to the lowest level
    bpuContribution({ month: '2025-09', declaredIncome: 50_000_000 }), // capped at the highest level
    bpuContributionSchedule({ from: '2025-07', to: '2026-06', declaredIncome: 1_000_000 }),
    bpuDiscountStatus({ month: '2026-05' }),
    bpuDiscountStatus({ month: '2026-05', fundingSource: 'APBD' }),
    bpuDiscountStatus({ month: '2026-05', fundingSource: 'self', category: 'other', sector: 'transport' }),
    bpuDiscountStatus({ month: '2026-02' }),
    puContribution({ month: '2025-06', wage: 12_000_000, riskClass: 3, jkpMember: true }),
    puContribution({ month: '2020-09', wage: 5_000_000, riskClass: 5 }), // PP 49/2020 JP deferral
    puContribution({ month: '2025-06', wage: 3_000_000, riskClass: 1, laborIntensiveRelief: true }),
    puContribution({ month: '2027-04', wage: 12_000_000, riskClass: 1 }), // stale JP cap
    puContributionSchedule({ from: '2025-01', to: '2025-03', wage: 12_000_000, riskClass: 1 }),
    puWageBase({ payBasis: 'monthly', month: '2025-01', basicWage: 4_000_000, fixedAllowances: 500_000 }),
    puWageBase({ payBasis: 'daily', month: '2025-01', dailyWage: 150_000 }),
    jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' }),
    payrollMonth({
      month: '2025-06',
      employees: [
        { id: 'A', wage: 5_000_000, riskClass: 1 },
        { id: 'B', wage: 12_000_000, riskClass: 3, jkpMember: true },
        { id: 'C', wage: 3_000_000, riskClass: 5 },
      ],
    }),
    jkkRiskGroup({ business: 'Rumah makan dan minuman', asOf: '2026-01-01' }),
    jkkRiskGroup({ business: 'bengkel motor', asOf: '2026-01-01' }),
    jkkRiskGroup({ business: 'xyz', asOf: '2026-01-01' }),
    migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 30 }),
    migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 9 }),
    constructionContribution({ month: '2020-09', wage: 10_000_000 }),
    constructionContribution({ month: '2025-06', contractValue: 180_000_000_000 }),
  ];
}

function benefits(): JamsostekResult[] {
  const jkm = {
    eventDate: '2025-06-01',
    segment: 'PU',
    membershipStart: '2020-01-01',
    contributionMonths: 65,
  } as const;
  const pu = { eventDate: '2026-03-10', segment: 'PU', wage: 5_000_000 } as const;
  const jkp = {
    eventDate: '2025-06-10',
    reason: 'dismissal',
    contract: 'open-ended',
    wage: 8_000_000,
    contributions: [{ from: '2023-01', to: '2025-05' }],
  } as const;
  const member = { birthDate: '1971-03-10', monthCount: 192, averageIndexedWage: 5_000_000 } as const;
  return [
    jkmBenefit(jkm),
    jkmBenefit({ ...jkm, heirs: false }),
    jkmBenefit({ ...jkm, workRelated: true }),
    jkmBenefit({ ...jkm, segment: 'BPU', arrearsMonths: 4 }),
    jkmBenefit({ ...jkm, segment: 'BPU', arrearsMonths: 2, children: [{ birthDate: '2015-01-01' }] }),
    jkmBenefit({ ...jkm, arrearsMonths: 5, children: [{ birthDate: '2015-01-01', level: 'SMP' }] }),
    jkmBenefit({ ...jkm, segment: 'BPU', membershipStart: '2025-05-01', contributionMonths: 1 }),
    jkkBenefit({
      ...pu,
      transport: { land: 1, sea: 1, air: 1 },
      stmbMonths: 13,
      disabilities: [
        { row: 'thumb', side: 'left', leftHanded: true, functionLost: '0.25' },
        { row: 'smell' },
      ],
      homeCare: { monthCount: 13, cost: 1 },
      devices: { dentures: 1, hearingAid: 1, glasses: 1 },
      totalDisability: true,
      children: [{ birthDate: '2010-01-01', stopDate: '2026-01-01' }],
      arrearsMonths: 5,
    }),
    jkkBenefit({ ...pu, death: true, claimJkm: true, claimDate: '2040-01-01' }),
    jkkBenefit({ ...pu, wage: 300_000, death: true }),
    jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1_000_000, arrearsMonths: 5 }),
    scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'non-work-death',
      contributionMonths: 40,
      children: [
        { birthDate: '2005-01-01', level: 'university' },
        { birthDate: '2012-01-01', stopDate: '2030-01-01' },
      ],
    }),
    scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'total-disability',
      children: [{ birthDate: '2024-01-01' }],
    }),
    scholarshipSchedule({
      eventDate: '2018-06-01',
      cause: 'non-work-death',
      contributionMonths: 10,
      children: [],
    }),
    disabilityTable({ asOf: '2025-06-01' }),
    jkpBenefit(jkp),
    jkpBenefit({ ...jkp, reason: 'resignation' }),
    jkpBenefit({ ...jkp, contributions: [{ from: '2025-01', to: '2025-05' }] }),
    jhtBalance({
      asOf: '2026-12-31',
      contributions: [{ from: '2024-01', to: '2026-12', wage: 5_000_000 }],
      yields: [
        { year: 2024, rate: '0.06' },
        { year: 2025, rate: '0.06' },
        { year: 2026, rate: '0.06' },
      ],
    }),
    jhtWithdrawal({ event: 'retirement', birthDate: '1970-02-14', asOf: '2026-03-01', balance: 1_250_000 }),
    jhtWithdrawal({ event: 'retirement', birthDate: '1980-02-14', asOf: '2026-03-01', balance: 1 }),
    jhtWithdrawal({ event: 'dismissal', eventDate: '2026-03-31', asOf: '2026-04-15', balance: 1 }),
    jhtWithdrawal({
      event: 'leaving-indonesia',
      eventDate: '2026-01-01',
      asOf: '2026-02-01',
      balance: 1,
      citizenship: 'WNI',
    }),
    jhtWithdrawal({
      event: 'leaving-indonesia',
      eventDate: '2026-01-01',
      asOf: '2026-02-01',
      balance: 1,
      citizenship: 'WNA',
    }),
    jhtWithdrawal({
      event: 'partial',
      purpose: 'housing',
      membershipStart: '2010-01-01',
      asOf: '2026-02-01',
      balance: 45_000_000,
    }),
    jhtWithdrawal({
      event: 'partial',
      purpose: 'other',
      membershipStart: '2024-01-01',
      asOf: '2026-02-01',
      balance: 1,
    }),
    jpBenefit({ ...member, kind: 'old-age', asOf: '2032-04-01' }),
    jpBenefit({ ...member, kind: 'old-age', asOf: '2031-04-01' }),
    jpBenefit({
      kind: 'old-age',
      birthDate: '1968-05-20',
      asOf: '2027-06-01',
      contributions: [{ from: '2017-06', to: '2027-05', wage: 20_000_000 }],
      inflation: [],
      yields: Array.from({ length: 11 }, (_, i) => ({ year: 2017 + i, rate: '0.05' })),
    }),
    jpBenefit({
      kind: 'disability',
      birthDate: '1980-01-01',
      eventDate: '2026-06-15',
      membershipStart: '2020-06-01',
      contributions: [{ from: '2020-06', to: '2026-05', wage: 20_000_000 }],
      inflation: Array.from({ length: 6 }, (_, i) => ({ year: 2020 + i, rate: '0.02' })),
    }),
    ...(['spouse', 'child', 'parent'] as const).map((beneficiary) =>
      jpBenefit({
        kind: 'survivor',
        beneficiary,
        birthDate: '1950-01-01',
        eventDate: '2026-01-15',
        pensionInPayment: 2_000_000,
      }),
    ),
  ];
}

function eligibility(): JamsostekResult[] {
  const bpu = { birthDate: '1990-01-01', segment: 'BPU' } as const;
  return [
    programEligibility({ worker: bpu, criteria: { fundingSource: 'self' }, asOf: '2026-05-01' }),
    programEligibility({ worker: bpu, criteria: { fundingSource: 'BKBK' }, asOf: '2026-05-01' }),
    programEligibility({
      worker: { ...bpu, bpuCategory: 'other' },
      criteria: { fundingSource: 'self' },
      asOf: '2026-05-01',
    }),
    programEligibility({ worker: bpu, criteria: { fundingSource: 'self' }, asOf: '2025-05-01' }),
    programEligibility({
      worker: {
        birthDate: '1960-01-01',
        segment: 'PU',
        enterpriseSize: 'small',
        citizenship: 'WNA',
        workStartInIndonesia: '2026-01-01',
        sector: 'other',
        fundedBy: ['dbh-sawit'],
        activeParticipant: true,
      },
      criteria: {
        fundingSource: 'APBD',
        programs: ['JKK', 'JKM', 'JP', 'JKP'],
        segments: ['BPU'],
        bpuCategories: ['self-employed'],
        sectors: ['transport'],
        maxDtsenDecile: 3,
        age: { min: 70 },
        regions: ['35.09'],
      },
      asOf: '2026-05-01',
    }),
    programEligibility({
      worker: { ...bpu, region: '35.10', dtsenDecile: 7, bpuCategory: 'employer', sector: 'other' },
      criteria: {
        fundingSource: 'DBH sawit',
        regions: ['35.09', '35.11'],
        maxDtsenDecile: 4,
        bpuCategories: ['self-employed'],
        sectors: ['transport'],
        age: { max: 30 },
      },
      asOf: '2026-05-01',
    }),
    pensionAge({ asOf: '2015-07-01' }),
    pensionAge({ asOf: '2043-01-01' }),
    segmentPrograms({ segment: 'BPU', asOf: '2016-01-01' }),
    ...ENTERPRISE_SIZES.map((enterpriseSize) =>
      segmentPrograms({ segment: 'PU', enterpriseSize, asOf: '2026-01-01' }),
    ),
    rosterScreening({
      rows: [bpu, { ...bpu, dtsenDecile: 9 }, {}, { ...bpu, region: '35.10' }],
      criteria: { fundingSource: 'DBH sawit', maxDtsenDecile: 4, regions: ['35.09'] },
      asOf: '2026-05-01',
    }),
  ];
}

function coverage(): JamsostekResult[] {
  return [
    coverageRatio({ covered: 323739, workingPopulation: 1480981 }),
    programShare({ programParticipants: 82093, covered: 323739 }),
    coverageImpact({ after: 323739, programParticipants: 82093, workingPopulation: 1480981 }),
    coverageImpact({ before: 241646, programParticipants: 82093, workingPopulation: 1480981 }),
    coverageTarget({ document: 'rpjpn-2025-2045', year: 2045 }),
    coverageGap({ covered: 323739, workingPopulation: 1480981, target: RPJMN_2029 }),
    coverageGap({ covered: 4336959, workingPopulation: 14531668, target: '0.25' }),
    coverageGap({ covered: 900_000, workingPopulation: 1_000_000, target: '0.25' }),
    coveragePath({ covered: 323739, workingPopulation: 1480981, fromYear: 2025, target: RPJMN_2029 }),
    coverageReport({
      region: '35.09',
      covered: 323739,
      workingPopulation: 1480981,
      programParticipants: 82093,
      target: RPJMN_2029,
      asOf: '2025-11-30',
    }),
    coverageReport({ covered: 4336959, workingPopulation: 14531668, target: '0.25', year: 2023 }),
    claimsMetrics({
      total: 51_570_000_000,
      beneficiaries: 1573,
      programs: [
        { program: 'JKM', amount: 49_440_000_000, unitAmount: 42_000_000, beneficiaries: 1177 },
        { program: 'JKK', amount: 1_040_000_000 },
      ],
    }),
    benefitToPremiumRatio({ benefits: 17_800_000_000, premiums: 16_549_948_800 }),
  ];
}

function funding(): JamsostekResult[] {
  return [
    programBudget({
      fundingSource: 'APBD',
      cohorts: [
        { workers: 82_093, from: '2026-01', to: '2026-12' },
        { workers: 5, from: '2026-01', to: '2026-12', fundingSource: 'self', category: 'employer' },
        { workers: 1_500, startDate: '2026-03-15', to: '2026-12', fundingSource: 'Dana Desa' },
        { name: 'sawit', workers: 829, from: '2026-01', to: '2026-12', fundingSource: 'DBH sawit' },
      ],
    }),
    programBudget({ fundingSource: 'self', cohorts: [{ workers: 12_000, from: '2026-01', to: '2026-12' }] }),
    programTranches({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 28_448, from: '2025-07', to: '2025-12' }],
      tranches: [
        { from: '2025-07', to: '2025-09' },
        { from: '2025-10', to: '2025-12' },
      ],
    }),
    budgetCapacity({ budget: 15_620_000_000, from: '2026-01', to: '2026-12', fundingSource: 'BKBK' }),
    budgetCapacity({ budget: 1_000_000, from: '2026-03', to: '2026-04', fundingSource: 'self' }),
    budgetDuration({ budget: 4_000_000_000, workers: 25_000, from: '2026-03', fundingSource: 'BKBK' }),
    budgetReconciliation({
      budget: 2_800_000_000,
      workers: 28_448,
      to: '2025-12',
      fundingSource: 'DBHCHT',
    }),
    budgetReconciliation({ budget: 100_800, workers: 1, to: '2026-12', fundingSource: 'self' }),
    fundingSplit({
      total: 16_549_948_800,
      parts: [
        { fundingSource: 'DBHCHT', share: '0.45' },
        { label: 'CSR Bank Jatim', fundingSource: 'CSR', amount: 1_500_000_000 },
        { fundingSource: 'ADD', weight: 1 },
        { fundingSource: 'other', weight: 2 },
      ],
    }),
    villageAllocation({
      villages: 1_562,
      grantPerVillage: 100_000_000,
      share: '0.1',
      workersPerVillage: 50,
      from: '2026-01',
      to: '2026-12',
      fundingSource: 'BKBK',
    }),
    villageAllocation({
      villages: 2,
      grantPerVillage: 100_000_000,
      share: '0.1',
      from: '2026-01',
      to: '2026-12',
      fundingSource: 'Dana Desa',
    }),
  ];
}

function calendar(): JamsostekResult[] {
  const owed = (['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'] as const).map((month) => ({
    month,
    fundingSource: 'APBD' as const,
    amount: 477_926_400,
    workers: 28_448,
  }));
  return [
    contributionDueDate({ segment: 'PU', month: '2025-07' }),
    contributionDueDate({ segment: 'PU', month: '2026-04' }),
    contributionDueDate({ segment: 'PU', month: '2026-04', jointLeave: 'holiday' }),
    contributionDueDate({ segment: 'PU', month: '2020-09', jointLeave: 'holiday' }),
    contributionDueDate({ segment: 'BPU', month: '2028-01' }),
    contributionDueDateSchedule({ segment: 'PU', from: '2020-07', to: '2021-03' }),
    lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-05-10' }),
    lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-02-17' }),
    lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-02-10' }),
    lateFine({
      segment: 'PU',
      month: '2026-01',
      contribution: 1_000_000,
      paidOn: '2026-05-10',
      employerType: 'state',
    }),
    lateFine({ segment: 'PU', month: '2026-04', byProgram: { JKK: 1, JP: 2 }, paidOn: '2026-06-16' }),
    bpuStanding({
      from: '2026-01',
      payments: [{ month: '2026-01', paidOn: '2026-01-20' }],
      asOf: '2026-03-01',
    }),
    bpuStanding({ from: '2026-01', payments: [], asOf: '2026-06-01' }),
    programStanding({
      owed,
      payments: [
        { month: '2026-01', amount: 477_926_400, fundingSource: 'APBD', paidOn: '2026-01-10' },
        { month: '2026-02', amount: 477_926_400, fundingSource: 'APBD', paidOn: '2026-02-17' },
        { month: '2026-03', amount: 477_926_400, fundingSource: 'APBD', paidOn: '2026-04-01' },
        { month: '2026-04', amount: 1_000_000, fundingSource: 'APBD', paidOn: '2026-04-01' },
      ],
      asOf: '2026-05-01',
    }),
    programStanding({ owed: owed.map(({ workers: _, ...o }) => o), payments: [], asOf: '2026-09-01' }),
    reconcilePayments({
      owed,
      paid: [
        { from: '2026-01', to: '2026-02', amount: 955_000_000, fundingSource: 'APBD', paidOn: '2026-03-01' },
        {
          month: '2026-03',
          amount: 500_000_000,
          fundingSource: 'APBD',
          paymentCode: '12345678901',
          paidOn: '2026-03-01',
        },
      ],
    }),
  ];
}

async function rosters(): Promise<JamsostekResult[]> {
  const rows = [
    { nik: '3509010101800001', declaredIncome: 1_000_000, fundingSource: 'DBHCHT', cohort: 'Ajung' },
    { nik: '3509010505750002', declaredIncome: 1_000_000, fundingSource: 'self' },
    { nik: '3509010909900003', declaredIncome: 1_000_000, fundingSource: 'APBD', from: '2025-10' },
    { nik: '3509010101800001', declaredIncome: 1_000_000, fundingSource: 'APBD' },
    { nik: '35090101018', declaredIncome: 'abc', fundingSource: 'APBD' },
    { nik: '3509010303880004', declaredIncome: 1_000_000, fundingSource: 'APBD', payer: 'APBD' },
    {
      nik: '3509010202500006',
      declaredIncome: 1_000_000,
      fundingSource: 'other',
      birthDate: '1950-02-02',
      dtsenDecile: 8,
    },
  ];
  const plain = processRosterSync(rows, {
    from: '2025-07',
    to: '2025-12',
    eligibility: { asOf: '2025-07-01', criteria: { maxDtsenDecile: 4, fundingSource: 'APBD' } },
  });
  const lists = await processRoster(
    combineRosters([
      { name: 'Dinas Sosial', rows: rows.slice(0, 3) },
      { name: 'Disnaker', rows: rows.slice(3) },
    ]),
    { from: '2026-01', to: '2026-06' },
  );
  const previous = [
    { nik: '3509010101800001', declaredIncome: '1.000.000', region: '35.09.01', fundingSource: 'APBD' },
    { nik: '3509010101800003', declaredIncome: 1_000_000, region: '35.09.01', cohort: 'Ajung' },
  ];
  const next = [
    { nik: '3509010101800001', declaredIncome: 1_500_000, region: '35.09.02', fundingSource: 'APBD' },
    { nik: '3509010101800004', declaredIncome: 1_500_000 },
    { nik: 'bad' },
  ];
  return [plain, lists, await diffRosters(previous, next)];
}

/** Every kind of result, with several outcomes each. */
export async function explainCorpus(): Promise<JamsostekResult[]> {
  return [
    ...contributions(),
    ...benefits(),
    ...eligibility(),
    ...coverage(),
    ...funding(),
    ...calendar(),
    ...(await rosters()),
  ];
}
