/**
 * The name a reader sees for a dataset source. A dataset may not know a source's outlet (the format
 * asks for an honest label such as "Unknown outlet" then), but it often knows something that names the
 * source better than that label: where it was published, who wrote it, what it was called.
 */

/** What naming reads of a source; all but `outlet` optional, so a bare outlet can be named too. */
export interface SourceNaming {
  outlet: string;
  id?: string;
  author?: string | null;
  url?: string | null;
  title?: string | null;
}

/**
 * Outlet labels that say the outlet is not known ("Unknown outlet", the dataset format's honest label,
 * "Unnamed outlet", "N/A", "anonymous"), and a blank one.
 */
const UNKNOWN_OUTLET = /^(?:(?:unknown|unnamed|unidentified|anonymous|n\/a)\b|$)/i;

/** True when `outlet` is a label for "not known" rather than a publication's name. */
export function isUnknownOutlet(outlet: string): boolean {
  return UNKNOWN_OUTLET.test(outlet.trim());
}

/**
 * Titles longer than this are cut at a word: a source's name heads its card, and a 300-character
 * headline would push its sentence out of view. 100 characters keep every seed title whole (the
 * longest is 98).
 */
const MAX_TITLE_CHARS = 100;

/** The site a URL is on, as a reader knows it ("thedefensepost.com"); null for anything but http(s). */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || hostname === '') return null;
    return hostname.replace(/^www\./i, '');
  } catch {
    return null;
  }
}

/** The fallbacks that name a piece rather than who published it: a quoted title, an id. */
const NOT_A_PUBLISHER = /^(?:“[\s\S]*”|Source \S+|Unnamed source)$/;

/**
 * True when `name` (as `sourceName` gives it) names who published the source, false when it is only a
 * title or an id, or an "unknown" label: two sources named so are not one newsroom.
 */
export function namesPublisher(name: string): boolean {
  return !isUnknownOutlet(name) && !NOT_A_PUBLISHER.test(name.trim());
}

function quotedTitle(title: string): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TITLE_CHARS) return `“${text}”`;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  const atWord = cut.lastIndexOf(' ') > MAX_TITLE_CHARS / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `“${atWord.replace(/[\s,;:–—-]+$/, '')}…”`;
}

function known(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/**
 * The source's name: its outlet; else the site its URL is on; else its author; else its title, in
 * quotation marks so it reads as a headline, not a publisher; else its id. Site and author come before
 * the title because they say who published, which is what the name stands for in "… → AFP → name";
 * a title only says which piece it was. Never an "unknown" label.
 */
export function sourceName(source: SourceNaming): string {
  if (!isUnknownOutlet(source.outlet)) return source.outlet.trim();
  const site = siteOf(source.url);
  if (site) return site;
  const author = known(source.author);
  if (author && !isUnknownOutlet(author)) return author;
  const title = known(source.title);
  if (title) return quotedTitle(title);
  return source.id ? `Source ${source.id}` : 'Unnamed source';
}
