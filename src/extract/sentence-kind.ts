/**
 * What counts as a claim on the page: the check-worthiness step between extraction and matching. Date
 * lines, bylines, headings, captions, credits, embedded posts, questions, calls to action and the
 * reporter's asides are not checked (they still give context, e.g. the sentence an "it" points back to);
 * what remains is a statement someone could verify. The page's structure says some (a heading, a
 * figure's caption, an embedded post), the sentence's shape and the cue words of `assets/claim-cues.json`
 * the rest. Written, not learned: measured on sentences of real pages in docs/quality.md.
 */
import { isCalendarWord } from '../nlp/mentions';
import { isQuestion } from '../nlp/question';
import { claimCues, type ClaimCues } from './claim-cues';

/** Why a sentence is or is not checked. */
export type SentenceKind =
  | 'claim'
  | 'heading'
  | 'caption'
  | 'embed'
  | 'code'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'reference'
  | 'call-to-action'
  | 'aside'
  | 'question'
  | 'fragment';

/** What the page's markup says a paragraph is; `text` for ordinary prose. */
export type ParagraphRole = 'text' | 'heading' | 'caption' | 'embed' | 'code' | 'reference';

/** Weekdays as date lines abbreviate them ("Mon 16 Aug"); full names and months are the date reader's. */
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Ends like a sentence: a full stop, "!", "?" or "…", then any closing quotes or brackets. */
const TERMINAL = /[.!?…]["'”’)\]]*$/;
/** Fewer words than this without a sentence's ending is a heading or a label, not a claim. */
const MAX_LABEL_WORDS = 12;
/** Credits and bylines are short; a longer sentence with a cue word is prose that mentions it. */
const MAX_CREDIT_WORDS = 20;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

function startsWithCue(lower: string, cues: readonly string[], after: RegExp): boolean {
  return cues.some((cue) => lower.startsWith(cue) && after.test(lower.slice(cue.length)));
}

/** A cue that ends (or starts) with a mark, as "reuters/" in "REUTERS/Jane Doe", needs no word boundary there. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `cue` first stands as whole words in `lower`, or -1. */
function cueAt(lower: string, cue: string): number {
  const at = lower.indexOf(cue);
  if (at < 0) return -1;
  const before = at === 0 || !WORD_CHAR.test(cue[0]!) ? ' ' : lower[at - 1]!;
  const after = WORD_CHAR.test(cue[cue.length - 1]!) ? (lower[at + cue.length] ?? ' ') : ' ';
  return WORD_CHAR.test(before) || WORD_CHAR.test(after) ? -1 : at;
}

function hasCue(lower: string, cues: readonly string[]): boolean {
  return cues.some((cue) => cueAt(lower, cue) >= 0);
}

/** Only a date and time, with the words date lines add ("Updated 16 Aug 2025, 14:32 GMT"). */
function isDateLine(tokens: readonly string[], cues: ClaimCues): boolean {
  let dated = false;
  for (const token of tokens) {
    const bare = token.replace(/[.,]$/, '');
    if (
      isCalendarWord(bare) ||
      WEEKDAY_ABBREVIATIONS.has(bare) ||
      /^\d{1,4}(st|nd|rd|th)?$/.test(bare) ||
      /^\d{1,2}[:.]\d{2}([ap]m)?$/.test(bare) ||
      /^\d{1,4}([/-]\d{1,4}){1,2}$/.test(bare)
    ) {
      dated = true;
      continue;
    }
    if (!cues.dateWords.includes(bare)) return false;
  }
  return dated;
}

/** Capitalised words, as a name is ("Jane Doe", "Xinhua", "AFP"). */
const NAME_AFTER = /^\s+(\p{Lu}[\p{L}.'’-]*)(\s+(and|&|,)?\s*\p{Lu}[\p{L}.'’-]*)*/u;
/** A byline closing a date line: " by Jane Doe." to the end. */
const BYLINE_TAIL = /\s+by(\s+\p{Lu}[\p{L}.'’-]*)+\s*\.?$/u;
/** At most this many capitalised words before a date line's cue: the outlet or the place ("CNNMoney (New York)"). */
const MAX_LABEL_PREFIX = 5;

/**
 * A date line that starts with a label or ends with a byline: "Posted on Tuesday 15 October 2019 at 09:11
 * by Jane Doe.", "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET". After one of the
 * `datelineCues`, only a date and time may follow; before it, only capitalised words.
 */
function isLabelledDateLine(trimmed: string, lower: string, cues: ClaimCues): boolean {
  for (const cue of cues.datelineCues) {
    const at = cueAt(lower, cue);
    if (at < 0) continue;
    const prefix = trimmed.slice(0, at).replace(/[()]/g, ' ').trim();
    const prefixWords = prefix === '' ? [] : prefix.split(/\s+/);
    if (prefixWords.length > MAX_LABEL_PREFIX || prefixWords.some((word) => !/^\p{Lu}/u.test(word))) continue;
    const rest = words(
      trimmed
        .slice(at + cue.length)
        .replace(BYLINE_TAIL, '')
        .replace(/^\s*:/, ''),
    );
    if (rest.length > 0 && isDateLine(rest, cues)) return true;
  }
  return false;
}

/** The kind of sentence `text` is, given the role of the paragraph it is in. */
export function sentenceKind(text: string, role: ParagraphRole = 'text', cues: ClaimCues = claimCues()): SentenceKind {
  if (role !== 'text') return role;
  // A reference marker the extraction left at an end ("… plasma.[", "… 2015.[12]") hides the full stop.
  const trimmed = text.trim().replace(/\s*\[\d*\]?$/, '');
  // A credit or byline in brackets ("(Reporting by …; Editing by …)") is read without its opening one.
  const unbracketed = trimmed.replace(/^[([]\s*/, '');
  const lower = unbracketed.toLowerCase();
  const tokens = words(trimmed);
  if (tokens.length === 0 || !/\p{L}/u.test(trimmed)) return 'fragment';
  if (isQuestion(trimmed)) return 'question';
  const short = tokens.length <= MAX_CREDIT_WORDS;
  if (isDateLine(tokens, cues) || (short && isLabelledDateLine(unbracketed, lower, cues))) return 'dateline';
  // A byline is a label: no sentence's ending, or only a few words ("From Triplanets' work and from the
  // demon's suppression." is prose).
  const labelLike = !TERMINAL.test(trimmed) || tokens.length <= 6;
  if (
    short &&
    labelLike &&
    cues.bylineStarts.some((cue) => lower.startsWith(`${cue} `) && NAME_AFTER.test(unbracketed.slice(cue.length)))
  )
    return 'byline';
  if (
    startsWithCue(lower, cues.creditStarts, /^\s*(:|\||\/|\(|by\b|courtesy\b)/) ||
    (short && hasCue(lower, cues.creditAnywhere))
  )
    return 'credit';
  if (
    startsWithCue(lower, cues.asideStarts, /^\s*:/) ||
    cues.asideStarts.some((cue) => cue.includes(' ') && lower.startsWith(cue)) ||
    hasCue(lower, cues.asideAnywhere)
  )
    return 'aside';
  const ctaStart = cues.callToActionStarts.find(
    (cue) => lower.startsWith(cue) && !WORD_CHAR.test(lower[cue.length] ?? ' '),
  );
  if (
    ctaStart &&
    (/^\s*:/.test(lower.slice(ctaStart.length)) ||
      tokens.some((token) => cues.callToActionNeeds.includes(token.replace(/[.,!]$/, ''))) ||
      !TERMINAL.test(trimmed))
  ) {
    return 'call-to-action';
  }
  if (!TERMINAL.test(trimmed) && tokens.length < MAX_LABEL_WORDS) return 'heading';
  return 'claim';
}
