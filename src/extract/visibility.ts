/**
 * Whether the reader can see an element's text: only rendered text is checked and highlighted. A page
 * can hold a known claim in a `display: none` block and show a reworded twin beside it; read from the
 * layout-free copy, the hidden sentence would be checked and its verdict painted on the visible one.
 * So visibility is read from the live page (which has a layout), before the copy is made.
 */

/**
 * The DOM methods and getters found so far, by the prototype the search started from: the visibility
 * pass asks five of them of every element of the page, and walking the prototype chain each time was a
 * tenth of extraction's time on a long page. A prototype's inherited methods do not change during an
 * extraction; a page's own shadowing (an element's own property, a clobbering child) is never on it.
 */
const nativeMethods = new WeakMap<object, Map<string, ((...args: unknown[]) => unknown) | null>>();
const nativeGetters = new WeakMap<object, Map<string, (() => unknown) | null>>();

/** The first of `proto`'s chain to define `name` as `pick` reads it (a method, or a getter), kept for the next call. */
function findOnChain<F>(
  cache: WeakMap<object, Map<string, F | null>>,
  proto: object | null,
  name: string,
  pick: (descriptor: PropertyDescriptor) => F | undefined,
): F | null {
  if (!proto) return null;
  let byName = cache.get(proto);
  if (!byName) cache.set(proto, (byName = new Map()));
  let found = byName.get(name);
  if (found === undefined) {
    found = null;
    for (let at: object | null = proto; at && found === null; at = Object.getPrototypeOf(at) as object | null) {
      const descriptor = Object.getOwnPropertyDescriptor(at, name);
      found = (descriptor && pick(descriptor)) ?? null;
    }
    byName.set(name, found);
  }
  return found;
}

const methodOf = (descriptor: PropertyDescriptor) =>
  typeof descriptor.value === 'function' ? (descriptor.value as (...args: unknown[]) => unknown) : undefined;
const getterOf = (descriptor: PropertyDescriptor) => descriptor.get;

/** Calls DOM method `name` of `target` as its prototype defines it, whatever the page shadowed (see page-copy). */
export function callNative<T>(target: object, name: string, ...args: unknown[]): T {
  const method = findOnChain(nativeMethods, Object.getPrototypeOf(target) as object | null, name, methodOf);
  if (!method) throw new TypeError(`${name} is not a DOM method here`);
  return method.apply(target, args) as T;
}

/** Reads DOM getter `name` of `target` as its prototype defines it (`document.defaultView` can be shadowed too). */
function getNative<T>(target: object, name: string): T | undefined {
  const getter = findOnChain(nativeGetters, Object.getPrototypeOf(target) as object | null, name, getterOf);
  return getter ? (getter.call(target) as T) : undefined;
}

type Method = (...args: unknown[]) => unknown;

/**
 * The native methods and getter the visibility pass asks of every element, found once per prototype: one
 * lookup an element, not one a call (the pass makes six calls an element on pages of thousands).
 */
interface ElementNatives {
  hasAttribute: Method;
  getAttribute: Method;
  contains: Method;
  getBoundingClientRect: Method | null;
  /** Null in a document without a layout (jsdom). */
  checkVisibility: Method | null;
  ownerDocument: (() => unknown) | null;
}

const elementNatives = new WeakMap<object, ElementNatives>();

function required(proto: object | null, name: string): Method {
  const method = findOnChain(nativeMethods, proto, name, methodOf);
  if (!method) throw new TypeError(`${name} is not a DOM method here`);
  return method;
}

function nativesOf(element: Element): ElementNatives {
  const proto = Object.getPrototypeOf(element) as object | null;
  let natives = proto && elementNatives.get(proto);
  if (!natives) {
    natives = {
      hasAttribute: required(proto, 'hasAttribute'),
      getAttribute: required(proto, 'getAttribute'),
      contains: required(proto, 'contains'),
      getBoundingClientRect: findOnChain(nativeMethods, proto, 'getBoundingClientRect', methodOf),
      checkVisibility: findOnChain(nativeMethods, proto, 'checkVisibility', methodOf),
      ownerDocument: findOnChain(nativeGetters, proto, 'ownerDocument', getterOf),
    };
    if (proto) elementNatives.set(proto, natives);
  }
  return natives;
}

