/**
 * The difference detector: where two sentences about the same thing disagree, and on what — actor,
 * number, date/time, negation/modality. It feeds the verdict and is the explanation the reader sees.
 */
import type { Difference, DifferenceKind } from './verdict-types';
import { officeLabels, type OfficeHolder } from '../nlp/actors';
import { LEXICON } from '../nlp/lexicon';
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { DateMention } from '../nlp/mentions';
import { compareDays } from '../nlp/resolve-date';
import type { Alignment, Weigh } from './align';
import { dateEventMatcher } from './date-events';
import { namedActorConflicts } from './named-actors';
import { sharesTopicBeyondActors } from './shared-topic';
import { THRESHOLDS } from './thresholds';
import { isPlace } from './unit-role';

/** Titles and modifiers that belong to a name when it is shown: "US President Donald Trump". */
const TITLE_WORDS = new Set(LEXICON.titleWords);

function widenToTitle(analysis: SentenceAnalysis, start: number, end: number): [number, number] {
  let from = start;
  for (let i = analysis.tokens.length - 1; i >= 0; i--) {
    const token = analysis.tokens[i]!;
    if (token.end > from) continue;
    if (from - token.end > 1 || !TITLE_WORDS.has(token.norm)) break;
    from = token.start;
  }
  return [from, end];
}

function difference(
  kind: DifferenceKind,
  page: SentenceAnalysis,
  [pageStart, pageEnd]: [number, number],
  source: SentenceAnalysis,
  [sourceStart, sourceEnd]: [number, number],
): Difference {
  return {
    kind,
    page: page.text.slice(pageStart, pageEnd),
    source: source.text.slice(sourceStart, sourceEnd),
    pageStart,
    pageEnd,
    sourceStart,
    sourceEnd,
  };
}

/** Who holds each office according to a whole document (only offices it names one holder for). */
export type OfficeContext = ReadonlyMap<string, OfficeHolder>;

/** The office-holders a document names, by office; an office named with two holders is left out. */
export function officeContext(sentences: readonly SentenceAnalysis[]): OfficeContext {
  const holders = new Map<string, OfficeHolder | null>();
  for (const sentence of sentences) {
    for (const { holder } of sentence.actors) {
      const known = holders.get(holder.office);
      holders.set(holder.office, known === undefined || known?.id === holder.id ? holder : null);
    }
  }
  const context = new Map<string, OfficeHolder>();
  for (const [office, holder] of holders) if (holder) context.set(office, holder);
  return context;
}

/** A country or title on one side standing for another holder than the one the other side names. */
interface ImpliedActor {
  named: [number, number];
  other: [number, number];
  standsFor: NonNullable<Difference['standsFor']>;
}

/**
 * "The Biden administration proposed…" vs "The US proposed…" in an article that names Trump as the
 * president: the country stands for the office-holder its document names — when it acts, not when it
 * is where something happens.
 */
function impliedActorDifferences(
  named: SentenceAnalysis,
  other: SentenceAnalysis,
  otherContext: OfficeContext,
): ImpliedActor[] {
  const found: ImpliedActor[] = [];
  const namedIds = new Set(named.actors.map((a) => a.holder.id));
  for (const a of named.actors) {
    if (!a.holder.country || other.actors.some((b) => b.holder.office === a.holder.office)) continue;
    const implied = otherContext.get(a.holder.office);
    if (!implied || implied.id === a.holder.id || namedIds.has(implied.id)) continue;
    const country =
      other.units.find((unit) => unit.office === a.holder.office) ??
      other.units.find((unit) => unit.concept?.id === a.holder.country && !unit.irrealis && !isPlace(other, unit));
    if (!country) continue;
    found.push({
      named: widenToTitle(named, a.start, a.end),
      other: widenToTitle(other, country.start, country.end),
      standsFor: { text: country.text, holder: implied.name, office: officeLabels(implied.office) },
    });
  }
  return found;
}

