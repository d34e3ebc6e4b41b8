/**
 * What a date dates. Two dates are two answers to "when?" only when they date the same event: "Friday's
 * summit" and "Saturday's call" are two events on two days, not one event on disputed days. A date
 * belongs to the occasion it names directly ("Friday's summit", "the summit on Friday"), else to its
 * clause ("the summit will be held on 15 August"), and two dates date one event when those agree.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import type { DateMention } from '../nlp/mentions';
import { STOPWORDS } from '../nlp/stopwords';
import { startsUpperCase } from '../nlp/tokenize';
import type { Alignment } from './align';
import { isAssertedEvent } from './frame';
import { THRESHOLDS } from './thresholds';

/** Prepositions that tie a date to the noun before them: "the summit on Friday", "the call of 16 August". */
const ATTACHING = new Set(['on', 'of', 'at', 'in', 'during']);
/** Words that open a noun phrase: the word after them, up to a date's preposition, is a noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your']);
/** How many words a noun phrase may hold between its opener and its noun ("the Trump-Putin Alaska summit"). */
const PHRASE_REACH = 4;
/** Punctuation between two words that ends a phrase. */
const PHRASE_BREAK = /[,;:.–—()]/;

const isPossessive = (text: string) => /['’]s$/i.test(text);

/** Index of the unit holding token `k`'s text, or -1 (a function word is in none). */
function unitAt(analysis: SentenceAnalysis, k: number): number {
  const token = analysis.tokens[k]!;
  return analysis.units.findIndex((unit) => unit.start <= token.start && token.end <= unit.end);
}

function joined(analysis: SentenceAnalysis, k: number): boolean {
  return !PHRASE_BREAK.test(analysis.text.slice(analysis.tokens[k]!.end, analysis.tokens[k + 1]!.start));
}

/** What a date is tied to by its words, as unit indices (-1 for none). */
interface Attachment {
  /** The occasion it names: "Friday's summit", "the summit on Friday", "Trump's call on Saturday". */
  head: number;
  /** The word it follows when that is no occasion: "met on Saturday", "opened on 3 March", "met yesterday". */
  predicate: number;
}

/**
 * What a date is tied to: the noun after a possessive date ("Friday's Alaska summit" → summit); else
 * the word before it (or before its preposition), which is an occasion when a determiner or a possessive
 * opens its phrase ("the summit on Friday"), a predicate when it is a lower-case word ("met on
 * Saturday"), and neither when it is a name ("in Ottawa on Friday") or a function word.
 */
function attachmentOf(analysis: SentenceAnalysis, date: DateMention): Attachment {
  const { tokens } = analysis;
  const first = tokens.findIndex((token) => token.start >= date.start);
  const last = tokens.findLastIndex((token) => token.end <= date.end);
  const none = { head: -1, predicate: -1 };
  if (isPossessive(date.text)) {
    let head = -1;
    for (let k = last + 1; k < tokens.length && k <= last + PHRASE_REACH && joined(analysis, k - 1); k++) {
      if (STOPWORDS.has(tokens[k]!.norm)) break;
      head = k;
    }
    return head < 0 ? none : { head: unitAt(analysis, head), predicate: -1 };
  }
  const word = ATTACHING.has(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1;
  if (word < 0 || STOPWORDS.has(tokens[word]!.norm) || !joined(analysis, word)) return none;
  for (let k = word - 1; k >= 0 && k >= word - PHRASE_REACH && joined(analysis, k); k--) {
    const token = tokens[k]!;
    if (DETERMINERS.has(token.norm) || isPossessive(token.text)) return { head: unitAt(analysis, word), predicate: -1 };
    if (!token.isCapitalised) break;
  }
  return startsUpperCase(tokens[word]!.text) ? none : { head: -1, predicate: unitAt(analysis, word) };
}

/**
 * Indices of the units of the clause a date sits in. A date in a clause of its own dates what follows
 * it ("On August 16, 2025, the US announced…", "By 2017, as majority leader, he shepherded…": every
 * clause after it, the main one being among them) or, at the end, the clause before ("…, on Monday.").
 */
function clauseOf(analysis: SentenceAnalysis, date: DateMention): number[] {
  const { units } = analysis;
  const indices = (keep: (unit: Unit) => boolean) => units.flatMap((unit, i) => (keep(unit) ? [i] : []));
  if (units.some((unit) => unit.clause === date.clause)) return indices((unit) => unit.clause === date.clause);
  if (units.some((unit) => unit.start >= date.end)) return indices((unit) => unit.start >= date.end);
  const before = units.findLast((unit) => unit.end <= date.start);
  return before ? indices((unit) => unit.clause === before.clause) : [];
}

/** The words of a unit as stems: "summit" and "call" are two occasions, though one concept (a meeting). */
function wordsOf(analysis: SentenceAnalysis, unit: Unit): string {
  return analysis.tokens.filter((token) => token.start >= unit.start && token.end <= unit.end).map((token) => token.stem).join(' ');
}

/**
 * Whether date `a` of `page` and date `b` of `source` date the same event: the occasions they name,
 * when both name one, are the same word, and one named on one side only is in the other's clause; the
 * predicates they follow, when both follow one, align
 * ("opened on 3 March" and "closed on 9 March" are two events of one trial); the events their clauses
 * assert (or the occasions named) align, when both have some; and more than half of the smaller of
 * their two clauses is in the other word for word, so that "announced … on August 16" and "Confirmed
 * by a US official on November 21" (a shared "US") are two events, as are "First published February
 * 1, 2016" and "The New York Times published an op-ed … in 1941" (a shared verb).
 */
export function sameDateEvent(page: SentenceAnalysis, a: DateMention, source: SentenceAnalysis, b: DateMention, alignment: Alignment): boolean {
  const aligned = (p: number, s: number) =>
    page.units[p]!.key === source.units[s]!.key ||
    alignment.pairs.some((pair) => pair.page === p && pair.source === s && pair.strength >= THRESHOLDS.alignedForSlots);
  const [mine, theirs] = [attachmentOf(page, a), attachmentOf(source, b)];
  if (mine.head >= 0 && theirs.head >= 0 && wordsOf(page, page.units[mine.head]!) !== wordsOf(source, source.units[theirs.head]!)) return false;
  if (mine.predicate >= 0 && theirs.predicate >= 0 && !aligned(mine.predicate, theirs.predicate)) return false;
  const [pageClause, sourceClause] = [clauseOf(page, a), clauseOf(source, b)];
  // An occasion one side names must be one the other side's clause speaks of: "the hearing on Friday"
  // and "the hearing was held on Saturday", not "leave the country on 9 November" and "sign it on Friday".
  if (mine.head >= 0 && theirs.head < 0 && !sourceClause.some((s) => aligned(mine.head, s))) return false;
  if (theirs.head >= 0 && mine.head < 0 && !pageClause.some((p) => aligned(p, theirs.head))) return false;
  const eventsOf = (analysis: SentenceAnalysis, head: number, clause: number[]) =>
    head >= 0 ? [head] : clause.filter((i) => isAssertedEvent(analysis.units[i]!));
  const [pageEvents, sourceEvents] = [eventsOf(page, mine.head, pageClause), eventsOf(source, theirs.head, sourceClause)];
  if (pageEvents.length > 0 && sourceEvents.length > 0 && !pageEvents.some((p) => sourceEvents.some((s) => aligned(p, s)))) return false;
  // Similar words ("Sudan" ~ "Kenya", "legislation" ~ "Senate") may name another event: only the same
  // words, concepts and office-holders say the clauses tell of one.
  const same = (p: number, s: number) => page.units[p]!.key === source.units[s]!.key;
  const pageCovered = pageClause.filter((p) => sourceClause.some((s) => same(p, s))).length;
  const sourceCovered = sourceClause.filter((s) => pageClause.some((p) => same(p, s))).length;
  const [covered, smaller] = pageClause.length <= sourceClause.length ? [pageCovered, pageClause.length] : [sourceCovered, sourceClause.length];
  return 2 * covered > smaller;
}
