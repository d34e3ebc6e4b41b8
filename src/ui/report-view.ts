/**
 * Report → what the popup shows, as plain data: which claims, in which order, with which words. All
 * the decisions a reader would notice live here (conflicts first, labels, dates, which links are
 * safe), so they are unit-tested without a DOM; the renderer only turns rows into elements.
 */
import { reviewOf } from '../claims/reviewed-matches';
import type { ClaimReport, Difference, Report, SourceMatch } from '../engine/report';
import type { SourceCount } from '../provenance/independent-sources';
import { chainSteps, type ChainStep } from './chain-steps';
import { differenceLabel } from './difference-label';
import { formatDate } from './format-date';
import { markSpans, type TextPiece } from './highlight';
import { countReport, countsLine, type ReportCounts } from './report-counts';
import { reviewLine } from './review-line';
import { sourceSummary } from './source-summary';

/** How a source relates to the page's claim. */
export type Verdict = 'conflicts' | 'corroborates';

/** The word shown with every verdict, so the verdict never rests on colour. */
export const VERDICT_LABELS: Record<Verdict, string> = { conflicts: 'Conflicts', corroborates: 'Corroborates' };

/** One source under a claim. */
export interface SourceRow {
  verdict: Verdict;
  outlet: string;
  author: string | null;
  /** "16 Aug 2025", or the source's own string when it is not an ISO date. */
  date: string | null;
  /** The ISO value for `<time datetime>`, when the date parsed. */
  dateTime: string | null;
  /** The source's sentence as the dataset has it (the side panel aligns it with the page's). */
  text: string;
  /** The source's sentence, with the spans that differ from the page marked. */
  sentence: TextPiece[];
  /**
   * Who said the claim, who reported it first, who published it ("a high-level diplomatic source", "AFP",
   * "Media Wall News"); null when the chain is only the outlet the heading already names.
   */
  chain: ChainStep[] | null;
  /** The earliest known source of the claim among the sentence's sources (see `earliestKnownSource`). */
  earliest: boolean;
  /** A fact-checker's published verdict on the source's claim, as theirs: "Snopes rated this claim: False". */
  review: string | null;
  /** Only http(s) links: a dataset is data, and a `javascript:` URL in it must not become a link. */
  url: string | null;
  /** "Different actor: the Biden administration vs US President Donald Trump". */
  differences: string[];
  /** The engine's differing spans behind `differences`, with their kinds and offsets (conflicts only). */
  details: Difference[];
  score: number;
}

/** One page claim that other sources speak to. */
export interface ClaimRow {
  index: number;
  /** `conflicts` when any source conflicts, even if others corroborate. */
  verdict: Verdict;
  /** The page sentence as extracted. */
  text: string;
  /** The page sentence, with the spans any conflicting source disputes marked. */
  sentence: TextPiece[];
  /** "1 outlet conflicts · 3 outlets corroborate, 1 independent source". */
  summary: string;
  /** Outlets and independent reports per relation, for views that show one relation at a time. */
  counts: { conflicting: SourceCount; corroborating: SourceCount };
  sources: SourceRow[];
}

/** Everything the report state shows. */
export interface ReportView {
  title: string;
  /** "Media Wall News · Malik Thompson · 16 Aug 2025", whatever of it the page says. */
  byline: string | null;
  counts: ReportCounts;
  countsLine: string;
  /** Said when the page was longer than Provenance reads (see `ArticleMeta.partial`), else null. */
  partialNote: string | null;
  rows: ClaimRow[];
}

/** The sentence for a report that covers only the first part of a very long page. */
export const PARTIAL_NOTE = 'Only the first part of this page was checked.';

function safeLink(url: string | null): string | null {
  if (url === null) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function isoDate(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : null;
}

function sourceRow(match: SourceMatch, verdict: Verdict): SourceRow {
  const differences = verdict === 'conflicts' ? match.differences : [];
  return {
    verdict,
    outlet: match.outlet,
    author: match.author,
    date: formatDate(match.publishedTime),
    dateTime: isoDate(match.publishedTime),
    text: match.text,
    sentence: markSpans(
      match.text,
      differences.map((d) => ({ start: d.sourceStart, end: d.sourceEnd, text: d.source })),
    ),
    chain: chainSteps(match.chain),
    earliest: match.earliestKnown,
    review: reviewLine(reviewOf(match)),
    url: safeLink(match.url),
    differences: differences.map(differenceLabel),
    details: differences,
    score: match.score,
  };
}

const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;

function claimRow(claim: ClaimReport): ClaimRow {
  const conflicting = [...claim.conflicting].sort(byScore);
  const corroborating = [...claim.corroborating].sort(byScore);
  return {
    index: claim.index,
    verdict: conflicting.length > 0 ? 'conflicts' : 'corroborates',
    text: claim.text,
    sentence: markSpans(
      claim.text,
      conflicting.flatMap((match) =>
        match.differences.map((d) => ({ start: d.pageStart, end: d.pageEnd, text: d.page })),
      ),
    ),
    summary: sourceSummary(claim.sourceCounts),
    counts: claim.sourceCounts,
    sources: [
      ...conflicting.map((match) => sourceRow(match, 'conflicts')),
      ...corroborating.map((match) => sourceRow(match, 'corroborates')),
    ],
  };
}

const topScore = (claim: ClaimReport): number =>
  Math.max(0, ...claim.conflicting.map((m) => m.score), ...claim.corroborating.map((m) => m.score));

/**
 * The rows a reader sees: claims with at least one corroborating or conflicting source, conflicts
 * first, then by the strongest match, then in reading order. Claims that are only "related" are left
 * out: a related source neither backs nor disputes the sentence.
 */
export function toReportView(report: Report): ReportView {
  const counts = countReport(report);
  const { title, siteName, byline, publishedTime } = report.article;
  const bylineParts = [siteName, byline, formatDate(publishedTime)].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  const rows = report.claims
    .filter((claim) => claim.conflicting.length > 0 || claim.corroborating.length > 0)
    .sort((a, b) => {
      const conflictOrder = Number(b.conflicting.length > 0) - Number(a.conflicting.length > 0);
      return conflictOrder || topScore(b) - topScore(a) || a.index - b.index;
    })
    .map(claimRow);
  return {
    title: title?.trim() || 'Untitled article',
    byline: bylineParts.length > 0 ? bylineParts.join(' · ') : null,
    counts,
    countsLine: countsLine(counts),
    partialNote: report.article.partial ? PARTIAL_NOTE : null,
    rows,
  };
}
