/**
 * Whether the words after "told", "speaking to", "according to" or "in an interview with" name a
 * newsroom — the claim's first reporter — and under which key two spellings of it count as one report.
 * Conservative by design: a wrong reporter would merge independent reports, so anything that is not
 * clearly a news organisation ("Italian senators", "reporters", "the newspaper") is no reporter.
 */
import { knownOrganisation, leadingOrganisation, nameKey } from './news-organisations';

/** A recognised first reporter: the words shown in a chain, and the key that groups its republications. */
export interface Reporter {
  /** As shown: the organisation's usual name ("AFP"), or the phrase when it says more ("Fox News’ “The Ingraham Angle”"). */
  name: string;
  /** Same key, same newsroom: "AFP" and "Agence France-Presse" share `afp`; a programme shares its network's. */
  key: string;
  /** A wire agency (its copy is republished whole), as opposed to an outlet or a named interviewer. */
  wire: boolean;
}

/**
 * Where the phrase stands: after "told"/"speaking to"/"according to" only a newsroom is a reporter, but
 * the other side of "an interview with" is the interviewer, so there a person's name counts too.
 */
export type ReporterContext = 'told' | 'interview';

/** Objects of "told" that are the press in general, or the publishing outlet itself: never a first reporter. */
const UNSPECIFIED =
  /^(?:the\s+|a\s+|an\s+|local\s+|foreign\s+|state\s+|some\s+)?(?:reporters?|journalists?|press|media|news\s+media|news\s+outlets?|newspapers?|paper|broadcasters?|outlets?|news\s+agenc(?:y|ies)|agenc(?:y|ies)|television|tv|radio)$|^this\s+\w+$|^(?:me|us|him|her|them)$/i;

/** What a newsroom calls itself, or what prose calls one: "Italian daily X", "the X newspaper". */
const MEDIA_NOUN =
  '(?:daily|newspaper|paper|broadcaster|news\\s+agency|agency|magazine|weekly|tabloid|radio|television|TV|channel|network|website|news\\s+site|outlet|podcast|programme|program|show)';
/** Lower-case words a name may contain ("Corriere della Sera", "Voice of America"). */
const NAME_JOINERS = new Set(['de', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'el', 'of', 'the', 'and', '&']);
/** People on the newsroom's side of an interview. */
const NEWSROOM_ROLE = '(?:host|anchor|correspondent|reporter|journalist|interviewer|presenter|editor|columnist)';

const DESCRIBED_BEFORE = new RegExp(`^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${MEDIA_NOUN}\\s+(.+)$`, 'iu');
const DESCRIBED_AFTER = new RegExp(`^(?:the\\s+)?(.+?)\\s+${MEDIA_NOUN}$`, 'iu');
const ROLE_BEFORE = new RegExp(`^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${NEWSROOM_ROLE}\\s+(.+)$`, 'iu');
const ROLE_AFTER = new RegExp(`^\\s*${NEWSROOM_ROLE}\\s+\\S`, 'i');
const MEDIA_NOUN_ONLY = new RegExp(`^(?:news\\s+)?${MEDIA_NOUN}$`, 'i');

/** A proper name: capitalised words, joiners allowed inside, quotes and possessives around them. */
function isProperName(text: string): boolean {
  const words = text
    .replace(/[“”"«»]/g, '')
    .trim()
    .split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  return words.every(
    (word, i) => /^[\p{Lu}\d]/u.test(word) || (i > 0 && i < words.length - 1 && NAME_JOINERS.has(word.toLowerCase())),
  );
}

/** A key for a name that is no known organisation: its own words, normalised. */
function ownKey(name: string): string {
  const known = knownOrganisation(name);
  return known ? nameKey(known.name) : nameKey(name);
}

/**
 * The reporter `phrase` names in `context`, or null. `phrase` is the object alone ("AFP", "Italian
 * daily Corriere della Sera", "Fox News’ “The Ingraham Angle”"), with no trailing circumstances.
 */
export function recogniseReporter(phrase: string, context: ReporterContext = 'told'): Reporter | null {
  const text = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:]+$/, '');
  if (text === '' || text.length > 120 || UNSPECIFIED.test(text)) return null;
  const known = knownOrganisation(text);
  if (known) return { name: known.name, key: nameKey(known.name), wire: known.wire };
  const leading = leadingOrganisation(text);
  // "Fox News’ “The Ingraham Angle”", "CBS's Face the Nation", "Fox News host Bret Baier": the network's report.
  if (leading && (/^['’]/.test(leading.rest) || ROLE_AFTER.test(leading.rest))) {
    return { name: text, key: nameKey(leading.name), wire: leading.wire };
  }
  // "the AFP news agency", "the Kommersant newspaper": the organisation, described.
  if (leading && MEDIA_NOUN_ONLY.test(leading.rest))
    return { name: leading.name, key: nameKey(leading.name), wire: leading.wire };
  if (leading) return null; // "AFP and Reuters", "BBC sources": not one newsroom
  const before = DESCRIBED_BEFORE.exec(text)?.[1];
  if (before && isProperName(before)) return { name: text.replace(/^the\s+/i, ''), key: ownKey(before), wire: false };
  const after = DESCRIBED_AFTER.exec(text)?.[1];
  if (after && isProperName(after)) return { name: text.replace(/^the\s+/i, ''), key: ownKey(after), wire: false };
  if (context !== 'interview') return null;
  const person = ROLE_BEFORE.exec(text)?.[1] ?? text;
  return isProperName(person) ? { name: text, key: nameKey(person), wire: false } : null;
}

/**
 * The key under which `name` — a chain's reporter or a source's outlet — counts as one newsroom. A name
 * the recogniser reads gets its newsroom's key; any other is keyed by its own words.
 */
export function organisationKey(name: string): string {
  let key = organisationKeys.get(name);
  if (key === undefined) {
    if (organisationKeys.size >= ORGANISATION_KEYS_KEPT) organisationKeys.clear();
    organisationKeys.set(name, (key = recogniseReporter(name, 'interview')?.key ?? nameKey(name)));
  }
  return key;
}

/**
 * Keys already worked out, by name: a page's report asks for the same few outlets and wires thousands
 * of times (every match of every sentence), and recognising one runs a dozen patterns.
 */
const organisationKeys = new Map<string, string>();
const ORGANISATION_KEYS_KEPT = 10_000;
