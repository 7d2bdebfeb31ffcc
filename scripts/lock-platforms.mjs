#!/usr/bin/env node
// Completes package-lock.json with the platform binaries of other operating systems.
//
// Some registries serve only the binaries of the platform that installs (for example only the Linux
// builds of Biome and Rollup). `npm install` then writes a lock file without the other platforms'
// optional packages, and `npm ci` refuses it as out of sync. This script adds one lock entry per
// missing optional platform package, copied from an installed sibling and marked with the os/cpu/libc
// its name states, so `npm ci` skips it on every other platform without fetching it.
//
// Run after `npm install` whenever the lock file changes: `node scripts/lock-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'openbsd', 'openharmony', 'win32', 'linux'];
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
};

function platformOf(name) {
  const base = name.split('/').pop();
  const parts = base.split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu =
    Object.keys(CPU).find((c) => parts.includes(c)) ??
    (parts.includes('eabi') || parts.includes('gnueabihf') || parts.includes('musleabihf')
      ? 'arm'
      : undefined);
  const libc = os === 'linux' ? (base.includes('musl') ? 'musl' : 'glibc') : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [key, pkg] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (packages[target]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os || !cpu) continue;
    if (!/^\d+\.\d+\.\d+$/.test(spec)) continue;
    const sibling = Object.keys(pkg.optionalDependencies)
      .map((d) => packages[`node_modules/${d}`])
      .find(Boolean);
    const entry = { version: spec, cpu: [cpu] };
    if (sibling?.dev || pkg.dev) entry.dev = true;
    if (libc) entry.libc = [libc];
    if (sibling?.license) entry.license = sibling.license;
    entry.optional = true;
    entry.os = [os];
    if (sibling?.engines) entry.engines = sibling.engines;
    packages[target] = entry;
    added++;
    void key;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);
