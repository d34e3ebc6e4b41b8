/**
 * Two reports of one event: the same kind of asserted event (a proposal, a meeting) with the same
 * participants. "The United States announced … by offering NATO-style joint defense guarantees to Kyiv"
 * and "The US has proposed security guarantees for Ukraine similar to … NATO" say the same thing in
 * different words and around different extra clauses, which whole-sentence similarity cannot see.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { Concept } from '../nlp/concepts';
import { THRESHOLDS } from './thresholds';

/**
 * Words that make an event named after them one that may yet happen: "a possible Trump-Putin-Zelensky
 * summit", "potential trilateral talks", "the planned meeting".
 */
const PROSPECTIVE = new Set([
  'possible',
  'potential',
  'prospective',
  'planned',
  'upcoming',
  'expected',
  'future',
  'proposed',
  'mooted',
  'hypothetical',
  'eventual',
]);
/** Where the noun phrase before an event word starts: a determiner or preposition ends the look back. */
const PHRASE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'of',
  'over',
  'on',
  'in',
  'at',
  'for',
  'with',
  'about',
  'after',
  'before',
  'during',
  'between',
]);
/** How far back from an event word its modifiers are looked for (a hyphenated "Trump-Putin-Zelensky" is three). */
const MODIFIER_REACH = 5;

/**
 * The first token of the noun phrase that ends before token `at` (an event word): the determiner or
 * preposition that opens it ("the planned meeting", "after Trump's summit", "in person talks"), else the
 * word a punctuation mark follows, else the farthest word `MODIFIER_REACH` allows. Its words, from that
 * token on, are what the phrase says of the event.
 */
export function phraseOpening(analysis: SentenceAnalysis, at: number): number {
  const { tokens, text } = analysis;
  let i = at - 1;
  for (; i > 0 && i > at - MODIFIER_REACH; i--) {
    const token = tokens[i]!;
    if (PHRASE_OPENERS.has(token.norm) || /[,;:.–—()]/.test(text.slice(token.end, tokens[i + 1]!.start))) break;
  }
  return Math.max(i, 0);
}

/** An event named as one that may yet happen: a prospective word inside its noun phrase. */
function isProspective(analysis: SentenceAnalysis, unit: Unit): boolean {
  const at = analysis.tokens.findIndex((token) => token.start === unit.start);
  for (let i = phraseOpening(analysis, at); i < at; i++) if (PROSPECTIVE.has(analysis.tokens[i]!.norm)) return true;
  return false;
}

/** An event concept the sentence asserts: neither denies ("did not meet") nor merely wishes ("hopes to meet"). */
export function assertsEvent(concept: Concept | null, negated: boolean, irrealis: boolean): boolean {
  return concept?.kind === 'event' && !negated && !irrealis;
}

/** `assertsEvent` of a unit. */
export function isAssertedEvent(unit: Unit): boolean {
  return assertsEvent(unit.concept, unit.negated, unit.irrealis);
}

/** Each asserted event a sentence names, with whether it names it as held, prospective, or both. */
function eventMoods(analysis: SentenceAnalysis): Map<string, Set<'held' | 'prospective'>> {
  const moods = new Map<string, Set<'held' | 'prospective'>>();
  for (const unit of analysis.units) {
    if (!isAssertedEvent(unit)) continue;
    const mood = isProspective(analysis, unit) ? 'prospective' : 'held';
    moods.set(unit.key, (moods.get(unit.key) ?? new Set()).add(mood));
  }
  return moods;
}

/**
 * One sentence names an event only as one that may yet happen and the other only as one that took
 * place ("speculation grows over potential trilateral talks" vs "during a call Trump held with
 * Zelensky"): not one event, however many participants they share.
 */
function differInMood(page: SentenceAnalysis, source: SentenceAnalysis): boolean {
  return readApart(eventMoods(page), eventMoods(source));
}

/**
 * Whether one event both sentences name is read on each side only in ways the other never reads it
 * (`mine` and `theirs`: each event's readings, as held or prospective, as a call or a meeting).
 */
export function readApart<Event, Reading>(
  mine: ReadonlyMap<Event, ReadonlySet<Reading>>,
  theirs: ReadonlyMap<Event, ReadonlySet<Reading>>,
): boolean {
  for (const [event, readings] of mine) {
    const other = theirs.get(event);
    if (other && ![...readings].some((reading) => other.has(reading))) return true;
  }
  return false;
}

/** Both sentences assert the same kind of event (neither denies nor merely wishes it). */
export function sharesEvent(page: SentenceAnalysis, source: SentenceAnalysis): boolean {
  const asserted = (analysis: SentenceAnalysis) => new Set(analysis.units.filter(isAssertedEvent).map((u) => u.key));
  const theirs = asserted(source);
  return [...asserted(page)].some((key) => theirs.has(key));
}

/**
 * A proper name the tables do not know ("Alaska", "Brussels"): written with a capital inside the
 * sentence. Where a meeting took place identifies it as well as who met.
 */
function isName(analysis: SentenceAnalysis, unit: Unit): boolean {
  if (unit.concept || unit.actor || unit.office || unit.key.startsWith('#')) return false;
  return analysis.tokens.some((token) => token.start === unit.start && token.isCapitalised);
}

/** The participants and things of a sentence's asserted content; a leader counts as their country's side. */
function frame(analysis: SentenceAnalysis): Set<string> {
  return new Set(
    analysis.units
      .filter((u) => !u.attribution && !u.irrealis && (u.concept || u.actor || u.office))
      .map((u) => (u.actor?.country ? `@${u.actor.country}` : u.office ? `@${u.office.split('-')[0]}` : u.key)),
  );
}

/** Keys of the names a sentence asserts. */
function names(analysis: SentenceAnalysis): Set<string> {
  return new Set(analysis.units.filter((u) => !u.attribution && !u.irrealis && isName(analysis, u)).map((u) => u.key));
}

/**
 * Both sentences report the same event with the same participants: a shared asserted event and at least
 * `frameMinShared` other shared participants or things (`frameMinSharedNamed` when both name two of the
 * same people or places: "a summit between Trump and Putin in Alaska" / "Trump … about Friday's Alaska summit"),
 * covering most of the smaller side's frame. A shared name counts as shared; a name on one side only
 * counts against nothing, being detail ("President", "European") rather than a participant.
 */
export function sharesFrame(page: SentenceAnalysis, source: SentenceAnalysis): boolean {
  if (!sharesEvent(page, source) || differInMood(page, source)) return false;
  const mine = frame(page);
  const theirs = frame(source);
  const theirNames = names(source);
  const sharedNames = [...names(page)].filter((key) => theirNames.has(key)).length;
  const sharedConcepts = [...mine].filter((key) => theirs.has(key)).length;
  const shared = sharedConcepts + sharedNames;
  // Two named participants, or one and a named place, identify an event: who met whom, or where.
  const sharedPeople = new Set(
    page.actors.filter((a) => source.actors.some((b) => b.holder.id === a.holder.id)).map((a) => a.holder.id),
  ).size;
  const needed =
    sharedPeople + sharedNames >= THRESHOLDS.frameIdentifyingNames
      ? THRESHOLDS.frameMinSharedNamed
      : THRESHOLDS.frameMinShared;
  return shared >= needed && shared / (Math.min(mine.size, theirs.size) + sharedNames) >= THRESHOLDS.frameMinShare;
}
