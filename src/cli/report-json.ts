/** The CLI's stable JSON shape (documented in the README): the interface the engine is checked through. */
import type { Report, SourceMatch } from '../engine/report';
import type { AttributionChain } from '../provenance/attribution-chain';
import type { SourceCount } from '../provenance/independent-sources';

/** One source in the JSON report. */
export interface JsonMatch {
  text: string;
  sourceId: string;
  outlet: string;
  author: string | null;
  publishedTime: string | null;
  url: string | null;
  attribution: string | null;
  chain: AttributionChain;
  independentGroup: string;
  earliestKnown: boolean;
  score: number;
  /** On a conflict over who (see the engine's `JudgedMatch.overWho`). */
  overWho?: true;
  differences?: Array<{ kind: string; page: string; source: string }>;
}

/** The whole JSON document `npm run check -- PAGE --json` prints. */
export interface JsonReport {
  /** The page's metadata; `lang` is the language Provenance judged it to be in (null: none known, read as English). */
  article: Report['article'];
  /** False when `article.lang` is a language Provenance does not check: `claims` is then empty. */
  supported: boolean;
  claims: Array<{
    text: string;
    sourceCounts: { corroborating: SourceCount; conflicting: SourceCount };
    corroborating: JsonMatch[];
    conflicting: JsonMatch[];
    related: JsonMatch[];
  }>;
}

function toJsonMatch(match: SourceMatch, withDifferences: boolean): JsonMatch {
  const json: JsonMatch = {
    text: match.text,
    sourceId: match.sourceId,
    outlet: match.outlet,
    author: match.author,
    publishedTime: match.publishedTime,
    url: match.url,
    attribution: match.attribution,
    chain: { speaker: match.chain.speaker, reporter: match.chain.reporter, publisher: match.chain.publisher },
    independentGroup: match.independentGroup,
    earliestKnown: match.earliestKnown,
    score: match.score,
    ...(match.overWho ? { overWho: true as const } : {}),
  };
  if (withDifferences) json.differences = match.differences.map(({ kind, page, source }) => ({ kind, page, source }));
  return json;
}

/** Projects a Report onto the stable JSON shape: every page sentence, empty lists where nothing matches. */
export function toJsonReport(report: Report): JsonReport {
  const { title, byline, siteName, publishedTime, url, lang } = report.article;
  return {
    article: { title, byline, siteName, publishedTime, url, lang },
    supported: report.supported !== false,
    claims: report.claims.map((claim) => ({
      text: claim.text,
      sourceCounts: {
        corroborating: { ...claim.sourceCounts.corroborating },
        conflicting: { ...claim.sourceCounts.conflicting },
      },
      corroborating: claim.corroborating.map((m) => toJsonMatch(m, false)),
      conflicting: claim.conflicting.map((m) => toJsonMatch(m, true)),
      related: claim.related.map((m) => toJsonMatch(m, false)),
    })),
  };
}
