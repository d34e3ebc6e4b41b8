/** analyze(article) → Report: extraction's sentences against the known claims, composed from match and stance. */
import type { Dataset } from '../claims/dataset';
import type { Article } from '../extract/article';
import { buildClaimIndex, retrieveCandidates, type ClaimIndex, type IndexedClaim } from '../match/claim-index';
import { analyseSentence } from '../nlp/analyse-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { officeContext } from '../stance/differences';
import { judgeSentences, type JudgeContext, type Verdict } from '../stance/judge';
import { attributionChain } from '../provenance/attribution-chain';
import type { ClaimReport, JudgedClaim, JudgedMatch, Report } from './report';
import { findSelfSources } from './self-match';
import { addSourceProvenance } from './source-provenance';

/** How many retrieved claims each page sentence is judged against. */
const CANDIDATES_PER_SENTENCE = 20;
/** Related (neither corroborating nor conflicting) sources listed per sentence. */
const RELATED_PER_SENTENCE = 5;
/** Sentences with fewer content units are headings or fragments, not claims. */
const MIN_CLAIM_UNITS = 4;

/** Analyses articles against a fixed set of known claims. */
export interface Analyzer {
  analyze(article: Article): Report;
  /** The index, for evaluation and benchmarks. */
  readonly index: ClaimIndex;
}

function toMatch(entry: IndexedClaim, verdict: Verdict): JudgedMatch {
  const { claim, source } = entry;
  return {
    claimId: claim.id,
    text: claim.text,
    sourceId: source.id,
    outlet: source.outlet,
    author: source.author,
    publishedTime: source.publishedTime,
    url: source.url,
    attribution: claim.attribution,
    score: Math.round(verdict.score * 1000) / 1000,
    differences: verdict.differences,
    chain: attributionChain(claim, source),
  };
}

function isQuestion(text: string): boolean {
  return /\?["”’)]*$/.test(text.trim());
}

/** Builds the claim index once; `analyze` is then pure and fast. */
export function createAnalyzer(datasets: readonly Dataset[], vectors: WordVectors = defaultWordVectors()): Analyzer {
  const index = buildClaimIndex(datasets);
  const context: JudgeContext = { vectors, weigh: (key) => index.bm25.idf(key) };

  function analyze(article: Article): Report {
    const started = performance.now();
    const excludedSourceIds = findSelfSources(article, index.sources);
    const excluded = new Set(excludedSourceIds);
    const analyses = article.sentences.map((sentence) => analyseSentence(sentence.text));
    const pageOffices = officeContext(analyses);
    const claims: ClaimReport[] = article.sentences.map((sentence, i) => {
      const report: JudgedClaim = { index: sentence.index, text: sentence.text, anchor: sentence.anchor, corroborating: [], conflicting: [], related: [] };
      const analysis = analyses[i]!;
      if (analysis.units.length < MIN_CLAIM_UNITS || isQuestion(sentence.text)) return addSourceProvenance(report);
      for (const entry of retrieveCandidates(index, analysis, CANDIDATES_PER_SENTENCE, excluded)) {
        const offices = { page: pageOffices, source: index.offices.get(entry.source.id) ?? new Map() };
        const verdict = judgeSentences(analysis, entry.analysis, { ...context, offices });
        if (verdict.relation === 'conflicts') report.conflicting.push(toMatch(entry, verdict));
        else if (verdict.relation === 'corroborates') report.corroborating.push(toMatch(entry, verdict));
        else if (verdict.relation === 'related') report.related.push(toMatch(entry, verdict));
      }
      const byScore = (a: JudgedMatch, b: JudgedMatch) => b.score - a.score || a.claimId.localeCompare(b.claimId);
      report.conflicting.sort(byScore);
      report.corroborating.sort(byScore);
      report.related = report.related.sort(byScore).slice(0, RELATED_PER_SENTENCE);
      return addSourceProvenance(report);
    });
    return { article: article.meta, claims, excludedSourceIds, elapsedMs: Math.round(performance.now() - started) };
  }

  return { analyze, index };
}
