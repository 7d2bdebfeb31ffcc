/**
 * The command line: parses the arguments of one command, computes, prints the explanation (or the
 * result as JSON), and says with its exit code what failed.
 *
 * @internal
 * @module
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import {
  bpuContribution,
  bpuContributionSchedule,
  type InputIssue,
  isJamsostekError,
  type Lang,
} from 'jamsostek';
import { jkmBenefit } from 'jamsostek/benefits';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import { budgetCapacity, programBudget } from 'jamsostek/funding';
import { puContribution, puContributionSchedule } from 'jamsostek/payroll';
import { exportRulebook, type RulebookExportRow } from 'jamsostek/rulebook';
import {
  amount,
  BPU_OPTIONS,
  defined,
  fundingSource,
  help,
  list,
  type Parsed,
  parse,
  str,
  whole,
} from './args.ts';
import { COMMANDS } from './help.ts';
import { type CliIo, EXIT, FileError, Interrupted, UsageError } from './io.ts';
import { rosterCommand } from './roster.ts';

function premiumOptions(p: Parsed): Record<string, unknown> {
  return defined({
    sector: str(p, 'sector'),
    category: str(p, 'category'),
    programs: list(p, 'programs'),
  });
}

function printResult(io: CliIo, p: Parsed, result: JamsostekResult): number {
  if (p.values['json']) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(`${explain(result, { lang: p.lang }).join('\n')}\n`);
  return EXIT.ok;
}

function needOne(p: Parsed, a: string, b: string): 'a' | 'b' {
  const hasA = p.values[a] !== undefined;
  const hasB = p.values[b] !== undefined;
  if (hasA === hasB) throw new UsageError(`give either --${a} or --${b}`, p.command);
  return hasA ? 'a' : 'b';
}

function bpu(args: readonly string[], io: CliIo): number {
  const p = parse('bpu', args, {
    ...BPU_OPTIONS,
    month: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  if (p.values['help']) return help(io, 'bpu', p.lang);
  const base = defined({
    declaredIncome: amount(p, 'income'),
    fundingSource: fundingSource(p),
    ...premiumOptions(p),
  });
  if (needOne(p, 'month', 'from') === 'a')
    return printResult(io, p, bpuContribution({ ...base, month: str(p, 'month') } as never));
  return printResult(
    io,
    p,
    bpuContributionSchedule({ ...base, from: str(p, 'from'), to: str(p, 'to') } as never),
  );
}

function pu(args: readonly string[], io: CliIo): number {
  const p = parse('pu', args, {
    month: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    wage: { type: 'string' },
    'risk-class': { type: 'string' },
    programs: { type: 'string' },
    'jkp-member': { type: 'boolean' },
    'labor-intensive-relief': { type: 'boolean' },
  });
  if (p.values['help']) return help(io, 'pu', p.lang);
  const base = defined({
    wage: amount(p, 'wage'),
    riskClass: whole(p, 'risk-class'),
    programs: list(p, 'programs'),
    jkpMember: p.values['jkp-member'],
    laborIntensiveRelief: p.values['labor-intensive-relief'],
  });
  if (needOne(p, 'month', 'from') === 'a')
    return printResult(io, p, puContribution({ ...base, month: str(p, 'month') } as never));
  return printResult(
    io,
    p,
    puContributionSchedule({ ...base, from: str(p, 'from'), to: str(p, 'to') } as never),
  );
}

function jkm(args: readonly string[], io: CliIo): number {
  const p = parse('jkm', args, {
    'event-date': { type: 'string' },
    segment: { type: 'string' },
    'membership-start': { type: 'string' },
    'contribution-months': { type: 'string' },
    'arrears-months': { type: 'string' },
    income: { type: 'string' },
    heirs: { type: 'boolean' },
    'work-related': { type: 'boolean' },
  });
  if (p.values['help']) return help(io, 'jkm', p.lang);
  const input = defined({
    eventDate: str(p, 'event-date'),
    segment: str(p, 'segment'),
    membershipStart: str(p, 'membership-start'),
    contributionMonths: whole(p, 'contribution-months'),
    arrearsMonths: whole(p, 'arrears-months'),
    declaredIncome: amount(p, 'income'),
    heirs: p.values['heirs'],
    workRelated: p.values['work-related'],
  });
  return printResult(io, p, jkmBenefit(input as never));
}

function budget(args: readonly string[], io: CliIo): number {
  const p = parse('budget', args, {
    ...BPU_OPTIONS,
    workers: { type: 'string' },
    budget: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  if (p.values['help']) return help(io, 'budget', p.lang);
  const base = defined({
    declaredIncome: amount(p, 'income'),
    fundingSource: fundingSource(p),
    ...premiumOptions(p),
  });
  if (needOne(p, 'workers', 'budget') === 'b')
    return printResult(
      io,
      p,
      budgetCapacity({
        ...base,
        budget: amount(p, 'budget'),
        from: str(p, 'from'),
        to: str(p, 'to'),
      } as never),
    );
  const cohort = defined({ workers: whole(p, 'workers'), from: str(p, 'from'), to: str(p, 'to') });
  return printResult(io, p, programBudget({ ...base, cohorts: [cohort] } as never));
}

function mdCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function rules(args: readonly string[], io: CliIo): number {
  const p = parse('rules', args, {
    at: { type: 'string' },
    format: { type: 'string' },
    id: { type: 'string' },
  });
  if (p.values['help']) return help(io, 'rules', p.lang);
  const format = str(p, 'format') ?? 'md';
  if (format !== 'md' && format !== 'csv' && format !== 'json')
    throw new UsageError(`--format must be md, csv or json, not '${format}'`, 'rules');
  const at = str(p, 'at');
  const prefix = str(p, 'id');
  const options = defined({ at, idPrefix: prefix }) as { at?: never; idPrefix?: string };
  if (format === 'csv') {
    io.stdout.write(exportRulebook({ format: 'csv', ...options }));
    return EXIT.ok;
  }
  const text = exportRulebook({ format: 'json', ...options });
  if (format === 'json' || p.values['json']) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const data = JSON.parse(text) as {
    rulebook: { name: string; version: string; verifiedThrough: string | null };
    rows: RulebookExportRow[];
  };
  const title = p.lang === 'id' ? 'Buku aturan' : 'Rulebook';
  const head =
    p.lang === 'id'
      ? '| id | judul | berlaku | nilai | dasar hukum | keyakinan |'
      : '| id | title | in force | value | citations | confidence |';
  const out = [
    `# ${title} ${data.rulebook.name} ${data.rulebook.version}${at ? ` (${at})` : ''}`,
    '',
    head,
    '|---|---|---|---|---|---|',
    ...data.rows.map(
      (r) =>
        `| ${r.id} | ${mdCell(p.lang === 'id' ? r.title_id : r.title_en)} | ${r.from} … ${r.to ?? ''} | ${mdCell(
          typeof r.value === 'string' ? r.value : JSON.stringify(r.value),
        )} | ${mdCell(r.citations.map((c) => `${c.instrument} ${c.article}`).join('; '))} | ${r.confidence} |`,
    ),
  ];
  io.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}

async function readText(path: string, io: CliIo): Promise<string> {
  if (path === '-') {
    if (!io.stdin) throw new FileError('standard input is not available');
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of io.stdin)
      text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  }
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    throw new FileError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const p = parse('explain', args, {}, 1);
  if (p.values['help']) return help(io, 'explain', p.lang);
  const [path] = p.positionals;
  if (path === undefined)
    throw new UsageError('give the JSON file of a result, or - for standard input', 'explain');
  const text = await readText(path, io);
  let result: unknown;
  try {
    result = JSON.parse(text);
  } catch (e) {
    throw new FileError(`${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  // explain checks that it is a result of the library and lists every problem.
  const lines = explain(result as JamsostekResult, { lang: p.lang });
  if (p.values['json']) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function langOf(args: readonly string[]): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : args[i]?.includes('=') ? args[i]?.slice(7) : args[i + 1];
  return v === 'en' ? 'en' : 'id';
}

function received(v: unknown): string {
  if (v === undefined) return '';
  let text: string;
  try {
    text = typeof v === 'string' ? `'${v}'` : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return ` (received ${text.length > 60 ? `${text.slice(0, 57)}…` : text})`;
}

/** Prints an error and returns its exit code. */
export function report(io: CliIo, error: unknown, lang: Lang): number {
  const label = lang === 'id' ? 'galat' : 'error';
  if (error instanceof UsageError) {
    const more = lang === 'id' ? 'lihat' : 'see';
    const cmd = error.command === 'main' ? 'jamsostek --help' : `jamsostek ${error.command} --help`;
    io.stderr.write(`${label}: ${error.message}\n${more}: ${cmd}\n`);
    return EXIT.usage;
  }
  if (error instanceof FileError) {
    io.stderr.write(`${label}: ${error.message}\n`);
    return EXIT.io;
  }
  if (error instanceof Interrupted) {
    io.stderr.write(`${error.message}\n`);
    return EXIT.interrupted;
  }
  if (isJamsostekError(error)) {
    io.stderr.write(`${label} ${error.code}: ${error.message}\n`);
    const issues: readonly InputIssue[] = error.issues;
    for (const i of issues)
      io.stderr.write(
        `  - ${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}${received(i.received)}\n`,
      );
    return error.code === 'RULE_NOT_IN_FORCE' ? EXIT.notInForce : EXIT.input;
  }
  throw error;
}

/** Runs one command line; resolves to the exit code. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  const lang = langOf(args);
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help')
      return help(io, 'main', lang);
    if (command === '--version') {
      const pkg = createRequire(import.meta.url)('jamsostek/package.json') as { version: string };
      io.stdout.write(`${pkg.version}\n`);
      return EXIT.ok;
    }
    if (command.startsWith('-') && (rest.length === 0 || command.startsWith('--lang'))) {
      if (args.includes('--help') || args.includes('-h')) return help(io, 'main', lang);
    }
    if (!COMMANDS.includes(command)) throw new UsageError(`unknown command '${command}'`, 'main');
    switch (command) {
      case 'bpu':
        return bpu(rest, io);
      case 'pu':
        return pu(rest, io);
      case 'jkm':
        return jkm(rest, io);
      case 'budget':
        return budget(rest, io);
      case 'rules':
        return rules(rest, io);
      case 'explain':
        return await explainCommand(rest, io);
      default:
        return await rosterCommand(rest, io);
    }
  } catch (e) {
    return report(io, e, lang);
  }
}
