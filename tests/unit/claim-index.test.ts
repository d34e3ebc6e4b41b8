/**
 * The packed claim index: what is stored (typed arrays through a structured clone) answers exactly as an
 * index packed on the spot, merging per-dataset indexes equals packing them together, a stale index is
 * re-packed, and retrieval counts a republished text once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import type { Dataset, Source } from '../../src/claims/dataset';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { extractArticle } from '../../src/extract/extract-article';
import { articleFromText } from '../../src/extract/from-text';
import { openBm25, packBm25 } from '../../src/match/bm25';
import { selectTop } from '../../src/match/select-top';
import { openClaimIndex } from '../../src/match/claim-index';
import {
  fitsDatasets,
  mergeClaimIndexes,
  packClaimIndex,
  packClaimIndexInSteps,
} from '../../src/match/pack-claim-index';
import { retrieveCandidates, searchClaims } from '../../src/match/retrieve-candidates';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { analyzeInContext } from '../../src/nlp/analyze-in-context';
import { gateView, LinkGate } from '../../src/stance/specific-content';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { parseHtmlDocument } from '../../src/node/html-document';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

function seedArticle(page: string) {
  const html = readFileSync(resolve(FIXTURES, `${page}.html`), 'utf8');
  const result = extractArticle(parseHtmlDocument(html, `http://127.0.0.1/${page}.html`));
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

function dataset(id: string, sources: Source[]): Dataset {
  return { format: 'provenance-dataset', version: 1, id, name: id, description: null, sources };
}

function source(id: string, outlet: string, texts: string[]): Source {
  return {
    id,
    outlet,
    author: null,
    publishedTime: null,
    url: null,
    title: null,
    claims: texts.map((text, i) => ({ id: `${id}#${i + 1}`, text, attribution: null })),
  };
}

/** Claims on other subjects, so the seeds sit in an index of several datasets. */
const OTHER = dataset('other', [
  source('harbour', 'Harbour Times', [
    'The harbour expansion will create 10,000 new jobs, the mayor said.',
    'Critics say the expansion will not create any jobs at all.',
  ]),
  source('troops', 'Wire Weekly', [
    'Germany will not send ground troops to Ukraine, the chancellor said on Monday.',
    'NATO members met in Brussels to discuss air defence for Ukraine.',
  ]),
]);

