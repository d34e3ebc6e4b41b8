/**
 * Two sentences report the same claim only if they share specific things. Against a large dataset on
 * other stories, the judge's similarity — a *share* of each sentence's weighted content — is often met
 * by common words alone: "We don't know how to best teach students about the web" and "The Supreme Court
 * ruled 5-3 that schools may not teach Sharia law to students" share "know", "teach", "students", most
 * of a short sentence. Names, numbers, dates, the concepts the tables know and words outside everyday
 * English are what identify a claim; two of them must be shared, word for word (the concepts already
 * join the paraphrases that matter: "the Western military alliance" is NATO).
 *
 * Because sharing is by key, the count is a cheap look at the two sentences' keys alone (`LinkGate`):
 * the analyzer judges only candidates that meet it, and the learned judge decides among those.
 * `npm run eval -- distractors` measures what the rule removes; docs/quality.md has the figures.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { startsUpperCase } from '../nlp/tokenize';
import type { Alignment } from './align';
import { isAssertedEvent } from './frame';
import { THRESHOLDS } from './thresholds';

/** A unit that identifies what a sentence is about whatever its case: a concept, a person, a number, a rarer word. */
function isSpecificKey(unit: Unit, vectors: WordVectors): boolean {
  if (unit.concept || unit.actor || unit.office || unit.vectorWord === null) return true;
  const rank = vectors.rank(unit.vectorWord);
  return rank === null || rank >= THRESHOLDS.commonWordRank;
}

/** Offset of a sentence's first letter or digit: a capital there starts the sentence, not a name. */
function firstWordStart(sentence: { text: string }): number {
  const found = /[\p{L}\p{N}]/u.exec(sentence.text);
  return found ? found.index : 0;
}

/** A capital on the first word marks a name only when the word is not an everyday one ("Java is…", not "Officials…"). */
function isFirstWordName(analysis: SentenceAnalysis, unit: Unit, first: number, vectors: WordVectors): boolean {
  return unit.start === first && startsUpperCase(analysis.text.slice(first, first + 1)) && isSpecificKey(unit, vectors);
}

/** Whether the sentence's first word is a name by `isFirstWordName` ("Toyota recalled…", not "Video replays…"). */
export function opensWithName(analysis: SentenceAnalysis, vectors: WordVectors): boolean {
  const first = firstWordStart(analysis);
  const unit = analysis.units.find((candidate) => candidate.start === first);
  return unit !== undefined && isFirstWordName(analysis, unit, first, vectors);
}

/** A word at `start` written with a capital inside the sentence: a name ("Leeds", "Clinton"), however common the word. */
function startsName(text: string, start: number, first: number): boolean {
  return start > first && startsUpperCase(text.slice(start, start + 1));
}

/** A unit written as a name (`startsName`). */
function isName(analysis: SentenceAnalysis, unit: Unit, first: number): boolean {
  return startsName(analysis.text, unit.start, first);
}

/** Whether a unit of `mine`, matched by key to `theirs` in the other sentence, is a specific thing they share. */
function sharedSpecific(
  mine: Unit,
  theirs: Unit,
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  firsts: [number, number],
  vectors: WordVectors,
): boolean {
  if (mine.attribution || theirs.attribution || mine.key !== theirs.key) return false;
  return isSpecificKey(mine, vectors) || (isName(page, mine, firsts[0]) && isName(source, theirs, firsts[1]));
}

/** How many distinct page units are aligned (strongly enough for slots), key for key, with the same specific thing. */
export function sharedSpecificUnits(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  vectors: WordVectors,
): number {
  const firsts: [number, number] = [firstWordStart(page), firstWordStart(source)];
  const shared = new Set<string>();
  for (const pair of alignment.pairs) {
    if (pair.strength < THRESHOLDS.alignedForSlots) continue;
    const mine = page.units[pair.page]!;
    if (sharedSpecific(mine, source.units[pair.source]!, page, source, firsts, vectors)) shared.add(mine.key);
  }
  return shared.size;
}

