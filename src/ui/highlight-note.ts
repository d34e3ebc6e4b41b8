/** The line under the highlight switch: what the reader will (or won't) see in the page, and why. */
import type { HighlightTabResult } from '../messaging/protocol';
import { t, tCount } from '../i18n/messages';

/** "6 of 7 claims highlighted in the page", the reason none are, or null when highlights are off. */
export function highlightNote(enabled: boolean, result: HighlightTabResult): string | null {
  if (!enabled) return null;
  if (!result.ok) return result.message;
  if (result.total === 0) return null;
  if (result.anchored === result.total) {
    return tCount('highlightAll', result.total);
  }
  if (result.anchored === 0) return t('highlightNone');
  return t('highlightSome', result.anchored, result.total);
}

/**
 * What the page did to the marks after they were drawn, said under the switch: the page is not trusted
 * to keep them, so the reader hears when it deleted or replaced them, or changed a checked sentence.
 */
export function disturbedNote(restored: number, changed: number): string | null {
  const parts: string[] = [];
  if (changed > 0) {
    parts.push(tCount('pageChangedSentences', changed));
  }
  if (restored > 0) {
    parts.push(tCount('marksRestored', restored));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
