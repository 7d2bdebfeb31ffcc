/**
 * The API reference site shows the guides as the children of the two documentation indexes (front
 * matter `children` of docs/index.md and docs/id/index.md): every guide must be listed there, once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function children(index: string): string[] {
  const text = readFileSync(join(root, index), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return [...front.matchAll(/^ {2}"[^"]+": (\S+)$/gm)].map((m) =>
    relative(root, join(root, index, '..', m[1] ?? '')),
  );
}

function markdown(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('docs/api/'));
}

describe('the documentation indexes list every guide', () => {
  it('every docs/**/*.md, CHANGELOG.md and CONTRIBUTING.md is a child of one index, once', () => {
    const listed = [...children('docs/index.md'), ...children('docs/id/index.md')];
    const expected = [
      ...markdown('docs').filter((f) => f !== 'docs/index.md' && f !== 'docs/id/index.md'),
      'CHANGELOG.md',
      'CONTRIBUTING.md',
    ];
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
