/**
 * The stored combination as it lies in IndexedDB: deflated. A wake's read of it costs in proportion to
 * its bytes (Chromium gave back a record of typed arrays at ~12–13 ms a MB, measured once), and the
 * merged index (as an index file, index-file.ts) and the claims' JSON deflate to a fraction of their
 * size, which inflates faster than the rest would have been read. The small arrays stay as they are.
 */
import type { PackedClaims } from '../engine/packed-claims';
import { decodeIndexFile, encodeIndexFile } from '../match/index-file';
import type { PackedClaimIndex } from '../match/pack-claim-index';

/** The combination in memory. */
export interface Combination {
  key: string;
  index: PackedClaimIndex;
  claims: PackedClaims;
}

/** The combination as stored: the index file and the claims' two JSON byte arrays deflated. */
export interface DeflatedCombination {
  key: string;
  /** Raised when this stored form changes; a record of another form is made again. */
  form: 1;
  index: Uint8Array;
  claims: PackedClaims;
}

const FORMAT = 'deflate-raw';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const deflate = (bytes: Uint8Array) => through(bytes, new CompressionStream(FORMAT));
const inflate = (bytes: Uint8Array) => through(bytes, new DecompressionStream(FORMAT));

/** `combination` as stored. */
export async function deflateCombination(combination: Combination): Promise<DeflatedCombination> {
  const { claims } = combination;
  const [index, sources, claimJson] = await Promise.all([
    deflate(encodeIndexFile(combination.index)),
    deflate(claims.sources.bytes),
    deflate(claims.claims.bytes),
  ]);
  return {
    key: combination.key,
    form: 1,
    index,
    claims: {
      ...claims,
      sources: { ...claims.sources, bytes: sources },
      claims: { ...claims.claims, bytes: claimJson },
    },
  };
}

/**
 * The combination `stored` holds. Rejects when it is not one this form reads (damaged, or another
 * form): the caller makes the combination again. Whether it is current is the caller's to check.
 */
export async function inflateCombination(stored: DeflatedCombination): Promise<Combination> {
  const { claims } = stored;
  // Checked before any stream starts, so a refusal leaves none running.
  if (
    stored.form !== 1 ||
    !(stored.index instanceof Uint8Array) ||
    !(claims?.sources?.bytes instanceof Uint8Array) ||
    !(claims?.claims?.bytes instanceof Uint8Array)
  )
    throw new Error('not a stored combination');
  const [index, sources, claimJson] = await Promise.all([
    inflate(stored.index),
    inflate(claims.sources.bytes),
    inflate(claims.claims.bytes),
  ]);
  return {
    key: stored.key,
    index: decodeIndexFile(index.buffer as ArrayBuffer),
    claims: {
      ...claims,
      sources: { ...claims.sources, bytes: sources },
      claims: { ...claims.claims, bytes: claimJson },
    },
  };
}