/**
 * Nearly every longer word after the first written with a capital: a headline's title case ("Man Sets
 * College On Fire With Marriage Proposal"), where a capital marks no name.
 */
function isTitleCased(analysis: SentenceAnalysis): boolean {
  const words = analysis.tokens.slice(1).filter((token) => !token.isNumber && /^\p{L}{4,}/u.test(token.text));
  return (
    words.length >= 3 && words.filter((token) => token.isCapitalised).length >= THRESHOLDS.titleCaseShare * words.length
  );
}

/**
 * What the two sentences share besides who they name: `specific` when an aligned pair of units that is not
 * a name, an office-holder, a title or an attribution on either side holds a specific word
 * (`isSpecificKey`) or an asserted event, or when they give the same date or figure; `everyday` when such
 * pairs hold only everyday words ("people", "team"); `nothing` when every pair is names. "Trump held a call
 * with Zelensky after meeting Putin" and "Putin cancelled a campaign appearance with Trump" share the
 * names and the titles only: nothing either says of them. A title-case headline, or a sentence of names
 * alone, counts as `specific`: there capitals tell nothing apart, or there is nothing else to share.
 */
export function sharedBeyondNames(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  vectors: WordVectors,
): 'nothing' | 'everyday' | 'specific' {
  // In a headline written in title case ("Man Sets College On Fire") capitals do not tell names apart.
  if (isTitleCased(page) || isTitleCased(source)) return 'specific';
  // The same date or figure on both sides is something they say alike ("died on April 18, 1990").
  const dates = new Set(page.dates.map((date) => date.key));
  if (source.dates.some((date) => dates.has(date.key))) return 'specific';
  if (page.numbers.some((a) => source.numbers.some((b) => a.low === b.low && a.high === b.high))) return 'specific';
  const firsts: [number, number] = [firstWordStart(page), firstWordStart(source)];
  const said = (analysis: SentenceAnalysis, unit: Unit, first: number) =>
    !unit.attribution &&
    !unit.actor &&
    unit.office === null &&
    !isName(analysis, unit, first) &&
    !isFirstWordName(analysis, unit, first, vectors);
  // A sentence that says nothing but names ("Java is in Indonesia") has nothing else to share.
  if (
    !page.units.some((unit) => said(page, unit, firsts[0])) ||
    !source.units.some((unit) => said(source, unit, firsts[1]))
  )
    return 'specific';
  const tells = (unit: Unit) => isSpecificKey(unit, vectors) || isAssertedEvent(unit);
  let shared: 'nothing' | 'everyday' = 'nothing';
  for (const pair of alignment.pairs) {
    const [mine, theirs] = [page.units[pair.page]!, source.units[pair.source]!];
    if (pair.strength < THRESHOLDS.alignedForSlots || !said(page, mine, firsts[0]) || !said(source, theirs, firsts[1]))
      continue;
    if (tells(mine) || tells(theirs)) return 'specific';
    shared = 'everyday';
  }
  return shared;
}

/** Whether the two sentences share anything besides who they name (`sharedBeyondNames`). */
export function sharesBeyondNames(
  page: SentenceAnalysis,
  source: SentenceAnalysis,
  alignment: Alignment,
  vectors: WordVectors,
): boolean {
  return sharedBeyondNames(page, source, alignment, vectors) !== 'nothing';
}

/** Roles of a unit that the link gate reads (bits of `GateView.roles`). */
export const GATE_ATTRIBUTION = 1;
export const GATE_NAMES_OFFICE = 2;
export const GATE_ASSERTED_EVENT = 4;

/**
 * What the link gate reads of a candidate claim: its text, and per unit its key (as an id in a key
 * table), where it starts and its roles. A claim stored in the packed index gives these without being
 * decoded (`ClaimIndex.gateView`), with the index's own key table, so no key string is read: the page's
 * keys are looked up in the table once, and a candidate's units are compared by id.
 */
export interface GateView {
  text: string;
  /** The key table; `table[keyIds[i]]` is unit i's key. Views sharing a table are cheapest to gate. */
  table: readonly string[];
  keyIds: ArrayLike<number>;
  starts: ArrayLike<number>;
  roles: ArrayLike<number>;
  /** Whether the claim mentions a date: asked only when one specific key is missing. */
  hasDates(): boolean;
}

