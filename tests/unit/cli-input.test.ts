/**
 * What `npm run check` reads (`readPage`, `readInputFile`, `nestsDeeperThan`), on small synthetic files:
 * only regular files, within a size and a nesting limit, and only text; HTML only when it has tags.
 * Limits are passed in, or met with sparse files, so no test writes megabytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_PAGE_BYTES, MAX_PAGE_DEPTH, readPage } from '../../src/cli/page-input';
import { readInputFile } from '../../src/cli/read-input';
import { nestsDeeperThan } from '../../src/node/html-depth';

const dir = mkdtempSync(join(tmpdir(), 'provenance-cli-input-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ARTICLE =
  '<!doctype html><title>Ferry</title><article><p>The harbour ferry adds an evening crossing to the islands.</p></article>';
const nested = (depth: number, open = '<div>') => `<!doctype html><body>${open.repeat(depth)}text`;

describe('only regular files are read', () => {
  test('a directory is refused in words, not with EISDIR', () => {
    const path = join(dir, 'a-directory.html');
    mkdirSync(path);
    expect(readPage(path)).toEqual({ ok: false, message: 'is a directory, not a file' });
  });

  test('a FIFO is refused at once instead of waiting forever for a writer', () => {
    const path = join(dir, 'pipe.html');
    expect(spawnSync('mkfifo', [path]).status, 'mkfifo must exist for this test').toBe(0);
    expect(readPage(path)).toEqual({
      ok: false,
      message: 'is a named pipe (FIFO), not a file: reading it could wait forever',
    });
  });

  test.runIf(process.platform === 'linux')('a device such as /dev/zero, which never ends, is refused', () => {
    expect(readInputFile('/dev/zero', 1024)).toEqual({ ok: false, message: 'is a device, not a file' });
  });

  test('a missing file says so', () => {
    expect(readPage(join(dir, 'missing.html'))).toEqual({ ok: false, message: 'no such file' });
  });
});

describe('size', () => {
  test('past the limit a file is refused before it is read, however large (a sparse 210 MB file)', () => {
    const path = file('huge.html', '');
    truncateSync(path, 210 * 1024 * 1024);
    expect(readPage(path)).toEqual({ ok: false, message: 'is too large (210 MB; the limit is 8 MB)' });
  });

  test('one byte over the page limit is refused; at the limit the file is read (and these zero bytes are no text)', () => {
    expect(MAX_PAGE_BYTES).toBe(8 * 1024 * 1024);
    const over = file('over.html', '');
    truncateSync(over, MAX_PAGE_BYTES + 1);
    expect(readPage(over)).toEqual({ ok: false, message: 'is too large (just over 8 MB; the limit is 8 MB)' });
    const at = file('at.html', '');
    truncateSync(at, MAX_PAGE_BYTES);
    expect(readPage(at)).toEqual({ ok: false, message: 'is not a text file: it contains NUL bytes (is it binary?)' });
  });

  test('the limit is the one passed in', () => {
    const path = file('small.html', ARTICLE);
    expect(readPage(path, { maxBytes: ARTICLE.length - 1, maxDepth: MAX_PAGE_DEPTH })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is too large/),
    });
    expect(readPage(path, { maxBytes: ARTICLE.length, maxDepth: MAX_PAGE_DEPTH })).toEqual({
      ok: true,
      text: ARTICLE,
      html: true,
    });
  });

  test('an empty file says so', () => {
    expect(readPage(file('empty.html', ''))).toEqual({ ok: false, message: 'is empty' });
  });
});

describe('text', () => {
  test.each<[string, Uint8Array, string]>([
    [
      'binary with NUL bytes',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'is not a text file: it contains NUL bytes (is it binary?)',
    ],
    [
      'bytes that are mostly not UTF-8',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xc3 : 0xff)),
      'is not a text file: 100% of it is not valid UTF-8 (is it binary, or in another encoding?)',
    ],
  ])('%s: refused', (_name, bytes, message) => {
    expect(readPage(file('binary.html', bytes))).toEqual({ ok: false, message });
  });

  test('a page in a Western legacy encoding, a few bytes invalid, is still read', () => {
    const latin1 = Buffer.from(`${ARTICLE}<p>Caf\u00e9 cr\u00e8me \u00e0 la gare.</p>`, 'latin1');
    expect(readPage(file('latin1.html', latin1))).toMatchObject({ ok: true, html: true });
  });

  test('UTF-8 with a byte-order mark, and UTF-16 with one, read as the same text', () => {
    expect(readPage(file('bom8.html', `\uFEFF${ARTICLE}`))).toEqual({ ok: true, text: ARTICLE, html: true });
    expect(readPage(file('bom16.html', Buffer.from(`\uFEFF${ARTICLE}`, 'utf16le')))).toEqual({
      ok: true,
      text: ARTICLE,
      html: true,
    });
  });
});

describe('HTML', () => {
  test('an .html file without a single tag is not taken for a page', () => {
    expect(readPage(file('words.html', 'Just words, no markup.\nA second line.'))).toEqual({
      ok: false,
      message: 'does not look like HTML: it has no tags (a plain-text page must be named .txt)',
    });
  });

  test('the same words in a .txt file are a plain-text page', () => {
    expect(readPage(file('words.txt', 'Just words, no markup.'))).toEqual({
      ok: true,
      text: 'Just words, no markup.',
      html: false,
    });
  });

  test('100,000 nested divs are refused before jsdom sees them', () => {
    expect(readPage(file('deep.html', nested(100_000)))).toEqual({
      ok: false,
      message: 'nests its elements more than 512 deep, deeper than a browser builds a page; it was not read',
    });
  });
});

describe('nesting depth, counted as the HTML parser nests', () => {
  test.each<[string, boolean, string]>([
    ['510 divs (with html and body, 512 open)', false, nested(510)],
    ['511 divs', true, nested(511)],
    ['self-closing divs, which HTML leaves open', true, nested(600, '<div/>')],
    ['formatting elements', true, nested(600, '<b><i>')],
    ['unclosed paragraphs, each closed by the next', false, nested(5_000, '<p>paragraph')],
    ['unclosed list items', false, `<ul>${'<li>item'.repeat(5_000)}</ul>`],
    ['closed divs one after another', false, '<div>a</div>'.repeat(5_000)],
    ['self-closing SVG elements, which do close', false, `<svg>${'<path d="M0 0"/>'.repeat(5_000)}</svg>`],
    [
      'tags inside a comment or a script',
      false,
      `<!-- ${'<div>'.repeat(5_000)} --><script>${'<div>'.repeat(5_000)}</script>`,
    ],
  ])('%s: deeper than 512 is %s', (_name, deeper, html) => {
    expect(nestsDeeperThan(html, MAX_PAGE_DEPTH)).toBe(deeper);
  });
});