/**
 * Two holders of one office ("Biden" vs "Trump" as US president), neither named on the other side; and
 * two different named agents of one event on one object ("Trudeau" vs "Carney announced the tariffs",
 * named-actors.ts). Without an alignment, the event's objects are compared by their units' keys.
 */
export function actorDifferences(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  pageContext: OfficeContext,
  sourceContext: OfficeContext,
  alignment?: Alignment,
): Difference[] {
  const found: Difference[] = [];
  for (const implied of impliedActorDifferences(page, source, sourceContext)) {
    found.push({ ...difference('actor', page, implied.named, source, implied.other), standsFor: implied.standsFor });
  }
  for (const implied of impliedActorDifferences(source, page, pageContext)) {
    found.push({ ...difference('actor', page, implied.other, source, implied.named), standsFor: implied.standsFor });
  }
  const pageIds = new Set(page.actors.map((a) => a.holder.id));
  const sourceIds = new Set(source.actors.map((a) => a.holder.id));
  for (const a of page.actors) {
    if (sourceIds.has(a.holder.id)) continue;
    const b = source.actors.find((s) => s.holder.office === a.holder.office && !pageIds.has(s.holder.id));
    if (!b || found.some((d) => d.pageEnd === a.end)) continue;
    found.push(
      difference('actor', page, widenToTitle(page, a.start, a.end), source, widenToTitle(source, b.start, b.end)),
    );
  }
  for (const named of namedActorConflicts(page, source, alignment)) {
    const [start, end] = named.page;
    if (found.some((d) => d.pageStart < end && start < d.pageEnd)) continue;
    found.push(difference('actor', page, named.page, source, named.source));
  }
  return found;
}

/**
 * Two named doers of one kind of event on one object (named-actors.ts) as differences, for a pair whose
 * slots the rules did not compare: they look for differences only between alike sentences sharing two
 * specific things, and for who did it first only over the concept lexicon's events (a proposal, a
 * meeting). "Carlos Alcaraz won the Wimbledon title in 2024." and "Jannik Sinner won the 2024 Wimbledon
 * men's singles title." share one specific thing, and a win is no concept event. As there, the two must
 * share a topic besides the doers and the event (shared-topic.ts).
 */
export function namedActorDifferences(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
): Difference[] {
  const found = namedActorConflicts(page, source, alignment).map((named) =>
    difference('actor', page, named.page, source, named.source),
  );
  return found.length > 0 && sharesTopicBeyondActors(page, source, alignment, found) ? found : [];
}

/** Content units right after a number: its unit of measure ("troops", "percent", "billion"). */
function unitsAfter(analysis: SentenceAnalysis, end: number): Unit[] {
  return analysis.units
    .filter((unit) => unit.start >= end && !unit.key.startsWith('#'))
    .slice(0, 2)
    .filter((unit) => unit.start - end < 40);
}

/** What a number measures: the units right after it, and "percent" for a percentage. */
function measuredBy(analysis: SentenceAnalysis, number: { text: string; end: number }): string[] {
  const keys = unitsAfter(analysis, number.end).map((unit) => unit.key);
  if (/%$/.test(number.text)) keys.push('percent');
  return keys;
}

/** The same measured thing with non-overlapping values: "30,000 troops" vs "50,000 troops". */
function numberDifferences(page: SentenceAnalysis, source: SentenceAnalysis): Difference[] {
  if (page.numbers.length === 0) return [];
  const pageMeasures = page.numbers.map((a) => measuredBy(page, a));
  // A source measure is one of its own (non-number) unit keys or "percent": when no page measure can be
  // one, no pair of numbers measures the same thing, and the source's numbers are not asked for (a claim
  // decoded from a stored index would analyze itself in full to give them).
  const sourceMayMeasure = (key: string) =>
    key === 'percent' || source.units.some((unit) => unit.key === key && !unit.key.startsWith('#'));
  if (!pageMeasures.some((keys) => keys.some(sourceMayMeasure))) return [];
  const sourceMeasures = source.numbers.map((b) => measuredBy(source, b));
  const found: Difference[] = [];
  page.numbers.forEach((a, i) => {
    source.numbers.forEach((b, j) => {
      if (!pageMeasures[i]!.some((key) => sourceMeasures[j]!.includes(key))) return;
      if (a.high >= b.low && b.high >= a.low) return;
      if (page.numbers.some((n) => n.low === b.low && n.high === b.high)) return;
      found.push(difference('number', page, [a.start, a.end], source, [b.start, b.end]));
    });
  });
  return found;
}

