/** The line under the highlight switch: what the reader will (or won't) see in the page, and why. */
import type { HighlightTabResult } from '../messaging/protocol';

/** "6 of 7 claims highlighted in the page", the reason none are, or null when highlights are off. */
export function highlightNote(enabled: boolean, result: HighlightTabResult): string | null {
  if (!enabled) return null;
  if (!result.ok) return result.message;
  if (result.total === 0) return null;
  if (result.anchored === result.total) {
    return result.total === 1 ? 'The claim is highlighted in the page.' : `All ${result.total} claims are highlighted in the page.`;
  }
  if (result.anchored === 0) return 'None of these claims could be found in the page as it is now.';
  return `${result.anchored} of ${result.total} claims are highlighted in the page; the page has changed where the others were.`;
}
