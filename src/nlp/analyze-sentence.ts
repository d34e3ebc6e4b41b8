/**
 * Turns a sentence into what the matcher compares: content units (words, concepts, office-holders,
 * numbers) with their clause and whether a negation governs them, plus actor, number and date mentions.
 */
import { OFFICE_HOLDERS, OFFICE_TITLES, type OfficeHolder } from './actors';
import { findAttributionClauses, splitSubjectAttribution } from './attribution';
import { collectiveDefenceSpans } from './collective-defence';
import { buildPhraseTable, CONCEPTS, type Concept } from './concepts';
import { LEXICON } from './lexicon';
import { findEvents, type EventMention } from './events';
import { findMentions, type DateMention, type NumberMention } from './mentions';
import { NEGATION_REACH, NEGATORS, negationScope } from './negation-scope';
import { STOPWORDS } from './stopwords';
import { phraseAt, stemPhraseAt, tokenize, type Token } from './tokenize';

/** One unit of content. `key` is what must be equal for an exact match. */
export interface Unit {
  key: string;
  /** Word to compare by vector when keys differ; null for names and numbers (exact only). */
  vectorWord: string | null;
  text: string;
  start: number;
  end: number;
  /** Inside the scope of a negation or refusal cue ("not", "ruled out", "are against"). */
  negated: boolean;
  /**
   * The negation is a contrast ("rather than", "unlike", "stopped short of"): it denies that two things
   * are the same, not that something happens, so two contrasts are not a shared denial.
   */
  contrast: boolean;
  /** Inside a wish, plan or condition ("aspired to join", "if Ukraine is attacked"): neither asserted nor denied. */
  irrealis: boolean;
  clause: number;
  /** Part of an attribution ("According to a diplomatic source speaking to AFP,"): who said it, not what. */
  attribution: boolean;
  actor: OfficeHolder | null;
  concept: Concept | null;
  /** An office named by title ("the US president"), when no holder's name follows. */
  office: string | null;
}

/** A named office-holder in the sentence. */
export interface ActorMention {
  holder: OfficeHolder;
  text: string;
  start: number;
  end: number;
}

/** Everything the stance judge needs about one sentence. Computed once per sentence and cached. */
export interface SentenceAnalysis {
  text: string;
  tokens: Token[];
  units: Unit[];
  actors: ActorMention[];
  numbers: NumberMention[];
  dates: DateMention[];
  negations: Array<{ text: string; start: number; end: number }>;
  /** The lexicon's events the sentence reports, with who did them where it says (events.ts). */
  events: EventMention[];
}

const CONCEPT_TABLE = buildPhraseTable(CONCEPTS);
/**
 * "An attack on one is an attack on all" restated in a clause's own words names the alliance clause
 * (collective-defence.ts): the first the lexicon lists, Article 5 in the shipped one. Without one, a
 * restatement is still a rule (irrealis) but names nothing.
 */
const COLLECTIVE_DEFENCE = CONCEPTS.find((concept) => concept.kind === 'alliance-clause') ?? null;
const ACTOR_TABLE = new Map<string, OfficeHolder>();
for (const holder of OFFICE_HOLDERS) for (const phrase of holder.phrases) ACTOR_TABLE.set(phrase, holder);
const LONGEST_PHRASE = Math.max(CONCEPT_TABLE.longest, 4);
/**
 * First words (norms) and first stems of every phrase the tables know: a token that starts none needs
 * no phrase lookups at all. Most tokens start none, and building each candidate phrase string was most
 * of the analysis's time (it runs once per claim when a 100,000-claim dataset is indexed).
 */
const firstOf = (phrases: Iterable<string>) => new Set([...phrases].map((phrase) => phrase.split(' ')[0]!));
const PHRASE_FIRST_WORDS = firstOf([...OFFICE_TITLES.keys(), ...ACTOR_TABLE.keys(), ...CONCEPT_TABLE.byPhrase.keys()]);
const PHRASE_FIRST_STEMS = firstOf(CONCEPT_TABLE.byStems.keys());

/** Words that end a clause, and so a negation's scope. */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'although',
  'though',
  'whereas',
  'however',
  'yet',
  'that',
  'which',
  'who',
  'because',
]);
/**
 * Words that put what follows in someone's wishes or plans rather than in fact ("Kyiv has long aspired
 * to join NATO"): such content neither asserts nor denies, so it cannot be a polarity conflict.
 */
const IRREALIS = new Set([
  'aspire',
  'aspired',
  'aspires',
  'aspiration',
  'aspirations',
  'want',
  'wants',
  'wanted',
  'seek',
  'seeks',
  'sought',
  'hope',
  'hopes',
  'hoped',
  'wish',
  'wishes',
  'urge',
  'urged',
  'urges',
  'push',
  'pushing',
  'pushed',
  'demand',
  'demanded',
  'demands',
  'if',
  'whether',
  'unless',
  'fear',
  'fears',
  'feared',
  'worry',
  'worried',
  'desire',
  'desires',
  'aim',
  'aims',
  'aimed',
  'intended',
  'intends',
  'plan',
  'plans',
  'planned',
]);
/**
 * Words that are also nouns ("the plan includes…", "fears of escalation"): a wish or plan only when what
 * is wished follows ("plans to join", "fear that", "pushing for").
 */
