/**
 * Cuts a saved seed page down to its article body: menus, cookie banners, share bars, bylines, related
 * links, tags, author bios and calls to action go; paragraphs stay, one per line.
 */

/** What the page is known to be, so its own name and byline can be recognised as chrome. */
export interface PageIdentity {
  outlet: string;
  author: string | null;
}

/**
 * Lines where the article has ended: everything from here on is page furniture. "Sign Our Petition" in
 * The Defense Post (seed 002) opens the outlet's own opinion essay and petition/advocacy material glued
 * after the AFP report ("Sign Our PetitionThe proposed security…"). That essay is the outlet's commentary,
 * not reporting, and it ends in action lists and sample letters; as claims it would let an advocacy text
 * "corroborate" the very report it restates, so it is left out of the dataset altogether.
 */
const END_OF_ARTICLE = [
  /^You Might Also Like\b/i,
  /^Sign Our Petition/i,
  /^TAGGED:/i,
  /^Share This Article\b/i,
  /^Previous Article\b/i,
  /^Leave a (?:Comment|Reply)\b/i,
  /^#*\s*What Can We Personally Do\b/i,
];

/** Whole lines that are page chrome wherever they appear. */
const CHROME_LINE = [
  /^[•·▪◦‣*-]\s/, // menu and list bullets
  /^By using this (?:site|website)\b/i, // cookie / terms banner
  /\bcookies?\b.*\b(?:accept|consent|agree)\b/i,
  /^(?:Accept|Share|Search|Follow(?: US)?:?|Menu|Home|logo|Print|Email|Facebook Email Print)$/i,
  /^Reading:/i,
  /^Font Resizer/i,
  /^Categories:/i,
  /^Last updated:/i,
  /^©/,
  /\bAll Rights Reserved\b/i,
  /^\d+\s+(?:minutes?|hours?|days?)\s+ago$/i,
  /\b\d+\s+min read$/i,
  /\s>\s.*\s>\s/, // breadcrumbs: "Site > Section > Headline"
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\s+--\s/i, // "thedefensepost.com -- Saturday, August 16, 2025, …"
  /^(?:Get the latest\b|Follow us on\b|Subscribe\b|Sign up\b|Join our\b)/i, // calls to action
  /\bFollow us on\b.*\b(?:Twitter|Facebook|Telegram|Google News)\b/i,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lines naming only the outlet ("Media Wall NewsMedia Wall News") or the byline ("ByMalik Thompson"). */
function isIdentityLine(line: string, page: PageIdentity): boolean {
  const outlet = escapeRegExp(page.outlet);
  if (new RegExp(`^(?:${outlet})+$`, 'i').test(line)) return true;
  return page.author !== null && new RegExp(`^(?:By\\s*)?${escapeRegExp(page.author)}$`, 'i').test(line);
}

/** Abbreviations that may end in "." before a lower-case word without ending a sentence. */
const LOWER_CASE_ABBREVIATIONS = new Set(['vs', 'etc', 'approx', 'incl', 'esp', 'cf', 'al']);
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'io', 'co', 'uk', 'eu']);

/**
 * Repairs typing slips that make ICU's sentence rules (`splitSentences`) run two sentences together:
 * "aggression.Understanding" and "costs.furthermore" (no space), and ". rather, the guarantee" (ICU does
 * not break before a lower-case letter). Seed 003 has all three. "countries,highlighting" gets its space.
 */
export function repairSentenceBreaks(line: string): string {
  return line
    .replace(/([a-z]{2,})\.([A-Za-z][a-z]{2,})\b/g, (match, before: string, after: string) =>
      DOMAIN_ENDINGS.has(after.toLowerCase()) ? match : `${before}. ${after}`,
    )
    .replace(/([a-z]{2,})([.!?])\s+([a-z])/g, (match, word: string, stop: string, first: string) =>
      LOWER_CASE_ABBREVIATIONS.has(word.toLowerCase()) ? match : `${word}${stop} ${first.toUpperCase()}`,
    )
    .replace(/([a-z]),([a-z])/g, '$1, $2');
}

/**
 * The article body of a saved page as paragraphs, one per line, in reading order. Short headings stay
 * (they end no sentence and are dropped later as non-claims) so that attribution sees true neighbours.
 */
export function stripChrome(pageText: string, page: PageIdentity): string[] {
  const paragraphs: string[] = [];
  for (const raw of pageText.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (END_OF_ARTICLE.some((marker) => marker.test(line))) break;
    if (line === '' || CHROME_LINE.some((pattern) => pattern.test(line)) || isIdentityLine(line, page)) continue;
    // An FAQ answer opening "No. Rutte explicitly stated…": the bare "No." is no claim, and a splitter
    // that reads "No." as the abbreviation of "number" would glue it to the sentence after.
    paragraphs.push(repairSentenceBreaks(line.replace(/^(?:Yes|No)\.\s+(?=[A-Z])/, '')));
  }
  return paragraphs;
}
