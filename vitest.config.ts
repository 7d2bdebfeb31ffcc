import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // 'jamsostek' and 'jamsostek/<entry>' resolve to the sources, as tsconfig's paths do.
    alias: [
      { find: /^jamsostek$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^jamsostek\/(\w+)$/,
        replacement: fileURLToPath(new URL('./src/entries/$1.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // src/cli/main.ts only wires process.* to run(); the binary test spawns it.
      exclude: ['src/index.ts', 'src/**/index.ts', 'src/entries/*.ts', 'src/cli/main.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
  },
});
