/**
 * A packed claim index as one binary file, so the built-in dataset's index can be made at build time
 * and shipped beside the code instead of packed by every waking worker. Little-endian:
 *
 *   bytes 0–3   "PVCI"
 *   u32         format version (1)
 *   u32         bytes of the skeleton (UTF-8 JSON)
 *   …           the skeleton: the index with each typed array replaced by {"$": type, "at": byte
 *               offset in the data, "n": length}; then zero bytes up to a multiple of 8
 *   …           the data: the typed arrays' bytes, each starting at a multiple of 8
 *
 * Decoding makes views on the file's buffer (no copy). Whether the index still fits the dataset and the
 * analysis is the caller's check (`fitsDatasets`), as for an index stored in IndexedDB.
 *
 * The same layout under another four-letter tag holds any value of JSON and typed arrays
 * (`encodeTypedFile`): the stored combination of the enabled datasets is kept in IndexedDB as one such
 * file in a Blob, which Chromium reads back ~3.5× faster than the same arrays stored as a record
 * (docs/scale.md).
 */
import type { PackedClaimIndex } from './pack-claim-index';

const MAGIC = 'PVCI';
export const INDEX_FILE_VERSION = 1;
const HEADER_BYTES = 12;

const TYPED = { Int8Array, Uint8Array, Uint16Array, Uint32Array, Int16Array, Int32Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function typedName(value: unknown): TypedName | null {
  if (!ArrayBuffer.isView(value)) return null;
  const name = value.constructor.name as TypedName;
  if (!(name in TYPED)) throw new Error(`index file: cannot store a ${value.constructor.name}`);
  return name;
}

/** The file's bytes for `index`. */
export function encodeIndexFile(index: PackedClaimIndex): Uint8Array<ArrayBuffer> {
  return encodeTypedFile(index, MAGIC, INDEX_FILE_VERSION);
}

/** The index in `buffer`; throws with the reason when the file is not one this version reads. */
export function decodeIndexFile(buffer: ArrayBuffer): PackedClaimIndex {
  return decodeTypedFile(buffer, MAGIC, INDEX_FILE_VERSION, 'claim index file') as PackedClaimIndex;
}

/** The bytes of `value` (JSON values and typed arrays) in the index file's layout, tagged `magic` (4 letters). */
export function encodeTypedFile(value: unknown, magic: string, version: number): Uint8Array<ArrayBuffer> {
  const arrays: Typed[] = [];
  let size = 0;
  const skeleton = JSON.stringify(value, (_key, field: unknown) => {
    const name = typedName(field);
    if (!name) return field;
    const array = field as Typed;
    const at = size;
    arrays.push(array);
    size = align8(size + array.byteLength);
    return { $: name, at, n: array.length };
  });
  const json = new TextEncoder().encode(skeleton);
  const dataStart = align8(HEADER_BYTES + json.length);
  const bytes = new Uint8Array(dataStart + size);
  bytes.set(new TextEncoder().encode(magic), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, version, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, HEADER_BYTES);
  let at = dataStart;
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align8(at + array.byteLength);
  }
  return bytes;
}

/**
 * The value in `buffer`, a file `encodeTypedFile` made with `magic` and `version`; throws with the reason,
 * prefixed by `what`, when it is not one.
 */
export function decodeTypedFile(buffer: ArrayBuffer, magic: string, version: number, what: string): unknown {
  const refuse = (reason: string): never => {
    throw new Error(`${what}: ${reason}`);
  };
  if (buffer.byteLength < HEADER_BYTES) refuse('too short for its header');
  if (new TextDecoder().decode(new Uint8Array(buffer, 0, 4)) !== magic) refuse(`not a ${what}`);
  const view = new DataView(buffer);
  const found = view.getUint32(4, true);
  if (found !== version) refuse(`format version ${found}, this build reads ${version}`);
  const jsonBytes = view.getUint32(8, true);
  if (HEADER_BYTES + jsonBytes > buffer.byteLength) refuse('skeleton runs past the end');
  const dataStart = align8(HEADER_BYTES + jsonBytes);
  const skeleton = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(buffer, HEADER_BYTES, jsonBytes));
  return JSON.parse(skeleton, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('$' in value)) return value;
    const { $: name, at, n } = value as { $: string; at: number; n: number };
    if (!(name in TYPED)) refuse(`unknown array type ${name}`);
    const Type = TYPED[name as TypedName];
    const start = dataStart + at;
    if (
      !Number.isInteger(at) ||
      !Number.isInteger(n) ||
      at % 8 !== 0 ||
      n < 0 ||
      start + n * Type.BYTES_PER_ELEMENT > buffer.byteLength
    )
      refuse(`a ${name} of ${n} at ${at} lies outside the file`);
    return new Type(buffer, start, n);
  });
}
