/**
 * The cue words of `assets/claim-cues.json`, checked on load: which page sentences are bylines,
 * credits, calls to action, editors' asides or date lines rather than claims. Knowledge lives in the
 * asset; `sentence-kind.ts` holds the mechanism that reads it.
 */
import asset from '../../assets/claim-cues.json';

/** The cue lists (lower case, whole words). */
export interface ClaimCues {
  version: string;
  /** A sentence starting with one of these and then a name is a byline ("By Jane Doe"). */
  bylineStarts: string[];
  /** Followed by a colon, "by" or a bracket, a credit line ("Photo: AFP"). */
  creditStarts: string[];
  /** Anywhere in a short sentence, a credit ("… / Getty Images"). */
  creditAnywhere: string[];
  /** A sentence starting so, with one of `callToActionNeeds` in it (or a colon after), asks the reader to act. */
  callToActionStarts: string[];
  callToActionNeeds: string[];
  /** Followed by a colon (or, for several words, as they are), an editor's or reporter's aside. */
  asideStarts: string[];
  /** Anywhere, an aside about the story or its author ("contributed to this report"). */
  asideAnywhere: string[];
  /** Words a date line has besides the date itself ("Updated 3 hours ago"). */
  dateWords: string[];
}

const LISTS = [
  'bylineStarts',
  'creditStarts',
  'creditAnywhere',
  'callToActionStarts',
  'callToActionNeeds',
  'asideStarts',
  'asideAnywhere',
  'dateWords',
] as const;

/** `value` as cue lists, or an error naming what is wrong. */
export function parseClaimCues(value: unknown): ClaimCues {
  const record = value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || record.format !== 'provenance-claim-cues')
    throw new Error('claim cues: not a provenance-claim-cues file');
  if (typeof record.version !== 'string') throw new Error('claim cues: version must be a string');
  const cues = { version: record.version } as ClaimCues;
  for (const list of LISTS) {
    const words = record[list];
    if (
      !Array.isArray(words) ||
      words.some(
        (word) => typeof word !== 'string' || word !== word.toLowerCase() || word.trim() !== word || word === '',
      )
    ) {
      throw new Error(`claim cues: ${list} must be a list of lower-case, trimmed, non-empty strings`);
    }
    cues[list] = words as string[];
  }
  return cues;
}

let loaded: ClaimCues | null = null;

/** The shipped cues, checked once. */
export function claimCues(): ClaimCues {
  return (loaded ??= parseClaimCues(asset));
}
