/**
 * Turns the seed articles (../shared/seeds/NNN_*.txt, plain text copied from real news pages) into the
 * news-page HTML fixtures the E2E tests and `npm start` serve: tests/fixtures/seed-000.html … seed-004.html.
 *
 * Each page gets the chrome a real news site has (masthead, nav, breadcrumbs, share bar, related links,
 * footer) around an `<article>` with `<h1>`, byline, `<time datetime>` and the body paragraphs, so the
 * extractor is exercised the way a reader's page would exercise it. The outputs are committed: the repo
 * must work without ../shared. Regenerate with `tsx scripts/make-fixtures.ts`.
 *
 * No `<link rel=canonical>`: a fixture is served from 127.0.0.1, and a canonical pointing at the seed's
 * real address would make the page claim to be that source by URL. The engine still recognises that
 * seed-000.html *is* seed 000 by its text and leaves that source out of the page's report, which is what
 * the acceptance examples expect (seed 000 is compared with the four others).
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the seed text itself does not say reliably, written by hand from the seed's own header lines. */
interface SeedPage {
  outlet: string;
  section: string;
  title: string;
  /** Standfirst under the headline, when the page has one. */
  dek?: string;
  author: string;
  /** ISO 8601, as it goes into `<time datetime>` and `article:published_time`. */
  published: string;
  /** The first and last body lines (prefixes); everything outside is site chrome and is dropped. */
  bodyFrom: string;
  bodyTo: string;
  /** Body lines (prefixes) that are pull quotes rather than paragraphs. */
  blockquotes?: string[];
  /** From this heading on, headings are questions of a FAQ box (h3 under it). */
  faqFrom?: string;
  /** A trailing fragment the seed was cut off in, removed so the page does not end mid-sentence. */
  trimTail?: string;
  related: string[];
}

const SEEDS: Record<string, SeedPage> = {
  '000': {
    outlet: 'Media Wall News',
    section: 'Ukraine & Global Affairs',
    title: 'U.S. Proposes NATO-Style Defense Pact Ukraine',
    author: 'Malik Thompson',
    published: '2025-08-16T11:13:00-04:00',
    bodyFrom: 'As I’ve tracked',
    bodyTo: 'The coming weeks will prove critical',
    related: [
      'Israel Iran Conflict Impact Airline Stocks as Global Markets React',
      'Canada EU Membership Possibility Raised by Carney’s European Pivot',
      'Trump Rutte Ukraine Weapons Meeting Set for Discussion',
    ],
  },
  '001': {
    outlet: 'The World Brief',
    section: 'Geopolitics',
    title: 'US Proposes NATO-Style Joint Defense Guarantees for Ukraine – A Turning Point in Western Strategy',
    dek: 'On August 16, 2025, the US offered NATO-style defense guarantees for Ukraine, signaling a new strategy to strengthen Kyiv’s security while seeking peace.',
    author: 'Raja Awais Ali',
    published: '2025-08-16',
    bodyFrom: 'On August 16, 2025, the United States announced',
    bodyTo: 'For now, Washington’s proposal',
    related: ['What a Ceasefire Would Mean for the Black Sea Grain Corridor', 'Europe’s Defense Budgets, Explained'],
  },
  '002': {
    outlet: 'The Defense Post',
    section: 'U.S.–NATO Relations',
    title: 'US Proposed NATO-Style Joint Defense Guarantees for Kyiv: Source',
    author: 'Agence France-Presse',
    published: '2025-08-16T13:28:40-04:00',
    bodyFrom: 'The US has proposed security guarantees',
    bodyTo: 'The second source told AFP',
    related: ['Pentagon Weighs Air Defense Deliveries to Kyiv', 'Baltic States Push for Stronger Guarantees'],
  },
  '003': {
    outlet: 'World Affairs Review',
    section: 'Analysis',
    title: 'A New Security Framework for Ukraine: Analyzing the Proposed NATO-Style Guarantee',
    author: 'Editorial Staff',
    published: '2025-11-22',
    bodyFrom: 'The evolving geopolitical landscape',
    bodyTo: 'Beyond the immediate challenges',
    blockquotes: ['“Any future ‘significant'],
    trimTail: ' Moreover,',
    related: ['How Article 5 Has Been Invoked Before', 'The Hybrid-Warfare Problem in Treaty Language'],
  },
  '004': {
    outlet: 'Atlantic Dispatch',
    section: 'Europe',
    title: 'Ukraine Offered Article 5-Style Security Guarantees Without NATO Membership, Rutte Says',
    author: 'Newsroom',
    published: '2025-08-20T08:00:00Z',
    bodyFrom: 'In a significant evolution of Western strategy',
    bodyTo: 'No. Rutte explicitly stated',
    faqFrom: 'Must Know',
    related: ['Alaska Summit: What Trump and Putin Agreed', 'Zelenskiy at the White House: Key Takeaways'],
  },
};

