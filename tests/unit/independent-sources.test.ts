/** Republications of one report count once: grouping, counts and their wording, and the engine's use of them. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { ClaimReport, Report } from '../../src/engine/report';
import { addSourceProvenance } from '../../src/engine/source-provenance';
import { extractArticle } from '../../src/extract/extract-article';
import { parseHtmlDocument } from '../../src/node/html-document';
import type { AttributionChain } from '../../src/provenance/attribution-chain';
import { countSources, independentGroup, publisherKey } from '../../src/provenance/independent-sources';
import { outletCountPhrase, sourceCountPhrase, sourceSummary } from '../../src/ui/source-summary';
import { claimReport, sourceMatch } from './support/make-report';

const match = (sourceId: string, publisher: string, reporter: string | null = null, speaker: string | null = null) => ({
  sourceId,
  chain: { speaker, reporter, publisher } satisfies AttributionChain,
});

describe('independent groups', () => {
  test('two outlets relaying one wire report are one group; an outlet’s own report is its own', () => {
    const relayA = match('seed-000', 'Media Wall News', 'AFP', 'a high-level diplomatic source');
    const relayB = match('seed-002', 'The Defense Post', 'AFP', "Italy's premier and a diplomatic source");
    const own = match('seed-001', 'Raja Awais Ali (blog)');
    expect(independentGroup(relayA)).toBe(independentGroup(relayB));
    expect(independentGroup(own)).not.toBe(independentGroup(relayA));
    expect(countSources([relayA, relayB, own])).toEqual({ outlets: 3, independent: 2 });
  });

  test('spellings of one wire, and the wire’s own copy, are one report', () => {
    const ap = [
      match('a', 'The Example Post', 'AP'),
      match('b', 'Another Daily', 'The Associated Press'),
      match('c', 'Associated Press'),
    ];
    expect(countSources(ap)).toEqual({ outlets: 3, independent: 1 });
  });

  test('two claims of one outlet are one outlet; unknown outlets are each their own', () => {
    expect(countSources([match('s', 'The Defense Post', 'AFP'), match('s', 'The Defense Post', 'AFP')])).toEqual({
      outlets: 1,
      independent: 1,
    });
    expect(countSources([match('seed-003', 'Unknown outlet'), match('seed-004', 'Unknown outlet')])).toEqual({
      outlets: 2,
      independent: 2,
    });
    expect(publisherKey(match('seed-003', 'Unknown outlet'))).not.toBe(
      publisherKey(match('seed-004', 'Unknown outlet')),
    );
    expect(publisherKey(match('x', 'The Defense Post'))).toBe(publisherKey(match('y', 'Defense Post')));
  });

  test('a source named only by its title is its own publication, keyed by its id', () => {
    expect(publisherKey(match('seed-003', '“A New Security Framework for Ukraine”'))).toBe('source:seed-003');
    expect(countSources([match('a', '“Same headline”'), match('b', '“Same headline”')])).toEqual({
      outlets: 2,
      independent: 2,
    });
  });

  test('one outlet carrying two wires’ reports is one outlet and two independent sources', () => {
    expect(countSources([match('s', 'The Example Post', 'AFP'), match('s', 'The Example Post', 'Reuters')])).toEqual({
      outlets: 1,
      independent: 2,
    });
  });

  test('nothing matched counts nothing', () => {
    expect(countSources([])).toEqual({ outlets: 0, independent: 0 });
  });
});

describe('how the counts are said', () => {
  test.each([
    ['corroborates', { outlets: 1, independent: 1 }, '1 outlet corroborates'],
    ['corroborates', { outlets: 2, independent: 2 }, '2 outlets corroborate'],
    ['corroborates', { outlets: 3, independent: 1 }, '3 outlets corroborate, 1 independent source'],
    ['corroborates', { outlets: 4, independent: 2 }, '4 outlets corroborate, 2 independent sources'],
    ['conflicts', { outlets: 1, independent: 1 }, '1 outlet conflicts'],
    ['conflicts', { outlets: 2, independent: 1 }, '2 outlets conflict, 1 independent source'],
    ['conflicts', { outlets: 1, independent: 2 }, '1 outlet conflicts, 2 independent sources'],
  ] as const)('%s %j: "%s"', (verdict, count, expected) => {
    expect(sourceCountPhrase(verdict, count)).toBe(expected);
  });

  test('no outlet is no phrase; the summary joins both relations, conflicts first, as far as asked', () => {
    const none = { outlets: 0, independent: 0 };
    expect(sourceCountPhrase('conflicts', none)).toBeNull();
    const counts = { conflicting: { outlets: 1, independent: 1 }, corroborating: { outlets: 3, independent: 1 } };
    expect(sourceSummary(counts)).toBe('1 outlet conflicts · 3 outlets corroborate, 1 independent source');
    expect(sourceSummary(counts, { conflicts: false, corroborates: true })).toBe(
      '3 outlets corroborate, 1 independent source',
    );
    expect(sourceSummary({ conflicting: none, corroborating: counts.corroborating })).toBe(
      '3 outlets corroborate, 1 independent source',
    );
    expect(outletCountPhrase({ outlets: 2, independent: 1 })).toBe('2 outlets, 1 independent source');
  });
});

describe('addSourceProvenance', () => {
  test('gives every match its group and the sentence its counts per relation', () => {
    const afp = (sourceId: string, outlet: string) =>
      sourceMatch({ sourceId, outlet, attribution: 'a diplomatic source speaking to AFP' });
    const { sourceCounts, ...judged } = claimReport(0, 'The US proposed a guarantee.', {
      corroborating: [
        afp('a', 'Media Wall News'),
        afp('b', 'The Defense Post'),
        sourceMatch({ sourceId: 'c', outlet: 'Raja Awais Ali (blog)' }),
      ],
      conflicting: [sourceMatch({ sourceId: 'd', outlet: 'Unknown outlet' })],
    });
    const claim = addSourceProvenance(judged);
    expect(claim.sourceCounts).toEqual({
      corroborating: { outlets: 3, independent: 2 },
      conflicting: { outlets: 1, independent: 1 },
    });
    expect(claim.corroborating.map((m) => m.independentGroup)).toEqual([
      'newsroom:afp',
      'newsroom:afp',
      'newsroom:raja awais ali blog',
    ]);
    expect(sourceCounts).toEqual(claim.sourceCounts);
  });
});

/** The analysis of a seed fixture page, as the extension reads it. */
function analyzeFixture(name: string): Report {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');
  const extracted = extractArticle(parseHtmlDocument(html, `http://127.0.0.1/${name}`));
  if (!extracted.ok) throw new Error(extracted.message);
  return createAnalyzer([defaultDataset]).analyze(extracted.article);
}

