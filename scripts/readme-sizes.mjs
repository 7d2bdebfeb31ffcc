#!/usr/bin/env node
// Writes the measured size of every entry (npm run size, after npm run build) into the size column of
// README.md's table of entry points, and the size of `bpuContribution` alone into the sentence below it.
// Usage: npm run build && node scripts/readme-sizes.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const results = JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' }));
const kB = (bytes) => `${(bytes / 1000).toFixed(2).replace('.', ',')} kB`;
const byEntry = new Map();
for (const r of results) {
  const m =
    /^'(jamsostek(?:\/\w+)?)'/.exec(r.name) ?? (/^root entry/.test(r.name) ? [null, 'jamsostek'] : null);
  if (m) byEntry.set(m[1], r.size);
}
const bpuOnly = results.find((r) => r.name.startsWith('bpuContribution only'));
let readme = readFileSync('README.md', 'utf8');
readme = readme.replace(/^\| `(jamsostek(?:\/\w+)?)` (\|.*\|) [\d,]+ kB \|$/gm, (line, entry, middle) =>
  byEntry.has(entry) ? `| \`${entry}\` ${middle} ${kB(byEntry.get(entry))} |` : line,
);
if (bpuOnly)
  readme = readme.replace(
    /imports only `bpuContribution` carries [\d,]+ kB/,
    `imports only \`bpuContribution\` carries ${kB(bpuOnly.size)}`,
  );
writeFileSync('README.md', readme);
console.log(`readme-sizes: ${byEntry.size} entries measured`);
