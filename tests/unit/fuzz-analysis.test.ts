/**
 * Property-based tests over the text pipeline after extraction: segmentation (`splitSentences`), sentence
 * analysis (`analyzeSentence`), pair judging (`judgeSentences`) and the whole analyzer. Page text is
 * written by strangers, so whatever it holds, nothing throws, offsets stay inside the text, every
 * visible character lands in a sentence, and verdicts keep their contract (a score in 0–1, differences
 * exactly for conflicts). Run counts are modest; a failure prints the seed that replays it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';
import { splitSentences } from '../../src/extract/sentences';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { judgeSentences } from '../../src/stance/judge';

/** News-like pieces: actors, offices, numbers, dates, negation, quotes, abbreviations and hostile characters. */
const PIECES = [
  'the Biden administration',
  'US President Donald Trump',
  'Italian Prime Minister Giorgia Meloni',
  'Zelensky',
  'NATO',
  'Kyiv',
  'proposed',
  'would not',
  'never',
  'might',
  'deny',
  'said',
  'told AFP',
  'according to a source',
  'a framework',
  'security guarantees',
  '10,000 to 30,000 troops',
  '37%',
  '$411 billion',
  'on 16 August 2025',
  'last week',
  'since June',
  'ground troops',
  'Article 5',
  'U.S.',
  'Mr.',
  'No.',
  'Dr.',
  'e.g.',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  ',',
  ';',
  ':',
  '—',
  '.',
  '?',
  '!',
  '...',
  '…',
  '\n',
  '\n\n',
  'İstanbul',
  'IĞDIR',
  'ıi',
  '港町の図書館。',
  'المكتبة البلدية.',
  'e\u0301',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\ud800',
  'a'.repeat(300),
  '1'.repeat(50),
  '.'.repeat(40),
  'http://example.org/a?b=c.d',
  'a@b.example',
];

const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(' '));
/** News-like text or any string at all. */
const anyText = fc.oneof(
  newsText,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
const lang = fc.constantFrom('en', 'en-GB', 'ja', 'ar', 'tr', 'zh-Hans', 'x-invalid-!!', '', 'i-klingon');

describe('splitSentences', () => {
  test('spans are in order, inside the text, trimmed, and cover every visible character', () => {
    fc.assert(
      fc.property(anyText, lang, (input, language) => {
        const spans = splitSentences(input, language);
        let covered = 0;
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(span.start, span.end)).toBe(span.text);
          expect(span.text).toBe(span.text.trim());
          expect(span.text).not.toBe('');
          covered += span.text.replace(/\s/g, '').length;
          previousEnd = span.end;
        }
        expect(covered).toBe(input.replace(/\s/g, '').length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyzeSentence and judgeSentences', () => {
  const vectors = defaultWordVectors();
  const context = { vectors, weigh: () => 1 };

  test('analysis never throws and its spans index the sentence', () => {
    fc.assert(
      fc.property(anyText, (sentence) => {
        const analysis = analyzeSentence(sentence);
        for (const span of [
          ...analysis.units,
          ...analysis.actors,
          ...analysis.numbers,
          ...analysis.dates,
          ...analysis.negations,
        ]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(sentence.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every pair gets one of the four verdicts, a score in 0–1, and differences exactly when it conflicts', () => {
    fc.assert(
      fc.property(anyText, anyText, (page, source) => {
        const pageAnalysis = analyzeSentence(page);
        const sourceAnalysis = analyzeSentence(source);
        for (const verdict of [
          judgeSentences(pageAnalysis, sourceAnalysis, context),
          judgeSentences(pageAnalysis, pageAnalysis, context),
        ]) {
          expect(['corroborates', 'conflicts', 'related', 'unrelated']).toContain(verdict.relation);
          expect(verdict.score).toBeGreaterThanOrEqual(0);
          expect(verdict.score).toBeLessThanOrEqual(1);
          expect(verdict.differences.length > 0).toBe(verdict.relation === 'conflicts');
          for (const difference of verdict.differences) {
            expect(difference.pageStart).toBeGreaterThanOrEqual(0);
            expect(difference.pageEnd).toBeLessThanOrEqual(pageAnalysis.text.length);
            expect(difference.sourceStart).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the analyzer over whole random articles', () => {
  const analyzer = createAnalyzer([defaultDataset]);

  test('reports every sentence once, with well-formed matches, and never throws', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const article = articleFromText(paragraphs.join('\n\n'));
        const report = analyzer.analyze(article);
        // A page in a language Provenance does not read (random text can be mostly Arabic) is reported as
        // such, with no sentence checked; any other page has every sentence once.
        const expected = report.supported === false ? [] : article.sentences.map((sentence) => sentence.text);
        expect(report.claims.map((claim) => claim.text)).toEqual(expected);
        if (report.supported === false) expect(report.article.lang).not.toBe('en');
        for (const claim of report.claims) {
          for (const match of [...claim.corroborating, ...claim.conflicting, ...claim.related]) {
            expect(match.score).toBeGreaterThanOrEqual(0);
            expect(match.score).toBeLessThanOrEqual(1);
          }
          for (const match of claim.conflicting) expect(match.differences.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
