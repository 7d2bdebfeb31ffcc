/**
 * The built package, as users get it: every section measures `dist/`, never the sources through a
 * TypeScript loader. (`npm run bench` builds first.) The types come from the sources.
 */
import { existsSync } from 'node:fs';

/** The URL of a built entry, `dist/<entry>.js` (`index` for the root). */
export function distUrl(entry: string): URL {
  return new URL(`../../dist/${entry}.js`, import.meta.url);
}

/** Whether the package has the entry (`csv` is the entry of the CSV reader). */
export function hasEntry(entry: string): boolean {
  return existsSync(distUrl(entry));
}

/** Imports a built entry. */
export async function entry<T>(name: string): Promise<T> {
  if (!hasEntry(name)) throw new Error(`dist/${name}.js is missing: run npm run build first`);
  return (await import(distUrl(name).href)) as T;
}

/** The root entry. */
export type Root = typeof import('jamsostek');
/** The payroll entry. */
export type Payroll = typeof import('jamsostek/payroll');
/** The explain entry. */
export type Explain = typeof import('jamsostek/explain');
/** The period entry. */
export type Period = typeof import('jamsostek/period');
/** The roster entry. */
export type Roster = typeof import('jamsostek/roster');
/** The CSV entry. */
export type Csv = typeof import('jamsostek/csv');
/** The testing entry. */
export type Testing = typeof import('jamsostek/testing');
/** The funding entry. */
export type Funding = typeof import('jamsostek/funding');
