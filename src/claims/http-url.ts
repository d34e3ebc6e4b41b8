/**
 * Which links a dataset may carry, and which of them a reader is offered as links. Only http(s) is
 * kept at all, never `javascript:` or `data:`; and a kept link is offered only when it leads to a named
 * public site, shown beside the outlet's name as the host it really opens.
 */
import { t, type MessageKey } from '../i18n/messages';

/** True when `url` parses as an absolute http: or https: URL. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A dataset's link as the reader may be offered it: the URL and the host it opens ("reuters.com"), or
 * why it is not offered, worded to follow "Link not shown: ".
 */
export type LinkCheck = { ok: true; href: string; host: string } | { ok: false; reason: string };

/** Names that never reach a public site: RFC 6761 `localhost`, mDNS `.local`, RFC 8375 `.home.arpa`, ICANN's `.internal`. */
const LOCAL_NAME = /(?:^|\.)(?:local|home\.arpa|internal)$/;
const LOOPBACK_NAME = /(?:^|\.)localhost$/;

/** What kind of address an IPv4 host is, by the ranges of RFC 1122, 1918 and 3927. */
function ipv4Kind([a, b]: number[]): 'this computer' | 'private' | 'link-local' | 'public' {
  if (a === 127 || a === 0) return 'this computer';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return 'public';
}

/**
 * The kind of an IP host as the URL parser writes it (IPv4 always dotted-decimal, so "2130706433" and
 * "0x7f.1" arrive as 127.0.0.1; IPv6 in brackets, compressed), or null for a name.
 */
function ipKind(hostname: string): ReturnType<typeof ipv4Kind> | null {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(hostname);
  if (v4) return ipv4Kind(v4.slice(1).map(Number));
  if (!hostname.startsWith('[')) return null;
  const v6 = hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return ipv4Kind([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  }
  if (v6 === '::1' || v6 === '::') return 'this computer';
  const first = v6.startsWith('::') ? 0 : parseInt(v6.split(':')[0]!, 16);
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  return 'public';
}

const IP_REASONS = {
  'this computer': 'linkThisComputer',
  private: 'linkPrivate',
  'link-local': 'linkLinkLocal',
  public: 'linkBareIp',
} as const satisfies Record<string, MessageKey>;

/**
 * Whether `url` may be offered to a reader as a link. Refused: anything but http(s); user info
 * ("https://reuters.com@evil.example/" opens evil.example); loopback (127.0.0.0/8, ::1, localhost),
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10) and every other
 * bare IP address, since a news outlet's page has a name and a link to an address can reach a router
 * or a service on the reader's own machine; and one-word or local-only names. The host shown is the
 * URL's own, lower-case, in its ASCII form (an internationalised name as `xn--…`, so a look-alike letter
 * cannot pass for another), without a leading `www.`.
 */
export function checkLink(url: string): LinkCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: t('linkInvalid') };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: t('linkNotHttp') };
  const hostname = parsed.hostname.replace(/\.$/, '');
  const host = parsed.host.replace(/^www\./, '').replace(/\.(?=:|$)/, '');
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: t('linkUserInfo', host) };
  }
  const kind = ipKind(hostname);
  if (kind !== null) return { ok: false, reason: t(IP_REASONS[kind], host) };
  if (LOOPBACK_NAME.test(hostname)) return { ok: false, reason: t(IP_REASONS['this computer'], host) };
  if (!hostname.includes('.') || LOCAL_NAME.test(hostname)) return { ok: false, reason: t('linkLocalName', host) };
  return { ok: true, href: parsed.href, host };
}

/**
 * ISO 8601 as the dataset format takes it: a full date, optionally with a time and offset. Year-only or
 * year-month values are refused, because the popup would show them as a precise day.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True when `text` is a date (or date-time) the dataset format accepts. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text));
}
