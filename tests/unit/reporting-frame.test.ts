/**
 * Whether a sentence asserts its content or reports it (src/stance/reporting-frame.ts), on invented
 * headlines and sentences: a source label, a tail attribution, a verb of saying after the subject, a
 * hedge, quotation marks; and the asset's schema check.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { headlineStyle } from '../../src/stance/headline-style';
import { parseReportingCues } from '../../src/stance/reporting-cues';
import { reportingFrame } from '../../src/stance/reporting-frame';

const frame = (text: string) => reportingFrame(analyzeSentence(text));

describe('how a sentence frames its content', () => {
  test.each([
    ['Harbour ferry to stop running in winter', { attributed: false, speechVerb: false, hedged: false }],
    ['Report: Harbour ferry to stop running in winter', { attributed: true, speechVerb: false, hedged: false }],
    ['Harbour ferry to stop running in winter: source', { attributed: true, speechVerb: false, hedged: false }],
    ['Harbour ferry to stop running in winter, port officials say', { attributed: true, speechVerb: false }],
    ['The harbour ferry will reportedly stop running in winter', { attributed: true, hedged: false }],
    ['Ferry operator says the harbour ferry will stop in winter', { attributed: false, speechVerb: true }],
    ['Ferry operator may have stopped the harbour ferry for winter', { attributed: false, hedged: true }],
    ['Mayor rejects the claims about the harbour ferry in winter', { speechVerb: false }],
    ['Harbour ferry to stop running in winter, leaving islanders stranded', { attributed: false }],
  ])('%s', (text, expected) => {
    expect(frame(text)).toMatchObject(expected);
  });

  test('words in quotation marks are someone else’s; an apostrophe is not a quotation mark', () => {
    expect(frame('Mayor calls the ferry plan “a betrayal of the islands”').quoted).toBe(true);
    expect(frame('The mayor’s ferry plan won’t survive the winter').quoted).toBe(false);
  });
});

describe('the reporting cues asset', () => {
  const valid = {
    format: 'provenance-reporting-cues',
    version: '1',
    sourceWords: ['report'],
    sourceAdverbs: [],
    speechVerbs: [],
    hedges: [],
  };

  test('reads a valid file', () => {
    expect(parseReportingCues(valid).sourceWords).toEqual(['report']);
  });

  test.each([
    [{ ...valid, format: 'other' }, /not a provenance-reporting-cues file/],
    [{ ...valid, hedges: ['May'] }, /hedges must be a list of lower-case/],
    [{ ...valid, speechVerbs: undefined }, /speechVerbs must be a list/],
  ])('refuses a file that is wrong (%#)', (value, error) => {
    expect(() => parseReportingCues(value)).toThrow(error);
  });
});

describe('a sentence written as a headline', () => {
  test.each([
    ['The ferry will stop running in winter.', 0],
    ['Ferry Will Stop Running In Winter', 1],
    ['Ferry will stop running in winter', 0.625], // one of four content words capitalised
  ])('%s → %s', (text, style) => {
    expect(headlineStyle(analyzeSentence(text))).toBeCloseTo(style, 5);
  });
});
