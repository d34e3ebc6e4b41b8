/**
 * The copy of the page that extraction reads: never the page itself (it stays untouched), free of DOM
 * clobbering, without what the reader cannot see, and cut to a size Readability reads in well under a
 * second.
 */
import { callNative, hiddenElementPositions, isHiddenFromReader } from './visibility';

/**
 * Most elements extraction reads. News pages have a few thousand elements (a heavy one, with menus,
 * comments and ads, under 15,000); Readability's time grows with the count, and on a 100,000-element
 * page it takes seconds the reader spends waiting. Past the cap the article is read from the page's
 * first 30,000 elements (an article starts near the top) and the result says it is partial.
 */
export const DEFAULT_MAX_ELEMENTS = 30_000;

/**
 * Attributes that make an element shadow a property of its document (`<iframe name="body">` turns
 * `document.body` into a window) or of its form (`<input name="parentNode">`). `name` matters on any
 * element but `<meta>` (metadata reads `meta[name]`); `id` only on form controls and embedded content,
 * whose ids say nothing about where an article is, unlike the ids of `<div>`s Readability weighs.
 */
const CLOBBERING_ATTRIBUTES: Array<{ attribute: string; selector: string }> = [
  { attribute: 'name', selector: '[name]:not(meta)' },
  {
    attribute: 'id',
    selector:
      ':is(button, fieldset, input, object, output, select, textarea, img, embed, iframe, form, frame, frameset)[id]',
  },
];

/** Removes every clobbering attribute from `copy`, calling only native methods (a clobbered element is still one). */
function unclobber(copy: Document): void {
  for (const { attribute, selector } of CLOBBERING_ATTRIBUTES) {
    for (const element of callNative<Iterable<Element>>(copy, 'querySelectorAll', selector)) {
      callNative(element, 'removeAttribute', attribute);
    }
  }
}

/** Keeps the first `maxElements` elements of `body` in document order, removing everything after them. */
function cutAfter(body: HTMLElement, maxElements: number): boolean {
  const elements = body.getElementsByTagName('*');
  if (elements.length <= maxElements) return false;
  const last = elements[maxElements - 1];
  if (!last) return false;
  // The last element kept keeps its text but not its elements, which come after it in document order.
  for (const child of Array.from(last.children)) last.removeChild(child);
  for (let node: Node | null = last; node && node !== body; node = node.parentNode) {
    while (node.nextSibling) node.parentNode?.removeChild(node.nextSibling);
  }
  return true;
}

/** The copy, and whether part of the page was left out of it. */
export interface PageCopy {
  copy: Document;
  partial: boolean;
}

/**
 * A deep copy of `doc` with clobbering attributes removed (so the ordinary DOM properties of the copy
 * can be trusted), at most `maxElements` elements in its body, and without the elements hidden from the
 * reader (`isHidden`, asked of the live page, which has the layout the copy lacks).
 */
export function copyForReading(
  doc: Document,
  maxElements = DEFAULT_MAX_ELEMENTS,
  isHidden = isHiddenFromReader,
): PageCopy {
  // Read before cloning: the copy has the same elements in the same order, and no layout.
  const liveBody = callNative<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', 'body')[0];
  const hidden = liveBody ? hiddenElementPositions(liveBody, maxElements, isHidden) : [];
  const copy = callNative<Document>(doc, 'cloneNode', true);
  unclobber(copy);
  const body = copy.getElementsByTagName('body')[0];
  const partial = body ? cutAfter(body, maxElements) : false;
  if (body && hidden.length > 0) {
    // Positions count from the start, and cutting only removed elements after the last one checked.
    const elements = body.getElementsByTagName('*');
    const doomed = hidden.map((i) => elements[i]).filter((element): element is Element => element !== undefined);
    for (const element of doomed) element.parentNode?.removeChild(element);
  }
  return { copy, partial };
}
