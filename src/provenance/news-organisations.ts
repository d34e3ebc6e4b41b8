/**
 * News agencies and outlets that first report what others republish, under the names prose uses for them
 * ("Agence France-Presse", "AFP", "the AFP news agency"). Knowing them is what lets "a source told AFP" be
 * read as a reporter while "Meloni told Italian senators" is not: an unknown object of "told" is never
 * taken for a newsroom. The list is deliberately a list of names, not of seed results; an outlet missing
 * from it is still recognised when the text calls it one ("Italian daily Corriere della Sera").
 */

/** A news organisation: the name shown in a chain, whether it is a wire agency, and its other names. */
interface Organisation {
  name: string;
  /** Wire agencies sell their copy for others to republish, so a whole story can be "based on" one. */
  wire: boolean;
  aliases: readonly string[];
}

const ORGANISATIONS: readonly Organisation[] = [
  {
    name: 'AFP',
    wire: true,
    aliases: ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'France Presse'],
  },
  { name: 'Reuters', wire: true, aliases: ['Thomson Reuters'] },
  { name: 'AP', wire: true, aliases: ['Associated Press', 'The Associated Press'] },
  { name: 'Bloomberg', wire: true, aliases: ['Bloomberg News'] },
  { name: 'dpa', wire: true, aliases: ['DPA', 'Deutsche Presse-Agentur', 'German Press Agency'] },
  { name: 'ANSA', wire: true, aliases: [] },
  { name: 'EFE', wire: true, aliases: [] },
  { name: 'Kyodo', wire: true, aliases: ['Kyodo News'] },
  { name: 'Xinhua', wire: true, aliases: ['Xinhua News Agency'] },
  { name: 'TASS', wire: true, aliases: [] },
  { name: 'RIA Novosti', wire: true, aliases: ['RIA'] },
  { name: 'Interfax', wire: true, aliases: ['Interfax-Ukraine'] },
  { name: 'Ukrinform', wire: true, aliases: [] },
  { name: 'UNIAN', wire: true, aliases: [] },
  { name: 'Yonhap', wire: true, aliases: ['Yonhap News Agency'] },
  { name: 'PTI', wire: true, aliases: ['Press Trust of India'] },
  { name: 'UPI', wire: true, aliases: ['United Press International'] },
  { name: 'PAP', wire: true, aliases: ['Polish Press Agency'] },
  { name: 'Anadolu', wire: true, aliases: ['Anadolu Agency'] },
  { name: 'Axios', wire: false, aliases: [] },
  { name: 'Politico', wire: false, aliases: ['Politico Europe'] },
  { name: 'Semafor', wire: false, aliases: [] },
  { name: 'BBC', wire: false, aliases: ['BBC News', 'the BBC'] },
  { name: 'CNN', wire: false, aliases: [] },
  { name: 'Fox News', wire: false, aliases: ['Fox'] },
  { name: 'NBC News', wire: false, aliases: ['NBC'] },
  { name: 'CBS News', wire: false, aliases: ['CBS'] },
  { name: 'ABC News', wire: false, aliases: ['ABC'] },
  { name: 'NPR', wire: false, aliases: [] },
  { name: 'PBS', wire: false, aliases: [] },
  { name: 'MSNBC', wire: false, aliases: [] },
  { name: 'CNBC', wire: false, aliases: [] },
  { name: 'Sky News', wire: false, aliases: [] },
  { name: 'Al Jazeera', wire: false, aliases: [] },
  { name: 'Euronews', wire: false, aliases: [] },
  { name: 'France 24', wire: false, aliases: [] },
  { name: 'Deutsche Welle', wire: false, aliases: ['DW'] },
  { name: 'RFE/RL', wire: false, aliases: ['Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty'] },
  { name: 'Voice of America', wire: false, aliases: ['VOA'] },
  { name: 'The New York Times', wire: false, aliases: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', wire: false, aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', wire: false, aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Financial Times', wire: false, aliases: ['The Financial Times', 'FT'] },
  { name: 'The Guardian', wire: false, aliases: ['Guardian'] },
  { name: 'The Times', wire: false, aliases: [] },
  { name: 'The Telegraph', wire: false, aliases: ['Daily Telegraph', 'The Daily Telegraph'] },
  { name: 'The Economist', wire: false, aliases: ['Economist'] },
  { name: 'The Independent', wire: false, aliases: [] },
  { name: 'USA Today', wire: false, aliases: [] },
  { name: 'Newsweek', wire: false, aliases: [] },
  { name: 'The Atlantic', wire: false, aliases: [] },
  { name: 'The Hill', wire: false, aliases: [] },
  { name: 'Le Monde', wire: false, aliases: [] },
  { name: 'Le Figaro', wire: false, aliases: [] },
  { name: 'Der Spiegel', wire: false, aliases: ['Spiegel'] },
  { name: 'Die Welt', wire: false, aliases: [] },
  { name: 'Bild', wire: false, aliases: [] },
  { name: 'Corriere della Sera', wire: false, aliases: [] },
  { name: 'La Repubblica', wire: false, aliases: [] },
  { name: 'El País', wire: false, aliases: ['El Pais'] },
  { name: 'The Kyiv Independent', wire: false, aliases: ['Kyiv Independent'] },
  { name: 'Kyiv Post', wire: false, aliases: ['The Kyiv Post'] },
  { name: 'Ukrainska Pravda', wire: false, aliases: [] },
  { name: 'Meduza', wire: false, aliases: [] },
  { name: 'Kommersant', wire: false, aliases: [] },
  { name: 'NHK', wire: false, aliases: [] },
  { name: 'Nikkei', wire: false, aliases: ['Nikkei Asia'] },
];

