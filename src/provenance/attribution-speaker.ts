/**
 * Turning the words around a reporting verb into a readable speaker ("Italian Prime Minister Giorgia
 * Meloni"), and rejecting what is not one ("it", "all red lines Moscow").
 */
import { BE_FORMS } from '../nlp/verb-forms';

/** A cleaned speaker, or a pronoun ("she", "that source") that only the previous sentence can resolve. */
export interface SpeakerPhrase {
  text: string;
  anaphoric: boolean;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Calendar dates, whose inner comma ("August 19, 2025") would otherwise look like a clause break. */
export const DATE_PATTERN = new RegExp(
  `(?:\\bon\\s+)?\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?\\b`,
  'gi',
);

/**
 * Where the speaker's description ends and the circumstances begin ("…, during our conversation in
 * Tallinn", "… on condition of anonymity", "… whose apartment was damaged"). Each alternative starts with
 * a fixed word, so the search stays linear.
 */
const CIRCUMSTANCE = new RegExp(
  [
    `,?\\s+(?:on|last|this|next|earlier|late)\\s+(?:${WEEKDAY}|${MONTH}|week|month|year|night|morning|evening|weekend|condition)\\b`,
    `,?\\s+(?:yesterday|today|tonight|earlier|later)\\b`,
    `,?\\s+in\\s+(?:${MONTH}|\\d{4})\\b`,
    `,?\\s+(?:during|as|when|while|after|before|via|who|whose|which|where)\\s`,
  ].join('|'),
  'i',
);

/** Words that cannot open a speaker phrase: clause openers the subject search walked back past. */
const LEADING_FILLER = new Set(['but', 'and', 'however', 'yet', 'so', 'meanwhile', 'then', 'also', 'now', 'still']);
/** Determiners and quantifiers that may open a lower-case speaker ("a diplomatic source", "some officials"). */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'another',
  'some',
  'many',
  'several',
  'most',
  'few',
  'both',
  'all',
  'one',
  'two',
  'three',
  'four',
  'five',
  'other',
  'senior',
  'local',
  'top',
  'my',
  'our',
  'his',
  'her',
  'their',
  'that',
  'this',
]);
/** Heads that make a lower-case phrase a plausible speaker ("local officials", "critics"). */
const SPEAKER_NOUNS = new Set([
  'official',
  'officials',
  'analyst',
  'analysts',
  'critic',
  'critics',
  'expert',
  'experts',
  'diplomat',
  'diplomats',
  'source',
  'sources',
  'observers',
  'leaders',
  'lawmakers',
  'residents',
  'witnesses',
  'authorities',
  'police',
  'researchers',
  'scientists',
  'economists',
  'activists',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ministry',
  'government',
  'report',
  'study',
  'poll',
  'survey',
]);
/** Words that make a phrase a clause rather than a noun phrase. */
const FINITE = new Set([
  ...BE_FORMS,
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'not',
  'it’s',
  "it's",
  'there',
]);
const NON_SPEAKERS = new Set([
  'it',
  'this',
  'these',
  'those',
  'there',
  'which',
  'what',
  'who',
  'you',
  'i',
  'we',
  'that',
]);
const PRONOUNS = new Set(['he', 'she', 'they']);
const ANAPHORIC_SOURCE = /^(?:that|this|the same)\s+(?:source|official|person|diplomat)$/i;
const DANGLING = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'with', 'by', 'from', 'in', 'on', 'at', 'and', 'or']);
const MAX_SPEAKER_WORDS = 14;

/** Cuts the circumstances off a speaker description and trims the punctuation left at either end. */
export function trimCircumstances(phrase: string): string {
  const cut = CIRCUMSTANCE.exec(phrase);
  const kept = cut ? phrase.slice(0, cut.index) : phrase;
  return kept.replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:.–—-]+$/, '');
}

/**
 * Cleans a candidate speaker and decides whether it is one. Returns null for clauses, dangling fragments,
 * non-referring pronouns and the reporter's own "I"/"we" (the source's author, not a third party).
 */
export function toSpeaker(candidate: string): SpeakerPhrase | null {
  let text = trimCircumstances(candidate.replace(/\([^()]{0,80}\)/g, ' ').replace(/\s+/g, ' '));
  let words = text.split(' ').filter(Boolean);
  while (words.length > 0 && LEADING_FILLER.has(words[0]!.toLowerCase().replace(/,$/, ''))) words.shift();
  text = words.join(' ').replace(/^[\s,;:–—-]+/, '');
  words = text.split(' ').filter(Boolean);
  const first = words[0]?.toLowerCase();
  const last = words[words.length - 1]?.toLowerCase();
  if (first === undefined || last === undefined || words.length > MAX_SPEAKER_WORDS) return null;
  if (/["“”«»]/.test(text)) return null;
  if (words.length === 1 && PRONOUNS.has(first)) return { text, anaphoric: true };
  if (ANAPHORIC_SOURCE.test(text)) return { text, anaphoric: true };
  if (NON_SPEAKERS.has(first) && words.length === 1) return null;
  if (['it', 'i', 'we', 'you', 'there', 'which', 'what', 'who'].includes(first)) return null;
  if (words.some((word) => FINITE.has(word.toLowerCase()))) return null;
  if (DANGLING.has(last)) return null;
  const named = words.some((word) => /^[A-Z]/.test(word));
  if (!named && !DETERMINERS.has(first) && !SPEAKER_NOUNS.has(last)) return null;
  // "my sources" means the reporter's sources; shown under another page, "my" would read as the reader's.
  text = text.replace(/^(?:my|our)\s/i, 'the author’s ');
  return { text, anaphoric: false };
}
