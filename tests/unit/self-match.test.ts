import { describe, expect, test } from 'vitest';
import type { Source } from '../../src/claims/dataset';
import type { Article } from '../../src/extract/article';
import { findSelfSources, normaliseUrl } from '../../src/engine/self-match';

const claims = (texts: string[]) => texts.map((text, i) => ({ id: `c${i}`, text, attribution: null }));
const source = (id: string, texts: string[], url: string | null = null): Source => ({
  id, outlet: id, author: null, publishedTime: null, url, title: null, claims: claims(texts),
});
const article = (text: string, url: string | null = null): Article => ({
  meta: { title: null, byline: null, siteName: null, publishedTime: null, url, lang: 'en' },
  text,
  sentences: [],
});

const report = ['The US proposed a pact.', 'Meloni confirmed the call.', 'Trump ruled out membership.', 'Zelensky is due in Washington.'];

describe('a page never matches itself', () => {
  test('same canonical URL, whatever the scheme, www, query or trailing slash', () => {
    expect(findSelfSources(article('other text', 'https://www.example.org/a/b/?utm=1#x'), [source('s', report, 'http://example.org/a/b')])).toEqual(['s']);
    expect(normaliseUrl('https://WWW.Example.org/a/')).toBe('example.org/a');
  });

  test('essentially the same text: most of the source’s claims verbatim, quotes and spacing aside', () => {
    const page = '“The US   proposed a pact.” Meloni confirmed the call! Trump ruled out membership. Something else.';
    expect(findSelfSources(article(page), [source('s', report)])).toEqual(['s']);
  });

  test('quoting one or two sentences of a source does not make the page that source', () => {
    expect(findSelfSources(article('As reported, the US proposed a pact. Trump ruled out membership.'), [source('s', report)])).toEqual([]);
  });

  test('an article repeating a fact-checked claim word for word keeps the fact-check', () => {
    const factCheck = source('review', ['Drinking lemon water cures cancer.']);
    expect(findSelfSources(article('A viral post says drinking lemon water cures cancer. Doctors disagree.'), [factCheck])).toEqual([]);
  });
});
