/**
 * Splits a sentence into plain and marked pieces, so the renderer can wrap the marked ones in `<mark>`
 * with textContent and never build HTML from page or dataset strings.
 */

/** A run of text, marked or not. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/** A span to mark: its offsets and the text expected there. */
export interface MarkSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Where `span` really is in `sentence`: at its offsets when the text there matches, else at the first
 * occurrence of its text (offsets computed on a differently normalised string would otherwise mark
 * the wrong words), else nowhere.
 */
export function locateSpan(sentence: string, span: MarkSpan): [number, number] | null {
  if (span.text === '') return null;
  if (sentence.slice(span.start, span.end) === span.text) return [span.start, span.end];
  const at = sentence.indexOf(span.text);
  return at >= 0 ? [at, at + span.text.length] : null;
}

/** `sentence` cut into pieces with every locatable span marked; overlapping spans merge. */
export function markSpans(sentence: string, spans: MarkSpan[]): TextPiece[] {
  const ranges = spans
    .map((span) => locateSpan(sentence, span))
    .filter((range): range is [number, number] => range !== null)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) pieces.push({ text: sentence.slice(cursor, start), marked: false });
    pieces.push({ text: sentence.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < sentence.length) pieces.push({ text: sentence.slice(cursor), marked: false });
  return pieces;
}
