/**
 * Whether a whole article is a republished wire report — the source-level fact a claim's own sentence
 * cannot show ("Trump has repeatedly ruled out Ukraine joining the alliance." in an AFP dispatch is AFP's).
 * Read by the dataset builder from the article as a whole; stored as the source's `basedOn`.
 */
import { knownOrganisation, nameKey } from './news-organisations';
import { organisationKey, type Reporter } from './reporter-phrase';
import { datelineReporter } from './reporter-in-text';
import { splitAttribution } from './attribution-chain';

/** What the builder knows of one article. */
export interface CreditedArticle {
  outlet: string;
  /** The byline: a wire's name here ("AFP", "Jane Doe, Reuters") makes the piece that wire's. */
  author: string | null;
  /** The article body, one paragraph a line, page chrome already stripped. */
  paragraphs: readonly string[];
  /** Its claims, with the attributions the builder found. */
  claims: ReadonlyArray<{ text: string; attribution: string | null }>;
}

/** A paragraph that is only a credit: "— AFP", "(Reuters)", "With AFP", "Source: AP". */
const CREDIT_LINE = /^(?:[-–—]+\s*|with\s+|source:\s*)?\(?([^()]{2,40}?)\)?\.?$/i;
/** "AFP contributed to this report.", "Additional reporting by Reuters." */
const CONTRIBUTED =
  /^(?:(?:the\s+)?(.{2,40}?)\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|article|story)|Additional\s+reporting\s+by\s+(.{2,40}?))\.?$/i;
/** A byline naming a wire after a person: "Jane Doe, AFP", "Jane Doe (Reuters)", "Jane Doe / AP", "AFP staff". */
const BYLINE_WIRE = /(?:^|[,/(]\s*|\s+for\s+)([^,/()]{2,40}?)(?:\s+staff)?\)?$/i;
/** The reporter's own reporting: "told me", "I spoke with". Such an article is not a republished dispatch. */
const OWN_REPORTING =
  /\b(?:told|tells|telling)\s+(?:me|us|this\s+reporter)\b|\bI(?:['’]ve)?\s+(?:spoke|spoken|asked|interviewed|reached|obtained|witnessed|visited)\b/i;

/** A known wire agency named by `text` exactly, or null: outlets do not credit whole stories to one another here. */
function wireNamed(text: string | undefined): Reporter | null {
  if (text === undefined) return null;
  const known = knownOrganisation(text.trim());
  return known?.wire ? { name: known.name, key: nameKey(known.name), wire: true } : null;
}

function withoutQuotations(text: string): string {
  return text.replace(/[“"«][^”"»]*[”"»]/g, ' ');
}

/**
 * Wires the claims' attributions name as told ("the diplomatic source told AFP"), counted once per
 * sentence that names one itself: a quotation continued over three sentences is one mention, not three.
 */
function toldWire(article: CreditedArticle): Reporter | null {
  const mentions = new Map<string, { reporter: Reporter; count: number }>();
  for (const claim of article.claims) {
    const reporter = claim.attribution ? splitAttribution(claim.attribution).reporter : null;
    if (!reporter) continue;
    if (!reporter.wire) return null; // another newsroom named: the article draws on several
    if (!claim.text.includes(reporter.name)) continue;
    const seen = mentions.get(reporter.key) ?? { reporter, count: 0 };
    mentions.set(reporter.key, { reporter, count: seen.count + 1 });
  }
  const [only, ...others] = [...mentions.values()];
  // Twice or more, one wire and no reporting of the outlet's own: a rewrite of that wire's dispatch.
  if (!only || others.length > 0 || only.count < 2) return null;
  return article.paragraphs.some((paragraph) => OWN_REPORTING.test(withoutQuotations(paragraph)))
    ? null
    : only.reporter;
}

/**
 * The wire `article` is based on, by its usual name ("AFP"), or null when the article credits none, or
 * more than one (then no single report stands behind all of its claims). Read from the byline, a
 * dateline in the first paragraphs, a credit line or "… contributed to this report", and quotes told to
 * one wire over and over with no reporting of the outlet's own. A credit for part of the reporting counts
 * as the whole: counting a partly-wire story as independent of its wire is the worse mistake.
 */
export function findWireCredit(article: CreditedArticle): string | null {
  const credits: Array<Reporter | null> = [
    article.author
      ? (wireNamed(article.author.replace(/^by\s+/i, '').replace(/\s+staff$/i, '')) ??
        wireNamed(BYLINE_WIRE.exec(article.author)?.[1]))
      : null,
    ...article.paragraphs.slice(0, 3).map((paragraph) => datelineReporter(paragraph)),
    ...article.paragraphs.map((paragraph) => wireNamed(CREDIT_LINE.exec(paragraph.trim())?.[1])),
    ...article.paragraphs.map((paragraph) => {
      const credit = CONTRIBUTED.exec(paragraph.trim());
      return wireNamed(credit?.[1] ?? credit?.[2]);
    }),
    toldWire(article),
  ];
  const outletKey = organisationKey(article.outlet);
  const wires = new Map(
    credits
      .filter((credit): credit is Reporter => credit !== null && credit.key !== outletKey)
      .map((credit) => [credit.key, credit]),
  );
  return wires.size === 1 ? [...wires.values()][0]!.name : null;
}
