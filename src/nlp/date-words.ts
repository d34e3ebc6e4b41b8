/**
 * The words that place a date against the day its text was published: "yesterday", "last week",
 * "next Monday", and the future cues ("will meet on Monday") that turn a bare weekday forward.
 * resolve-date.ts reads what this finds; nothing here knows the publication date.
 */
import { STOPWORDS } from './stopwords';
import type { Token } from './tokenize';

/**
 * Which way a date that needs the publication date lies from it: `past` on or before the publication
 * day (news reports what happened: "met on Saturday"), `future` on or after it ("will meet on Monday"),
 * `before`/`after` strictly ("last Monday", "next Monday").
 */
export type DateDirection = 'past' | 'future' | 'before' | 'after';

/** A date counted from the publication date: "yesterday" is one day back, "this month" none. */
export interface RelativeDate {
  granularity: 'day' | 'week' | 'month' | 'year';
  offset: number;
  /** Index of the phrase's last token. */
  last: number;
}

const DAY_WORDS = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
]);
const PERIOD_WORDS = new Map([
  ['last', -1],
  ['this', 0],
  ['next', 1],
]);
const PERIODS = new Set(['week', 'month', 'year'] as const);

/** "yesterday", "last week", "this month", "next year" starting at token `i`. */
export function relativeDateAt(tokens: readonly Token[], i: number): RelativeDate | null {
  const norm = tokens[i]!.norm;
  const days = DAY_WORDS.get(norm);
  if (days !== undefined) return { granularity: 'day', offset: days, last: i };
  const offset = PERIOD_WORDS.get(norm);
  const period = tokens[i + 1]?.norm as 'week' | 'month' | 'year' | undefined;
  if (offset === undefined || period === undefined || !PERIODS.has(period)) return null;
  // "In the last week", "over the next month": a span of days ending or starting now, not a calendar week.
  if (tokens[i - 1]?.norm === 'the') return null;
  return { granularity: period, offset, last: i + 1 };
}

/** Words after which a weekday is not one day but every such day: "every Friday", "each Monday". */
export function isHabitual(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.norm;
  return previous === 'every' || previous === 'each';
}

/** "last Monday", "next August": the modifier before token `i`, when there is one. */
export function modifierBefore(tokens: readonly Token[], i: number): 'before' | 'after' | null {
  const previous = tokens[i - 1]?.norm;
  if (previous === 'last') return 'before';
  return previous === 'next' || previous === 'coming' ? 'after' : null;
}

/** Single words that put their clause in the future. */
const FUTURE_WORDS = new Set(['will', 'shall', 'due', 'scheduled', 'upcoming']);
/** Words that do when "to" follows: "is set to meet", "is expected to", "is to discuss", "plans to". */
const FUTURE_BEFORE_TO = new Set(['set', 'expected', 'going', 'plans', 'planned', 'is', 'are']);

function isFutureCue(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]!.norm;
  if (FUTURE_WORDS.has(norm) || norm.endsWith("'ll")) return true;
  return FUTURE_BEFORE_TO.has(norm) && tokens[k + 1]?.norm === 'to';
}

/** Per clause of a sentence: whether it holds a future cue, and how many content words it has. */
export interface ClauseCues {
  future: boolean[];
  content: number[];
}

/** The clause cues of a sentence, worked out once for all its dates (a page can hold thousands). */
export function clauseCues(tokens: readonly Token[], clauseOf: readonly number[]): ClauseCues {
  const cues: ClauseCues = { future: [], content: [] };
  tokens.forEach((token, k) => {
    const clause = clauseOf[k]!;
    cues.future[clause] ||= isFutureCue(tokens, k);
    cues.content[clause] = (cues.content[clause] ?? 0) + (STOPWORDS.has(token.norm) ? 0 : 1);
  });
  return cues;
}

/**
 * The direction of the date spanning tokens `first`…`last`: a future cue in its clause makes it
 * `future`, else `past`. A date fronted in a clause of its own ("On Monday, ministers will meet") is
 * read with the clause that follows it.
 */
export function tenseOf(
  tokens: readonly Token[],
  clauseOf: readonly number[],
  cues: ClauseCues,
  first: number,
  last: number,
): 'past' | 'future' {
  const low = clauseOf[first]!;
  let high = clauseOf[last]!;
  let content = 0;
  for (let c = low; c <= high; c++) content += cues.content[c] ?? 0;
  for (let k = first; k <= last; k++) if (!STOPWORDS.has(tokens[k]!.norm)) content--;
  if (content === 0) high++;
  for (let c = low; c <= high; c++) if (cues.future[c]) return 'future';
  return 'past';
}
