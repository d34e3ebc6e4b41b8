/**
 * The attention experiment's input for one sentence (scripts/train/attention_judge.py): the extension's
 * own tokens (src/nlp/tokenize.ts), each as a row of the shipped word-vector table
 * (assets/word-vectors.bin, looked up by `norm` as pair-features.ts does), or, for a word the table
 * lacks (numbers, rare names), one of OOV_BUCKETS fixed buckets after the table by an FNV-1a hash of its
 * norm, so two different unknown names stay different. Flags: 1 = number, 2 = capitalised. Pure
 * functions of the text, so TypeScript inference would reproduce the ids exactly.
 */
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { tokenize } from '../../src/nlp/tokenize';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ASSETS_DIR } from '../../src/assets/node-assets';
import { SHIPPED_FILES } from '../../src/assets/shipped-assets';
import { decodeWordVectorFile } from '../../src/nlp/word-vector-file';

export const OOV_BUCKETS = 1024;
/** Tokens kept per side (COVID-Fact's evidence joins several sentences). */
export const MAX_TOKENS = 80;
/** Rows in the shipped table: the first OOV bucket's id. */
export const TABLE_ROWS = decodeWordVectorFile(
  new Uint8Array(readFileSync(resolve(ASSETS_DIR, SHIPPED_FILES.wordVectors))).buffer,
).words.length;

/** 32-bit FNV-1a over the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function attentionTokens(text: string): { ids: number[]; flags: number[] } {
  const vectors = defaultWordVectors();
  const ids: number[] = [];
  const flags: number[] = [];
  for (const token of tokenize(text).slice(0, MAX_TOKENS)) {
    const row = vectors.rowOf(token.norm);
    ids.push(row >= 0 ? row : TABLE_ROWS + (fnv1a(token.norm) % OOV_BUCKETS));
    flags.push((token.isNumber ? 1 : 0) | (token.isCapitalised ? 2 : 0));
  }
  return { ids, flags };
}
