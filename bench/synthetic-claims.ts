/**
 * Synthetic known-claims datasets for measuring what the number of sources costs: the same compact claims
 * grouped into as many or as few sources as asked, so that only the grouping differs. Claims are short
 * made-up news sentences, varied enough that BM25's postings look like a real index's (no word in every
 * claim but the function words), and every one distinct.
 */
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type Source } from '../src/claims/dataset';

const TOWNS = [
  'Harlow',
  'Dunmore',
  'Ashby',
  'Kelso',
  'Tarrant',
  'Brixley',
  'Oakham',
  'Wexford',
  'Lymond',
  'Carrow',
  'Penrith',
  'Selby',
  'Hexham',
  'Alston',
  'Buxton',
  'Morley',
  'Ripon',
  'Thirsk',
  'Wigton',
  'Cromer',
];
const BODIES = [
  'council',
  'port authority',
  'water board',
  'school trust',
  'health board',
  'transit agency',
  'library service',
  'fire service',
  'housing office',
  'planning committee',
];
const VERBS = [
  'approved',
  'rejected',
  'delayed',
  'funded',
  'cancelled',
  'announced',
  'reviewed',
  'expanded',
  'closed',
  'proposed',
];
const THINGS = [
  'ferry routes',
  'bus lanes',
  'classrooms',
  'clinics',
  'bridges',
  'flood barriers',
  'cycle paths',
  'reservoirs',
  'homes',
  'parks',
  'wind turbines',
  'rail links',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Claim `i`'s text, e.g. "The Harlow council approved 12 new ferry routes in March 2021." (distinct for every `i` below 2,880,000). */
export function syntheticClaimText(i: number): string {
  const town = TOWNS[i % TOWNS.length]!;
  const body = BODIES[Math.floor(i / TOWNS.length) % BODIES.length]!;
  const verb = VERBS[Math.floor(i / 200) % VERBS.length]!;
  const thing = THINGS[Math.floor(i / 2_000) % THINGS.length]!;
  const month = MONTHS[Math.floor(i / 24_000) % MONTHS.length]!;
  const count = 2 + (i % 97);
  const year = 2000 + Math.floor(i / 288_000);
  return `The ${town} ${body} ${verb} ${count} new ${thing} in ${month} ${year}.`;
}

/**
 * `claims` synthetic claims in `sources` sources (claims dealt out in runs, so a source's claims are
 * neighbours, as an article's are). Each source is an article with its own URL, title and date, by one
 * of forty outlets, as a newsroom archive is.
 */
export function syntheticDataset(claims: number, sources: number, id = `synthetic-${claims}-${sources}`): Dataset {
  const list: Source[] = [];
  for (let s = 0; s < sources; s++) {
    const from = Math.floor((s * claims) / sources);
    const to = Math.floor(((s + 1) * claims) / sources);
    const day = String(1 + (s % 28)).padStart(2, '0');
    list.push({
      id: `article-${s}`,
      outlet: `Outlet ${s % 40}`,
      author: null,
      publishedTime: `2024-05-${day}`,
      url: `https://news${s % 40}.example/archive/${s}`,
      title: null,
      claims: Array.from({ length: to - from }, (_, k) => ({
        id: `c${from + k}`,
        text: syntheticClaimText(from + k),
        attribution: null,
      })),
    });
  }
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    id,
    name: `Synthetic ${claims} claims in ${sources} sources`,
    description: null,
    sources: list,
  };
}

/**
 * A page's lines restating claims `claimNumbers`: each once with an attribution added (a corroboration)
 * and once with another number (a conflict), under a headline and before a sentence no claim speaks to.
 */
export function restatingPageLines(claimNumbers: readonly number[]): string[] {
  const restated = claimNumbers.flatMap((i) => {
    const text = syntheticClaimText(i);
    return [
      text.replace(/\.$/, ', officials said.'),
      text.replace(/ (\d+) new/, (_, n: string) => ` ${Number(n) + 30} new`),
    ];
  });
  return [
    'Councils across the region',
    ...restated,
    'Residents were divided over the plans, which will be debated again next month.',
  ];
}
