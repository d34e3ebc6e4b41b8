/**
 * Two sentences report the same claim only if they share specific things. Against a large dataset on
 * other stories, the judge's similarity — a *share* of each sentence's weighted content — is often met
 * by common words alone: "We don't know how to best teach students about the web" and "The Supreme Court
 * ruled 5-3 that schools may not teach Sharia law to students" share "know", "teach", "students", most
 * of a short sentence. Names, numbers, dates, the concepts the tables know and words outside everyday
 * English are what identify a claim; two of them must be shared, word for word (the concepts already
 * join the paraphrases that matter: "the Western military alliance" is NATO).
 *
 * Because sharing is by key, the count is bounded by a cheap look at the two sentences' keys alone
 * (`linkGate`): the analyzer skips judging candidates that cannot reach it, with no verdict that
 * shows changing. `npm run eval -- distractors` measures what the rule removes; docs/quality.md has the figures.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import type { Alignment } from './align';
import { sharesEvent } from './frame';
import { storedUnitIds } from './prepared-units';
import { THRESHOLDS } from './thresholds';

/** A unit that identifies what a sentence is about whatever its case: a concept, a person, a number, a rarer word. */
function isSpecificKey(unit: Unit, vectors: WordVectors): boolean {
  if (unit.concept || unit.actor || unit.office || unit.vectorWord === null) return true;
  const rank = vectors.rank(unit.vectorWord);
  return rank === null || rank >= THRESHOLDS.commonWordRank;
}

/** Offset of a sentence's first letter or digit: a capital there starts the sentence, not a name. */
function firstWordStart(analysis: SentenceAnalysis): number {
  const found = /[\p{L}\p{N}]/u.exec(analysis.text);
  return found ? found.index : 0;
}

/** Written with a capital inside the sentence: a name ("Leeds", "Clinton"), however common the word. */
function isName(analysis: SentenceAnalysis, unit: Unit, first: number): boolean {
  return unit.start > first && /^\p{Lu}/u.test(analysis.text.slice(unit.start, unit.start + 1));
}

/** Whether a unit of `mine`, matched by key to `theirs` in the other sentence, is a specific thing they share. */
function sharedSpecific(mine: Unit, theirs: Unit, page: SentenceAnalysis, source: SentenceAnalysis, firsts: [number, number], vectors: WordVectors): boolean {
  if (mine.attribution || theirs.attribution || mine.key !== theirs.key) return false;
  return isSpecificKey(mine, vectors) || (isName(page, mine, firsts[0]) && isName(source, theirs, firsts[1]));
}

/** How many distinct page units are aligned (strongly enough for slots), key for key, with the same specific thing. */
export function sharedSpecificUnits(page: SentenceAnalysis, source: SentenceAnalysis, alignment: Alignment, vectors: WordVectors): number {
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
 * Each stored key table's ids by key, made the first time a gate meets the table (~27,000 keys at 100,000
 * claims: ~4 ms); null for a table that holds a key twice (the builder never makes one), whose claims are
 * then gated by their key strings.
 */
const idsByTable = new WeakMap<readonly string[], Map<string, number> | null>();

function keyIds(table: readonly string[]): Map<string, number> | null {
  let ids = idsByTable.get(table);
  if (ids === undefined) {
    ids = new Map();
    for (let id = 0; id < table.length && ids; id++) ids = ids.has(table[id]!) ? null : ids.set(table[id]!, id);
    idsByTable.set(table, ids);
  }
  return ids;
}

/**
 * Whether judging `page` against a candidate could end in a link, prepared once per page sentence. False
 * only when it provably cannot: no who-did-it conflict is possible (that needs an office-holder or title
 * on one side and an asserted event both share; it needs no specific content), and the two share fewer
 * specific keys than a corroboration or slot conflict needs — however the units align, the judge's count
 * is at most this one. A date or number on both sides lowers the bar by one, as in the judge.
 */
export function linkGate(page: SentenceAnalysis, vectors: WordVectors): (source: SentenceAnalysis) => boolean {
  const first = firstWordStart(page);
  const specificKeys = new Set<string>();
  const nameKeys = new Set<string>();
  for (const unit of page.units) {
    if (unit.attribution) continue;
    if (isSpecificKey(unit, vectors)) specificKeys.add(unit.key);
    else if (isName(page, unit, first)) nameKeys.add(unit.key);
  }
  const namesOffice = (unit: Unit) => unit.actor !== null || unit.office !== null;
  const pageNamesOffice = page.units.some(namesOffice);
  // Without an event of its own the page shares none (frame.ts): no who-did-it conflict, whoever is named.
  const pageMayShareEvent = page.units.some((unit) => unit.concept?.kind === 'event');
  const hasSlots = (analysis: SentenceAnalysis) => analysis.units.some((unit) => unit.key.startsWith('#')) || analysis.dates.length > 0;
  let pageHasSlots: boolean | undefined;
  // The page's keys by id in the last stored key table met: true for a specific key, false for a name.
  let idTable: readonly string[] | null = null;
  const pageKeysById = new Map<number, boolean>();
  const pageKeysIn = (table: readonly string[], ids: Map<string, number>) => {
    if (idTable === table) return pageKeysById;
    idTable = table;
    pageKeysById.clear();
    for (const key of specificKeys) if (ids.has(key)) pageKeysById.set(ids.get(key)!, true);
    for (const key of nameKeys) if (ids.has(key) && !pageKeysById.has(ids.get(key)!)) pageKeysById.set(ids.get(key)!, false);
    return pageKeysById;
  };
  // The gate runs on every candidate (~20 a sentence): one pass over the source's keys — by id for a claim
  // decoded from a stored index, so that no key string is read (they lie scattered in memory, and reading
  // them was most of the gate) — no Set, and its first letter looked for only when a page name is met.
  const shared: string[] = [];
  const share = (source: SentenceAnalysis, unit: Unit, specific: boolean, sourceFirst: number) => {
    if (!specific && !isName(source, unit, sourceFirst)) return;
    if (!unit.attribution && !shared.includes(unit.key)) shared.push(unit.key);
  };
  return (source) => {
    if (shared.length > 0) shared.length = 0; // most candidates share nothing: no builtin call for them
    const stored = storedUnitIds(source);
    const ids = stored && keyIds(stored.keys);
    if (stored && ids) {
      const byId = pageKeysIn(stored.keys, ids);
      for (let u = 0; u < stored.keyIds.length; u++) {
        const specific = byId.get(stored.keyIds[u]!);
        if (specific !== undefined) share(source, source.units[u]!, specific, specific ? 0 : firstWordStart(source));
      }
    } else {
      for (const unit of source.units) {
        const specific = specificKeys.has(unit.key);
        if (specific || nameKeys.has(unit.key)) share(source, unit, specific, specific ? 0 : firstWordStart(source));
      }
    }
    if (shared.length >= THRESHOLDS.minSharedSpecific) return true;
    if (pageMayShareEvent && (pageNamesOffice || source.units.some(namesOffice)) && sharesEvent(page, source)) return true;
    if (shared.length < THRESHOLDS.minSharedSpecific - 1) return false;
    // Only now the dates: a claim decoded from a stored index may analyse itself in full to find them.
    return (pageHasSlots ??= hasSlots(page)) && hasSlots(source);
  };
}
