/**
 * Which dataset links a reader is offered, and the host shown beside the outlet's name (`checkLink`).
 * A dataset's author chooses both the outlet's name and its URL, so the name says nothing about where
 * the link leads; the refused rows are links that would reach the reader's own machine or network, or
 * hide their real host.
 */
import { describe, expect, test } from 'vitest';
import { checkLink } from '../../src/claims/http-url';

describe('links a reader is offered, with the host they really open', () => {
  test.each<[string, string]>([
    ['https://www.reuters.com/world/story', 'reuters.com'],
    ['http://apnews.com/article/x', 'apnews.com'],
    ['https://WWW.NYTimes.COM/2025/08/16/x.html', 'nytimes.com'],
    ['https://news.example.org:8443/a', 'news.example.org:8443'],
    ['https://www.reuters.com.evil.example/x', 'reuters.com.evil.example'],
    ['https://bücher.de/a', 'xn--bcher-kva.de'],
    // A Cyrillic ԁ for the Latin d: the host shows as what it is, not as dw.com.
    ['https://ԁw.com/a', 'xn--w-54b.com'],
    ['https://example.org./a', 'example.org'],
  ])('%s is a link to %s', (url, host) => {
    expect(checkLink(url)).toEqual({ ok: true, href: new URL(url).href, host });
  });
});

describe('links a reader is not offered, and why', () => {
  test.each<[string, RegExp]>([
    ['https://reuters.com@evil.example/x', /^it puts a user name before its real host \(evil\.example\)/],
    ['https://user:pass@example.org/', /^it puts a user name before its real host \(example\.org\)/],
    ['http://127.0.0.1:9/admin?delete=all', /^it points to this computer \(127\.0\.0\.1:9\)$/],
    ['http://127.8.9.10/', /^it points to this computer/],
    ['http://2130706433/', /^it points to this computer \(127\.0\.0\.1\)$/],
    ['http://0x7f.1/', /^it points to this computer \(127\.0\.0\.1\)$/],
    ['http://127.0.0.1./', /^it points to this computer/],
    ['http://0.0.0.0:8080/', /^it points to this computer/],
    ['http://[::1]/', /^it points to this computer \(\[::1\]\)$/],
    ['http://[::ffff:127.0.0.1]/', /^it points to this computer/],
    ['http://localhost:3000/', /^it points to this computer \(localhost:3000\)$/],
    ['http://LOCALHOST./', /^it points to this computer/],
    ['http://admin.localhost/', /^it points to this computer/],
    ['http://10.0.0.1/', /^it points to a private network address \(10\.0\.0\.1\)$/],
    ['http://172.16.0.1/', /^it points to a private network address/],
    ['http://172.31.255.255/', /^it points to a private network address/],
    ['http://192.168.1.1/router', /^it points to a private network address/],
    ['http://[fd12:3456::1]/', /^it points to a private network address/],
    ['http://[fc00::1]/', /^it points to a private network address/],
    ['http://[::ffff:c0a8:101]/', /^it points to a private network address/],
    ['http://169.254.169.254/latest/meta-data/', /^it points to a link-local address \(169\.254\.169\.254\)$/],
    ['http://[fe80::1]/', /^it points to a link-local address/],
    ['http://8.8.8.8/', /^it points to a bare IP address, not to a named site \(8\.8\.8\.8\)$/],
    ['http://172.32.0.1/', /^it points to a bare IP address/],
    ['http://[2001:db8::1]/', /^it points to a bare IP address/],
    ['http://router/', /^it points to a local network name \(router\), not to a public site$/],
    ['http://printer.local/', /^it points to a local network name/],
    ['http://nas.home.arpa/', /^it points to a local network name/],
    ['http://wiki.corp.internal/', /^it points to a local network name/],
    ['javascript:alert(1)', /^it is not an http or https link$/],
    ['data:text/html,<script>alert(1)</script>', /^it is not an http or https link$/],
    ['ftp://example.org/file', /^it is not an http or https link$/],
    ['not a url', /^it is not a valid web address$/],
  ])('%s', (url, reason) => {
    const link = checkLink(url);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(reason);
  });
});
