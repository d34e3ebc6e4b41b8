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

/**
 * What the page did to the marks after they were drawn, said under the switch: the page is not trusted
 * to keep them, so the reader hears when it deleted or replaced them, or changed a checked sentence.
 */
export function disturbedNote(restored: number, changed: number): string | null {
  const parts: string[] = [];
  if (changed > 0) {
    parts.push(
      changed === 1
        ? 'The page changed a checked sentence after it was checked; its mark was removed. Check again to compare the new text.'
        : `The page changed ${changed} checked sentences after they were checked; their marks were removed. Check again to compare the new text.`,
    );
  }
  if (restored > 0) {
    parts.push(`The page removed or replaced Provenance’s marks${restored === 1 ? '' : ` ${restored} times`}; they were drawn again. This panel is the record of what was found.`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
