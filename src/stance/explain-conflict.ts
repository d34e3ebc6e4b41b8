/**
 * The differing spans of a conflict the difference detector did not name. The learned judge can call a
 * pair conflicting from signals no single slot rule covers ("was released in 2001" vs "was never
 * released"); a reader still gets the two spans it rests on: the negation one side has and the content it
 * governs, else the most informative content each side has that the other does not, else the loosest match
 * between two different words the alignment paired ("movie" taken for "drama").
 */
import type { Difference } from './verdict-types';
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { AlignedPair, Alignment } from './align';
import type { Weigh } from './prepared-units';
import { THRESHOLDS } from './thresholds';

function span(
  kind: Difference['kind'],
  page: SentenceAnalysis,
  p: [number, number],
  source: SentenceAnalysis,
  s: [number, number],
): Difference {
  return {
    kind,
    page: page.text.slice(p[0], p[1]),
    source: source.text.slice(s[0], s[1]),
    pageStart: p[0],
    pageEnd: p[1],
    sourceStart: s[0],
    sourceEnd: s[1],
  };
}

/** The heaviest content unit of a side not aligned (strongly enough for slots) with the other side. */
function heaviestUnaligned(analysis: SentenceAnalysis, aligned: ReadonlySet<number>, weigh: Weigh): Unit | null {
  let best: Unit | null = null;
  for (const [i, unit] of analysis.units.entries()) {
    if (aligned.has(i) || unit.attribution) continue;
    if (!best || weigh(unit.key) > weigh(best.key)) best = unit;
  }
  return best;
}

/**
 * The weakest strong pair of two different content units ("an American movie" / "an American crime drama
 * series": movie ~ drama), when every content unit of one side found a counterpart: the alignment took
 * them for the same content, the model did not. Null when every pair is a word met again.
 */
function loosestMatch(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  strong: readonly AlignedPair[],
): AlignedPair | null {
  // A word taken for one the other side's same word already matched ("garden" for the "Park" of "Riverside
  // Park") has no counterpart of its own: no pair to show.
  const exact = strong.filter((pair) => page.units[pair.page]!.key === source.units[pair.source]!.key);
  const exactPage = new Set(exact.map((pair) => pair.page));
  const exactSource = new Set(exact.map((pair) => pair.source));
  let best: AlignedPair | null = null;
  for (const pair of strong) {
    const [mine, theirs] = [page.units[pair.page]!, source.units[pair.source]!];
    if (mine.key === theirs.key || mine.attribution || theirs.attribution) continue;
    if (exactPage.has(pair.page) || exactSource.has(pair.source)) continue;
    if (!best || pair.strength < best.strength) best = pair;
  }
  return best;
}

/** A negation on one side only, as spans: the cue and the content it governs, against that content's counterpart. */
function negationSpans(page: SentenceAnalysis, source: SentenceAnalysis, alignment: Alignment): Difference | null {
  if (page.negations.length > 0 === source.negations.length > 0) return null;
  const pageNegated = page.negations.length > 0;
  const [negated, other] = pageNegated ? [page, source] : [source, page];
  const cue = negated.negations[0]!;
  for (const pair of alignment.pairs) {
    const mine = (pageNegated ? page.units[pair.page] : source.units[pair.source])!;
    const theirs = (pageNegated ? source.units[pair.source] : page.units[pair.page])!;
    if (!mine.negated || pair.strength < THRESHOLDS.alignedForSlots) continue;
    const negatedSpan: [number, number] = [Math.min(cue.start, mine.start), Math.max(cue.end, mine.end)];
    const otherSpan: [number, number] = [theirs.start, theirs.end];
    return pageNegated
      ? span('negation', negated, negatedSpan, other, otherSpan)
      : span('negation', other, otherSpan, negated, negatedSpan);
  }
  return null;
}

/** One difference explaining a conflict, or null when the two sentences show none a reader could see. */
export function explainConflict(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  weigh: Weigh,
): Difference | null {
  const negation = negationSpans(page, source, alignment);
  if (negation) return negation;
  const strong = alignment.pairs.filter((pair) => pair.strength >= THRESHOLDS.alignedForSlots);
  const mine = heaviestUnaligned(page, new Set(strong.map((pair) => pair.page)), weigh);
  const theirs = heaviestUnaligned(source, new Set(strong.map((pair) => pair.source)), weigh);
  const isNumber = (unit: Unit) => /^\d/.test(unit.text);
  if (!mine || !theirs) {
    const loosest = loosestMatch(page, source, strong);
    if (!loosest) return null;
    const [a, b] = [page.units[loosest.page]!, source.units[loosest.source]!];
    return span(isNumber(a) && isNumber(b) ? 'number' : 'other', page, [a.start, a.end], source, [b.start, b.end]);
  }
  // Two names are not shown as a different actor here: only the difference detector knows whether they
  // are the agent of one event ("Vienna" and "Oslo" are places, "Atmos" and "COVID-19" are neither).
  const kind = isNumber(mine) && isNumber(theirs) ? 'number' : 'other';
  return span(kind, page, [mine.start, mine.end], source, [theirs.start, theirs.end]);
}
