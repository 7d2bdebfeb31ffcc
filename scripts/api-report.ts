/**
 * The API report: every export of every entry point with its declaration, as the compiler sees it,
 * one Markdown file per entry under api/. `npm run api` writes the files; test/api-report.test.ts
 * regenerates them in memory and fails on any difference, so that every change to the public surface
 * is reviewed.
 *
 * The report also lists "forgotten" types: types that a public declaration refers to but that no
 * entry exports (a caller could not name them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');

/** The entries of package.json's exports map: `'.'` → src/index.ts, `'./x'` → src/entries/x.ts. */
export function entries(): { name: string; file: string }[] {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(exports)
    .filter((k) => typeof exports[k] === 'object')
    .map((k) =>
      k === '.'
        ? { name: 'jamsostek', file: join(root, 'src', 'index.ts') }
        : { name: `jamsostek/${k.slice(2)}`, file: join(root, 'src', 'entries', `${k.slice(2)}.ts`) },
    );
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function declarationText(decl: ts.Declaration, name: string, checker: ts.TypeChecker): string {
  const sf = decl.getSourceFile();
  if (ts.isFunctionDeclaration(decl)) {
    const copy = ts.factory.updateFunctionDeclaration(
      decl,
      decl.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword),
      decl.asteriskToken,
      decl.name,
      decl.typeParameters,
      decl.parameters,
      decl.type,
      undefined,
    );
    return `${printer.printNode(ts.EmitHint.Unspecified, copy, sf)}`;
  }
  if (ts.isVariableDeclaration(decl)) {
    const type = decl.type
      ? printer.printNode(ts.EmitHint.Unspecified, decl.type, sf)
      : checker.typeToString(checker.getTypeAtLocation(decl), decl, ts.TypeFormatFlags.NoTruncation);
    return `const ${name}: ${type};`;
  }
  if (ts.isClassDeclaration(decl)) {
    const members = decl.members.filter(
      (m) => !(ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
    );
    const copy = ts.factory.updateClassDeclaration(
      decl,
      decl.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword),
      decl.name,
      decl.typeParameters,
      decl.heritageClauses,
      members.map((m) =>
        ts.isConstructorDeclaration(m)
          ? ts.factory.updateConstructorDeclaration(m, m.modifiers, m.parameters, undefined)
          : ts.isMethodDeclaration(m)
            ? ts.factory.updateMethodDeclaration(
                m,
                m.modifiers,
                m.asteriskToken,
                m.name,
                m.questionToken,
                m.typeParameters,
                m.parameters,
                m.type,
                undefined,
              )
            : m,
      ),
    );
    return printer.printNode(ts.EmitHint.Unspecified, copy, sf);
  }
  if (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl)) {
    const modifiers = decl.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword);
    const copy = ts.isInterfaceDeclaration(decl)
      ? ts.factory.updateInterfaceDeclaration(
          decl,
          modifiers,
          decl.name,
          decl.typeParameters,
          decl.heritageClauses,
          decl.members,
        )
      : ts.factory.updateTypeAliasDeclaration(decl, modifiers, decl.name, decl.typeParameters, decl.type);
    return printer.printNode(ts.EmitHint.Unspecified, copy, sf);
  }
  return printer.printNode(ts.EmitHint.Unspecified, decl, sf);
}

function kindOf(decl: ts.Declaration): string {
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isVariableDeclaration(decl)) return 'const';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isInterfaceDeclaration(decl)) return 'interface';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  return ts.SyntaxKind[decl.kind];
}

/** The type names a declaration refers to, resolved to their symbols. */
function referencedSymbols(decl: ts.Node, checker: ts.TypeChecker): ts.Symbol[] {
  const out: ts.Symbol[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) && n.body) {
      for (const p of n.parameters) visit(p);
      if (n.type) visit(n.type);
      for (const t of n.typeParameters ?? []) visit(t);
      return;
    }
    if (ts.isVariableDeclaration(n)) {
      if (n.type) visit(n.type);
      return;
    }
    if (ts.isTypeReferenceNode(n) || ts.isExpressionWithTypeArguments(n)) {
      const target = ts.isTypeReferenceNode(n) ? n.typeName : n.expression;
      let s = checker.getSymbolAtLocation(target);
      if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
      if (s && !(s.flags & ts.SymbolFlags.TypeParameter)) out.push(s);
    }
    if (ts.isTypeQueryNode(n)) return;
    ts.forEachChild(n, visit);
  };
  visit(decl);
  return out;
}

export interface ApiReport {
  /** Markdown per entry name. */
  readonly files: Record<string, string>;
  /** Types referenced by public declarations that no entry exports, with who refers to them. */
  readonly forgotten: readonly string[];
}

/** Builds the report of every entry. */
export function apiReport(): ApiReport {
  const list = entries();
  const program = ts.createProgram(
    list.map((e) => e.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
    },
  );
  const checker = program.getTypeChecker();
  const exported = new Set<ts.Symbol>();
  const perEntry: { name: string; symbols: { name: string; symbol: ts.Symbol }[] }[] = [];
  for (const e of list) {
    const sf = program.getSourceFile(e.file);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) throw new Error(`api-report: cannot read ${e.file}`);
    const symbols = checker
      .getExportsOfModule(moduleSymbol)
      .map((s) => ({
        name: s.name,
        symbol: s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const s of symbols) exported.add(s.symbol);
    perEntry.push({ name: e.name, symbols });
  }
  const forgotten = new Map<string, Set<string>>();
  const files: Record<string, string> = {};
  for (const e of perEntry) {
    const lines = [
      `# API report: \`${e.name}\``,
      '',
      'Generated by `npm run api` from the sources; `npm test` fails when the public surface differs from this file.',
      'Review every change to it: an added export is a promise, a changed or removed one may break callers.',
      '',
      '```ts',
    ];
    for (const { name, symbol } of e.symbols) {
      for (const decl of symbol.declarations ?? []) {
        lines.push(`// ${kindOf(decl)} ${name}`, declarationText(decl, name, checker), '');
        for (const ref of referencedSymbols(decl, checker)) {
          const d = ref.declarations?.[0];
          if (!d?.getSourceFile().fileName.startsWith(join(root, 'src'))) continue;
          if (exported.has(ref)) continue;
          const key = `${ref.name} (${relative(root, d.getSourceFile().fileName)})`;
          if (!forgotten.has(key)) forgotten.set(key, new Set());
          forgotten.get(key)?.add(`${e.name}#${name}`);
        }
      }
    }
    lines.push('```', '');
    files[e.name] = lines.join('\n');
  }
  return {
    files,
    forgotten: [...forgotten].map(([k, users]) => `${k}, used by ${[...users].sort().join(', ')}`).sort(),
  };
}

/** The file of an entry's report. */
export function reportPath(entry: string): string {
  return join(root, 'api', `${entry.replace('/', '.')}.api.md`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { files, forgotten } = apiReport();
  mkdirSync(join(root, 'api'), { recursive: true });
  for (const [entry, text] of Object.entries(files)) writeFileSync(reportPath(entry), text);
  console.log(`api-report: wrote ${Object.keys(files).length} files to api/`);
  if (forgotten.length) {
    console.log('Types referenced by public declarations but exported by no entry:');
    for (const f of forgotten) console.log(`  ${f}`);
  }
}
