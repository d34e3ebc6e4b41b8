/**
 * The names the highlighter registers in `CSS.highlights` and the stylesheet that styles them. The
 * sheet goes in through `scripting.insertCSS`, so no `<style>` element is ever added to the page.
 *
 * Conflicts get a wavy red underline, corroborations a solid green one: the line's shape tells them
 * apart without colour. The tints are translucent so the page's own text colour and contrast stay.
 */

/** Highlight names, prefixed so they cannot collide with the page's own highlights. */
export const HIGHLIGHT_NAMES = {
  conflicts: 'provenance-conflicts',
  corroborates: 'provenance-corroborates',
  /** The claim whose card the reader is pointing at in the side panel. */
  emphasis: 'provenance-emphasis',
  /** A short flash on the claim the reader clicked, so the eye finds it after the scroll. */
  flash: 'provenance-flash',
} as const;

/** How long the flash stays, in milliseconds: long enough to be seen after a smooth scroll. */
export const FLASH_MS = 1600;

/** The stylesheet for the names above. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.conflicts}) {
  background-color: rgba(229, 57, 53, 0.16);
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-color: #c62828;
  text-decoration-thickness: 1.5px;
}
::highlight(${HIGHLIGHT_NAMES.corroborates}) {
  background-color: rgba(46, 125, 50, 0.14);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: #2e7d32;
  text-decoration-thickness: 2px;
}
::highlight(${HIGHLIGHT_NAMES.emphasis}) {
  background-color: rgba(255, 214, 0, 0.55);
  color: #111111;
}
::highlight(${HIGHLIGHT_NAMES.flash}) {
  background-color: #ffd400;
  color: #111111;
}
`;