/**
 * When the two documents were published (ISO 8601, as `publishedTime` gives it), to place "on Saturday",
 * "yesterday" or "August 16" with no year; without it such a date stays unplaced and differs from nothing.
 */
export interface PublishedDates {
  page?: string | null;
  source?: string | null;
}

/** A weekday, "yesterday" and "16 August" all name a day. */
export const precisionOf = (date: DateMention) => (date.granularity === 'weekday' ? 'day' : date.granularity);

/**
 * The same event on different days: "will be held on 15 August" vs "on 16 August", or "met on
 * Saturday" in a piece of Sunday 17 August vs "met on 14 August". Dates of two events ("Friday's
 * summit", "Saturday's call") are not compared (date-events.ts), and a page date one of its event's
 * source dates may share a day with differs from none of them. Only dates as precise as each other
 * differ: a coarser one ("in 2024", "in December 2019") mostly sets the scene of its sentence rather
 * than dates the event a day dates, though it agrees with a day inside it.
 */
function dateDifferences(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  published: PublishedDates,
): Difference[] {
  if (page.dates.length === 0 || source.dates.length === 0) return [];
  const sameEvent = dateEventMatcher(page, source, alignment);
  const days = (i: number, j: number) =>
    compareDays(page.dates[i]!, published.page, source.dates[j]!, published.source);
  // Source dates a page date of their event may share a day with: the page gives them too, so they are not disputed.
  const given = new Set(
    source.dates.flatMap((_, j) => (page.dates.some((_, i) => sameEvent(i, j) && days(i, j) === 'same') ? [j] : [])),
  );
  const found: Difference[] = [];
  page.dates.forEach((a, i) => {
    const events = source.dates.flatMap((_, j) => (sameEvent(i, j) ? [j] : []));
    if (events.some((j) => days(i, j) === 'same')) return;
    const j = events.find(
      (j) => precisionOf(source.dates[j]!) === precisionOf(a) && days(i, j) === 'different' && !given.has(j),
    );
    if (j === undefined) return;
    const b = source.dates[j]!;
    found.push(difference('date', page, [a.start, a.end], source, [b.start, b.end]));
  });
  return found;
}

function spanOf(analysis: SentenceAnalysis, units: Unit[]): [number, number] {
  let start = Math.min(...units.map((unit) => unit.start));
  const end = Math.max(...units.map((unit) => unit.end));
  // The negation cue only matters for negated units: the side that asserts needs none (and a claim
  // decoded from a stored index would analyze itself in full to find its cues).
  const cue = units.some((unit) => unit.negated) ? analysis.negations.filter((n) => n.end <= start).at(-1) : undefined;
  if (cue) start = cue.start;
  return [start, end];
}

/** How the aligned content's polarity compares: weights (IDF × strength) of agreeing and differing content. */
export interface PolarityBalance {
  /** Negated on both sides. */
  agreeing: number;
  /** Negated on both sides by a plain negation, not a contrast: a shared denial ("would not send troops"). */
  sharedDenial: number;
  /**
   * Contrasted on both sides ("rather than the entire NATO alliance", "separate from the agreement between
   * NATO member countries"): both say what their subject is not, and that it is the same thing.
   */
  sharedContrast: number;
  /** How many aligned units make up `sharedContrast`: one shared word ("alliance") does not name the same thing. */
  sharedContrastUnits: number;
  /** Negated on one side only, both sides asserting. */
  differing: number;
  /** Negated on one side, a wish or plan on the other ("ruled out joining" vs "aspired to join"). */
  hedged: number;
  pageUnits: Unit[];
  sourceUnits: Unit[];
}

