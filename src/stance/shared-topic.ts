/**
 * "Who did it" conflicts need the two accounts to be of the same thing. Two holders of one office doing
 * the same kind of event ("proposed", "met") is the whole evidence of an actor conflict, and that alone
 * pairs "the Biden administration has proposed security guarantees for Ukraine" with "President Obama
 * has proposed a redesign for the U.S. flag" — in a large dataset on other stories, dozens of times a
 * page (`npm run eval -- distractors`). Besides the actors and the event, the two must share a topic:
 * an aligned unit that is neither the event, nor the office in dispute, its country or its title words.
 */
import { stemmer } from 'stemmer';
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { Difference } from './verdict-types';
import { OFFICE_WORDS } from '../nlp/actors';
import type { Alignment } from './align';
import { THRESHOLDS } from './thresholds';

/**
 * Words of office titles and roles ("President Obama", "the prime minister", "world leaders"): they name
 * the disputed office again, not a topic.
 */
const TITLE_STEMS = new Set(OFFICE_WORDS.map((word) => stemmer(word)));

/** What the differing spans name: their offices, and the countries that stand for those offices. */
function disputed(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  differences: readonly Difference[],
): { offices: Set<string>; countries: Set<string> } {
  const offices = new Set<string>();
  const countries = new Set<string>();
  const collect = (analysis: SentenceAnalysis, start: number, end: number) => {
    for (const unit of analysis.units) {
      if (unit.end <= start || unit.start >= end) continue;
      const office = unit.actor?.office ?? unit.office;
      if (office) offices.add(office);
      else if (unit.concept?.kind === 'country') countries.add(unit.concept.id);
    }
  };
  for (const d of differences) {
    collect(page, d.pageStart, d.pageEnd);
    collect(source, d.sourceStart, d.sourceEnd);
  }
  for (const office of offices) countries.add(office.split('-')[0]!);
  return { offices, countries };
}

function isTopic(unit: Unit, offices: ReadonlySet<string>, countries: ReadonlySet<string>): boolean {
  if (unit.attribution || unit.concept?.kind === 'event') return false;
  const office = unit.actor?.office ?? unit.office;
  if (office) return !offices.has(office);
  if (unit.concept && countries.has(unit.concept.id)) return false;
  return !TITLE_STEMS.has(unit.key);
}

/**
 * Whether the aligned content holds a topic besides the event and the office whose holders `differences`
 * (the actor differences found) dispute. Other people count: "a call … with Zelensky" is a topic when
 * the dispute is over the US president.
 */
export function sharesTopicBeyondActors(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  differences: readonly Difference[],
): boolean {
  const { offices, countries } = disputed(page, source, differences);
  return alignment.pairs.some(
    (pair) =>
      pair.strength >= THRESHOLDS.alignedForSlots &&
      isTopic(page.units[pair.page]!, offices, countries) &&
      isTopic(source.units[pair.source]!, offices, countries),
  );
}