type Block = { kind: 'p' | 'h2' | 'h3' | 'blockquote'; text: string };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A short line without closing punctuation is a subheading ("Must Know", "What is NATO’s Article 5?"). */
function isHeading(line: string): boolean {
  return line.length < 120 && !/[.!:”"’)]$/.test(line);
}

function bodyBlocks(text: string, seed: SeedPage): Block[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const from = lines.findIndex((line) => line.startsWith(seed.bodyFrom));
  const to = lines.findIndex((line) => line.startsWith(seed.bodyTo));
  if (from < 0 || to < from) throw new Error(`Body markers not found for "${seed.title}"`);
  let inFaq = false;
  return lines.slice(from, to + 1).map((line, i, body): Block => {
    let text = line;
    if (i === body.length - 1 && seed.trimTail && text.endsWith(seed.trimTail)) {
      text = text.slice(0, -seed.trimTail.length);
    }
    if (seed.blockquotes?.some((prefix) => text.startsWith(prefix))) return { kind: 'blockquote', text };
    if (!isHeading(text)) return { kind: 'p', text };
    if (seed.faqFrom && text.startsWith(seed.faqFrom)) {
      inFaq = true;
      return { kind: 'h2', text };
    }
    return { kind: inFaq ? 'h3' : 'h2', text };
  });
}

function displayDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

function renderBlock(block: Block): string {
  const text = escapeHtml(block.text);
  return block.kind === 'blockquote'
    ? `<blockquote><p>${text}</p></blockquote>`
    : `<${block.kind}>${text}</${block.kind}>`;
}

function renderPage(seed: SeedPage, blocks: Block[]): string {
  const e = escapeHtml;
  const nav = ['Home', 'World', 'Politics', 'Business', 'Technology', 'Opinion']
    .map((item) => `<li><a href="#">${item}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(seed.title)} | ${e(seed.outlet)}</title>
<meta name="description" content="${e(seed.dek ?? seed.title)}">
<meta name="author" content="${e(seed.author)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${e(seed.outlet)}">
<meta property="og:title" content="${e(seed.title)}">
<meta property="article:published_time" content="${seed.published}">
<meta property="article:section" content="${e(seed.section)}">
<link rel="stylesheet" href="news.css">
</head>
<body>
<div class="cookie-banner" role="dialog" aria-label="Cookie notice">
  <p>By using this site, you agree to the Privacy Policy and Terms of Use.</p><button type="button">Accept</button>
</div>
<header class="site-header">
  <a class="masthead" href="#">${e(seed.outlet)}</a>
  <nav aria-label="Sections"><ul>${nav}</ul></nav>
  <form class="search" role="search"><input type="search" placeholder="Search" aria-label="Search"></form>
</header>
<main>
  <p class="breadcrumbs"><a href="#">${e(seed.outlet)}</a> › <a href="#">${e(seed.section)}</a></p>
  <article>
    <header>
      <p class="kicker">${e(seed.section)}</p>
      <h1>${e(seed.title)}</h1>
${seed.dek ? `      <p class="dek">${e(seed.dek)}</p>\n` : ''}      <p class="byline">By <a rel="author" href="#">${e(seed.author)}</a> · <time datetime="${seed.published}">${displayDate(seed.published)}</time></p>
    </header>
    <div class="article-body">
${blocks.map((block) => `      ${renderBlock(block)}`).join('\n')}
    </div>
    <footer class="share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Print</a></footer>
  </article>
  <aside class="related" aria-label="You might also like">
    <h2>You Might Also Like</h2>
    <ul>${seed.related.map((title) => `<li><a href="#">${e(title)}</a></li>`).join('')}</ul>
  </aside>
</main>
<footer class="site-footer">
  <ul><li><a href="#">About Us</a></li><li><a href="#">Contact</a></li><li><a href="#">Advertise</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Terms of Use</a></li></ul>
  <p>© 2025 ${e(seed.outlet)}. All Rights Reserved.</p>
</footer>
</body>
</html>
`;
}

function main(): void {
  const seedDir = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
  const outDir = join(import.meta.dirname, '..', 'tests', 'fixtures');
  for (const file of readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const number = file.slice(0, 3);
    const seed = SEEDS[number];
    if (!seed) {
      console.warn(`No page description for ${file}; skipped.`);
      continue;
    }
    const blocks = bodyBlocks(readFileSync(join(seedDir, file), 'utf8'), seed);
    writeFileSync(join(outDir, `seed-${number}.html`), renderPage(seed, blocks));
    console.log(`seed-${number}.html: ${blocks.length} blocks`);
  }
}

main();