describe('the seed report', () => {
  const reports = ['seed-001.html', 'seed-003.html', 'seed-004.html'].map(analyzeFixture);
  const claims: ClaimReport[] = reports.flatMap((report) => report.claims);

  test('every sentence’s counts are its matches’ outlets and groups', () => {
    for (const claim of claims) {
      for (const relation of ['corroborating', 'conflicting'] as const) {
        const matches = claim[relation];
        expect(claim.sourceCounts[relation]).toEqual(countSources(matches));
        for (const m of matches) expect(m.independentGroup).toBe(independentGroup(m));
      }
    }
  });

  test('outlets relaying one AFP report are one independent source in the engine’s counts', () => {
    // Invented reports restating seed 000's list of measures: Example Herald (based on AFP) and Example
    // Wire (a source speaking to AFP) relay one report; Example Daily and Example Times have their own.
    const restated = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../fixtures/datasets/restated-seed-000.json'), 'utf8'),
    );
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-000.html'), 'utf8');
    const extracted = extractArticle(parseHtmlDocument(html, 'http://127.0.0.1/seed-000.html'));
    if (!extracted.ok) throw new Error(extracted.message);
    const report = createAnalyzer([restated]).analyze(extracted.article);
    const measures = report.claims.find((claim) =>
      claim.text.includes('this would include a rapid deployment mechanism'),
    )!;
    const relays = measures.corroborating.filter((m) => m.chain.reporter === 'AFP');
    expect(relays.map((m) => m.sourceId).sort()).toEqual(['herald-e', 'wire-a']);
    expect(new Set(relays.map((m) => m.independentGroup))).toEqual(new Set(['newsroom:afp']));
    expect(measures.sourceCounts.corroborating).toEqual({ outlets: 4, independent: 3 });
  });
});
