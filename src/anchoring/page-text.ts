/**
 * The live page's text as one string, normalised the way extraction normalises the article (runs of
 * whitespace collapsed, invisible characters dropped, a space between blocks), with a map from every
 * character back to its text node. Quotes are matched on the string; the map turns the match into a
 * DOM Range. Reads the DOM only: the page is never changed. Runs in the content script and in jsdom.
 */
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '../extract/body-text';
import { BIDI_CONTROLS } from '../extract/bidi';
import { INVISIBLE as DROPPED_INVISIBLE } from '../extract/clean-text';
import { isHiddenFromReader } from '../extract/visibility';

/** The text and where each character came from (`nodeIndex[i]` is -1 for a space between blocks). */
export interface PageText {
  text: string;
  nodes: Text[];
  nodeIndex: Int32Array;
  nodeOffset: Int32Array;
}

/** Options for {@link readPageText}. */
export interface ReadOptions {
  /** Whether an element's text is hidden from the reader; the default asks the layout when it can. */
  isHidden?: (element: Element) => boolean;
  /**
   * Stop after this many characters. Extraction keeps at most 200,000 characters of article; the page
   * around it (menus, comments) gets as much again before we stop looking.
   */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 400_000;
/**
 * What extraction drops (see `cleanText`): invisible characters and the bidirectional controls. A run a
 * right-to-left override displays reversed is extracted in display order, so it is not found here and
 * gets no highlight, rather than a highlight on the stored text the reader does not see.
 */
const INVISIBLE = new RegExp(`${DROPPED_INVISIBLE.source}|${BIDI_CONTROLS.source}`, 'u');
const WHITESPACE = /\s/;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class Builder {
  private readonly chars: string[] = [];
  private readonly indexes: number[] = [];
  private readonly offsets: number[] = [];
  readonly nodes: Text[] = [];
  /** True after a space (real or between blocks), so whitespace collapses across node boundaries. */
  private spaced = true;

  constructor(readonly maxChars: number) {}

  get full(): boolean {
    return this.chars.length >= this.maxChars;
  }

  blockBoundary(): void {
    if (this.spaced) return;
    this.push(' ', -1, 0);
  }

  text(node: Text): void {
    const value = node.data;
    const index = this.nodes.length;
    this.nodes.push(node);
    for (let i = 0; i < value.length && !this.full; i++) {
      const ch = value[i]!;
      if (INVISIBLE.test(ch)) continue;
      if (WHITESPACE.test(ch)) {
        if (!this.spaced) this.push(' ', index, i);
        continue;
      }
      this.chars.push(ch);
      this.indexes.push(index);
      this.offsets.push(i);
      this.spaced = false;
    }
  }

  private push(ch: string, index: number, offset: number): void {
    this.chars.push(ch);
    this.indexes.push(index);
    this.offsets.push(offset);
    this.spaced = true;
  }

  done(): PageText {
    return {
      text: this.chars.join(''),
      nodes: this.nodes,
      nodeIndex: Int32Array.from(this.indexes),
      nodeOffset: Int32Array.from(this.offsets),
    };
  }
}

/** Reads the visible text under `root` (usually `document.body`). */
export function readPageText(root: Node, options: ReadOptions = {}): PageText {
  const isHidden = options.isHidden ?? isHiddenFromReader;
  const out = new Builder(options.maxChars ?? DEFAULT_MAX_CHARS);
  const walk = (node: Node): void => {
    if (out.full) return;
    if (node.nodeType === TEXT_NODE) {
      out.text(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_ELEMENTS.has(tag) || isHidden(element)) return;
    if (tag === 'br') {
      out.blockBoundary();
      return;
    }
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) out.blockBoundary();
    for (let child = node.firstChild; child && !out.full; child = child.nextSibling) walk(child);
    if (block) out.blockBoundary();
  };
  walk(root);
  return out.done();
}

/**
 * The DOM Range over characters [start, end) of `page.text`, or null when the span holds no character
 * from a text node (only spaces between blocks) or a node it points into has left the document.
 */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  let first = start;
  while (first < end && page.nodeIndex[first]! < 0) first++;
  let last = end - 1;
  while (last >= first && page.nodeIndex[last]! < 0) last--;
  if (first > last) return null;
  const startNode = page.nodes[page.nodeIndex[first]!]!;
  const endNode = page.nodes[page.nodeIndex[last]!]!;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, page.nodeOffset[first]!);
  range.setEnd(endNode, Math.min(endNode.data.length, page.nodeOffset[last]! + 1));
  return range;
}
