/**
 * Every fenced TypeScript block in README.md and docs/, and every `@example` block in the TSDoc of
 * src/ (what the API reference shows), is type-checked against the library's source, so the
 * documentation cannot drift from the API.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'api') out.push(...markdownFiles(p));
    } else if (entry.name.endsWith('.md')) out.push(p);
  }
  return out;
}

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function blocks(): Block[] {
  const out: Block[] = [];
  const markdown = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];
  for (const file of [...markdown, ...sourceFiles(join(root, 'src'))]) {
    const text = readFileSync(file, 'utf8').split('\n');
    // In TSDoc the block's lines start with ` * `.
    const lines = file.endsWith('.ts') ? text.map((l) => l.replace(/^\s*\* ?/, '')) : text;
    let start = -1;
    let buf: string[] = [];
    lines.forEach((l, i) => {
      if (start < 0 && /^```(ts|typescript)\s*$/.test(l)) {
        start = i + 1;
        buf = [];
      } else if (start >= 0 && /^```\s*$/.test(l)) {
        out.push({ file: relative(root, file), line: start, code: buf.join('\n') });
        start = -1;
      } else if (start >= 0) buf.push(l);
    });
  }
  return out;
}

describe('documentation code blocks', () => {
  const all = blocks();

  it('finds the blocks of README.md, docs/ and the TSDoc examples of src/', () => {
    expect(all.filter((b) => b.file.endsWith('.md')).length).toBeGreaterThan(3);
    expect(all.filter((b) => b.file.startsWith('src')).length).toBeGreaterThan(100);
  });

  it('type-check against the library', () => {
    const dir = join(root, '.tmp', 'doc-blocks');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = all.map((b, i) => {
      const f = join(dir, `block-${i}.ts`);
      writeFileSync(f, `${b.code}\nexport {};\n`);
      return f;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      // The package's own name would otherwise resolve to dist/ through its exports map.
      paths: {
        jamsostek: [join(root, 'src', 'index.ts')],
        'jamsostek/*': [join(root, 'src', 'entries', '*.ts')],
      },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const i = d.file ? files.indexOf(d.file.fileName) : -1;
      const b = all[i];
      const where = b ? `${b.file} (block at line ${b.line})` : (d.file?.fileName ?? '?');
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);
});
