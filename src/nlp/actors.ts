/**
 * Who holds which office. Two sentences that give the same event different office-holders ("the Biden
 * administration proposed…" vs "US President Donald Trump proposed…") disagree on the actor; a person and
 * the country they lead ("Trump" vs "the US") do not. Word vectors cannot tell these apart (Biden and
 * Trump are close neighbours), so the engine reads the offices and their holders from the lexicon
 * (assets/lexicon.json).
 */
import { LEXICON } from './lexicon';

/** A person known to hold (or have held) an office, and the country they speak for. */
export interface OfficeHolder {
  id: string;
  /** Full name as shown to readers. */
  name: string;
  /** An office only one person holds at a time: "us-president", "nato-secretary-general". */
  office: string;
  /** The id of the country concept the office speaks for. */
  country: string | null;
  /** Token-norm phrases that name the person. */
  phrases: string[];
}

const OFFICES = new Map(LEXICON.offices.map((office) => [office.id, office]));

/**
 * Offices named by title rather than by holder ("the US president"): which holder is meant comes from
 * the rest of the text, as for "the US" (see differences.ts).
 */
export const OFFICE_TITLES: ReadonlyMap<string, string> = new Map(
  LEXICON.offices.flatMap((office) => office.titles.map((title): [string, string] => [title, office.id])),
);

/** Every office-holder the engine knows. */
export const OFFICE_HOLDERS: readonly OfficeHolder[] = LEXICON.officeHolders.map(({ id, name, office, phrases }) => ({
  id,
  name,
  office,
  country: OFFICES.get(office)?.country ?? null,
  phrases,
}));

/** "us-president" → "US president", for explanations. */
export function officeLabel(office: string): string {
  return OFFICES.get(office)?.label ?? office;
}

/** The office's label in every language the lexicon gives: `en` always, then its `labels`. */
export function officeLabels(office: string): Record<string, string> {
  return { en: officeLabel(office), ...OFFICES.get(office)?.labels };
}

/**
 * The words of every office's title ("president", "secretary of state") and the generic words for an
 * office's holder ("leader", "government"): they name an office, not a topic.
 */
export const OFFICE_WORDS: readonly string[] = [
  ...LEXICON.offices.flatMap((office) => office.title.split(' ')),
  ...LEXICON.officeWords,
];
