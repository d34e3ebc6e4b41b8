/**
 * Events a sentence reports (the lexicon's events: "announced", "bought", "resigned", "proposed"…) and,
 * for an event with an agent, who the sentence says did it: the name right before the event word
 * ("Trudeau announced", "Apple has bought", "Trudeau's announcement"), or after "by" ("the tariffs were
 * announced by Trudeau"). A sentence that names no one ("the tariffs were announced") has no agent.
 */
import type { Unit } from './analyze-sentence';
import { LEXICON } from './lexicon';
import type { LexiconEvent } from './lexicon-schema';
import { nameSpans, type NameSpan, type TokenEntity } from './names';
import { phraseAt, startsUpperCase, type Token } from './tokenize';
import { AUXILIARIES, BE_FORMS } from './verb-forms';

/** One event word (or phrase) of a sentence. */
export interface EventMention {
  event: LexiconEvent;
  text: string;
  start: number;
  end: number;
  /** First and last token of the event words. */
  first: number;
  last: number;
  clause: number;
  /** Neither denied ("did not buy") nor merely wished or planned ("hopes to buy"). */
  asserted: boolean;
  /** In a clause that says who said it rather than what. */
  attribution: boolean;
  /** Who did it, as the sentence names them (several in a list: "Apple and Google announced"). */
  agents: NameSpan[];
  /**
   * Character span of the word that ends the subject, named or not, where the event has an agent role
   * and the sentence says it in the active voice: "the Biden *administration* has proposed", "*Washington*
   * now offers". Absent in the passive and where no word of the event's clause comes before it.
   */
  subject?: { start: number; end: number };
}

/** What `findEvents` reads of the sentence being analyzed. */
export interface EventInput {
  text: string;
  tokens: readonly Token[];
  clauseOf: readonly number[];
  negated: readonly boolean[];
  irrealis: readonly boolean[];
  attributionClauses: ReadonlySet<number>;
  /** Tokens inside a number or date mention. */
  inMention: Uint8Array;
  /** The sentence's units: concept and office-holder units tell whose a name is. */
  units: readonly Unit[];
}

/** Events matched by their words: phrase (token norms) → event. Concept events come as units. */
const WORD_EVENTS = new Map(
  LEXICON.events
    .filter((event) => event.matchedAs === 'words')
    .flatMap((event) => event.phrases.map((phrase): [string, LexiconEvent] => [phrase, event])),
);
const FIRST_WORDS = new Set([...WORD_EVENTS.keys()].map((phrase) => phrase.split(' ')[0]!));
const LONGEST = Math.max(1, ...[...WORD_EVENTS.keys()].map((phrase) => phrase.split(' ').length));

/**
 * Whether `text` could report an event matched by its words: a cheap look before a full analysis (a
 * claim decoded from a stored index has its concept units, and so its concept events, without one).
 */
export function mayMentionWordEvent(text: string): boolean {
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) if (FIRST_WORDS.has(word)) return true;
  return false;
}

/** Auxiliaries and adverbs that may stand between a subject and its verb: "Apple has now bought". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  ...AUXILIARIES,
  ...BE_FORMS,
  'also',
  'then',
  'now',
  'just',
  'already',
  'still',
  'again',
  'finally',
]);
/** A form of "be" before the event word makes it passive ("was bought"): the name before it is what was bought. */
const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, 'get', 'gets', 'got']);
/** Words that lead into a date between subject and verb: "Trudeau on Monday announced". */
const DATE_LEAD_INS = new Set(['on', 'in', 'last', 'this', 'early', 'late']);
/**
 * Prepositions that make a name before the verb a place in the subject, not the subject: "Police in
 * Lyon arrested…". Not "at" or "from", which give a subject's affiliation ("researchers at the
 * University of Oxford published…"), whose named organisation is the one that acted.
 */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout']);
/** How many such words the look back from an event word skips. */
const MAX_SKIPPED = 4;
/** How far after the event word "by" may come: "the tariffs were announced on Monday by Trudeau". */
const BY_REACH = 6;

interface NameIndex {
  byFirst: Map<number, NameSpan>;
  byLast: Map<number, NameSpan>;
}

/**
 * A list ending with `span`: "Apple, Google and Microsoft", walking back over "and" or "&" and then
 * commas. A comma alone does not make a list ("According to Reuters, Apple bought…"), nor does a name in
 * an attribution.
 */
function listEndingWith(input: EventInput, names: NameIndex, span: NameSpan): NameSpan[] {
  const list = [span];
  let joined = false;
  for (let head = span; ; ) {
    const before = head.first - 1;
    const conjunction = input.tokens[before]?.norm === 'and' || input.tokens[before]?.text === '&';
    const comma =
      joined &&
      before >= 0 &&
      input.text.slice(input.tokens[before]!.end, input.tokens[head.first]!.start).includes(',');
    const previous = conjunction ? names.byLast.get(before - 1) : comma ? names.byLast.get(before) : undefined;
    if (
      !previous ||
      (input.attributionClauses.has(input.clauseOf[previous.first]!) &&
        !input.attributionClauses.has(input.clauseOf[head.first]!))
    )
      return list;
    list.unshift(previous);
    joined = true;
    head = previous;
  }
}

