/**
 * The in-page side of highlights: anchors each claim's sentence in the live DOM and registers the
 * ranges with the CSS Custom Highlight API. The page's DOM is only read, never changed: highlights are
 * ranges painted by the browser, so the page's own scripts, layout and selection stay as they were.
 * Runs in the content script's isolated world; talks to nothing (the entrypoint wires messages in).
 */
import { matchQuote } from '../anchoring/match-quote';
import { rangeFor, readPageText } from '../anchoring/page-text';
import type { HighlightClaim, PageHighlightResult } from '../messaging/protocol';
import { FAILURE_MESSAGES } from '../messaging/protocol';
import { FLASH_MS, HIGHLIGHT_NAMES } from './highlight-styles';

/** A claim and where it currently is in the page (null: not found). */
interface Anchored {
  claim: HighlightClaim;
  range: Range | null;
  /** The page text the range covered when anchored, whitespace collapsed: a change means re-anchor. */
  text: string;
}

/** The page APIs the highlighter uses; passed in so tests can use jsdom with a fake registry. */
export interface HighlighterEnv {
  document: Document;
  /** `CSS.highlights`, or undefined where the browser lacks the API. */
  registry: HighlightRegistry | undefined;
  createHighlight(ranges: Range[]): Highlight;
  /** Whether the reader asked the system for less motion (then scrolling jumps instead of gliding). */
  prefersReducedMotion(): boolean;
}

/** What the content script can ask of the highlighter. */
export interface PageHighlighter {
  set(claims: HighlightClaim[]): PageHighlightResult;
  clear(): void;
  reveal(claim: HighlightClaim): boolean;
  emphasise(index: number | null): boolean;
  /** Re-finds claims whose ranges no longer read as their sentence (the page re-rendered). */
  reanchor(): void;
}

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** Creates the highlighter for `env`'s document. */
export function createPageHighlighter(env: HighlighterEnv): PageHighlighter {
  let anchored: Anchored[] = [];
  let emphasised: number | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  function anchorAll(claims: HighlightClaim[]): Anchored[] {
    const body = env.document.body;
    if (!body) return claims.map((claim) => ({ claim, range: null, text: '' }));
    const page = readPageText(body);
    return claims.map((claim) => {
      const match = matchQuote(page.text, claim.anchor);
      const range = match ? rangeFor(page, match.start, match.end) : null;
      return { claim, range, text: range ? collapse(range.toString()) : '' };
    });
  }

  const stillThere = (entry: Anchored): boolean =>
    entry.range !== null && !entry.range.collapsed && collapse(entry.range.toString()) === entry.text;

  function draw(): void {
    const registry = env.registry;
    if (!registry) return;
    for (const verdict of ['conflicts', 'corroborates'] as const) {
      const ranges = anchored.filter((a) => a.claim.verdict === verdict && a.range).map((a) => a.range!);
      if (ranges.length > 0) registry.set(HIGHLIGHT_NAMES[verdict], env.createHighlight(ranges));
      else registry.delete(HIGHLIGHT_NAMES[verdict]);
    }
    const focus = anchored.find((a) => a.claim.index === emphasised)?.range;
    if (focus) {
      const highlight = env.createHighlight([focus]);
      highlight.priority = 1;
      registry.set(HIGHLIGHT_NAMES.emphasis, highlight);
    } else {
      registry.delete(HIGHLIGHT_NAMES.emphasis);
    }
  }

  function scrollTo(range: Range): void {
    const behavior: ScrollBehavior = env.prefersReducedMotion() ? 'auto' : 'smooth';
    const element = range.startContainer.parentElement;
    const view = env.document.defaultView;
    const rect = range.getBoundingClientRect();
    // A short paragraph is centred as a whole (scrollIntoView also scrolls nested containers); in a
    // long one, centring the paragraph could leave the sentence off screen, so scroll to the sentence.
    if (element && view && element.getBoundingClientRect().height < view.innerHeight * 0.6) {
      element.scrollIntoView({ block: 'center', behavior });
    } else if (view) {
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior });
    }
  }

  function flash(range: Range): void {
    const registry = env.registry;
    if (!registry) return;
    const highlight = env.createHighlight([range]);
    highlight.priority = 2;
    registry.set(HIGHLIGHT_NAMES.flash, highlight);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => registry.delete(HIGHLIGHT_NAMES.flash), FLASH_MS);
  }

  return {
    set(claims) {
      if (!env.registry) return { ok: false, reason: 'unsupported', message: FAILURE_MESSAGES.noHighlightApi };
      anchored = anchorAll(claims);
      draw();
      return { ok: true, anchored: anchored.filter((a) => a.range).length, total: claims.length };
    },

    clear() {
      anchored = [];
      emphasised = null;
      clearTimeout(flashTimer);
      for (const name of Object.values(HIGHLIGHT_NAMES)) env.registry?.delete(name);
    },

    reveal(claim) {
      let entry = anchored.find((a) => a.claim.index === claim.index);
      if (!entry || !stillThere(entry)) [entry] = anchorAll([claim]);
      if (!entry?.range) return false;
      scrollTo(entry.range);
      flash(entry.range);
      return true;
    },

    emphasise(index) {
      emphasised = index;
      draw();
      return index !== null && anchored.some((a) => a.claim.index === index && a.range);
    },

    reanchor() {
      if (anchored.length === 0 || anchored.every(stillThere)) return;
      anchored = anchorAll(anchored.map((a) => a.claim));
      draw();
    },
  };
}
