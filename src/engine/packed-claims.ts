/**
 * The enabled datasets' claims and sources in the compact form stored beside their merged index, so a
 * worker that wakes reads a few typed arrays instead of every claim as an object: each source is kept
 * as UTF-8 JSON (with its claims) in one byte array and decoded only when the analysis reads it — a
 * candidate's text, a shown match's source and review. What the index needs of every claim at opening
 * (where each source's claims start, which claims share a text) and the self-check's URL lookup are
 * worked out when packing, not at the wake.
 */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';
import { claimStartsOf, firstCopies, type ClaimRecords } from '../match/claim-records';
import { keyRows, PostingsBuilder, postingsOf, type PackedPostings } from '../match/postings';
import { selfCheckUrls, type SourcesAtUrl } from './self-match';

/** Strings as UTF-8, one after another: string i is `bytes` from `starts[i]` up to `starts[i + 1]`. */
export interface PackedStrings {
  bytes: Uint8Array;
  starts: Uint32Array;
}

/** The stored form. */
export interface PackedClaims {
  format: 'provenance-packed-claims';
  claimCount: number;
  sourceCount: number;
  /** Every source as JSON without its claims. */
  sources: PackedStrings;
  /** Every claim as JSON, numbered as the index numbers them. */
  claims: PackedStrings;
  /** Where source i's claims start in the numbering (`sourceCount + 1` entries). */
  claimStarts: Uint32Array;
  /** Each claim's first claim with the same text and antecedent (claim-records.ts). */
  firstCopy: Uint32Array;
  /** The sources a page at a URL may be, by normalised URL (`selfCheckUrls`). */
  urls: PackedPostings;
}

/**
 * Decoded sources and claims kept between pages, least recently used dropped first: a page reads a few
 * hundred candidates, and decoding one again costs microseconds.
 */
const DECODED_KEPT = 10_000;

function packStrings(values: readonly unknown[]): PackedStrings {
  const encoder = new TextEncoder();
  const parts = values.map((value) => encoder.encode(JSON.stringify(value)));
  const starts = new Uint32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i]! + parts[i]!.length;
  const bytes = new Uint8Array(starts[parts.length]!);
  parts.forEach((part, i) => bytes.set(part, starts[i]!));
  return { bytes, starts };
}

/** Packs the claims of `datasets`, in order (as `combineDatasets` leaves them: ids already unique). */
export function packClaims(datasets: readonly Dataset[]): PackedClaims {
  const sources = ([] as Source[]).concat(...datasets.map((dataset) => dataset.sources));
  const urls = new PostingsBuilder();
  for (const [url, i] of selfCheckUrls(sources)) urls.add(url, i);
  const claimStarts = claimStartsOf(sources);
  return {
    format: 'provenance-packed-claims',
    claimCount: claimStarts[sources.length]!,
    sourceCount: sources.length,
    sources: packStrings(sources.map(({ claims: _, ...meta }) => meta)),
    claims: packStrings(sources.flatMap((source) => source.claims)),
    claimStarts,
    firstCopy: firstCopies(datasets),
    urls: urls.pack(false),
  };
}

const isStrings = (value: unknown, count: number) => {
  const strings = value as Partial<PackedStrings> | null;
  return (
    typeof strings === 'object' &&
    strings !== null &&
    strings.bytes instanceof Uint8Array &&
    strings.starts instanceof Uint32Array &&
    strings.starts.length === count + 1
  );
};

/** Whether `value` has the shape `packClaims` gives (a stored record is checked, not trusted). */
export function isPackedClaims(value: unknown): value is PackedClaims {
  const packed = value as Partial<PackedClaims> | null;
  if (typeof packed !== 'object' || packed === null || packed.format !== 'provenance-packed-claims') return false;
  const { claimCount = -1, sourceCount = -1 } = packed;
  return (
    isStrings(packed.sources, sourceCount) &&
    isStrings(packed.claims, claimCount) &&
    packed.claimStarts instanceof Uint32Array &&
    packed.claimStarts.length === sourceCount + 1 &&
    packed.firstCopy instanceof Uint32Array &&
    packed.firstCopy.length === claimCount &&
    Array.isArray(packed.urls?.keys) &&
    packed.urls.start instanceof Uint32Array &&
    packed.urls.docs instanceof Uint32Array
  );
}

/** Values decoded from `strings` when first read, the most recently read kept. */
class DecodedCache<T> {
  private readonly kept = new Map<number, T>();
  private readonly decoder = new TextDecoder();

  constructor(private readonly strings: PackedStrings) {}

  get(i: number): T {
    let value = this.kept.get(i);
    if (value !== undefined) this.kept.delete(i);
    else {
      const { bytes, starts } = this.strings;
      value = JSON.parse(this.decoder.decode(bytes.subarray(starts[i]!, starts[i + 1]!))) as T;
    }
    this.kept.set(i, value); // most recently used last, so the oldest are dropped first
    if (this.kept.size > DECODED_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return value;
  }
}

/**
 * The records of `packed`, each source and claim decoded when first read. A source's `claims` are
 * decoded only when read (the self-check reads them, of the few sources it suspects).
 */
export function openPackedClaims(packed: PackedClaims): ClaimRecords {
  const claims = new DecodedCache<KnownClaim>(packed.claims);
  const sources = new DecodedCache<Source>(packed.sources);
  const claim = (doc: number) => claims.get(doc);
  return {
    claimCount: packed.claimCount,
    sourceCount: packed.sourceCount,
    claimStarts: packed.claimStarts,
    firstCopy: packed.firstCopy,
    claim,
    source(i) {
      const source = sources.get(i);
      if (!Object.hasOwn(source, 'claims')) {
        let list: KnownClaim[] | null = null;
        Object.defineProperty(source, 'claims', {
          enumerable: true,
          get: () => {
            if (!list) {
              list = [];
              for (let doc = packed.claimStarts[i]!; doc < packed.claimStarts[i + 1]!; doc++) list.push(claim(doc));
            }
            return list;
          },
        });
      }
      return source;
    },
  };
}

/** The self-check's URL lookup as packed. */
export function packedUrlLookup(packed: PackedClaims): SourcesAtUrl {
  let rows: Map<string, number> | null = null;
  return (url) => postingsOf(packed.urls, (rows ??= keyRows(packed.urls)), url);
}
