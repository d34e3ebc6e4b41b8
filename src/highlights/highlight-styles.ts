/**
 * The names the highlighter registers in `CSS.highlights` and the stylesheet that styles them. The
 * sheet goes in through `scripting.insertCSS`, so no `<style>` element is ever added to the page.
 *
 * Conflicts get a wavy red underline, corroborations a solid green one: the line's shape tells them
 * apart without colour. The tints are translucent so the page's own text colour and contrast stay.
 */

/** The four highlights the highlighter registers: verdicts, the hovered claim, the clicked claim's flash. */
export type HighlightRole = 'conflicts' | 'corroborates' | 'emphasis' | 'flash';
export type HighlightNames = Record<HighlightRole, string>;

/**
 * Names for one document's highlights, random and unrelated to each other: `CSS.highlights` is shared
 * with the page's scripts, and fixed names ("provenance-conflicts") told a page that Provenance was
 * installed, that the reader was checking it, which sentences conflict, and which name to forge. The
 * page can still list the registry and see which ranges are marked (see docs/security.md).
 */
export function randomHighlightNames(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): HighlightNames {
  // CSS identifiers: a letter first, then random hex.
  const name = () => `h${[...random(new Uint8Array(6))].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  return { conflicts: name(), corroborates: name(), emphasis: name(), flash: name() };
}

/** How long the flash stays, in milliseconds: long enough to be seen after a smooth scroll. */
export const FLASH_MS = 1600;

/** The two stylesheets for one document's names: see `highlightCss`. */
export interface HighlightSheets {
  /** The underlines that carry the verdict, inserted with `origin: 'USER'`. */
  user: string;
  /** The tints, the emphasis and the flash, inserted as an ordinary (author) sheet. */
  author: string;
}

/**
 * The stylesheets for `names`. The underline is the verdict's mark (wavy red conflicts, solid green
 * corroborations), so it goes in a user stylesheet with every declaration `!important`: in the cascade
 * a user's important declaration beats the page's, so no page sheet can turn a conflict's mark into a
 * corroboration's. The tints go in an author sheet: Chromium 156 paints no `background-color` for a
 * highlight styled from a user sheet (checked by screenshot), and a tint the page restyles still leaves
 * the underline that says the verdict.
 */
export function highlightCss(names: HighlightNames): HighlightSheets {
  const user = `
::highlight(${names.conflicts}) {
  text-decoration-line: underline !important;
  text-decoration-style: wavy !important;
  text-decoration-color: #c62828 !important;
  text-decoration-thickness: 1.5px !important;
}
::highlight(${names.corroborates}) {
  text-decoration-line: underline !important;
  text-decoration-style: solid !important;
  text-decoration-color: #2e7d32 !important;
  text-decoration-thickness: 2px !important;
}
`;
  const author = `
::highlight(${names.conflicts}) {
  background-color: rgba(229, 57, 53, 0.16) !important;
}
::highlight(${names.corroborates}) {
  background-color: rgba(46, 125, 50, 0.14) !important;
}
::highlight(${names.emphasis}) {
  background-color: rgba(255, 214, 0, 0.55) !important;
  color: #111111 !important;
}
::highlight(${names.flash}) {
  background-color: #ffd400 !important;
  color: #111111 !important;
}
`;
  return { user, author };
}
