import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The subpath entries, read from package.json's exports map (`./payroll` → src/entries/payroll.ts). */
const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const entries = Object.keys(exports)
  .filter((key) => key !== '.' && typeof exports[key] === 'object')
  .map((key) => key.slice(2));

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