describe('packed claim index', () => {
  test('a stored (structured-cloned) index gives the same report as one packed on the spot', () => {
    const datasets = [defaultDataset, OTHER];
    const stored = deserialize(serialize(packClaimIndex(datasets)));
    const article = seedArticle('seed-004');
    const fresh = createAnalyzer(datasets).analyze(article);
    const loaded = createAnalyzer(datasets, stored).analyze(article);
    expect({ ...loaded, elapsedMs: 0 }).toEqual({ ...fresh, elapsedMs: 0 });
    expect(fresh.claims.some((claim) => claim.corroborating.length > 0)).toBe(true);
    expect(fresh.claims.some((claim) => claim.conflicting.length + claim.related.length > 0)).toBe(true);
  });

  test('merging per-dataset indexes equals packing the datasets together', () => {
    const together = openClaimIndex([defaultDataset, OTHER], packClaimIndex([defaultDataset, OTHER]));
    const merged = openClaimIndex(
      [defaultDataset, OTHER],
      mergeClaimIndexes([packClaimIndex([defaultDataset]), packClaimIndex([OTHER])]),
    );
    for (const text of [
      'Germany would not send ground troops to Ukraine.',
      'Trump ruled out NATO membership for Ukraine.',
      'The US proposed an Article 5-style guarantee.',
    ]) {
      const keys = analyzeSentence(text).units.map((unit) => unit.key);
      expect(merged.bm25.search(keys, 10)).toEqual(together.bm25.search(keys, 10));
      for (const key of keys) expect(merged.bm25.idf(key)).toBe(together.bm25.idf(key));
    }
    expect(merged.denying('@troops')).toEqual(together.denying('@troops'));
    expect([...merged.denying('@troops')].map((doc) => merged.sourceOf(doc).id)).toContain('troops');
    const seed002 = Array.from({ length: merged.size }, (_, doc) => doc).find(
      (doc) => merged.sourceOf(doc).id === 'seed-002',
    )!;
    expect(merged.officesOf(seed002)).toEqual(together.officesOf(seed002));
    expect(merged.officesOf(seed002).get('us-president')?.id).toBe('trump');
    // Every claim of a source reads its source's offices, its last as its first.
    const lastOfSeed002 = seed002 + merged.sourceOf(seed002).claims.length - 1;
    expect(merged.officesOf(lastOfSeed002)).toBe(merged.officesOf(seed002));
  });

  test('a stored index that fits is used as it is, not packed again', () => {
    const packed = packClaimIndex([OTHER]);
    expect(openClaimIndex([OTHER], packed).denying('@troops').length).toBe(1);
    // Blank out its denial channel: opening must read what was stored (nothing), not analyze afresh.
    const blanked = { ...packed, denied: { keys: [], start: new Uint32Array(1), docs: new Uint32Array(0) } };
    expect(openClaimIndex([OTHER], blanked).denying('@troops').length).toBe(0);
  });

  test('an index packed by another analysis, or for other claims, is not used but packed again', () => {
    const packed = packClaimIndex([OTHER]);
    expect(fitsDatasets(packed, [OTHER])).toBe(true);
    expect(fitsDatasets({ ...packed, analysis: 'an older analysis' }, [OTHER])).toBe(false);
    const stale = {
      ...packed,
      analysis: 'an older analysis',
      denied: { keys: [], start: new Uint32Array(1), docs: new Uint32Array(0) },
    };
    expect(openClaimIndex([OTHER], stale).denying('@troops').length).toBe(1);
    expect(fitsDatasets(packed, [defaultDataset])).toBe(false);
    // Opened with the wrong index, the datasets are still searched correctly.
    const index = openClaimIndex([defaultDataset], packed);
    expect(index.size).toBe(defaultDataset.sources.reduce((n, s) => n + s.claims.length, 0));
    const hits = index.bm25.search(
      analyzeSentence('Trump ruled out Ukraine joining NATO.').units.map((u) => u.key),
      3,
    );
    expect(index.entry(hits[0]!.doc).claim.text).toMatch(/ruled out Ukraine joining/);
  });

  test('a republished text is one candidate among the limit, returned with every copy', () => {
    const wire = 'Germany will not send ground troops to Ukraine, the chancellor said on Monday.';
    const copies = dataset('copies', [
      source('paper-a', 'Paper A', [wire]),
      source('paper-b', 'Paper B', [wire]),
      source('paper-c', 'Paper C', [wire]),
      source('other', 'Paper D', ['The chancellor said Germany will send ground troops to Poland on Monday.']),
    ]);
    const index = openClaimIndex([copies]);
    const sentence = analyzeSentence('Germany will not send troops to Ukraine, the chancellor said.');
    const candidates = retrieveCandidates(index, sentence, searchClaims(index, sentence, 2), 2, new Set());
    expect(candidates.map((c) => c.source.id).sort()).toEqual(['other', 'paper-a', 'paper-b', 'paper-c']);
    // The copies share one analysis: a republished story is analyzed once.
    expect(candidates[0]!.analysis).toBe(candidates.find((c) => c.source.id === 'paper-c')!.analysis);
  });

  test('one text from sources naming different office-holders is judged once per holder', () => {
    // "The US president" is Trump in one source and Biden in the other: the same words, two verdicts.
    const text = 'The US president proposed an Article 5-style security guarantee for Ukraine on Monday.';
    const datasets = [
      dataset('d', [
        source('a', 'Paper A', ['US President Donald Trump spoke to reporters in Washington.', text]),
        source('b', 'Paper B', ['US President Joe Biden spoke to reporters in Washington.', text]),
      ]),
    ];
    const [claim] = createAnalyzer(datasets).analyze(
      articleFromText('US President Joe Biden proposed an Article 5-style security guarantee for Ukraine on Monday.'),
    ).claims;
    const matches = [...claim!.conflicting, ...claim!.corroborating, ...claim!.related];
    const trumps = matches.find((match) => match.claimId === 'a#2')!;
    const bidens = matches.find((match) => match.claimId === 'b#2')!;
    // Judged once for both, the two would share one verdict; judged per holder, Trump's source disagrees.
    expect(claim!.corroborating.map((match) => match.claimId)).toContain('b#2');
    expect(claim!.corroborating.map((match) => match.claimId)).not.toContain('a#2');
    expect(trumps.score).not.toBe(bidens.score);
  });

  test('a page that is one source of a large index still leaves that source out', () => {
    const filler = dataset(
      'filler',
      Array.from({ length: 300 }, (_, i) =>
        source(`filler-${i}`, `Outlet ${i}`, [
          `Officials in district ${i} said the new bridge will open in spring ${2000 + (i % 30)}.`,
        ]),
      ),
    );
    const report = createAnalyzer([filler, defaultDataset]).analyze(seedArticle('seed-002'));
    expect(report.excludedSourceIds).toEqual(['seed-002']);
  });

  test('when the page itself leads a sentence’s hits, the other sources are searched from their own best', () => {
    // The page's own claim scores ~3 times the other source's: under the floor of a search that counts
    // it, above the floor once it is left out.
    const sentence =
      'Prime Minister Giorgia Meloni told Volodymyr Zelensky in Rome on Tuesday that Italy would fund twelve Patriot batteries for Odesa and Kharkiv.';
    // The page is that source by its text (three of its claims, word for word), not by its URL; its
    // other two sentences share the names, as a story's sentences do.
    const rest = [
      'Meloni and Zelensky met in Rome, where Italy hosted the talks.',
      'Italy has already sent Patriot batteries and will fund more, Meloni told Zelensky.',
    ];
    const url = 'https://example.org/story';
    const page = { ...source('page', 'Example', [sentence, ...rest]), url };
    const other = source('other', 'Other', ['Meloni told Zelensky that Italy would fund Patriot batteries.']);
    const datasets = [dataset('d', [page, other])];
    const hits = openClaimIndex(datasets).bm25.search(
      analyzeSentence(sentence).units.map((unit) => unit.key),
      10,
    );
    const otherHit = hits.find((hit) => hit.doc === 3)!;
    expect(hits[0]!.doc).toBe(0);
    expect(otherHit.score / hits[0]!.score).toBeLessThan(0.35);
    const report = createAnalyzer(datasets).analyze(articleFromText([sentence, ...rest].join('\n'), { url }));
    expect(report.excludedSourceIds).toEqual(['page']);
    const found = [...report.claims[0]!.corroborating, ...report.claims[0]!.related];
    expect(found.map((match) => match.sourceId)).toEqual(['other']);
  });
});