const IRREALIS_WHEN_FOLLOWED = new Set([
  'plan',
  'plans',
  'aim',
  'aims',
  'hope',
  'hopes',
  'wish',
  'wishes',
  'fear',
  'fears',
  'demand',
  'demands',
  'push',
  'desire',
  'desires',
  'urge',
  'worry',
]);
const IRREALIS_OBJECT_LEADS = new Set(['to', 'that', 'for']);

function isIrrealisCue(tokens: Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (!IRREALIS.has(norm)) return false;
  return !IRREALIS_WHEN_FOLLOWED.has(norm) || IRREALIS_OBJECT_LEADS.has(tokens[i + 1]?.norm ?? '');
}
/** Quotation marks are not boundaries: "would not involve Western “boots on the ground”" is one clause. */
const CLAUSE_PUNCTUATION = /[,;:–—()]/;
/** Acronyms that are also ordinary words ("us", "un") name a concept only in capitals. */
const CASE_SENSITIVE_ACRONYMS = new Set(LEXICON.acronymsInCapitals);

/** Auxiliaries after which "long" is an adverb of duration: "Kyiv has long aspired to join NATO". */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "'ve", "'d"]);

/**
 * "Has long aspired", "had long sought": "long" says for how long, as "for years" would, and is no
 * content of the claim (it is content in "a long war", "long-range missiles").
 */
function isDurationAdverb(tokens: Token[], i: number): boolean {
  return tokens[i]!.norm === 'long' && PERFECT_AUXILIARIES.has(tokens[i - 1]?.norm ?? '');
}

function acceptsAcronym(tokens: Token[], i: number, length: number, phrase: string): boolean {
  if (length !== 1 || !CASE_SENSITIVE_ACRONYMS.has(phrase)) return true;
  return /^[A-Z.]+$/.test(tokens[i]!.text);
}

/**
 * For each token, whether it lies inside one of `spans`: one pass over the tokens and the spans sorted by
 * start, linear in both (a sentence can hold as many number mentions, or "No." cues, as tokens).
 */
function tokensWithin(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  if (spans.length === 0) return inside;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A span ending before this token cannot hold it or any later one.
    while (m < sorted.length && sorted[m]!.end < token.end) m++;
    for (let k = m; k < sorted.length && sorted[k]!.start <= token.start; k++) {
      if (token.end <= sorted[k]!.end) {
        inside[i] = 1;
        break;
      }
    }
  }
  return inside;
}

/**
 * One string object per distinct key, so the matcher's key comparisons (millions per page) are pointer
 * checks. Bounded: a long-running worker must not grow without limit.
 */
const internedKeys = new Map<string, string>();
const INTERN_LIMIT = 500_000;

function intern(key: string): string {
  const known = internedKeys.get(key);
  if (known !== undefined) return known;
  if (internedKeys.size >= INTERN_LIMIT) internedKeys.clear();
  internedKeys.set(key, key);
  return key;
}

