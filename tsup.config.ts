import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build, defineConfig, type Options } from 'tsup';

/** The subpath entries, read from package.json's exports map (`./payroll` → src/entries/payroll.ts). */
const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const entries = Object.keys(exports)
  .filter((key) => key !== '.' && typeof exports[key] === 'object')
  .map((key) => key.slice(2));

/**
 * The command line (`bin`): ESM only, with a shebang. It imports the library through the package's own
 * name (`jamsostek/roster` …), so it uses the built entries instead of carrying a copy of them, and
 * nothing of it reaches an app that imports the library.
 */
export const cliOptions: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  external: [/^jamsostek(\/.*)?$/],
  splitting: false,
  dts: false,
  clean: false,
  sourcemap: false,
  silent: true,
  // Not the config file again (it would build the library and this again).
  config: false,
};

/** The JSON Schemas (schemas/, checked against the sources by a test), minified into dist/schemas/. */
function copySchemas(): void {
  mkdirSync('dist/schemas', { recursive: true });
  for (const name of readdirSync('schemas').filter((n) => n.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(`schemas/${name}`, 'utf8'));
    writeFileSync(`dist/schemas/${name}`, JSON.stringify(schema));
  }
}

const library: Options = {
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
  async onSuccess() {
    copySchemas();
    await build(cliOptions);
    chmodSync('dist/cli.js', 0o755);
  },
};

export default defineConfig(library) as Options;
