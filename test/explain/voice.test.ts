/**
 * One voice per language: every result of the corpus (every kind, several outcomes each) renders in
 * Indonesian and in English with numbers in that language's style only, no unfilled placeholder, no
 * `-` standing for a missing value, no object dump and no vocabulary value in the other language or
 * in its code form.
 */
import { explain } from 'jamsostek/explain';
import { describe, expect, it } from 'vitest';
import { voiceProblems } from '../voice.ts';
import { explainCorpus } from './corpus.ts';

const corpus = await explainCorpus();

describe('explain speaks one language at a time', () => {
  it('the corpus has every kind of result', async () => {
    const { fullCatalog } = await import('../../src/explain/catalog.ts');
    const titles = Object.keys(fullCatalog())
      .filter((c) => c.startsWith('title.'))
      .map((c) => c.slice('title.'.length))
      .sort();
    expect([...new Set(corpus.map((r) => r.kind))].sort()).toEqual(titles);
  });

  for (const lang of ['id', 'en'] as const)
    it.each(corpus.map((r, i) => [i, r.kind, r] as const))(`${lang} #%i %s`, (_i, _kind, result) => {
      expect(voiceProblems(explain(result, { lang }), lang)).toEqual([]);
    });
});
