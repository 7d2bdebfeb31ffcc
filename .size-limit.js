// Size budgets (npm run size): every entry point with its dependencies, minified and brotli-compressed.
// The root entry is the foundation plus BPU contributions and must stay within 30 kB; the domain entries
// have budgets just above their measured size so that growth is noticed.
//
// The ESM build shares code between entries through chunks; an entry also imports some chunks without
// bindings to keep evaluation order. With "sideEffects": false the bundler drops those bare imports
// (the chunks still arrive through the imports that use them) and says so once per import; that notice
// is silenced here, it is not a size problem.
const quiet = (config) => ({ ...config, logOverride: { 'ignored-bare-import': 'silent' } });

const checks = [
  {
    name: "root entry 'jamsostek', everything it exports (ESM, with dependencies)",
    path: 'dist/index.js',
    limit: '30 kB',
  },
  {
    name: 'bpuContribution only (the pekerja-rentan premium)',
    path: 'dist/index.js',
    import: '{ bpuContribution }',
    limit: '24.5 kB',
  },
  {
    name: "bpuContribution with 'jamsostek/explain'",
    path: ['dist/index.js', 'dist/explain.js'],
    import: { 'dist/index.js': '{ bpuContribution }', 'dist/explain.js': '{ explain }' },
    limit: '51.5 kB',
  },
  { name: "'jamsostek/explain' (renders every result)", path: 'dist/explain.js', limit: '38 kB' },
  { name: "'jamsostek/period'", path: 'dist/period.js', limit: '3 kB' },
  { name: "'jamsostek/payroll', everything", path: 'dist/payroll.js', limit: '36.5 kB' },
  { name: "'jamsostek/benefits', everything", path: 'dist/benefits.js', limit: '52 kB' },
  { name: "'jamsostek/eligibility', everything", path: 'dist/eligibility.js', limit: '31 kB' },
  { name: "'jamsostek/funding', everything", path: 'dist/funding.js', limit: '32 kB' },
  { name: "'jamsostek/coverage', everything", path: 'dist/coverage.js', limit: '28 kB' },
  { name: "'jamsostek/roster', everything", path: 'dist/roster.js', limit: '44.5 kB' },
  {
    name: "'jamsostek/csv' (without its optional peer csv-parse)",
    path: 'dist/csv.js',
    ignore: ['csv-parse'],
    limit: '7 kB',
  },
  {
    name: "'jamsostek/xlsx' (without its optional peer hucre)",
    path: 'dist/xlsx.js',
    ignore: ['hucre'],
    limit: '8 kB',
  },
  { name: "'jamsostek/calendar', everything", path: 'dist/calendar.js', limit: '42.5 kB' },
  {
    name: "'jamsostek/rulebook' (the complete official rulebook and its tools)",
    path: 'dist/rulebook.js',
    limit: '35.5 kB',
  },
  { name: "'jamsostek/testing'", path: 'dist/testing.js', limit: '2 kB' },
  { name: "'jamsostek/sql' (BPU rate table and pricing SQL)", path: 'dist/sql.js', limit: '27 kB' },
];

export default checks.map((check) => ({ ...check, modifyEsbuildConfig: quiet }));
