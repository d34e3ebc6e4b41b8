/**
 * What a date dates. Two dates are two answers to "when?" only when they date the same event: "Friday's
 * summit" and "Saturday's call" are two events on two days, not one event on disputed days. A date
 * belongs to the occasion it names directly ("Friday's summit", "the summit on Friday"), else to the
 * word it follows and its clause ("the summit will be held on 15 August"), and two dates date one event
 * when those agree.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { EventKind } from '../nlp/lexicon-schema';
import { STOPWORDS } from '../nlp/stopwords';
import { startsUpperCase } from '../nlp/tokenize';
import type { Alignment } from './align';
import { isAssertedEvent } from './frame';
import { THRESHOLDS } from './thresholds';

/** Prepositions that tie a date to the word before them: "the summit on Friday", "the call of 16 August". */
const ATTACHING = new Set(['on', 'of', 'at', 'in', 'during']);
/** Words that open a noun phrase: the word after them, up to a date's preposition, is a noun. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
]);
/** How many words a noun phrase may hold between its opener and its noun ("the Trump-Putin Alaska summit"). */
const PHRASE_REACH = 4;
/** Punctuation between two words that ends a phrase. */
const PHRASE_BREAK = /[,;:.–—()]/;

const isPossessive = (text: string) => /['’]s$/i.test(text);

/** Some of a sentence's units, with what comparing them needs. */
interface Units {
  units: readonly number[];
  members: ReadonlySet<number>;
  keys: ReadonlySet<string>;
}

/** The run of a sentence's units that a date belongs to, and the events it asserts (frame.ts). */
interface Clause extends Units {
  events: Units;
}

/** What one date of a sentence dates, as unit indices (-1 for none). */
interface DateEvent {
  /** The occasion it names: "Friday's summit", "the summit on Friday", "Trump's call on Saturday". */
  head: number;
  /** The stems of the occasion's words: "summit" and "call" are two occasions, though one concept (a meeting). */
  headWords: string;
  /** The word it follows when that is no occasion: "met on Saturday", "opened on 3 March", "met yesterday". */
  predicate: number;
  clause: Clause;
}

/** The token index of each token start and end, and the unit holding each token (-1 in none). */
function tokenIndex(analysis: SentenceAnalysis) {
  const { tokens, units } = analysis;
  const atStart = new Map(tokens.map((token, k) => [token.start, k]));
  const atEnd = new Map(tokens.map((token, k) => [token.end, k]));
  const unitOf = new Int32Array(tokens.length).fill(-1);
  units.forEach((unit, u) => {
    for (let k = atStart.get(unit.start) ?? tokens.length; k < tokens.length && tokens[k]!.end <= unit.end; k++)
      unitOf[k] = u;
  });
  return { atStart, atEnd, unitOf };
}

/**
 * What a date is tied to: the noun after a possessive date ("Friday's Alaska summit" → summit); else
 * the word before it (or before its preposition), which is an occasion when a determiner or a possessive
 * opens its phrase ("the summit on Friday"), a predicate when it is a lower-case word ("met on
 * Saturday"), and neither when it is a name ("in Ottawa on Friday") or a function word.
 */
function attachmentOf(
  analysis: SentenceAnalysis,
  unitOf: Int32Array,
  first: number,
  last: number,
  possessive: boolean,
): { head: number; predicate: number } {
  const { tokens, text } = analysis;
  const joined = (k: number) => !PHRASE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  const none = { head: -1, predicate: -1 };
  if (possessive) {
    let head = -1;
    for (let k = last + 1; k < tokens.length && k <= last + PHRASE_REACH && joined(k - 1); k++) {
      if (STOPWORDS.has(tokens[k]!.norm)) break;
      head = k;
    }
    return head < 0 ? none : { head: unitOf[head]!, predicate: -1 };
  }
  const word = ATTACHING.has(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1;
  if (word < 0 || STOPWORDS.has(tokens[word]!.norm) || !joined(word)) return none;
  for (let k = word - 1; k >= 0 && k >= word - PHRASE_REACH && joined(k); k--) {
    const token = tokens[k]!;
    if (DETERMINERS.has(token.norm) || isPossessive(token.text)) return { head: unitOf[word]!, predicate: -1 };
    if (!token.isCapitalised) break;
  }
  return startsUpperCase(tokens[word]!.text) ? none : { head: -1, predicate: unitOf[word]! };
}

/**
 * Each date's event. A date's clause is the clause it sits in; for a date in a clause of its own, what
 * follows it ("On August 16, 2025, the US announced…", "By 2017, as majority leader, he shepherded…":
 * every clause after it, the main one among them, up to the next date after that) or, at the end, the
 * clause before ("…, on Monday."). Linear in the sentence, however many dates it holds.
 */
function readDateEvents(analysis: SentenceAnalysis): DateEvent[] {
  const { tokens, units, dates } = analysis;
  const { atStart, atEnd, unitOf } = tokenIndex(analysis);
  const made = new Map<string, Clause>();
  const unitsOf = (list: number[]): Units => ({
    units: list,
    members: new Set(list),
    keys: new Set(list.map((u) => units[u]!.key)),
  });
  const clause = (name: string, members: () => number[]): Clause => {
    let found = made.get(name);
    if (!found) {
      const list = members();
      made.set(name, (found = { ...unitsOf(list), events: unitsOf(list.filter((u) => isAssertedEvent(units[u]!))) }));
    }
    return found;
  };
  const byClause = new Map<number, number[]>();
  units.forEach((unit, u) => (byClause.get(unit.clause) ?? byClause.set(unit.clause, []).get(unit.clause)!).push(u));
  const byStart = units.map((_, u) => u).sort((x, y) => units[x]!.start - units[y]!.start);
  // Pointers that only move forward, the dates being in order: the first unit after a date, and the
  // first date after that unit.
  let after = 0;
  let nextDate = 0;
  return dates.map((date) => {
    while (after < byStart.length && units[byStart[after]!]!.start < date.end) after++;
    let own: Clause;
    if (byClause.has(date.clause)) own = clause(`c${date.clause}`, () => byClause.get(date.clause)!);
    else if (after < byStart.length) {
      const from = after;
      while (nextDate < dates.length && dates[nextDate]!.start <= units[byStart[from]!]!.start) nextDate++;
      const until = dates[nextDate]?.start ?? Infinity;
      own = clause(`u${from}`, () => {
        const list: number[] = [];
        for (let k = from; k < byStart.length && units[byStart[k]!]!.start < until; k++) list.push(byStart[k]!);
        return list;
      });
    } else {
      const before = byStart[after - 1];
      own =
        before === undefined
          ? clause('none', () => [])
          : clause(`c${units[before]!.clause}`, () => byClause.get(units[before]!.clause)!);
    }
    const { head, predicate } = attachmentOf(
      analysis,
      unitOf,
      atStart.get(date.start)!,
      atEnd.get(date.end)!,
      isPossessive(date.text),
    );
    let headWords = '';
    for (
      let k = head < 0 ? tokens.length : atStart.get(units[head]!.start)!;
      k < tokens.length && unitOf[k] === head;
      k++
    )
      headWords += ` ${tokens[k]!.stem}`;
    return { head, headWords, predicate, clause: own };
  });
}

/** Each analysis's date events, read once: a page sentence is compared with many claims, a claim with many sentences. */
const dateEventsByAnalysis = new WeakMap<SentenceAnalysis, DateEvent[]>();

function dateEventsOf(analysis: SentenceAnalysis): DateEvent[] {
  let events = dateEventsByAnalysis.get(analysis);
  if (!events) dateEventsByAnalysis.set(analysis, (events = readDateEvents(analysis)));
  return events;
}

/**
 * The kinds of event each date of a sentence dates (the lexicon's event kinds): those of the occasion it
 * names ("Friday's summit"), else of the word it follows ("met on Saturday"), else, when that word names
 * no event ("leaders on Saturday"), those its clause reports. Only events the sentence asserts outside an
 * attribution count, and no report of saying: the same words said on two days are still one claim.
 */
export function datedEventKinds(analysis: SentenceAnalysis): ReadonlyArray<ReadonlySet<EventKind>> {
  let kinds = datedKindsByAnalysis.get(analysis);
  if (kinds) return kinds;
  const { units } = analysis;
  const events = analysis.events.filter((event) => event.asserted && !event.attribution && !event.event.roles.speaker);
  const kindsOf = (list: readonly number[]) =>
    new Set(
      events
        .filter((event) => list.some((u) => event.start < units[u]!.end && units[u]!.start < event.end))
        .map((event) => event.event.kind),
    );
  kinds = dateEventsOf(analysis).map(({ head, predicate, clause }) => {
    if (head >= 0) return kindsOf([head]);
    const named = predicate >= 0 ? kindsOf([predicate]) : new Set<EventKind>();
    return named.size > 0 ? named : kindsOf(clause.units);
  });
  datedKindsByAnalysis.set(analysis, kinds);
  return kinds;
}

const datedKindsByAnalysis = new WeakMap<SentenceAnalysis, ReadonlyArray<ReadonlySet<EventKind>>>();

/**
 * For two aligned sentences, whether page date `i` and source date `j` (indices into their `dates`)
 * date the same event: the occasions they name, when both name one, are the same word, and one named
 * on one side only is in the other's clause; the predicates they follow, when both follow one, align
 * ("opened on 3 March" and "closed on 9 March" are two events of one trial); the events their clauses
 * assert (or the occasions named) align, when both have some; and more than half of the smaller of
 * their two clauses is in the other word for word, so that "announced … on August 16" and "Confirmed
 * by a US official on November 21" (a shared "US") are two events, as are "First published February
 * 1, 2016" and "The New York Times published an op-ed … in 1941" (a shared verb).
 */
export function dateEventMatcher(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
): (i: number, j: number) => boolean {
  const [pageEvents, sourceEvents] = [dateEventsOf(page), dateEventsOf(source)];
  const strong = alignment.pairs.filter((pair) => pair.strength >= THRESHOLDS.alignedForSlots);
  const alignedTo = new Map(strong.map((pair) => [pair.page, pair.source]));
  const alignedFrom = new Map<number, number[]>();
  for (const pair of strong)
    (alignedFrom.get(pair.source) ?? alignedFrom.set(pair.source, []).get(pair.source)!).push(pair.page);
  const aligned = (p: number, s: number) => page.units[p]!.key === source.units[s]!.key || alignedTo.get(p) === s;
  // Whether page unit `p` aligns with one of some source units, and one of some page units with source unit `s`.
  const inSource = (p: number, theirs: Units) =>
    theirs.keys.has(page.units[p]!.key) || theirs.members.has(alignedTo.get(p) ?? -1);
  const inPage = (mine: Units, s: number) =>
    mine.keys.has(source.units[s]!.key) || (alignedFrom.get(s) ?? []).some((p) => mine.members.has(p));
  // Dates share clauses: each pair of clauses is compared once.
  const compared = new Map<Clause, Map<Clause, { share: boolean; events: boolean }>>();
  const compare = (mine: Clause, theirs: Clause) => {
    let result = compared.get(mine)?.get(theirs);
    if (!result) {
      // Similar words ("Sudan" ~ "Kenya", "legislation" ~ "Senate") may name another event: only the
      // same words, concepts and office-holders say the clauses tell of one.
      const [smaller, larger, analysis] =
        mine.units.length <= theirs.units.length ? [mine, theirs, page] : [theirs, mine, source];
      const covered = smaller.units.filter((u) => larger.keys.has(analysis.units[u]!.key)).length;
      const events =
        mine.events.units.length === 0 ||
        theirs.events.units.length === 0 ||
        mine.events.units.some((p) => inSource(p, theirs.events));
      result = { share: 2 * covered > smaller.units.length, events };
      compared.set(mine, (compared.get(mine) ?? new Map()).set(theirs, result));
    }
    return result;
  };
  return (i, j) => {
    const [mine, theirs] = [pageEvents[i]!, sourceEvents[j]!];
    if (mine.predicate >= 0 && theirs.predicate >= 0 && !aligned(mine.predicate, theirs.predicate)) return false;
    const clauses = compare(mine.clause, theirs.clause);
    if (mine.head >= 0 && theirs.head >= 0) {
      if (mine.headWords !== theirs.headWords || !aligned(mine.head, theirs.head)) return false;
    } else if (mine.head >= 0) {
      // An occasion named on one side only must be one the other side's clause speaks of, and its event
      // when it asserts one: "the hearing on Friday" and "the hearing was held on Saturday", not "leave
      // the country on 9 November" and "sign it on Friday".
      const events = theirs.clause.events;
      if (!inSource(mine.head, theirs.clause) || (events.units.length > 0 && !inSource(mine.head, events)))
        return false;
    } else if (theirs.head >= 0) {
      const events = mine.clause.events;
      if (!inPage(mine.clause, theirs.head) || (events.units.length > 0 && !inPage(events, theirs.head))) return false;
    } else if (!clauses.events) {
      return false;
    }
    return clauses.share;
  };
}