/** The names after "by" within the event's clause: "announced by Trudeau", "the purchase of Beats by Apple". */
function byAgents(input: EventInput, names: NameIndex, last: number): NameSpan[] {
  const clause = input.clauseOf[last];
  for (let k = last + 1; k < input.tokens.length && k <= last + BY_REACH && input.clauseOf[k] === clause; k++) {
    if (input.tokens[k]!.norm !== 'by') continue;
    const first = input.tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    const span = names.byFirst.get(first);
    if (!span) return [];
    const more = input.tokens[span.last + 1]?.norm === 'and' ? names.byFirst.get(span.last + 2) : undefined;
    return more ? [span, more] : [span];
  }
  return [];
}

/**
 * The last word of the subject of the event whose words start at token `first`: walking back over the
 * auxiliaries, adverbs and dates that may stand between a subject and its verb ("Apple has now bought",
 * "Trudeau on Monday announced"). -1 in the passive ("Beats was bought"), whose subject is not its agent,
 * and where that word is in another clause or there is none.
 */
function subjectEnd(input: EventInput, first: number, isName: (token: number) => boolean): number {
  const { tokens } = input;
  let j = first - 1;
  let passive = false;
  for (let skipped = 0; j >= 0 && skipped < MAX_SKIPPED; j--, skipped++) {
    const token = tokens[j]!;
    if (PASSIVE_AUXILIARIES.has(token.norm) && !tokens[first]!.norm.endsWith('ing')) passive = true;
    const adverb = token.norm.endsWith('ly') && !token.isCapitalised && !isName(j);
    const date = input.inMention[j] || (DATE_LEAD_INS.has(token.norm) && input.inMention[j + 1]);
    if (!BETWEEN_SUBJECT_AND_VERB.has(token.norm) && !adverb && !date) break;
  }
  return j >= 0 && !passive && input.clauseOf[j] === input.clauseOf[first] ? j : -1;
}

/** Who did the event whose words end at token `last`, as the sentence names them; `end` is its subject's end. */
function agentsOf(input: EventInput, names: NameIndex, end: number, last: number): NameSpan[] {
  const { tokens } = input;
  const before = end >= 0 ? names.byLast.get(end) : undefined;
  if (before && PLACE_PREPOSITIONS.has(tokens[before.first - 1]?.norm ?? '')) return [];
  return before ? listEndingWith(input, names, before) : byAgents(input, names, last);
}

/**
 * What the analysis knows of each token that is part of a concept or office-holder unit; where units
 * overlap (a restated collective-defence clause holds "NATO"), the shortest names the token.
 */
function tokenEntities(input: EventInput): Array<TokenEntity | null> {
  const { tokens } = input;
  const entities = new Array<TokenEntity | null>(tokens.length).fill(null);
  const widths = new Array<number>(tokens.length).fill(Infinity);
  const named = input.units.filter((unit) => unit.concept || unit.actor).sort((a, b) => a.start - b.start);
  // Tokens and units both by start: each unit's first token is found by walking on, not by a search.
  let i = 0;
  for (const unit of named) {
    while (i < tokens.length && tokens[i]!.start < unit.start) i++;
    const width = unit.end - unit.start;
    for (let k = i; k < tokens.length && tokens[k]!.end <= unit.end; k++) {
      if (width >= widths[k]!) continue;
      widths[k] = width;
      entities[k] = { key: unit.key, country: unit.concept?.kind === 'country' };
    }
  }
  return entities;
}

/** The events of a sentence, in order, each with its agents where it has an agent role. */
export function findEvents(input: EventInput): EventMention[] {
  const { tokens } = input;
  const found: Array<{ event: LexiconEvent; first: number; last: number }> = [];
  // Most sentences name no event concept: no map to make for them.
  const conceptEvents = input.units.some((unit) => unit.concept?.event)
    ? new Map(input.units.filter((unit) => unit.concept?.event).map((unit) => [unit.start, unit]))
    : null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const unit = conceptEvents?.get(token.start);
    if (unit) {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= unit.end) last++;
      found.push({ event: unit.concept!.event!, first: i, last });
      i = last;
      continue;
    }
    // A capital makes the word part of a name ("Apple bought Beats", "Beats was bought by Apple").
    if (!FIRST_WORDS.has(token.norm) || startsUpperCase(token.text) || input.inMention[i]) continue;
    for (let length = Math.min(LONGEST, tokens.length - i); length >= 1; length--) {
      const event = WORD_EVENTS.get(phraseAt(tokens, i, length));
      if (!event) continue;
      found.push({ event, first: i, last: i + length - 1 });
      i += length - 1;
      break;
    }
  }
  if (found.length === 0) return [];
  let names: NameIndex | null = null;
  const nameIndex = (): NameIndex => {
    if (names) return names;
    const excluded = Uint8Array.from(input.inMention);
    for (const { first, last } of found) excluded.fill(1, first, last + 1);
    const spans = nameSpans({ text: input.text, tokens, entities: tokenEntities(input), excluded });
    return (names = {
      byFirst: new Map(spans.map((span) => [span.first, span])),
      byLast: new Map(spans.map((span) => [span.last, span])),
    });
  };
  return found.map(({ event, first, last }) => {
    const end = event.roles.agent ? subjectEnd(input, first, (j) => nameIndex().byLast.has(j)) : -1;
    return {
      event,
      text: input.text.slice(tokens[first]!.start, tokens[last]!.end),
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      first,
      last,
      clause: input.clauseOf[first]!,
      asserted: !input.negated[first] && !input.irrealis[first],
      attribution: input.attributionClauses.has(input.clauseOf[first]!),
      agents: event.roles.agent ? agentsOf(input, nameIndex(), end, last) : [],
      ...(end >= 0 ? { subject: { start: tokens[end]!.start, end: tokens[end]!.end } } : {}),
    };
  });
}
