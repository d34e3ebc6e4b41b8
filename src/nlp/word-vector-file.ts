/**
 * The word-vector table as the extension ships it: one binary file (assets/word-vectors.bin) read into
 * an ArrayBuffer, so the vectors are neither JavaScript the worker must parse on every wake nor base64
 * it must decode. Little-endian:
 *
 *   bytes 0–3   "PVWV"
 *   u32         format version (1)
 *   u32         dimensions
 *   u32         words
 *   u32         bytes of the source note (UTF-8)
 *   u32         bytes of the word list (UTF-8, words separated by "\n", row order)
 *   …           the source note, the word list
 *   i8 × words × dimensions   unit vectors scaled by 200, row after row
 *
 * The reader checks every length against the file's size, so a truncated or foreign file is refused
 * with a reason instead of giving wrong cosines.
 */

const MAGIC = 'PVWV';
export const WORD_VECTOR_FILE_VERSION = 1;
const HEADER_BYTES = 24;

/** A decoded table: what `loadWordVectors` takes. */
export interface WordVectorTable {
  dimensions: number;
  /** Row order: the frequency rank of each word in the vectors' corpus. */
  words: string[];
  /** `dimensions` values per word. */
  data: Int8Array;
  /** Where the vectors come from and how they were fitted (licences). */
  source: string;
}

/** The file's bytes for `table`. */
export function encodeWordVectorFile(table: WordVectorTable): Uint8Array {
  if (table.data.length !== table.words.length * table.dimensions)
    throw new Error('word vectors: data length is not words × dimensions');
  if (table.words.some((word) => word.length === 0 || word.includes('\n')))
    throw new Error('word vectors: a word is empty or holds a newline');
  const encoder = new TextEncoder();
  const source = encoder.encode(table.source);
  const words = encoder.encode(table.words.join('\n'));
  const bytes = new Uint8Array(HEADER_BYTES + source.length + words.length + table.data.length);
  const view = new DataView(bytes.buffer);
  bytes.set(encoder.encode(MAGIC), 0);
  [WORD_VECTOR_FILE_VERSION, table.dimensions, table.words.length, source.length, words.length].forEach((value, i) =>
    view.setUint32(4 + 4 * i, value, true),
  );
  bytes.set(source, HEADER_BYTES);
  bytes.set(words, HEADER_BYTES + source.length);
  bytes.set(
    new Uint8Array(table.data.buffer, table.data.byteOffset, table.data.byteLength),
    HEADER_BYTES + source.length + words.length,
  );
  return bytes;
}

/** The table in `buffer`; throws with the reason when the file is not one this version reads. */
export function decodeWordVectorFile(buffer: ArrayBuffer): WordVectorTable {
  const refuse = (reason: string): never => {
    throw new Error(`word vectors: ${reason} (rebuild with npm run vectors)`);
  };
  if (buffer.byteLength < HEADER_BYTES) refuse('file too short for its header');
  const view = new DataView(buffer);
  if (new TextDecoder().decode(new Uint8Array(buffer, 0, 4)) !== MAGIC) refuse('not a word-vector file');
  const [version, dimensions, count, sourceBytes, wordBytes] = [0, 1, 2, 3, 4].map((i) =>
    view.getUint32(4 + 4 * i, true),
  ) as [number, number, number, number, number];
  if (version !== WORD_VECTOR_FILE_VERSION)
    refuse(`format version ${version}, this build reads ${WORD_VECTOR_FILE_VERSION}`);
  if (dimensions === 0) refuse('zero dimensions');
  const dataStart = HEADER_BYTES + sourceBytes + wordBytes;
  if (dataStart + count * dimensions !== buffer.byteLength)
    refuse(`size ${buffer.byteLength} bytes, the header says ${dataStart + count * dimensions}`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source = decoder.decode(new Uint8Array(buffer, HEADER_BYTES, sourceBytes));
  const words =
    count === 0 ? [] : decoder.decode(new Uint8Array(buffer, HEADER_BYTES + sourceBytes, wordBytes)).split('\n');
  if (words.length !== count) refuse(`${words.length} words listed, the header says ${count}`);
  return { dimensions, words, data: new Int8Array(buffer, dataStart, count * dimensions), source };
}
