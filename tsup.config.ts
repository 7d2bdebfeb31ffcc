import { defineConfig } from 'tsup';

/** The package's entry points: the root (foundation + BPU) and one per domain. */
const entries = ['payroll', 'benefits', 'eligibility', 'funding', 'coverage', 'roster', 'rulebook'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(entries.map((name) => [name, `src/entries/${name}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0', isolatedDeclarations: false } },
  // Shared code goes into chunks for both formats, so that every entry uses the same copy of the core
  // (one JamsostekError class, one rulebook per domain) whether it is imported or required.
  splitting: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
