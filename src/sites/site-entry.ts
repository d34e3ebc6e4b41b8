/**
 * A site the reader asked Provenance to check automatically, as stored in `storage.local`: one scheme,
 * one host, and whether its subdomains are included. Each entry is exactly one match pattern, so what the
 * reader sees listed, what the browser is asked for, and what is checked are the same thing.
 */

/** One listed site. `host` is lower-case ASCII (punycode), with no port and no leading `*.`. */
export interface SiteEntry {
  scheme: 'https' | 'http';
  host: string;
  /** `*.example.org`: the host and every subdomain of it. */
  subdomains: boolean;
}

/**
 * The match pattern the browser grants for `site`. The path is `/*` because browsers ignore the path of
 * a host permission, and there is no port because a pattern without one matches every port.
 */
export function siteOrigin(site: SiteEntry): string {
  return `${site.scheme}://${site.subdomains ? '*.' : ''}${site.host}/*`;
}

/** How the site is shown: `example.com`, `*.example.org`, `http://127.0.0.1` (the scheme only when not https). */
export function siteLabel(site: SiteEntry): string {
  return `${site.scheme === 'http' ? 'http://' : ''}${site.subdomains ? '*.' : ''}${site.host}`;
}

/** True when `url` is a page of `site` (any port, any path). */
export function siteMatchesUrl(site: SiteEntry, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== `${site.scheme}:`) return false;
  const host = parsed.hostname.replace(/\.$/, '');
  return host === site.host || (site.subdomains && host.endsWith(`.${site.host}`));
}

/** A host as `parseSite` leaves it: ASCII labels, or a bracketed IPv6 address. Nothing a pattern could widen. */
const STORED_HOST = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])$/;

/** True when `host` is one `parseSite` could have produced. */
export function isStorableHost(host: string): boolean {
  return host.length <= 253 && STORED_HOST.test(host);
}

function isSiteEntry(value: unknown): value is SiteEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { scheme, host, subdomains } = value as Record<string, unknown>;
  return (
    (scheme === 'https' || scheme === 'http') &&
    typeof host === 'string' &&
    isStorableHost(host) &&
    typeof subdomains === 'boolean'
  );
}

/**
 * The stored list, read defensively: anything that is not a well-formed entry is left out (storage is
 * ours, but a hand-edited or older value must never become a match pattern we did not mean), and each
 * pattern is listed once.
 */
export function readSiteEntries(value: unknown): SiteEntry[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const sites: SiteEntry[] = [];
  for (const item of value) {
    if (!isSiteEntry(item) || seen.has(siteOrigin(item))) continue;
    seen.add(siteOrigin(item));
    sites.push({ scheme: item.scheme, host: item.host, subdomains: item.subdomains });
  }
  return sites;
}
