/**
 * Who holds which office. Two sentences that give the same event different office-holders ("the Biden
 * administration proposed…" vs "US President Donald Trump proposed…") disagree on the actor; a person and
 * the country they lead ("Trump" vs "the US") do not. Word vectors cannot tell these apart (Biden and
 * Trump are close neighbours), so the engine needs this small table of offices.
 */

/** A person known to hold (or have held) an office, and the country they speak for. */
export interface OfficeHolder {
  id: string;
  /** Full name as shown to readers. */
  name: string;
  /** An office only one person holds at a time: "us-president", "nato-secretary-general". */
  office: string;
  country: string | null;
  /** Token-norm phrases that name the person. */
  phrases: string[];
}

const HOLDERS: Array<[id: string, office: string, country: string | null, phrases: string]> = [
  ['trump', 'us-president', 'us', 'trump|donald trump|donald j. trump|trump administration'],
  ['biden', 'us-president', 'us', 'biden|joe biden|biden administration'],
  ['obama', 'us-president', 'us', 'obama|barack obama|obama administration'],
  ['george-w-bush', 'us-president', 'us', 'george w. bush|bush administration'],
  ['vance', 'us-vice-president', 'us', 'vance|jd vance|j.d. vance'],
  ['harris', 'us-vice-president', 'us', 'kamala harris'],
  ['rubio', 'us-secretary-of-state', 'us', 'rubio|marco rubio'],
  ['blinken', 'us-secretary-of-state', 'us', 'blinken|antony blinken'],
  ['putin', 'russia-president', 'russia', 'putin|vladimir putin'],
  ['zelensky', 'ukraine-president', 'ukraine', 'zelensky|zelenskiy|zelenskyy|volodymyr zelensky|volodymyr zelenskiy|volodymyr zelenskyy'],
  ['poroshenko', 'ukraine-president', 'ukraine', 'poroshenko|petro poroshenko'],
  ['rutte', 'nato-secretary-general', null, 'rutte|mark rutte'],
  ['stoltenberg', 'nato-secretary-general', null, 'stoltenberg|jens stoltenberg'],
  ['meloni', 'italy-prime-minister', 'italy', 'meloni|giorgia meloni'],
  ['draghi', 'italy-prime-minister', 'italy', 'draghi|mario draghi'],
  ['starmer', 'uk-prime-minister', 'uk', 'starmer|keir starmer'],
  ['sunak', 'uk-prime-minister', 'uk', 'sunak|rishi sunak'],
  ['macron', 'france-president', 'france', 'macron|emmanuel macron'],
  ['merz', 'germany-chancellor', 'germany', 'merz|friedrich merz'],
  ['scholz', 'germany-chancellor', 'germany', 'scholz|olaf scholz'],
  ['lavrov', 'russia-foreign-minister', 'russia', 'lavrov|sergei lavrov'],
  ['zakharova', 'russia-foreign-ministry-spokesperson', 'russia', 'zakharova|maria zakharova'],
];

function displayName(phrases: string[]): string {
  const full = phrases.find((phrase) => phrase.includes(' ') && !phrase.endsWith('administration')) ?? phrases[0]!;
  return full.replace(/(^|[\s.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Offices named by title rather than by holder ("the US president"): which holder is meant comes from
 * the rest of the text, as for "the US" (see differences.ts).
 */
export const OFFICE_TITLES: ReadonlyMap<string, string> = new Map([
  ['us president', 'us-president'], ['u.s president', 'us-president'], ['american president', 'us-president'],
  ['president of the united states', 'us-president'], ['russian president', 'russia-president'],
  ['ukrainian president', 'ukraine-president'], ['president of ukraine', 'ukraine-president'],
  ['italian prime minister', 'italy-prime-minister'], ['british prime minister', 'uk-prime-minister'],
  ['french president', 'france-president'], ['german chancellor', 'germany-chancellor'],
  ['nato secretary general', 'nato-secretary-general'], ['nato chief', 'nato-secretary-general'],
]);

/** Every office-holder the engine knows. */
export const OFFICE_HOLDERS: readonly OfficeHolder[] = HOLDERS.map(([id, office, country, phrases]) => ({
  id,
  name: displayName(phrases.split('|')),
  office,
  country,
  phrases: phrases.split('|'),
}));

/** "us-president" → "US president", for explanations. */
export function officeLabel(office: string): string {
  const [country, ...title] = office.split('-');
  const place = country === 'us' || country === 'uk' || country === 'nato' ? country.toUpperCase() : country!.replace(/^./, (c) => c.toUpperCase());
  return `${place} ${title.join(' ')}`;
}
