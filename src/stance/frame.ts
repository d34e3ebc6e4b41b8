/**
 * Two reports of one event: the same kind of asserted event (a proposal, a meeting) with the same
 * participants. "The United States announced … by offering NATO-style joint defense guarantees to Kyiv"
 * and "The US has proposed security guarantees for Ukraine similar to … NATO" say the same thing in
 * different words and around different extra clauses, which whole-sentence similarity cannot see.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import { THRESHOLDS } from './thresholds';

/** Both sentences assert the same kind of event (neither denies nor merely wishes it). */
export function sharesEvent(page: SentenceAnalysis, source: SentenceAnalysis): boolean {
  const asserted = (analysis: SentenceAnalysis) =>
    new Set(analysis.units.filter((u) => u.concept?.kind === 'event' && !u.negated && !u.irrealis).map((u) => u.key));
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
  if (!sharesEvent(page, source)) return false;
  const mine = frame(page);
  const theirs = frame(source);
  const theirNames = names(source);
  const sharedNames = [...names(page)].filter((key) => theirNames.has(key)).length;
  const sharedConcepts = [...mine].filter((key) => theirs.has(key)).length;
  const shared = sharedConcepts + sharedNames;
  // Two named participants, or one and a named place, identify an event: who met whom, or where.
  const sharedPeople = new Set(page.actors.filter((a) => source.actors.some((b) => b.holder.id === a.holder.id)).map((a) => a.holder.id)).size;
  const needed = sharedPeople + sharedNames >= THRESHOLDS.frameIdentifyingNames ? THRESHOLDS.frameMinSharedNamed : THRESHOLDS.frameMinShared;
  return shared >= needed && shared / (Math.min(mine.size, theirs.size) + sharedNames) >= THRESHOLDS.frameMinShare;
}