/** Analyzes one sentence. Pure and deterministic; callers cache by text. */
export function analyzeSentence(text: string): SentenceAnalysis {
  const tokens = tokenize(text);
  const clauseOf: number[] = [];
  let clause = 0;
  tokens.forEach((token, i) => {
    const gap = i === 0 ? '' : text.slice(tokens[i - 1]!.end, token.start);
    if (i > 0 && (CLAUSE_PUNCTUATION.test(gap) || CLAUSE_WORDS.has(token.norm))) clause++;
    clauseOf.push(clause);
  });

  splitSubjectAttribution(tokens, clauseOf);

  const { negated: negatedToken, contrast: contrastToken, cues: negations } = negationScope(text, tokens, clauseOf);
  // Every word of a cue ("off the table", "a red line") is the cue, not content.
  const inNegationCue = tokensWithin(tokens, negations);

  const irrealisToken = new Array<boolean>(tokens.length).fill(false);
  tokens.forEach((_token, i) => {
    if (!isIrrealisCue(tokens, i)) return;
    // "fear that offering…": the wish or worry reaches into the clause "that" opens.
    const clause = tokens[i + 1]?.norm === 'that' ? clauseOf[i + 1] : clauseOf[i];
    for (let k = i + 1; k < tokens.length && k <= i + NEGATION_REACH; k++) {
      if (clauseOf[k] !== clause && k !== i + 1) break;
      irrealisToken[k] = true;
    }
  });

  // Collective defence said of any member ("an attack on one member shall be considered an attack on
  // all") is the rule, a condition as "if one member is attacked" is, not a fact of the story.
  const restated = new Map(collectiveDefenceSpans(tokens).map((span) => [span.first, span]));
  for (const span of restated.values()) if (span.rule) irrealisToken.fill(true, span.first, span.last + 1);

  const { numbers, dates } = findMentions(text, tokens, clauseOf);
  // Tokens inside a number or date mention (number-heavy pages have as many mentions as tokens).
  const inMention = tokensWithin(tokens, [...numbers, ...dates]);

  const attributionClauses = findAttributionClauses(tokens, clauseOf);

  const units: Unit[] = [];
  const actors: ActorMention[] = [];
  // Fields listed, not spread from an object per unit: this runs for every unit of every sentence.
  const unitAt = (
    i: number,
    length: number,
    key: string,
    vectorWord: string | null,
    actor: OfficeHolder | null,
    concept: Concept | null,
    office: string | null = null,
  ): Unit => ({
    office,
    key: intern(key),
    vectorWord,
    actor,
    concept,
    text: text.slice(tokens[i]!.start, tokens[i + length - 1]!.end),
    start: tokens[i]!.start,
    end: tokens[i + length - 1]!.end,
    negated: negatedToken[i]!,
    contrast: contrastToken[i]!,
    irrealis: irrealisToken[i]!,
    clause: clauseOf[i]!,
    attribution: attributionClauses.has(clauseOf[i]!),
  });

  const consumedMentions = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    // The restatement names Article 5 on top of its own words, which stay content: "an attack on Ukraine"
    // asserted on one side and set aside ("rather than") on the other still differ in those words.
    const restatement = restated.get(i);
    if (restatement && COLLECTIVE_DEFENCE)
      units.push(
        unitAt(
          i,
          restatement.last - i + 1,
          `@${COLLECTIVE_DEFENCE.id}`,
          COLLECTIVE_DEFENCE.vectorWord,
          null,
          COLLECTIVE_DEFENCE,
        ),
      );
    let matched = 0;
    const startsPhrase = PHRASE_FIRST_WORDS.has(tokens[i]!.norm) || PHRASE_FIRST_STEMS.has(tokens[i]!.stem);
    for (
      let length = startsPhrase ? Math.min(LONGEST_PHRASE, tokens.length - i) : 0;
      length >= 1 && !matched;
      length--
    ) {
      if (inMention[i] && length === 1) continue;
      const phrase = phraseAt(tokens, i, length);
      const office = OFFICE_TITLES.get(phrase);
      // "US President Donald Trump": the name that follows is the mention; the title only describes it.
      if (
        office &&
        !ACTOR_TABLE.has(tokens[i + length]?.norm ?? '') &&
        !/^\p{Lu}/u.test(tokens[i + length]?.text ?? '')
      ) {
        units.push(unitAt(i, length, `@office:${office}`, null, null, null, office));
        matched = length;
        continue;
      }
      const holder = ACTOR_TABLE.get(phrase);
      if (holder) {
        const unit = unitAt(i, length, `@actor:${holder.id}`, null, holder, null);
        units.push(unit);
        actors.push({ holder, text: unit.text, start: unit.start, end: unit.end });
        matched = length;
        continue;
      }
      const concept =
        CONCEPT_TABLE.byPhrase.get(phrase) ??
        (length > 1 || tokens[i]!.norm.length >= 4
          ? CONCEPT_TABLE.byStems.get(stemPhraseAt(tokens, i, length))
          : undefined);
      if (concept && acceptsAcronym(tokens, i, length, phrase)) {
        units.push(unitAt(i, length, `@${concept.id}`, concept.vectorWord, null, concept));
        matched = length;
      }
    }
    if (matched) {
      for (let k = i; k < i + matched; k++) if (inMention[k]) consumedMentions.add(tokens[k]!.start);
      i += matched - 1;
      continue;
    }
    if (inMention[i]) continue;
    const token = tokens[i]!;
    // "isn't" in "isn't merely" negates nothing but is still a function word.
    if (
      token.isNumber ||
      STOPWORDS.has(token.norm) ||
      NEGATORS.has(token.norm) ||
      token.norm.endsWith("n't") ||
      token.norm.length < 2
    )
      continue;
    if (isDurationAdverb(tokens, i)) continue;
    if (inNegationCue[i]) continue;
    units.push(unitAt(i, 1, token.stem, token.norm, null, null));
  }
  // "Article 5" is a name, not a quantity.
  const quantities = numbers.filter((mention) => !consumedMentions.has(mention.start));
  // Each mention's clause is its first token's (found by start, not by a scan per mention: a table of
  // figures has as many mentions as tokens).
  const tokenAt = quantities.length > 0 ? new Map(tokens.map((token, i) => [token.start, i])) : null;
  for (const mention of quantities) {
    // The fields in the order every other unit has them (`unitAt`, and units decoded from an index).
    units.push({
      office: null,
      key: intern(`#${mention.low}-${mention.high}`),
      vectorWord: null,
      actor: null,
      concept: null,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      negated: false,
      contrast: false,
      irrealis: false,
      clause: clauseOf[tokenAt!.get(mention.start) ?? -1] ?? 0,
      attribution: false,
    });
  }
  const events = findEvents({
    text,
    tokens,
    clauseOf,
    negated: negatedToken,
    irrealis: irrealisToken,
    attributionClauses,
    inMention,
    units,
  });
  return { text, tokens, units, actors, numbers: quantities, dates, negations, events };
}