describe('packing in steps', () => {
  test('pauses every couple of thousand claims, with how many are done, and packs the same index', async () => {
    const many = dataset(
      'many',
      Array.from({ length: 50 }, (_, i) =>
        source(
          `s${i}`,
          `Outlet ${i}`,
          Array.from({ length: 100 }, (_, k) => `Officials in district ${i} said bridge ${k} will reopen in spring.`),
        ),
      ),
    );
    const pauses: number[] = [];
    const stepped = await packClaimIndexInSteps([many], async (done) => void pauses.push(done));
    expect(pauses).toEqual([2_000, 4_000]);
    expect(stepped).toEqual(packClaimIndex([many]));
  });
});

describe('search terms', () => {
  test('a leader is also searched as the country they speak for', () => {
    const leaders = dataset('leaders', [
      source('summit', 'Wire', ['Zelensky is to discuss what form a possible Trump-Putin-Zelensky summit would have.']),
      source('other', 'Paper', ['The summit on fisheries will be held in Oslo next spring, officials said.']),
    ]);
    const index = openClaimIndex([leaders]);
    const sentence = analyzeSentence(
      'Speculation grows over trilateral talks between the U.S., Ukraine and Russia at a summit.',
    );
    const hits = searchClaims(index, sentence, 2);
    expect(index.sourceOf(hits[0]!.doc).id).toBe('summit');
  });
});

describe('gate views', () => {
  test("a stored claim's gate view (read from the columns, dates from its analysis) is its analyzed sentence's", () => {
    const dates = dataset('dates', [
      source('d', 'Wire', [
        'The plan was announced on August 16, 2025 in Washington.',
        'It was signed on Monday by the President.',
      ]),
    ]);
    const plain = (view: ReturnType<typeof gateView>) => [
      view.text,
      Array.from(view.keyIds, (id) => view.table[id]),
      Array.from(view.starts),
      Array.from(view.roles),
      view.hasDates(),
    ];
    // As stored now (dates recorded per claim), and as stored before they were (found from the text).
    const stored = packClaimIndex([defaultDataset, dates]);
    const older = { ...stored, units: stored.units.map(({ dated: _, ...units }) => units) };
    for (const index of [
      openClaimIndex([defaultDataset, dates], stored),
      openClaimIndex([defaultDataset, dates], older),
    ]) {
      let withDates = 0;
      for (let doc = 0; doc < index.size; doc++) {
        const { claim } = index.entry(doc);
        const expected = gateView(analyzeInContext(claim.text, claim.antecedent));
        expect(plain(index.gateView(doc))).toEqual(plain(expected));
        expect(index.entry(doc).analysis.dates).toEqual(analyzeInContext(claim.text, claim.antecedent).dates);
        if (expected.hasDates()) withDates++;
      }
      expect(withDates).toBeGreaterThan(1);
    }
  });
});

test('the gate decides a stored claim (by ids in the index key table) as it decides its analyzed sentence', () => {
  const index = openClaimIndex([defaultDataset, OTHER], packClaimIndex([defaultDataset, OTHER]));
  const vectors = defaultWordVectors();
  const pages = defaultDataset.sources.flatMap((source) =>
    source.claims.map((claim) => analyzeInContext(claim.text, claim.antecedent)),
  );
  let passed = 0;
  for (const page of pages.slice(0, 50)) {
    const gate = new LinkGate(page, vectors);
    for (let doc = 0; doc < index.size; doc++) {
      const { claim } = index.entry(doc);
      const stored = gate.mayLink(index.gateView(doc));
      expect(stored).toBe(gate.mayLink(gateView(analyzeInContext(claim.text, claim.antecedent))));
      if (stored) passed++;
    }
  }
  expect(passed).toBeGreaterThan(200);
  expect(passed).toBeLessThan(50 * index.size - 1000);
});

