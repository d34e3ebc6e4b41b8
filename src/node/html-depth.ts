/**
 * Node-only: how deeply an HTML text nests its elements, measured before jsdom builds a DOM from it.
 * jsdom cannot take deep nesting: it walks every new node's ancestors, recursively, so parsing slows
 * with depth and tens of thousands of levels overflow the stack; extraction is slow far below that
 (docs/scale.md, *Measurements behind the code's shape*). parse5 is the parser jsdom builds its DOM with, so it nests
 * exactly as jsdom will; its stack of open elements is the nesting, and the count stops the parse as
 * soon as it passes the limit, which keeps the pass linear.
 */
import { defaultTreeAdapter, parse } from 'parse5';

/** Thrown to stop parse5 once the nesting is known to be too deep; it never leaves this module. */
class TooDeep extends Error {}

/**
 * True when `html` nests elements more than `limit` deep, as an HTML parser builds it: an unclosed `<p>`
 * or `<li>` closes when the next one opens, and `<div/>` opens a div that stays open.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let open = 0;
  const treeAdapter = {
    ...defaultTreeAdapter,
    onItemPush(): void {
      if (++open > limit) throw new TooDeep();
    },
    onItemPop(): void {
      open--;
    },
  };
  try {
    parse(html, { treeAdapter });
    return false;
  } catch (error) {
    if (error instanceof TooDeep) return true;
    throw error;
  }
}
