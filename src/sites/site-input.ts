/**
 * What the reader types into "Check automatically on these sites" → one site entry, or a sentence saying
 * why not. The rules, chosen so that the browser is asked for no more than the reader named:
 * - no scheme or `https://` → https pages only; `http://` → http pages only (an intranet or local server);
 *   any other scheme is refused;
 * - the path, query, port and user name are dropped: browsers grant host access per host, whatever the
 *   path, and a pattern without a port matches every port;
 * - subdomains only when asked for with a leading `*.`; a `*` anywhere else, a wildcard over a bare
 *   ending (`*.com`) or an IP address, and "every site" are refused;
 * - a one-word host other than `localhost` is refused as a likely typo (`example` for `example.com`).
 * A wildcard over a two-part public ending (`*.co.uk`) is not caught: that needs the public-suffix list.
 */
import { t } from '../i18n/messages';
import { isStorableHost, type SiteEntry } from './site-entry';

/** The entry, or why the text is not one, in the UI's language. */
export type ParsedSite = { ok: true; site: SiteEntry } | { ok: false; message: string };

/** Longer than any real address; refused before any parsing work. */
const MAX_INPUT_LENGTH = 2048;

function refuse(message: string): ParsedSite {
  return { ok: false, message };
}

const notAnAddress = (text: string): ParsedSite => refuse(t('siteInputNotAnAddress', text));
const everySite = (): ParsedSite => refuse(t('siteInputEverySite'));

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Parses one site as typed. Never throws. */
export function parseSite(input: string): ParsedSite {
  const text = input.trim();
  if (text === '') return refuse(t('siteInputEmpty'));
  if (text.length > MAX_INPUT_LENGTH) return refuse(t('siteInputTooLong'));
  if (/\s/.test(text)) return notAnAddress(text);
  if (text.toLowerCase() === '<all_urls>') return everySite();

  let scheme: string | null = null;
  let rest = text.replace(/^\/\//, '');
  const withSlashes = /^([a-z*][a-z0-9+.-]*):\/\//i.exec(text);
  if (withSlashes) {
    scheme = withSlashes[1]!.toLowerCase();
    rest = text.slice(withSlashes[0].length);
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) {
    // `javascript:…`, `mailto:…`, `about:blank`; `localhost:8080` is a host and a port, not a scheme.
    scheme = text.slice(0, text.indexOf(':')).toLowerCase();
    rest = '';
  }
  const authority = rest.split(/[/?#]/, 1)[0]!;
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostAndPort.replace(/:\d*$/, '');

  if (/^\*(?:\.\*)*$/.test(host)) return everySite();
  if (scheme !== null && scheme !== 'https' && scheme !== 'http') {
    return refuse(t('siteInputScheme', scheme));
  }
  if (host === '') return notAnAddress(text);
  const subdomains = host.startsWith('*.');
  const bare = subdomains ? host.slice(2) : host;
  if (bare.includes('*')) return refuse(t('siteInputWildcardPlace'));

  let hostname: string;
  try {
    hostname = new URL(`${scheme ?? 'https'}://${bare}/`).hostname.replace(/\.$/, '');
  } catch {
    return notAnAddress(text);
  }
  if (!isStorableHost(hostname)) return notAnAddress(text);
  const isIp = IPV4.test(hostname) || hostname.startsWith('[');
  if (subdomains && isIp) return refuse(t('siteInputIpSubdomains'));
  if (subdomains && !hostname.includes('.')) return refuse(t('siteInputWildcardEnding', hostname));
  if (!isIp && hostname !== 'localhost' && !hostname.includes('.')) {
    return refuse(t('siteInputNotFullName', hostname));
  }
  return { ok: true, site: { scheme: scheme === 'http' ? 'http' : 'https', host: hostname, subdomains } };
}
