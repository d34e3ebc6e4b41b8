/** Readability's article content → plain text, one paragraph per block, for sentence splitting. */
import { cleanText } from './clean-text';
import type { ParagraphRole } from './sentence-kind';

/**
 * Elements that start and end a paragraph of their own. Everything else (a, em, span, …) is inline and
 * flows into the surrounding paragraph. A `div` with loose text counts as a block so that its text is
 * not glued to the paragraph before it.
 */
export const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text is not prose a reader sees (Readability removes most; this is a second guard). */
export const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is a heading or a label, not prose. */
const HEADING_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'dt', 'th', 'summary', 'legend']);
/** Elements whose text describes a picture or a table. */
const CAPTION_ELEMENTS = new Set(['figcaption', 'figure', 'caption']);
/** Elements whose text names a work cited (a reference list's entries, "<cite>The Times</cite>"). */
const REFERENCE_ELEMENTS = new Set(['cite']);
/** Elements whose text is code or a listing. */
const CODE_ELEMENTS = new Set(['pre', 'code', 'kbd', 'samp']);

/**
 * Classes the embed scripts of social networks put on the quoted post a page carries (it is the
 * network's text, not the article's): kept through Readability (`classesToPreserve`) to be told apart.
 */
const EMBED_CLASSES = [
  'twitter-tweet',
  'twitter-video',
  'instagram-media',
  'tiktok-embed',
  'reddit-embed-bq',
  'reddit-card',
  'fb-post',
  'fb-xfbml-parse-ignore',
  'bluesky-embed',
  'mastodon-embed',
  'threads-post',
  'telegram-post',
];

/**
 * Classes of a reference list (MediaWiki's, which other wikis and many blogs share): its entries cite
 * where a claim came from ("Retrieved 1 May 2016.") and are not claims. Kept through Readability.
 */
const REFERENCE_CLASSES = ['references', 'reflist', 'refbegin', 'reference-text'];

/** Classes Readability must keep for `roleOf` to read. */
export const ROLE_CLASSES = [...EMBED_CLASSES, ...REFERENCE_CLASSES];

/** The role an element gives the text inside it, or null when it gives none of its own. */
function roleOf(element: Element): ParagraphRole | null {
  const tag = element.localName;
  if (HEADING_ELEMENTS.has(tag)) return 'heading';
  if (CAPTION_ELEMENTS.has(tag)) return 'caption';
  if (CODE_ELEMENTS.has(tag) && (tag === 'pre' || element.parentElement?.localName === 'pre')) return 'code';
  if (REFERENCE_ELEMENTS.has(tag)) return 'reference';
  const classes = element.getAttribute('class')?.split(/\s+/);
  if (classes?.some((name) => EMBED_CLASSES.includes(name))) return 'embed';
  if (classes?.some((name) => REFERENCE_CLASSES.includes(name))) return 'reference';
  return null;
}

/** Collects paragraphs while walking; stops accepting text once `maxChars` are gathered. */
class ParagraphCollector {
  readonly paragraphs: string[] = [];
  /** The role of each paragraph, from the elements around its text. */
  readonly roles: ParagraphRole[] = [];
  /** The role of the text being added (the outermost element that gives one). */
  role: ParagraphRole = 'text';
  private currentRole: ParagraphRole = 'text';
  private current = '';
  private length = 0;
  private readonly maxChars: number;

  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }

  get full(): boolean {
    return this.length >= this.maxChars;
  }

  add(text: string): void {
    // A paragraph mixing prose and a labelled part (a caption's run-in) is prose: the role must hold throughout.
    if (this.current.trim() === '') this.currentRole = this.role;
    else if (this.role !== this.currentRole && text.trim() !== '') this.currentRole = 'text';
    this.current += text;
  }

  /** Ends the paragraph in progress, if it holds any visible text. */
  flush(): void {
    const paragraph = cleanText(this.current);
    this.current = '';
    if (paragraph === null) return;
    this.paragraphs.push(paragraph);
    this.roles.push(this.currentRole);
    this.length += paragraph.length + 2;
  }
}

function walk(node: Node, out: ParagraphCollector): void {
  if (out.full) return;
  if (node.nodeType === TEXT_NODE) {
    out.add(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).localName;
  if (SKIPPED_ELEMENTS.has(tag)) return;
  // A single <br> inside a paragraph is a visual line (an address, a dateline, a verse); Readability
  // already turned runs of <br> into <p>. Treating it as a paragraph break keeps a dateline from
  // being glued to the first sentence, at the cost of splitting the rare sentence broken for layout.
  if (tag === 'br') {
    out.flush();
    return;
  }
  const block = BLOCK_ELEMENTS.has(tag);
  if (block) out.flush();
  const outer = out.role;
  const own = outer === 'text' ? roleOf(node as Element) : null;
  if (own) out.role = own;
  for (let child = node.firstChild; child && !out.full; child = child.nextSibling) walk(child, out);
  if (block) out.flush();
  out.role = outer;
}

/** Cuts `text` to at most `maxChars`, at a paragraph break when one is in the second half, else at a space. */
function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  const paragraphEnd = head.lastIndexOf('\n\n');
  if (paragraphEnd >= maxChars / 2) return head.slice(0, paragraphEnd);
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head).trimEnd();
}

/** Body text, whether the cap cut anything off, and where each paragraph is with its role. */
export interface CappedText {
  text: string;
  truncated: boolean;
  /** Each paragraph's start offset in `text` and role, in order (those cut off by the cap left out). */
  paragraphs: Array<{ start: number; role: ParagraphRole }>;
}

/** {@link bodyText}, also saying whether `maxChars` left part of the text out. */
export function readBodyText(root: Node, maxChars: number): CappedText {
  const out = new ParagraphCollector(maxChars);
  walk(root, out);
  out.flush();
  const whole = out.paragraphs.join('\n\n');
  const text = truncate(whole, maxChars);
  const paragraphs: CappedText['paragraphs'] = [];
  let start = 0;
  for (const [i, paragraph] of out.paragraphs.entries()) {
    if (start >= text.length) break;
    paragraphs.push({ start, role: out.roles[i]! });
    start += paragraph.length + 2;
  }
  // Full means the walk stopped early; a text longer than the cap was cut.
  return { text, truncated: out.full || text.length < whole.length, paragraphs };
}

/** The role of the paragraph holding offset `at` of the text `readBodyText` returned. */
export function roleAt(paragraphs: CappedText['paragraphs'], at: number): ParagraphRole {
  let low = 0;
  let high = paragraphs.length - 1;
  let found: ParagraphRole = 'text';
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.start <= at) {
      found = paragraphs[middle]!.role;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Plain text of `root` (Readability's article element): each block element its own paragraph,
 * paragraphs separated by "\n\n", runs of whitespace collapsed to one space, invisible characters
 * removed. At most `maxChars` characters, so a 5 MB page costs no more than a long article.
 */
export function bodyText(root: Node, maxChars: number): string {
  return readBodyText(root, maxChars).text;
}
