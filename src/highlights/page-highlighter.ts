/**
 * The in-page side of highlights: anchors each claim's sentence in the live DOM and registers the
 * ranges with the CSS Custom Highlight API. The page's DOM is only read, never changed: highlights are
 * ranges painted by the browser, so the page's own scripts, layout and selection stay as they were.
 * Runs in the content script's isolated world; talks to nothing (the entrypoint wires messages in).
 *
 * The registry (`CSS.highlights`) is shared with the page's scripts, which can delete or replace what
 * is registered there: `verify` finds that and draws the marks again, and the count of restorations
 * goes to the side panel, which stays the authority on what was found.
 */
import { matchQuote } from '../anchoring/match-quote';
import { rangeFor, readPageText } from '../anchoring/page-text';
import { sameWords } from '../anchoring/same-words';
import type { HighlightClaim, PageHighlightResult } from '../messaging/protocol';
import { failureMessage } from '../messaging/protocol';
import { FLASH_MS, type HighlightNames } from './highlight-styles';

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
  /** This document's highlight names (random, see `randomHighlightNames`). */
  names: HighlightNames;
}

/** What the content script can ask of the highlighter. */
export interface PageHighlighter {
  set(claims: HighlightClaim[]): PageHighlightResult;
  clear(): void;
  reveal(claim: HighlightClaim): boolean;
  emphasise(index: number | null): boolean;
  /**
   * Re-finds claims whose ranges no longer read as their sentence (the page re-rendered). Returns the
   * indexes of claims that were marked and are no longer found with their words (the page changed or
   * removed the sentence): their marks are gone, since the verdict was for words the page no longer says.
   */
  reanchor(): number[];
  /**
   * Checks the marks: whether the page tampered with the registry (deleted them, replaced them under our
   * names, added or removed ranges), in which case they are drawn again (`restored`); and re-anchors any
   * range no longer on its sentence (the page moved it, or changed the text before the re-anchoring the
   * page's mutations schedule), naming the claims that lost their marks as `reanchor` does (`lost`).
   */
  verify(): { restored: boolean; lost: number[] };
}

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The verdict and emphasis marks as drawn: the registered object and the ranges put in it. */
interface Drawn {
  highlight: Highlight;
  ranges: Range[];
}

/** Creates the highlighter for `env`'s document. */
export function createPageHighlighter(env: HighlighterEnv): PageHighlighter {
  const names = env.names;
  let anchored: Anchored[] = [];
  let emphasised: number | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const drawn = new Map<'conflicts' | 'corroborates' | 'emphasis', Drawn>();

  function anchorAll(claims: HighlightClaim[]): Anchored[] {
    const body = env.document.body;
    if (!body) return claims.map((claim) => ({ claim, range: null, text: '' }));
    const page = readPageText(body);
    return claims.map((claim) => {
      const match = matchQuote(page.text, claim.anchor);
      // Markup and whitespace may differ, never the words: a reworded sentence is not this claim.
      const found = match && sameWords(page.text.slice(match.start, match.end), claim.anchor.quote) ? match : null;
      const range = found ? rangeFor(page, found.start, found.end) : null;
      return { claim, range, text: range ? collapse(range.toString()) : '' };
    });
  }

  const stillThere = (entry: Anchored): boolean =>
    entry.range !== null && !entry.range.collapsed && collapse(entry.range.toString()) === entry.text;

  function register(role: 'conflicts' | 'corroborates' | 'emphasis', ranges: Range[], priority = 0): void {
    const registry = env.registry!;
    if (ranges.length === 0) {
      drawn.delete(role);
      registry.delete(names[role]);
      return;
    }
    const highlight = env.createHighlight(ranges);
    highlight.priority = priority;
    drawn.set(role, { highlight, ranges });
    registry.set(names[role], highlight);
  }

  function draw(): void {
    if (!env.registry) return;
    for (const verdict of ['conflicts', 'corroborates'] as const) {
      register(
        verdict,
        anchored.filter((a) => a.claim.verdict === verdict && a.range).map((a) => a.range!),
      );
    }
    const focus = anchored.find((a) => a.claim.index === emphasised)?.range;
    register('emphasis', focus ? [focus] : [], 1);
  }

  /** Whether the registry still holds, under our names, exactly the objects and ranges we put there. */
  function registryIntact(): boolean {
    const registry = env.registry;
    if (!registry) return true;
    for (const role of ['conflicts', 'corroborates', 'emphasis'] as const) {
      const mine = drawn.get(role);
      const current = registry.get(names[role]);
      if (!mine) {
        if (current !== undefined) return false;
        continue;
      }
      if (current !== mine.highlight || mine.highlight.size !== mine.ranges.length) return false;
      if (mine.ranges.some((range) => !mine.highlight.has(range))) return false;
    }
    return true;
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
    registry.set(names.flash, highlight);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => registry.delete(names.flash), FLASH_MS);
  }

  return {
    set(claims) {
      if (!env.registry) return { ok: false, reason: 'unsupported', message: failureMessage('noHighlightApi') };
      anchored = anchorAll(claims);
      draw();
      return { ok: true, anchored: anchored.filter((a) => a.range).length, total: claims.length };
    },

    clear() {
      anchored = [];
      emphasised = null;
      drawn.clear();
      clearTimeout(flashTimer);
      for (const name of Object.values(names)) env.registry?.delete(name);
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
      if (anchored.length === 0 || anchored.every(stillThere)) return [];
      const before = anchored;
      anchored = anchorAll(anchored.map((a) => a.claim));
      draw();
      return anchored.filter((a, i) => a.range === null && before[i]!.range !== null).map((a) => a.claim.index);
    },

    verify() {
      const intact = registryIntact();
      if (!intact) draw();
      // A range the page moved off its sentence (it can reach our Range objects through the registry),
      // or whose text the page changed since: found again, or its mark dropped and named.
      const lost = anchored.every((a) => a.range === null || stillThere(a)) ? [] : this.reanchor();
      return { restored: !intact, lost };
    },
  };
}
