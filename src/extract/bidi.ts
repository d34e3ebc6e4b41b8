/**
 * Text as a reader sees it, not as the page stores it: the Unicode bidirectional controls let a page
 * display one thing and hold another. Under a right-to-left override (U+202E … U+202C) the characters
 * "desoporp ton sah" are displayed as "has not proposed"; the engine must compare what the reader reads,
 * and the panel must show the same. So override runs are put in the order they are displayed, and every
 * other directional control (embeddings, isolates, marks) is dropped: they move whole runs of
 * right-to-left script, never the letters of the English text Provenance reads.
 */

const LRE = '\u202a';
const RLE = '\u202b';
const PDF = '\u202c';
const LRO = '\u202d';
const RLO = '\u202e';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** Every bidirectional format character: the embeddings, overrides and isolates, and the three marks. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their
 * presentation forms): an override run holding any is left in its stored order, which is already the
 * order a reader of that script reads, rather than guessed at.
 */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\p{Script=Adlam}|\p{Script=Hanifi_Rohingya}/u;

/** Paired punctuation a right-to-left run displays mirrored. */
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

interface Run {
  kind: string;
  /** Single characters (as code-point strings) and nested runs already in display order. */
  pieces: string[];
}

/** A finished run in the order it displays. */
function display(run: Run): string {
  if (run.kind !== RLO) return run.pieces.join('');
  const text = run.pieces.join('');
  if (RTL_LETTER.test(text)) return text;
  // Nested runs were closed into single pieces, so they move as units and keep their inner order.
  return run.pieces
    .map((piece) => MIRRORED[piece] ?? piece)
    .reverse()
    .join('');
}

/**
 * `text` with right-to-left override runs in display order and every bidirectional control removed.
 * A run not closed by its PDF (or PDI) ends with the text, as a paragraph ends it for the browser.
 * Text without any control is returned as it is, quickly.
 */
export function resolveBidiControls(text: string): string {
  BIDI_CONTROLS.lastIndex = 0;
  if (!BIDI_CONTROLS.test(text)) return text;
  const stack: Run[] = [{ kind: '', pieces: [] }];
  const close = (): void => {
    const run = stack.pop()!;
    stack[stack.length - 1]!.pieces.push(display(run));
  };
  for (const ch of text) {
    switch (ch) {
      case LRE:
      case RLE:
      case LRO:
      case RLO:
      case LRI:
      case RLI:
      case FSI:
        stack.push({ kind: ch, pieces: [] });
        break;
      case PDF:
        // Closes the innermost embedding or override, never an isolate (as the algorithm says).
        if (stack.length > 1 && ![LRI, RLI, FSI].includes(stack[stack.length - 1]!.kind)) close();
        break;
      case PDI:
        // Closes the innermost isolate and whatever was opened inside it.
        if (stack.some((run) => [LRI, RLI, FSI].includes(run.kind))) {
          while (![LRI, RLI, FSI].includes(stack[stack.length - 1]!.kind)) close();
          close();
        }
        break;
      case '\u061c':
      case '\u200e':
      case '\u200f':
        break;
      default:
        stack[stack.length - 1]!.pieces.push(ch);
    }
  }
  while (stack.length > 1) close();
  return stack[0]!.pieces.join('');
}
