/**
 * Two reports of one kind of event are two occasions, not one told twice, when the sentences date it
 * on days apart ("met on Monday" in a piece of 4 March 2026, the 2nd, and "met on 10 March") or report it as
 * kinds of occasion one occasion cannot be (the lexicon's occasion kinds: a phone call, an in-person
 * meeting). The date rule (date-events.ts) keeps such sentences from *conflicting*; this keeps them from
 * *corroborating*: a reader shown "backed up by" expects the same occasion.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { EventMention } from '../nlp/events';
import { LEXICON } from '../nlp/lexicon';
import type { EventKind, LexiconEvent, OccasionKind } from '../nlp/lexicon-schema';
import { compareDays, daysBefore, overlaps, resolveDate, type DayRange } from '../nlp/resolve-date';
import { stemPhraseAt, tokenize } from '../nlp/tokenize';
import { datedEventKinds } from './date-events';
import { precisionOf, type PublishedDates } from './differences';
import { phraseOpening, readApart } from './frame';

/**
 * Words that make the event after them a point in time the sentence counts from rather than what it
 * reports: "after meeting Putin, he called Zelensky", "the day after the summit", "following talks".
 */
const TIME_ANCHORS = new Set(['after', 'before', 'following', 'since', 'until', 'preceding', 'ahead', 'prior']);
/** Words that may stand between an anchor and its event's phrase: "ahead of the summit", "prior to a call". */
const ANCHOR_LINKS = new Set(['of', 'to', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** How far after an event word, within its clause, a word of its occasion is looked for: "met Lula by video link". */
const AFTER_REACH = 6;
/** How far before an event word a word of its occasion may stand. */
const MODIFIER_REACH = 2;
/** Punctuation between two words that ends a clause's run of words. */
const CLAUSE_BREAK = /[,;:.–—()"“”]/;

/** How one event's occasion kinds are told: phrase stems, and the words around it as one spaced string. */
interface OccasionTable {
  byStems: Map<string, OccasionKind>;
  modifiers: Array<[string, OccasionKind]>;
  after: Array<[string, OccasionKind]>;
}

const TABLES = new Map<LexiconEvent, OccasionTable>(
  LEXICON.events.flatMap((event): Array<[LexiconEvent, OccasionTable]> => {
    if (!event.occasions) return [];
    const stems = (phrase: string) =>
      tokenize(phrase)
        .map((token) => token.stem)
        .join(' ');
    const table: OccasionTable = { byStems: new Map(), modifiers: [], after: [] };
    for (const occasion of event.occasions) {
      for (const phrase of occasion.phrases) table.byStems.set(stems(phrase), occasion.kind);
      const cues = (phrases: string[]) =>
        phrases.map((phrase): [string, OccasionKind] => [` ${phrase} `, occasion.kind]);
      table.modifiers.push(...cues(occasion.modifiers));
      table.after.push(...cues(occasion.after));
    }
    return [[event, table]];
  }),
);

/** The norms of tokens `from`…`to` (inclusive) as " a b c ", for whole-word lookups of phrases. */
function spaced(analysis: SentenceAnalysis, from: number, to: number): string {
  let words = ' ';
  for (let k = from; k <= to; k++) words += `${analysis.tokens[k]!.norm} `;
  return words;
}

const firstFound = (words: string, cues: Array<[string, OccasionKind]>) =>
  cues.find(([cue]) => words.includes(cue))?.[1] ?? null;

/**
 * The occasion kind of one event mention, or null when nothing tells: a word after it in its clause
 * ("met virtually"), else a word of its phrase before it ("a video meeting"), else its own words
 * ("phone call", "met").
 */
function occasionOf(analysis: SentenceAnalysis, mention: EventMention, table: OccasionTable): OccasionKind | null {
  const { tokens, text } = analysis;
  let last = mention.last;
  while (
    last + 1 < tokens.length &&
    last < mention.last + AFTER_REACH &&
    !CLAUSE_BREAK.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
  )
    last++;
  // Two words at most before it: "a virtual G7 summit", "in person talks", not "the video showed Trump met".
  const opening = Math.max(phraseOpening(analysis, mention.first), mention.first - MODIFIER_REACH);
  return (
    firstFound(spaced(analysis, mention.last + 1, last), table.after) ??
    firstFound(spaced(analysis, opening, mention.first - 1), table.modifiers) ??
    table.byStems.get(stemPhraseAt(tokens, mention.first, mention.last - mention.first + 1)) ??
    null
  );
}

/** Whether the mention's phrase opens with a time anchor ("after his call with…"), or one just before it. */
function isTimeAnchor(analysis: SentenceAnalysis, mention: EventMention): boolean {
  const { tokens } = analysis;
  let k = phraseOpening(analysis, mention.first);
  for (let links = 0; k > 0 && links < 2 && ANCHOR_LINKS.has(tokens[k]!.norm); links++) k--;
  return k < mention.first && TIME_ANCHORS.has(tokens[k]!.norm);
}

/**
 * The occasion kinds a sentence reports, by event kind: of each event it asserts outside an attribution
 * and not as a time it counts from, the kind its words tell.
 */
function reportedOccasions(analysis: SentenceAnalysis): ReadonlyMap<EventKind, ReadonlySet<OccasionKind>> {
  let found = occasionsByAnalysis.get(analysis);
  if (found) return found;
  found = new Map<EventKind, Set<OccasionKind>>();
  occasionsByAnalysis.set(analysis, found);
  for (const mention of analysis.events) {
    const table = TABLES.get(mention.event);
    if (!table || !mention.asserted || mention.attribution || isTimeAnchor(analysis, mention)) continue;
    const kind = occasionOf(analysis, mention, table);
    const event = mention.event.kind;
    if (kind) (found.get(event) ?? found.set(event, new Set()).get(event)!).add(kind);
  }
  return found;
}

/** Each analysis's reported occasions, read once: a page sentence is compared with many claims. */
const occasionsByAnalysis = new WeakMap<SentenceAnalysis, Map<EventKind, Set<OccasionKind>>>();

/** Both sentences report one kind of event, each only as occasion kinds the other never names. */
function differInOccasionKind(page: SentenceAnalysis, source: SentenceAnalysis): boolean {
  return readApart(reportedOccasions(page), reportedOccasions(source));
}

/**
 * Both sentences date one kind of event, on days that cannot be one (as precise as each other, placed
 * against each side's publication date where they need one), and on no day they share.
 */
function differInDay(page: SentenceAnalysis, source: SentenceAnalysis, published: PublishedDates): boolean {
  if (page.dates.length === 0 || source.dates.length === 0) return false;
  const [mine, theirs] = [datedEventKinds(page), datedEventKinds(source)];
  const apart = new Set<EventKind>();
  const together = new Set<EventKind>();
  page.dates.forEach((a, i) => {
    source.dates.forEach((b, j) => {
      const shared = [...mine[i]!].filter((kind) => theirs[j]!.has(kind));
      if (shared.length === 0) return;
      const days = compareDays(a, published.page, b, published.source);
      if (days === 'same') for (const kind of shared) together.add(kind);
      else if (days === 'different' && precisionOf(a) === precisionOf(b)) for (const kind of shared) apart.add(kind);
    });
  });
  return [...apart].some((kind) => !together.has(kind));
}

/**
 * How long before its publication a report's undated event may have happened: news tells what is recent,
 * and what it recalls from further back it dates ("in 2017", "last year").
 */
export const UNDATED_EVENT_DAYS = 365;

/** The kinds of event a sentence asserts outside an attribution and not as a time it counts from. */
function assertedKinds(analysis: SentenceAnalysis): Set<EventKind> {
  return new Set(
    analysis.events
      .filter((mention) => mention.asserted && !mention.attribution && !isTimeAnchor(analysis, mention))
      .map((mention) => mention.event.kind),
  );
}

/**
 * When a sentence's event of `kind` happened: the days its dates of that event name, else, undated, the
 * year before its publication; null when neither can be placed.
 */
function eventDays(
  analysis: SentenceAnalysis,
  kind: EventKind,
  published: string | null | undefined,
): DayRange[] | null {
  const kinds = datedEventKinds(analysis);
  const dated = analysis.dates.filter((_, i) => kinds[i]!.has(kind));
  if (dated.length === 0) {
    const before = daysBefore(published, UNDATED_EVENT_DAYS);
    return before && [before];
  }
  const days = dated.map((date) => resolveDate(date, published));
  return days.every((range): range is DayRange => range !== null) ? days : null;
}

/**
 * Both sentences report one kind of event at times that cannot meet, however precise each is: an event
 * told without a date in a piece of August 2025 is not the phone call of January 2017 another source
 * dates, nor the call told without a date in a piece of 2019, and "on Saturday" in that piece is not
 * "in January 2017". (`differInDay` also tells two days apart when a shared day joins other dates.)
 */
function differInTime(page: SentenceAnalysis, source: SentenceAnalysis, published: PublishedDates): boolean {
  if (!published.page || !published.source) return false;
  const theirs = assertedKinds(source);
  for (const kind of assertedKinds(page)) {
    if (!theirs.has(kind)) continue;
    const [mine, other] = [eventDays(page, kind, published.page), eventDays(source, kind, published.source)];
    if (!mine || !other) continue;
    if (!mine.some((a) => other.some((b) => overlaps(a, b)))) return true;
  }
  return false;
}

/**
 * Whether two sentences report two occasions of one kind of event: dated on days apart, at times one
 * occasion cannot span (one undated, `differInTime`), or as a phone call and an in-person meeting. Such a
 * pair may be related, never a corroboration.
 */
export function reportsOtherOccasion(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  published: PublishedDates = {},
): boolean {
  return (
    differInOccasionKind(page, source) || differInDay(page, source, published) || differInTime(page, source, published)
  );
}