/** Role bits from what a unit is: attribution, naming an office-holder or office, an asserted event (frame.ts). */
export function gateRoleBits(attribution: boolean, namesOffice: boolean, assertedEvent: boolean): number {
  return (
    (attribution ? GATE_ATTRIBUTION : 0) |
    (namesOffice ? GATE_NAMES_OFFICE : 0) |
    (assertedEvent ? GATE_ASSERTED_EVENT : 0)
  );
}

/** A unit's gate roles (`gateRoleBits`). */
export function gateRoles(unit: Unit): number {
  return gateRoleBits(unit.attribution, unit.actor !== null || unit.office !== null, isAssertedEvent(unit));
}

/** The gate's view of an analyzed sentence, with a key table of its own. */
export function gateView(analysis: SentenceAnalysis): GateView {
  const table = [...new Set(analysis.units.map((unit) => unit.key))];
  return {
    text: analysis.text,
    table,
    keyIds: analysis.units.map((unit) => table.indexOf(unit.key)),
    starts: analysis.units.map((unit) => unit.start),
    roles: analysis.units.map(gateRoles),
    hasDates: () => analysis.dates.length > 0,
  };
}

/** Each key table's ids by key, made the first time a gate meets the table (once per stored index). */
const idsByTable = new WeakMap<readonly string[], Map<string, number>>();

function idsOf(table: readonly string[]): Map<string, number> {
  let ids = idsByTable.get(table);
  if (!ids) {
    ids = new Map();
    for (let id = table.length - 1; id >= 0; id--) ids.set(table[id]!, id);
    idsByTable.set(table, ids);
  }
  return ids;
}

/** What a page key is to the gate (bits of the page's key kinds by id). */
const SPECIFIC = 1;
const NAME = 2;
const EVENT = 4;

/**
 * The link rule a candidate must meet before it is judged, prepared once per page sentence: no link rests
 * on everyday words alone. A candidate passes when the two share at least `minSharedSpecific` specific
 * keys (names, numbers, dates, known concepts, rarer words; a date or number on both sides lowers the bar
 * by one), or when a who-did-it conflict is possible (an office-holder or title on one side and an
 * asserted event both share, as `sharesEvent` reads it). The learned judge decides the rest; this rule
 * is what keeps links on news pages off claims that share a topic's everyday words, and what lets the
 * analyzer skip most of 100,000 candidates unjudged. A class, so its check stays compiled from one page
 * sentence to the next.
 */
export class LinkGate {
  /** The page's keys and what each is to the gate (SPECIFIC, NAME, EVENT bits). */
  private readonly kinds = new Map<string, number>();
  private readonly pageNamesOffice: boolean;
  private readonly pageHasEvents: boolean;
  private readonly pageHasSlots: boolean;
  /** The page's kinds by id in the last key table met. */
  private kindsTable: readonly string[] | null = null;
  private readonly kindsById = new Map<number, number>();
  private readonly shared: number[] = [];

  constructor(page: SentenceAnalysis, vectors: WordVectors) {
    const first = firstWordStart(page);
    const add = (key: string, kind: number) => this.kinds.set(key, (this.kinds.get(key) ?? 0) | kind);
    for (const unit of page.units) {
      if (isAssertedEvent(unit)) add(unit.key, EVENT);
      if (unit.attribution) continue;
      if (isSpecificKey(unit, vectors)) add(unit.key, SPECIFIC);
      else if (isName(page, unit, first)) add(unit.key, NAME);
    }
    // A key both specific (in one unit) and a name (in another) counts as specific, as the judge reads it.
    for (const [key, kind] of this.kinds) if (kind & SPECIFIC && kind & NAME) this.kinds.set(key, kind & ~NAME);
    this.pageNamesOffice = page.units.some((unit) => unit.actor !== null || unit.office !== null);
    this.pageHasEvents = [...this.kinds.values()].some((kind) => (kind & EVENT) !== 0);
    this.pageHasSlots = page.units.some((unit) => unit.key.startsWith('#')) || page.dates.length > 0;
  }