describe('republished copies', () => {
  test('claims with the same text and antecedent are one text (analyzed once); another antecedent makes another', () => {
    const text = 'It states that an armed attack against one member shall be considered an attack against all.';
    const copies = dataset('copies', [
      source('a', 'Wire', [text]),
      source('b', 'Paper', [text]),
      source('c', 'Blog', [text]),
    ]);
    copies.sources[0]!.claims[0]!.antecedent = 'Article 5 of the treaty';
    copies.sources[1]!.claims[0]!.antecedent = 'Article 5 of the treaty';
    copies.sources[2]!.claims[0]!.antecedent = 'The trade agreement';
    const index = openClaimIndex([copies]);
    expect([0, 1, 2].map((doc) => index.sameTextAs(doc))).toEqual([0, 0, 2]);
    expect(index.entry(1).analysis).toBe(index.entry(0).analysis);
    expect(index.entry(2).analysis).not.toBe(index.entry(0).analysis);
  });

  test('a search that scores each text once answers exactly as one over every copy', () => {
    let state = 11;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const vocabulary = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const pick = () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!; // some terms common
    const texts = Array.from({ length: 300 }, () => Array.from({ length: 2 + Math.floor(random() * 8) }, pick));
    const documents = Array.from({ length: 2_000 }, () => texts[Math.floor(random() * texts.length)]!);
    const firstOf = new Map<string, number>();
    const firstCopy = Uint32Array.from(
      documents,
      (terms, doc) => firstOf.get(terms.join()) ?? firstOf.set(terms.join(), doc).get(terms.join())!,
    );
    const packed = packBm25(documents);
    const [every, once] = [openBm25(packed), openBm25(packed, firstCopy)];
    const plain = (hits: ReturnType<typeof every.search>) => hits.map((hit) => [hit.doc, hit.score, hit.coverage]);
    for (let q = 0; q < 200; q++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 5) }, pick);
      for (const limit of [1, 5, 60, 2_500]) {
        const all = every.search(query, limit);
        expect(plain(once.search(query, limit))).toEqual(plain(all));
        const floor = 0.35 * (all[0]?.score ?? 0);
        expect(plain(once.search(query, limit, 0.35))).toEqual(plain(all.filter((hit) => hit.score >= floor)));
      }
    }
    expect(firstCopy.filter((first, doc) => first !== doc).length).toBeGreaterThan(1_500);
  });
});

describe('top documents', () => {
  let state = 7;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const check = (scores: Float64Array) => {
    const docs = Array.from({ length: scores.length }, (_, i) => i).sort(() => random() - 0.5);
    const sorted = [...docs].sort((a, b) => scores[b]! - scores[a]! || a - b);
    const best = Math.max(...scores);
    // The documents from `low` up, as the search hands them over: side by side with their scores.
    const top = (low: number, limit: number) => {
      const kept = docs.filter((doc) => scores[doc]! >= low);
      const scored = { docs: Uint32Array.from(kept), scores: Float64Array.from(kept, (doc) => scores[doc]!) };
      return selectTop(scored, kept.length, best, limit, low).map((i) => scored.docs[i]);
    };
    for (const limit of [0, 1, 7, 60, 499, 500, 600]) {
      expect(top(0, limit)).toEqual(sorted.slice(0, limit));
      // With a floor: the same, cut where the scores fall below it.
      for (const share of [0.35, 0.9, 1])
        expect(top(share * best, limit)).toEqual(sorted.filter((doc) => scores[doc]! >= share * best).slice(0, limit));
    }
  };

  test('the histogram cut keeps exactly what a full sort keeps, in the same order', () => {
    check(new Float64Array(500).map(() => Math.round(random() * 40) / 4)); // many ties
    check(new Float64Array(500).map(() => 1 + random() * 1e-9)); // all in the top bucket
    check(new Float64Array(500).map((_, i) => (i % 2 ? 1e-6 * random() : 100 * random()))); // most in the bottom bucket
    // A few strong hits over a crowd sharing one common word: the crowd's bucket is split again, and again.
    check(new Float64Array(20_000).map((_, i) => (i < 30 ? 50 + random() : 2 + Math.round(random() * 1e4) / 1e7)));
    check(new Float64Array(20_000).map((_, i) => (i < 30 ? 50 + random() : 2))); // a crowd of exact ties
  });
});
