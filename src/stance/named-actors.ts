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
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import type { EventMention } from '../nlp/events';
import { sameNamed, type NameSpan } from '../nlp/names';
import { startsUpperCase } from '../nlp/tokenize';
import type { Alignment } from './align';
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
  return analysis.events.filter((mention) => mention.asserted && mention.event.roles.agent && mention.agents.length > 0);
}

function within(unit: Unit, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((span) => unit.start < span.end && span.start < unit.end);
}

/** What an event is done to, and its other roles; `head` is the unit that says most what it is. */
interface EventObject {
  units: Unit[];
  /** The first unit after the event words ("announced *the new tariffs*", "agreed to *plead* guilty"), or in the passive the last before them ("the *brewery* was bought"). */
  head: Unit | undefined;
}

/**
 * The content of the event's clause besides the agents and the event words, and the next clause's too
 * when nothing follows the event in its own ("announced that…"). Numbers are left out: a different price
 * is a number difference, not a different purchase.
 */
function objectOf(analysis: SentenceAnalysis, mention: EventMention): EventObject {
  const inClause = (clause: number) =>
    analysis.units.filter((unit) => unit.clause === clause && !unit.key.startsWith('#') && !within(unit, [...mention.agents, mention]));
  const own = inClause(mention.clause);
  const units = own.some((unit) => unit.start >= mention.end) ? own : [...own, ...inClause(mention.clause + 1)];
  const after = units.filter((unit) => unit.start >= mention.end).sort((a, b) => a.start - b.start);
  return { units, head: after[0] ?? units.filter((unit) => unit.end <= mention.start).sort((a, b) => a.start - b.start).at(-1) };
}

/** A unit that names something: a concept, a person, a capitalised word. Such units match only by key. */
function isNamed(unit: Unit): boolean {
  return unit.concept !== null || unit.actor !== null || unit.office !== null || startsUpperCase(unit.text);
}

/** Page and source unit indexes that are the same content: aligned strongly enough, or equal keys without an alignment. */
function alignedPairs(page: SentenceAnalysis, source: SentenceAnalysis, alignment: Alignment | undefined): Array<[Unit, Unit]> {
  if (alignment) {
    return alignment.pairs.filter((pair) => pair.strength >= THRESHOLDS.alignedForSlots).map((pair) => [page.units[pair.page]!, source.units[pair.source]!]);
  }
  return page.units.flatMap((p) => source.units.filter((s) => s.key === p.key).map((s): [Unit, Unit] => [p, s]));
}

/**
 * The two objects are one: both heads and most of the smaller object are aligned with the other, and
 * every name in the smaller is found in the other by key ("Beats" is not "Nest", however close their
 * vectors). The heads keep "agreed to plead guilty to fraud charges" apart from "agreed to pay a fine to
 * settle bribery charges", which share three of five words by vectors.
 */
function sameObject(mine: EventObject, theirs: EventObject, pairs: ReadonlyArray<[Unit, Unit]>): boolean {
  if (mine.units.length === 0 || theirs.units.length === 0) return false;
  const matched = pairs.filter(([p, s]) => mine.units.includes(p) && theirs.units.includes(s) && (p.key === s.key || (!isNamed(p) && !isNamed(s))));
  const myCovered = new Set(matched.map(([p]) => p));
  const theirCovered = new Set(matched.map(([, s]) => s));
  if (!myCovered.has(mine.head!) || !theirCovered.has(theirs.head!)) return false;
  const [smaller, covered] = mine.units.length <= theirs.units.length ? [mine.units, myCovered] : [theirs.units, theirCovered];
  return covered.size >= OBJECT_SHARE * smaller.length && smaller.every((unit) => !isNamed(unit) || covered.has(unit));
}

function spanOf(agents: readonly NameSpan[]): [number, number] {
  return [agents[0]!.start, agents.at(-1)!.end];
}

/**
 * Named agents that differ between two accounts of one event (at most one conflict per page event).
 * The source's events are asked for only when the page has an event with a named agent: a claim decoded
 * from a stored index analyses itself in full to give them.
 */
export function namedActorConflicts(page: SentenceAnalysis, source: SentenceAnalysis, alignment?: Alignment): NamedActorConflict[] {
  const mine = agentEvents(page);
  if (mine.length === 0) return [];
  const theirs = agentEvents(source);
  if (theirs.length === 0) return [];
  let pairs: Array<[Unit, Unit]> | null = null;
  const found: NamedActorConflict[] = [];
  for (const a of mine) {
    const b = theirs.find(
      (other) =>
        other.event.kind === a.event.kind &&
        !a.agents.some((x) => other.agents.some((y) => sameNamed(x, y))) &&
        sameObject(objectOf(page, a), objectOf(source, other), (pairs ??= alignedPairs(page, source, alignment))),
    );
    if (b) found.push({ page: spanOf(a.agents), source: spanOf(b.agents) });
  }
  return found;
}