  /** The page's key kinds by id in `table`. */
  private kindsIn(table: readonly string[]): Map<number, number> {
    if (this.kindsTable !== table) {
      this.kindsTable = table;
      this.kindsById.clear();
      const ids = table.length > 64 ? idsOf(table) : null;
      for (const [key, kind] of this.kinds) {
        const id = ids ? ids.get(key) : table.indexOf(key);
        if (id !== undefined && id >= 0) this.kindsById.set(id, kind);
      }
    }
    return this.kindsById;
  }

  /** False only when judging the page sentence against `source` cannot end in a link. */
  mayLink(source: GateView): boolean {
    const { keyIds, starts, roles } = source;
    const kinds = this.kindsIn(source.table);
    if (this.pageHasEvents) {
      let namesOffice = this.pageNamesOffice;
      let sharesEvent = false;
      for (let i = 0; i < keyIds.length; i++) {
        if (roles[i]! & GATE_NAMES_OFFICE) namesOffice = true;
        if (roles[i]! & GATE_ASSERTED_EVENT && (kinds.get(keyIds[i]!) ?? 0) & EVENT) sharesEvent = true;
      }
      if (namesOffice && sharesEvent) return true;
    }
    const shared = this.shared;
    let sourceFirst = -1;
    shared.length = 0;
    for (let i = 0; i < keyIds.length; i++) {
      const id = keyIds[i]!;
      const kind = kinds.get(id);
      if (kind === undefined || roles[i]! & GATE_ATTRIBUTION || shared.includes(id)) continue;
      if (kind & SPECIFIC) shared.push(id);
      else if (kind & NAME) {
        if (sourceFirst < 0) sourceFirst = firstWordStart(source);
        if (startsName(source.text, starts[i]!, sourceFirst)) shared.push(id);
      }
    }
    if (shared.length >= THRESHOLDS.minSharedSpecific) return true;
    if (shared.length < THRESHOLDS.minSharedSpecific - 1) return false;
    // Only now the dates, which a claim stored before indexes recorded them analyzes itself in full to find.
    return this.pageHasSlots && (hasNumberKey(source) || source.hasDates());
  }
}

/** Whether a viewed claim has a quantity unit (keyed "#low-high", analyze-sentence.ts). */
function hasNumberKey(source: GateView): boolean {
  for (let i = 0; i < source.keyIds.length; i++) if (source.table[source.keyIds[i]!]!.startsWith('#')) return true;
  return false;
}

/**
 * What a page speaks of, for one more check before a candidate is judged: a known claim is a report of
 * its page's story only if the page names at least half of the specific things the claim names (its names,
 * numbers, dates, known concepts and rarer words; attributions aside), anywhere in the page. The link gate
 * asks two of them of one page sentence, and against a large dataset on other stories a sentence meets
 * many claims sharing two such things by chance ("Facebook … contacts" and "COVID-19 contact-tracing apps
 * like Healthy Together … are tracking you"): the claim's story is one the page never tells (no COVID-19,
 * no Healthy Together). A claim on the page's story names things the page names. Prepared once per page.
 */
export class PageSubject {
  /** Every key of the page's sentences. */
  private readonly keys = new Set<string>();

  constructor(
    sentences: readonly SentenceAnalysis[],
    private readonly vectors: WordVectors,
  ) {
    for (const sentence of sentences) for (const unit of sentence.units) this.keys.add(unit.key);
  }

  /** The share of the claim's specific keys (names included, attributions aside) the page names; 1 when it has none. */
  share(claim: SentenceAnalysis): number {
    const first = firstWordStart(claim);
    const specific = new Set<string>();
    let named = 0;
    for (const unit of claim.units) {
      if (unit.attribution || specific.has(unit.key)) continue;
      if (!isSpecificKey(unit, this.vectors) && !isName(claim, unit, first)) continue;
      specific.add(unit.key);
      if (this.keys.has(unit.key)) named++;
    }
    return specific.size === 0 ? 1 : named / specific.size;
  }
}