/** The window of the document last asked about, kept: every element of a pass has the same. */
let lastView: { doc: unknown; view: (Window & typeof globalThis) | null } | null = null;

function viewOf(doc: unknown): (Window & typeof globalThis) | null {
  if (lastView && lastView.doc === doc) return lastView.view;
  const view = doc ? (getNative<(Window & typeof globalThis) | null>(doc as object, 'defaultView') ?? null) : null;
  lastView = { doc, view };
  return view;
}

/** Hidden from every reader by markup alone: the signs a document without layout (jsdom, a copy) still has. */
function hiddenByMarkup(element: Element, natives: ElementNatives): boolean {
  if (natives.hasAttribute.call(element, 'hidden')) return true;
  if (natives.getAttribute.call(element, 'aria-hidden') === 'true') return true;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/** `clip: rect(0 0 0 0)` and `clip-path: inset(50%)`: the "visually hidden" patterns. */
const CLIPPED_AWAY = /^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/;
const INSET_AWAY = /^inset\(\s*(?:50|100)%/;

/** Scroll containers and clips: an element that has one and no room shows none of its text. */
const CLIPS = new Set(['hidden', 'clip', 'scroll', 'auto']);

/**
 * Whether `element` of a page with a layout is hidden from the reader: not rendered (`display: none`,
 * `visibility: hidden`, `content-visibility: hidden`, `opacity: 0`), `hidden`, `aria-hidden="true"`,
 * clipped to nothing (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`, or at most 1 px with its
 * overflow hidden), or placed off the page (left of or above its start). Without a layout (jsdom),
 * the markup's signs only.
 */
export function isHiddenFromReader(element: Element): boolean {
  const natives = nativesOf(element);
  if (hiddenByMarkup(element, natives)) return true;
  const view = viewOf(natives.ownerDocument?.call(element));
  if (!natives.checkVisibility || !natives.getBoundingClientRect || !view?.CSS) return false;
  if (!natives.checkVisibility.call(element, { visibilityProperty: true, opacityProperty: true })) {
    // `display: contents` has no box of its own, so checkVisibility says false, yet its children show.
    return view.getComputedStyle(element).display !== 'contents';
  }
  const rect = natives.getBoundingClientRect.call(element) as DOMRect;
  const small = rect.width <= 1 || rect.height <= 1;
  // A box with no width (or height) is not "off the page" for being at its start edge.
  const offPage =
    (rect.width > 0 && rect.right + view.scrollX <= 0) || (rect.height > 0 && rect.bottom + view.scrollY <= 0);
  if (!small && !offPage) return false;
  if (offPage) return true;
  const style = view.getComputedStyle(element);
  if (CLIPPED_AWAY.test(style.clip) || INSET_AWAY.test(style.clipPath)) return true;
  return CLIPS.has(style.overflowX) || CLIPS.has(style.overflowY);
}

/**
 * The positions (in `body.getElementsByTagName('*')` order) of the elements among the first `limit`
 * that are hidden from the reader, outermost only: their descendants go with them.
 */
export function hiddenElementPositions(
  body: Element,
  limit: number,
  isHidden: (element: Element) => boolean = isHiddenFromReader,
): number[] {
  const elements = callNative<HTMLCollectionOf<Element>>(body, 'getElementsByTagName', '*');
  const positions: number[] = [];
  let hiddenRoot: Element | null = null;
  const count = Math.min(limit, elements.length);
  for (let i = 0; i < count; i++) {
    const element = elements[i]!;
    if (hiddenRoot && nativesOf(hiddenRoot).contains.call(hiddenRoot, element)) continue;
    hiddenRoot = null;
    if (isHidden(element)) {
      positions.push(i);
      hiddenRoot = element;
    }
  }
  return positions;
}
