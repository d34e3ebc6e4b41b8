/**
 * The popup's performance marks, which `npm run bench:browser` reads (bench/browser.ts): a mark's
 * `startTime` is milliseconds since the popup's navigation started. Marks cost microseconds, so the
 * popup sets them in every build.
 */

/** The popup's marks: its script starting, asking the background, its answer arriving, and the answer painted. */
export const POPUP_MARKS = {
  /** The popup's script starts (its modules loaded): what came before is the document and its process. */
  script: 'provenance:popup-script',
  asking: 'provenance:popup-asking',
  answered: 'provenance:popup-answered',
  painted: 'provenance:popup-painted',
} as const;

/**
 * Marks `name` once what was just rendered has been painted: animation-frame callbacks run right before
 * the frame's style, layout and paint, so a task queued from one runs after that frame was produced.
 */
export function markWhenPainted(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}
