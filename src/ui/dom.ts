/**
 * The one way the UI builds elements: strings become text nodes, never markup, so a page title like
 * `<img src=x onerror=…>` is shown as the characters it is. There is deliberately no `html` option.
 * Every string is also shown as `displayText`: on one line, without invisible or direction-changing
 * characters, so a dataset's outlet cannot break a line or display as another name. The UI's own
 * strings are unchanged by it.
 */
import { displayText } from '../claims/display-text';
import type { TextPiece } from './highlight';

/** Attributes to set; `false`/`null` leave the attribute out, `true` sets it empty. */
type Attributes = Record<string, string | number | boolean | null>;

/** A text node showing `value` as display text. */
export function text(value: string): Text {
  return document.createTextNode(displayText(value));
}

/** Replaces what `element` shows with `value`, as display text (for the few nodes updated in place). */
export function setText(element: Element, value: string): void {
  element.textContent = displayText(value);
}

/** Creates `<tag>` with `attributes` and `children` (strings are appended as text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Array<Node | string | null> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null) continue;
    element.append(typeof child === 'string' ? text(child) : child);
  }
  return element;
}

/** Text pieces as nodes, the marked ones inside `<mark>`. */
export function pieces(textPieces: TextPiece[]): Node[] {
  return textPieces.map((piece) => (piece.marked ? h('mark', {}, [piece.text]) : text(piece.text)));
}
