/**
 * Parsing the command line of one command, and reading option values.
 *
 * @internal
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Lang, PAYERS, parseRupiah } from 'jamsostek';
import { helpText } from './help.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

/** Options every command takes. */
export const COMMON: Options = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export const BPU_OPTIONS: Options = {
  'funding-source': { type: 'string' },
  // Accepted for the payers, which are funding sources too (see docs/cli.md).
  payer: { type: 'string' },
  sector: { type: 'string' },
  category: { type: 'string' },
  programs: { type: 'string' },
  income: { type: 'string' },
};

/** The parsed command line of one command. */
export interface Parsed {
  readonly command: string;
  readonly values: Values;
  readonly positionals: readonly string[];
  readonly lang: Lang;
}

export function parse(command: string, args: readonly string[], options: Options, positionals = 0): Parsed {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON, ...options },
      allowPositionals: positionals > 0,
      allowNegative: true,
      strict: true,
    }) as { values: Values; positionals: string[] };
  } catch (e) {
    throw new UsageError(
      e instanceof Error ? e.message.replace(/\. To specify.*$/s, '') : String(e),
      command,
    );
  }
  const lang = parsed.values['lang'] ?? 'id';
  if (lang !== 'id' && lang !== 'en') throw new UsageError(`--lang must be id or en, not '${lang}'`, command);
  if (parsed.positionals.length > positionals)
    throw new UsageError(`unexpected argument '${parsed.positionals[positionals]}'`, command);
  return { command, values: parsed.values, positionals: parsed.positionals, lang };
}

/** A string option, or undefined. */
export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** An amount in rupiah (`1000000`, `1.000.000`, `Rp 2,8 miliar`); text that is none is passed on for the library to refuse. */
export function amount(p: Parsed, name: string): number | string | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  try {
    return parseRupiah(v);
  } catch {
    return v;
  }
}

/** A whole number; other text is passed on for the library to refuse with its path. */
export function whole(p: Parsed, name: string): number | string | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** A comma-separated list. */
export function list(p: Parsed, name: string): string[] | undefined {
  return str(p, name)
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `--funding-source`, or `--payer` when it names one of the payers (each is a funding source too). */
export function fundingSource(p: Parsed): string | undefined {
  const source = str(p, 'funding-source');
  const payer = str(p, 'payer');
  if (payer === undefined) return source;
  if (source !== undefined) throw new UsageError('give --funding-source or --payer, not both', p.command);
  if (!(PAYERS as readonly string[]).includes(payer))
    throw new UsageError(
      `--payer takes ${PAYERS.join(', ')}; name any other funding source with --funding-source`,
      p.command,
    );
  return payer;
}

/** Drops undefined values, so that the library sees only what was given. */
export function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Prints the help of a command. */
export function help(io: CliIo, command: string, lang: Lang): number {
  io.stdout.write(helpText(command, lang));
  return EXIT.ok;
}
