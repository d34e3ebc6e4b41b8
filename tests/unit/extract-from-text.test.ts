import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../src/extract/from-text';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedsExist = existsSync(seedsDir);

describe('articleFromText', () => {
  test.each([
    [
      'a headline becomes the title and leaves the body',
      'Allies weigh guarantees\n\nTalks began. They went on.',
      'Allies weigh guarantees',
      'Talks began. They went on.',
    ],
    [
      'a first line ending in a period is body text',
      'By using this site, you agree to the terms.\nAccept',
      null,
      'By using this site, you agree to the terms.\n\nAccept',
    ],
    [
      'a first line of 200 characters or more is body text',
      `${'long '.repeat(41)}\nNext`,
      null,
      `${'long '.repeat(41).trim()}\n\nNext`,
    ],
    ['leading blank lines are skipped', '\n\n  Headline here  \nBody.', 'Headline here', 'Body.'],
    [
      'each line is a paragraph, whitespace collapsed, CRLF handled',
      'Title\r\n  One  line.\r\n\r\n\tTwo\u00a0lines.',
      'Title',
      'One line.\n\nTwo lines.',
    ],
  ])('%s', (_name, text, title, body) => {
    const article = articleFromText(text);
    expect(article.meta.title).toBe(title);
    expect(article.text).toBe(body);
  });

  test('given metadata is kept; a given title keeps the first line in the body', () => {
    const article = articleFromText('Some line\nBody.', {
      title: 'Known title',
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article.meta).toEqual({
      title: 'Known title',
      byline: null,
      siteName: null,
      publishedTime: null,
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article.text).toBe('Some line\n\nBody.');
  });

  test('sentences are anchored into the text', () => {
    const article = articleFromText(
      'Headline\nU.S. President Donald Trump spoke. Mr. Putin listened.\nNo. Rutte said so.',
    );
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'U.S. President Donald Trump spoke.',
      'Mr. Putin listened.',
      'No.',
      'Rutte said so.',
    ]);
    for (const sentence of article.sentences) {
      expect(article.text.slice(sentence.anchor.start, sentence.anchor.end)).toBe(sentence.text);
    }
  });

  test('empty text gives an empty article', () => {
    expect(articleFromText('  \n ')).toEqual({
      meta: { title: null, byline: null, siteName: null, publishedTime: null, url: null, lang: null },
      text: '',
      sentences: [],
    });
  });
});

describe.skipIf(!seedsExist)(
  seedsExist ? 'articleFromText on the seed articles' : 'seed articles (skipped: ../shared/seeds not present)',
  () => {
    const seed = (prefix: string) => {
      const file = readdirSync(seedsDir).find((name) => name.startsWith(`${prefix}_`) && name.endsWith('.txt'));
      if (!file) throw new Error(`no seed ${prefix} in ${seedsDir}`);
      return articleFromText(readFileSync(path.join(seedsDir, file), 'utf8'));
    };
    const sentencesOf = (prefix: string): string[] => seed(prefix).sentences.map((sentence) => sentence.text);

    test('seed 000 keeps the AFP attribution sentence whole', () => {
      const sentence = sentencesOf('000').find((text) =>
        text.startsWith('According to a high-level diplomatic source speaking to AFP'),
      );
      expect(sentence).toBe(
        'According to a high-level diplomatic source speaking to AFP on condition of anonymity, the Biden administration has proposed a framework that would provide Kyiv with defense commitments strikingly similar to NATO’s Article 5 collective defense principle.',
      );
    });

    test('seed 004 keeps the "boots on the ground" sentence whole, and "No." is its own sentence', () => {
      const sentences = sentencesOf('004');
      expect(sentences).toContain(
        'A key takeaway from these meetings was the explicit assurance that these security guarantees would not involve Western “boots on the ground” in Ukraine, a crucial point likely aimed at managing escalation risks with Moscow.',
      );
      expect(sentences).toContain('No.');
      expect(sentences).toContain(
        'Rutte explicitly stated that the discussions on security guarantees did not include any talk of putting “boots on the ground” in Ukraine.',
      );
      expect(sentences).toContain(
        'The context for these high-stakes negotiations is a whirlwind of diplomatic activity following a summit between U.S. President Donald Trump and Vladimir Putin in Alaska.',
      );
    });

    test('seed 001’s headline is its title; seed 000’s cookie notice is not', () => {
      expect(seed('001').meta.title).toBe(
        'US Proposes NATO-Style Joint Defense Guarantees for Ukraine – A Turning Point in Western Strategy',
      );
      expect(seed('000').meta.title).toBeNull();
    });

    test('every seed: anchors quote their sentence', () => {
      for (const prefix of ['000', '001', '002', '003', '004']) {
        const article = seed(prefix);
        expect(article.sentences.length).toBeGreaterThan(5);
        for (const sentence of article.sentences) {
          expect(article.text.slice(sentence.anchor.start, sentence.anchor.end)).toBe(sentence.text);
        }
      }
    });
  },
);
