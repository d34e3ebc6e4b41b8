/**
 * "Who did it", for anyone with a name: "Trudeau announced the new tariffs on steel" and "Carney
 * announced the new tariffs on steel" disagree on the actor although neither man is an office-holder
 * the lexicon lists. Two mentions of one kind of event (events.ts), each with a named agent, on the same
 * object, with no agent in common, conflict.
 *
 * Not a conflict: one person named two ways ("President Trump" / "Donald Trump", names.ts), a side that
 * names no agent ("the tariffs were announced"), two kinds of event ("announced" / "rejected"), a list
 * that adds a name ("Apple and Google announced" / "Apple announced"), a speaker ("Trudeau said…" has a
 * speaker, not an agent), an event denied or only wished for, and an event whose object differs
 * ("Apple bought Beats" / "Google bought Nest").
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { EventMention } from '../nlp/events';
import { sameNamed, type NameSpan } from '../nlp/names';
import { startsUpperCase } from '../nlp/tokenize';
import type { Alignment } from './align';
import type { Difference } from './verdict-types';
import { THRESHOLDS } from './thresholds';

/**
 * Share of the smaller object's units that must be aligned with the other's: "the new tariffs on steel
 * at a press conference in Ottawa" has the object of "the new tariffs on steel", and a shared half
 * ("tariffs" of "tariffs on Canada") is the same object only if no name differs (see `sameObject`).
 */
const OBJECT_SHARE = 0.5;

/** Two named agents of one event, as spans of the two sentences. */
export interface NamedActorConflict {
  page: [number, number];
  source: [number, number];
}

/** Events a sentence asserts, with an agent role and a named agent. */
function agentEvents(analysis: SentenceAnalysis): EventMention[] {
  return analysis.events.filter(
    (mention) => mention.asserted && mention.event.roles.agent && mention.agents.length > 0,
  );
}

/**
 * How many units on each side of the event words its object is looked for in: "the new tariffs on steel
 * at a press conference in Ottawa" is eight. A bound, so that a hostile sentence of thousands of event
 * words costs each of them the same.
 */
const OBJECT_REACH = 12;

function within(unit: Unit, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((span) => unit.start < span.end && span.start < unit.end);
}

/** What an event is done to, and its other roles; `head` is the unit that says most what it is. */
interface EventObject {
  units: ReadonlySet<Unit>;
  /** The first unit after the event words ("announced *the new tariffs*", "agreed to *plead* guilty"), or in the passive the last before them ("the *brewery* was bought"). */
  head: Unit | undefined;
  /**
   * The last unit of the phrase right after the event words, where a preposition, a conjunction or a
   * comma ends it: the noun its first words modify ("bought the cancer drug maker *Seagen*", "scored the
   * winning *goal* in…").
   */
  phraseEnd: Unit | undefined;
}

/** Words that end the phrase after an event's words: what follows says where, when, why or how. */
const PHRASE_ENDS = new Set([
  'in',
  'of',
  'at',
  'for',
  'from',
  'to',
  'with',
  'on',
  'by',
  'over',
  'after',
  'before',
  'because',
  'as',
  'during',
  'into',
  'against',
  'than',
  'that',
  'which',
  'who',
  'while',
  'and',
  'but',
  'or',
]);

/** Where the phrase that starts after `from` ends: at a word of PHRASE_ENDS or a punctuation mark between words. */
function phraseEndAt(analysis: SentenceAnalysis, from: number): number {
  let previous = from;
  for (const token of analysis.tokens) {
    if (token.start < from) continue;
    if (PHRASE_ENDS.has(token.norm) || /[,;:()\u2013\u2014]/.test(analysis.text.slice(previous, token.start)))
      return token.start;
    previous = token.end;
  }
  return analysis.text.length;
}

/** A sentence's units other than numbers, by position: sorted once per sentence. */
const orderedUnits = new WeakMap<SentenceAnalysis, Unit[]>();

function unitsInOrder(analysis: SentenceAnalysis): Unit[] {
  let units = orderedUnits.get(analysis);
  if (!units)
    orderedUnits.set(
      analysis,
      (units = analysis.units.filter((unit) => !unit.key.startsWith('#')).sort((a, b) => a.start - b.start)),
    );
  return units;
}

/**
 * The content of the event's clause near it, besides the agents and the event words, and the next
 * clause's too when nothing follows the event in its own ("announced that…"). Numbers are left out: a
 * different price is a number difference, not a different purchase.
 */
function objectOf(analysis: SentenceAnalysis, mention: EventMention): EventObject {
  const units = unitsInOrder(analysis);
  let at = 0;
  for (let step = units.length; step > 0; step >>= 1)
    while (at + step <= units.length && units[at + step - 1]!.start < mention.end) at += step;
  const taken = (unit: Unit) => !within(unit, mention.agents) && !within(unit, [mention]);
  const before = units
    .slice(Math.max(0, at - OBJECT_REACH), at)
    .filter((unit) => unit.clause === mention.clause && taken(unit));
  const nearAfter = units.slice(at, at + OBJECT_REACH);
  let after = nearAfter.filter((unit) => unit.clause === mention.clause && taken(unit));
  if (after.length === 0) after = nearAfter.filter((unit) => unit.clause === mention.clause + 1 && taken(unit));
  const end = after[0] ? phraseEndAt(analysis, mention.end) : 0;
  const phrase = after.filter((unit) => unit.start < end);
  return { units: new Set([...before, ...after]), head: after[0] ?? before.at(-1), phraseEnd: phrase.at(-1) };
}

