/**
 * Candidate recall: the share of golden links whose source claim is among the candidates retrieved for
 * the page sentence, before the gate and the judge. A link that is never a candidate cannot be found
 * however good the judge is (issue 14: 34 of 59 corroborations missed on real pages were never
 * candidates); this is the figure a second retrieval channel has to raise.
 */
import type { Article } from '../extract/article';
import { CANDIDATES_PER_SENTENCE, type Analyzer } from '../engine/analyzer';
import { leadsWithExcluded, retrieveCandidates, searchByMeaning, searchClaims } from '../match/retrieve-candidates';
import { analyzeInContext } from '../nlp/analyze-in-context';
import { openingItAntecedents } from '../nlp/antecedent';
import { searchContexts } from '../nlp/anaphor';
import { containsNormalized } from './normalize-text';
import type { LinkRelation, SeedGolden } from './seed-golden';

/** Golden links found among the candidates, per relation. */
export type CandidateRecall = Record<LinkRelation, { found: number; golden: number }>;

/** The candidates of each sentence of `article`, as the analyzer retrieves them (every sentence searched). */
function candidatesOf(analyzer: Analyzer, article: Article): Array<Array<{ source: string; text: string }>> {
  const { index } = analyzer;
  const excluded = new Set(analyzer.analyze(article).excludedSourceIds);
  const antecedents = openingItAntecedents(article.sentences.map((s) => s.text));
  const contexts = searchContexts(
    article.sentences.map((s) => s.text),
    antecedents,
  );
  return article.sentences.map((sentence, i) => {
    const analysis = analyzeInContext(sentence.text, antecedents[i]);
    let hits = searchClaims(index, analysis, CANDIDATES_PER_SENTENCE);
    if (leadsWithExcluded(index, hits, excluded)) hits = searchClaims(index, analysis, CANDIDATES_PER_SENTENCE, true);
    const byMeaning = searchByMeaning(index, sentence.text, contexts[i]!);
    return retrieveCandidates(index, analysis, hits, CANDIDATES_PER_SENTENCE, excluded, byMeaning).map((entry) => ({
      source: entry.source.id,
      text: entry.claim.text,
    }));
  });
}

/** How many of `golden`'s links have their claim among their page sentence's candidates. */
export function candidateRecall(
  analyzer: Analyzer,
  golden: SeedGolden,
  pages: ReadonlyArray<{ page: string; article: Article }>,
): CandidateRecall {
  const recall: CandidateRecall = { corroborates: { found: 0, golden: 0 }, conflicts: { found: 0, golden: 0 } };
  const byPage = new Map(
    pages.map(({ page, article }) => [page, { article, candidates: candidatesOf(analyzer, article) }]),
  );
  for (const link of golden.links) {
    const counts = recall[link.relation];
    counts.golden++;
    const page = byPage.get(link.page);
    if (!page) continue;
    const found = page.article.sentences.some(
      (sentence, i) =>
        containsNormalized(sentence.text, link.pageSentence) &&
        page.candidates[i]!.some(
          (candidate) => candidate.source === link.source && containsNormalized(candidate.text, link.sourceSentence),
        ),
    );
    if (found) counts.found++;
  }
  return recall;
}