/** Lower case, no leading "the", straight apostrophes, single spaces: how two spellings of one name meet. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'/&-]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
}

/** Every spelling by its key, with the organisation it names; built once. "the BBC" and "BBC" share a key. */
const BY_KEY: ReadonlyMap<string, ReadonlyArray<{ spelling: string; organisation: Organisation }>> = (() => {
  const map = new Map<string, Array<{ spelling: string; organisation: Organisation }>>();
  for (const organisation of ORGANISATIONS) {
    for (const spelling of [organisation.name, ...organisation.aliases]) {
      const key = nameKey(spelling);
      map.set(key, [...(map.get(key) ?? []), { spelling, organisation }]);
    }
  }
  return map;
})();

const bare = (name: string): string => name.trim().replace(/^the\s+/i, '');

/**
 * The organisation `written` names exactly ("Agence France-Presse" → AFP), or null. Short names are also
 * initials or words ("AP exams", "fox", "ria"), so a name of four letters or fewer counts only when
 * written in the organisation's own case.
 */
export function knownOrganisation(written: string): { name: string; wire: boolean } | null {
  const spellings = BY_KEY.get(nameKey(written)) ?? [];
  const fits = spellings.find(({ spelling }) => bare(spelling).length > 4 || bare(spelling) === bare(written));
  return fits ? { name: fits.organisation.name, wire: fits.organisation.wire } : null;
}

/**
 * The known organisation `phrase` starts with, and the rest of the phrase: "Fox News’ “The Ingraham
 * Angle”" → Fox News and "’ “The Ingraham Angle”". Longest name first, so "Fox News" wins over "Fox".
 */
export function leadingOrganisation(phrase: string): { name: string; wire: boolean; rest: string } | null {
  const words = phrase.trim().split(/\s+/);
  for (let count = Math.min(words.length, 6); count >= 1; count--) {
    const head = words.slice(0, count).join(' ');
    // A possessive glued to the last word ("News’", "CBS's") belongs to the rest, not to the name.
    const possessive = /(?:['’]s?)$/.exec(head);
    const name = possessive ? head.slice(0, possessive.index) : head;
    const found = knownOrganisation(name);
    if (found) return { ...found, rest: `${possessive?.[0] ?? ''} ${words.slice(count).join(' ')}`.trim() };
  }
  return null;
}