/** A unit that names something: a concept, a person, a capitalised word. Such units match only by key. */
function isNamed(unit: Unit): boolean {
  return unit.concept !== null || unit.actor !== null || unit.office !== null || startsUpperCase(unit.text);
}

/** For each page unit, the source units that are the same content: aligned strongly enough, or, without an alignment, of equal key. */
function alignedPartners(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment | undefined,
): Map<Unit, Unit[]> {
  const partners = new Map<Unit, Unit[]>();
  const add = (p: Unit, s: Unit) => {
    if (p.key === s.key || (!isNamed(p) && !isNamed(s))) partners.set(p, [...(partners.get(p) ?? []), s]);
  };
  if (alignment) {
    for (const pair of alignment.pairs)
      if (pair.strength >= THRESHOLDS.alignedForSlots) add(page.units[pair.page]!, source.units[pair.source]!);
  } else {
    const byKey = new Map<string, Unit[]>();
    for (const s of source.units) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
    for (const p of page.units) for (const s of byKey.get(p.key) ?? []) add(p, s);
  }
  return partners;
}

/**
 * The two objects are one: both heads (or else the two phrases' last words, with each other) and most of
 * the smaller object are aligned with the other, and
 * every name in the smaller is found in the other by key ("Beats" is not "Nest", however close their
 * vectors). The heads keep "agreed to plead guilty to fraud charges" apart from "agreed to pay a fine to
 * settle bribery charges", which share three of five words by vectors.
 */
function sameObject(mine: EventObject, theirs: EventObject, partners: ReadonlyMap<Unit, readonly Unit[]>): boolean {
  if (mine.units.size === 0 || theirs.units.size === 0) return false;
  const myCovered = new Set<Unit>();
  const theirCovered = new Set<Unit>();
  for (const p of mine.units) {
    for (const s of partners.get(p) ?? []) {
      if (!theirs.units.has(s)) continue;
      myCovered.add(p);
      theirCovered.add(s);
    }
  }
  // The first words, or else the phrases' last words aligned with each other ("the cancer drug maker
  // Seagen" / "Seagen, a maker of cancer drugs"; "the winning goal" / "the only goal").
  const firstWords = myCovered.has(mine.head!) && theirCovered.has(theirs.head!);
  const phraseEnds =
    mine.phraseEnd !== undefined &&
    theirs.phraseEnd !== undefined &&
    (partners.get(mine.phraseEnd)?.includes(theirs.phraseEnd) ?? false);
  if (!firstWords && !phraseEnds) return false;
  const [smaller, covered] =
    mine.units.size <= theirs.units.size ? [mine.units, myCovered] : [theirs.units, theirCovered];
  return (
    covered.size >= OBJECT_SHARE * smaller.size && [...smaller].every((unit) => !isNamed(unit) || covered.has(unit))
  );
}

function spanOf(agents: readonly NameSpan[]): [number, number] {
  return [agents[0]!.start, agents.at(-1)!.end];
}

/**
 * Named agents that differ between two accounts of one event (at most one conflict per page event).
 * The source's events are asked for only when the page has an event with a named agent: a claim decoded
 * from a stored index analyzes itself in full to give them.
 */
export function namedActorConflicts(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment?: Alignment,
): NamedActorConflict[] {
  const mine = agentEvents(page);
  if (mine.length === 0) return [];
  const theirs = agentEvents(source);
  if (theirs.length === 0) return [];
  let partners: Map<Unit, Unit[]> | null = null;
  const theirObjects = new Map<EventMention, EventObject>();
  const found: NamedActorConflict[] = [];
  for (const a of mine) {
    let myObject: EventObject | undefined;
    const b = theirs.find(
      (other) =>
        other.event.kind === a.event.kind &&
        !a.agents.some((x) => other.agents.some((y) => sameNamed(x, y))) &&
        sameObject(
          (myObject ??= objectOf(page, a)),
          theirObjects.get(other) ?? theirObjects.set(other, objectOf(source, other)).get(other)!,
          (partners ??= alignedPartners(page, source, alignment)),
        ),
    );
    if (b) found.push({ page: spanOf(a.agents), source: spanOf(b.agents) });
  }
  return found;
}

/** The kinds of asserted event (not in an attribution) whose agent or subject is in `start`…`end`. */
function eventsDoneBy(analysis: SentenceAnalysis, start: number, end: number): string[] {
  const inside = (span: { start: number; end: number }) => span.start < end && start < span.end;
  return analysis.events
    .filter(
      (mention) =>
        mention.asserted &&
        !mention.attribution &&
        (mention.agents.some(inside) || (mention.subject !== undefined && inside(mention.subject))),
    )
    .map((mention) => mention.event.id);
}

/**
 * Whether the two sides of an actor difference are each the one who does an event of one kind: "the
 * Biden administration has proposed…" / "the American side proposed…". The detector also tells actors
 * apart by the offices they hold ("President Obama" in one sentence, "President Trump" in the other),
 * which two reports of two events can do; this asks that the two name who did one kind of thing.
 */
export function agentsOfOneKindOfEvent(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  difference: Difference,
): boolean {
  const kinds = eventsDoneBy(page, difference.pageStart, difference.pageEnd);
  if (kinds.length === 0) return false;
  return eventsDoneBy(source, difference.sourceStart, difference.sourceEnd).some((kind) => kinds.includes(kind));
}
