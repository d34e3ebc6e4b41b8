/**
 * The page file `npm run check` is given, read and checked before any DOM is built from it: one that is
 * too large, nested too deeply, not text, or not HTML is refused with a sentence (exit code 2) instead of
 * running V8 out of memory, overflowing the stack or being reported as a normal page.
 */
import { extname } from 'node:path';
import { nestsDeeperThan } from '../node/html-depth';
import { readInputFile } from './read-input';

/**
 * The largest page file read. A news article's HTML, inline scripts and all, is well under 3 MB; jsdom
 * needs minutes and gigabytes far sooner than V8 runs out (docs/scale.md, *Measurements behind the code's shape*).
 */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/**
 * The deepest element nesting read, counted as an HTML parser's stack of open elements (html and body
 * included). Chromium's parser nests no deeper than 512 either: past it, it adds elements as siblings,
 * so the extension never sees a deeper page.
 */
export const MAX_PAGE_DEPTH = 512;

/** Any tag at all: a doctype, or `<name` followed by a space, `/` or `>`. */
const LOOKS_LIKE_HTML = /<(?:!doctype|[a-z][a-z0-9-]*)[\s/>]/i;

/** A page's text and whether to read it as HTML, or why it cannot be checked. */
export type PageInput = { ok: true; text: string; html: boolean } | { ok: false; message: string };

/** Limits, injectable so tests need no 8 MB file. */
export interface PageLimits {
  maxBytes: number;
  maxDepth: number;
}

/** Reads the page at `path`: a `.txt` file as plain text, anything else as HTML. */
export function readPage(
  path: string,
  limits: PageLimits = { maxBytes: MAX_PAGE_BYTES, maxDepth: MAX_PAGE_DEPTH },
): PageInput {
  const file = readInputFile(path, limits.maxBytes);
  if (!file.ok) return file;
  if (extname(path).toLowerCase() === '.txt') return { ok: true, text: file.text, html: false };
  if (!LOOKS_LIKE_HTML.test(file.text)) {
    return { ok: false, message: 'does not look like HTML: it has no tags (a plain-text page must be named .txt)' };
  }
  if (nestsDeeperThan(file.text, limits.maxDepth)) {
    return {
      ok: false,
      message: `nests its elements more than ${limits.maxDepth} deep, deeper than a browser builds a page; it was not read`,
    };
  }
  return { ok: true, text: file.text, html: true };
}
