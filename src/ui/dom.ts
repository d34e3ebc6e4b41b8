/**
 * The one way the UI builds elements: strings become text nodes, never markup, so a page title like
 * `<img src=x onerror=…>` is shown as the characters it is. There is deliberately no `html` option.
 */
import type { TextPiece } from './highlight';

/** Attributes to set; `false`/`null` leave the attribute out, `true` sets it empty. */
type Attributes = Record<string, string | number | boolean | null>;

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
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Text pieces as nodes, the marked ones inside `<mark>`. */
export function pieces(textPieces: TextPiece[]): Node[] {
  return textPieces.map((piece) =>
    piece.marked ? h('mark', {}, [piece.text]) : document.createTextNode(piece.text),
  );
}
