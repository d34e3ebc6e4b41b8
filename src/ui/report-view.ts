/**
 * Report → what the popup shows, as plain data: which claims, in which order, with which words. All
 * the decisions a reader would notice live here (conflicts first, labels, dates, which links are
 * safe and where they lead), so they are unit-tested without a DOM; the renderer only turns rows into
 * elements.
 */
import { checkLink } from '../claims/http-url';
import { reviewOf } from '../claims/reviewed-matches';
import type { ClaimReport, Difference, Report, SourceMatch } from '../engine/report';
import type { SourceCount } from '../provenance/independent-sources';
import { chainSteps, type ChainStep } from './chain-steps';
import { differenceLabel } from './difference-label';
import { formatDate } from './format-date';
import { markSpans, type TextPiece } from './highlight';
import { countReport, countsLine, distinctClaims, type ReportCounts } from './report-counts';
import { reviewLine } from './review-line';
import { sourceSummary } from './source-summary';
import { t } from '../i18n/messages';

/** How a source relates to the page's claim. */
export type Verdict = 'conflicts' | 'corroborates';

/** The word shown with every verdict, so the verdict never rests on colour. */
export const verdictLabel = (verdict: Verdict): string =>
  verdict === 'conflicts' ? t('verdictConflicts') : t('verdictCorroborates');

/** The name of a list of one relation's sources, for screen readers moving from list to list. */
export const groupLabel = (verdict: Verdict): string =>
  verdict === 'conflicts' ? t('groupConflicts') : t('groupCorroborates');
/** The name of the hidden rest of such a list. */
export const moreGroupLabel = (verdict: Verdict): string =>
  verdict === 'conflicts' ? t('groupMoreConflicts') : t('groupMoreCorroborates');

/**
 * Sources listed at once for each relation under a claim, strongest first; the rest wait behind "Show all
 * N …". Three fill about one screen of the 580-px popup (docs/scale.md, *Measurements behind the code's shape*), while a seed sentence can have eight sources of one
 * relation, five of them sentences of one outlet, which pushed the next page sentence several screens
 * down. The summary line still counts every outlet and independent report, shown or not.
 */
export const SOURCES_SHOWN_PER_RELATION = 3;

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
  /**
   * The link to offer, only when `checkLink` allows it: a dataset is data, and neither a `javascript:`
   * URL nor one to the reader's own machine or network may become a link.
   */
  url: string | null;
  /** The host `url` really opens ("reuters.com"), shown beside the outlet's name; null without a link. */
  host: string | null;
  /** "Link not shown: it points to this computer (127.0.0.1:9)" when the dataset's link is not offered. */
  linkNote: string | null;
  /** "Different actor: the Biden administration vs US President Donald Trump". */
  differences: string[];
  /** The engine's differing spans behind `differences`, with their kinds and offsets (conflicts only). */
  details: Difference[];
  score: number;
}

/**
 * One relation's sources under a claim (all its conflicting, or all its corroborating ones), strongest
 * first, equal scores in the engine's order. Generic so the side panel can carry its comparisons in the
 * same shape.
 */
export interface SourceGroup<T = SourceRow> {
  verdict: Verdict;
  /** The first `SOURCES_SHOWN_PER_RELATION`, shown at once. */
  shown: T[];
  /** The rest, shown when the reader asks; empty when every source fits. */
  more: T[];
  /** "Show all 5 corroborating sources"; null when `more` is empty. */
  showAll: string | null;
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
  /** Conflicting sources, then corroborating ones; a relation without sources has no group. */
  groups: SourceGroup[];
  /** How many times the page has this very sentence (one row stands for all; the summary says so). */
  repeats: number;
}

/** Everything the report state shows. */
export interface ReportView {
  title: string;
  /** The article's language (BCP 47), so its title is read out in it; null when not known. */
  lang: string | null;
  /** "Media Wall News · Malik Thompson · 16 Aug 2025", whatever of it the page says. */
  byline: string | null;
  counts: ReportCounts;
  countsLine: string;
  /** Said when the page was longer than Provenance reads (see `ArticleMeta.partial`), else null. */
  partialNote: string | null;
  rows: ClaimRow[];
}

/** The sentence for a report that covers only the first part of a very long page. */
export const partialNote = (): string => t('partialNote');

/** The source's link as the row offers it: a URL with its host, or the sentence saying why there is none. */
function sourceLink(url: string | null): Pick<SourceRow, 'url' | 'host' | 'linkNote'> {
  if (url === null) return { url: null, host: null, linkNote: null };
  const link = checkLink(url);
  return link.ok
    ? { url: link.href, host: link.host, linkNote: null }
    : { url: null, host: null, linkNote: t('linkNotShown', link.reason) };
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
    ...sourceLink(match.url),
    differences: differences.map(differenceLabel),
    details: differences,
    score: match.score,
  };
}

const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;

/** `matches` (already strongest first) as one relation's group; null when there are none. */
function sourceGroup(matches: SourceMatch[], verdict: Verdict): SourceGroup | null {
  if (matches.length === 0) return null;
  const rows = matches.map((match) => sourceRow(match, verdict));
  const hidden = rows.length > SOURCES_SHOWN_PER_RELATION;
  return {
    verdict,
    shown: rows.slice(0, SOURCES_SHOWN_PER_RELATION),
    more: rows.slice(SOURCES_SHOWN_PER_RELATION),
    showAll: hidden
      ? verdict === 'conflicts'
        ? t('showAllConflicts', rows.length)
        : t('showAllCorroborates', rows.length)
      : null,
  };
}

function claimRow(claim: ClaimReport, repeats: number): ClaimRow {
  const conflicting = [...claim.conflicting].sort(byScore);
  const corroborating = [...claim.corroborating].sort(byScore);
  const summary = sourceSummary(claim.sourceCounts);
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
    summary: repeats > 1 ? t('claimRepeated', summary, repeats) : summary,
    counts: claim.sourceCounts,
    groups: [sourceGroup(conflicting, 'conflicts'), sourceGroup(corroborating, 'corroborates')].filter(
      (group): group is SourceGroup => group !== null,
    ),
    repeats,
  };
}

const topScore = (claim: ClaimReport): number =>
  Math.max(0, ...claim.conflicting.map((m) => m.score), ...claim.corroborating.map((m) => m.score));

/**
 * The rows a reader sees: claims with at least one corroborating or conflicting source, conflicts
 * first, then by the strongest match, then in reading order; a repeated sentence once. Claims that are
 * only "related" are left out: a related source neither backs nor disputes the sentence.
 */
export function toReportView(report: Report): ReportView {
  const counts = countReport(report);
  const { title, siteName, byline, publishedTime } = report.article;
  const bylineParts = [siteName, byline, formatDate(publishedTime)].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  const linked = report.claims.filter((claim) => claim.conflicting.length > 0 || claim.corroborating.length > 0);
  const rows = distinctClaims(linked)
    .sort(({ claim: a }, { claim: b }) => {
      const conflictOrder = Number(b.conflicting.length > 0) - Number(a.conflicting.length > 0);
      return conflictOrder || topScore(b) - topScore(a) || a.index - b.index;
    })
    .map(({ claim, repeats }) => claimRow(claim, repeats));
  return {
    title: title?.trim() || t('untitledArticle'),
    lang: report.article.lang,
    byline: bylineParts.length > 0 ? bylineParts.join(' · ') : null,
    counts,
    countsLine: countsLine(counts),
    partialNote: report.article.partial ? partialNote() : null,
    rows,
  };
}
