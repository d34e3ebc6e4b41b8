/**
 * Reading a file named on the command line, refusing what would hang, exhaust memory or be read as
 * garbage: only a regular file is read (a FIFO would block forever, a directory gave a raw EISDIR, a
 * device such as /dev/zero never ends), no more than a given size, and only when it is text.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** The file's text, or one sentence saying why it cannot be used (to print after the file's name). */
export type InputFile = { ok: true; text: string } | { ok: false; message: string };

/**
 * A decoded file is taken for text when at most this share of its characters are invalid UTF-8. Random
 * bytes come out about half invalid; a page saved in a Western legacy encoding (é as one byte) has a few
 * percent, and is read as before, with its accented letters garbled.
 */
const MAX_INVALID_SHARE = 0.1;

/** "8 MB", "96 MB", "0.5 MB". */
function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1)).toLocaleString('en')} MB`;
}

/** "is too large (210 MB; the limit is 8 MB)"; "just over 8 MB" where the two would read the same. */
function tooLarge(size: number, maxBytes: number): InputFile {
  const limit = megabytes(maxBytes);
  const shown = megabytes(size) === limit ? `just over ${limit}` : megabytes(size);
  return { ok: false, message: `is too large (${shown}; the limit is ${limit})` };
}

function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory, not a file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a file: reading it could wait forever';
  if (stats.isSocket()) return 'is a socket, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a file';
  return 'is not a regular file';
}

function openError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENXIO') return 'is a socket or a device, not a file';
  return `cannot be opened (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** Reads up to `maxBytes + 1` bytes: one more than allowed tells a file that grew, or lied about its size. */
function readAtMost(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}

/** The bytes as text: UTF-8 (a byte-order mark dropped), or UTF-16 when a byte-order mark says so. */
function decode(bytes: Buffer): InputFile {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
  if (bytes.includes(0)) return { ok: false, message: 'is not a text file: it contains NUL bytes (is it binary?)' };
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (invalid > text.length * MAX_INVALID_SHARE) {
    const percent = Math.round((invalid / text.length) * 100);
    return {
      ok: false,
      message: `is not a text file: ${percent}% of it is not valid UTF-8 (is it binary, or in another encoding?)`,
    };
  }
  return { ok: true, text };
}

/**
 * The text of the regular file at `path`, of at most `maxBytes` bytes. The file is opened without
 * blocking and checked with fstat before anything is read, so a FIFO is refused instead of waited on,
 * and what is checked is what is read (a path swapped after a separate stat cannot slip through).
 */
export function readInputFile(path: string, maxBytes: number): InputFile {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: openError(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: notRegular(stats) };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    const bytes = readAtMost(fd, maxBytes);
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    if (bytes.length === 0) return { ok: false, message: 'is empty' };
    return decode(bytes);
  } finally {
    closeSync(fd);
  }
}