/**
 * Whether `unit` is what its clause compares the subject with: "akin to the collective defense
 * principles", or a hyphenated "NATO-style" / "NATO-like" right after it.
 */
function comparedWith(analysis: SentenceAnalysis, unit: Unit): boolean {
  return analysis.units.some(
    (other) =>
      other.concept?.kind === 'comparison' &&
      other.clause === unit.clause &&
      (other.start < unit.start || other.start - unit.end === 1),
  );
}

/** Weighs the polarity of every strongly aligned pair where at least one side is negated. */
export function polarityBalance(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  weigh: Weigh,
): PolarityBalance {
  const balance: PolarityBalance = {
    agreeing: 0,
    sharedDenial: 0,
    sharedContrast: 0,
    sharedContrastUnits: 0,
    differing: 0,
    hedged: 0,
    pageUnits: [],
    sourceUnits: [],
  };
  for (const pair of alignment.pairs) {
    if (pair.strength < THRESHOLDS.alignedForSlots) continue;
    const p = page.units[pair.page]!;
    const s = source.units[pair.source]!;
    if (!p.negated && !s.negated) continue;
    const weight = weigh(p.key) * pair.strength;
    if (p.negated === s.negated) {
      balance.agreeing += weight;
      if (!p.contrast && !s.contrast) balance.sharedDenial += weight;
      else if (p.contrast && s.contrast) {
        balance.sharedContrast += weight;
        balance.sharedContrastUnits++;
      }
    } else if ((p.contrast && comparedWith(source, s)) || (s.contrast && comparedWith(page, p))) {
      // "Separate from NATO's collective defense" against "akin to NATO's collective defense": neither
      // says the subject is that thing, so the two do not differ on it (nothing is counted).
    } else if (p.irrealis || s.irrealis) {
      balance.hedged += weight;
    } else {
      balance.differing += weight;
      balance.pageUnits.push(p);
      balance.sourceUnits.push(s);
    }
  }
  return balance;
}

/**
 * The same content asserted on one side and negated on the other ("would not involve … boots on the
 * ground" vs "could involve 10,000 to 30,000 troops"). Weighed rather than counted: when the informative
 * aligned content has the same polarity on both sides (both say "no ground troops"), that wins.
 */
function negationDifferences(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  balance: PolarityBalance,
  weigh: Weigh,
): Difference[] {
  if (alignment.similarity < THRESHOLDS.negationConflict) return [];
  if (balance.differing <= balance.agreeing || balance.differing < THRESHOLDS.negationMinWeight) return [];
  if (balance.pageUnits.length < THRESHOLDS.negationMinUnits) return [];
  // The differing content must be the gist of both clauses, not two shared words in different statements.
  const clauseWeight = (analysis: SentenceAnalysis, clauseUnits: Unit[]) => {
    const clauses = new Set(clauseUnits.map((unit) => unit.clause));
    return analysis.units.filter((unit) => clauses.has(unit.clause)).reduce((sum, unit) => sum + weigh(unit.key), 0);
  };
  const smaller = Math.min(clauseWeight(page, balance.pageUnits), clauseWeight(source, balance.sourceUnits));
  if (balance.differing < THRESHOLDS.negationClauseShare * smaller) return [];
  return [difference('negation', page, spanOf(page, balance.pageUnits), source, spanOf(source, balance.sourceUnits))];
}

/** What each side's document says beyond the sentence: its office-holders, and when it was published. */
export interface DifferenceContexts {
  page: OfficeContext;
  source: OfficeContext;
  published?: PublishedDates;
}

/** All differences between two aligned sentences, most telling first. */
export function findDifferences(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  weigh: Weigh,
  contexts: DifferenceContexts = { page: new Map(), source: new Map() },
): Difference[] {
  return [
    ...actorDifferences(page, source, contexts.page, contexts.source, alignment),
    ...numberDifferences(page, source),
    ...dateDifferences(page, source, alignment, contexts.published ?? {}),
    ...negationDifferences(page, source, alignment, polarityBalance(page, source, alignment, weigh), weigh),
  ];
}
