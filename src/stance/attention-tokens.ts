/**
 * The word-level attention model's input for one sentence (attention-model.ts): the sentence's tokens
 * (src/nlp/tokenize.ts), each as a row of the shipped word-vector table looked up by its `norm` as
 * pair-features.ts does, or, for a word the table lacks (numbers, rare names), one of OOV_BUCKETS fixed
 * buckets after the table by an FNV-1a hash of its norm, so two different unknown names ("Trudeau",
 * "Carney") stay different. The trainer (scripts/train/attention_judge.py) reads ids made by this very
 * code (scripts/train/dump-pair-features.ts --texts), so training and the extension see the same input.
 */
import type { Token } from '../nlp/tokenize';
import type { WordVectors } from '../nlp/word-vectors';

/** Buckets for words the table lacks: few collisions among a page's and its claims' unknown words. */
export const OOV_BUCKETS = 1024;
/** Tokens kept per side (COVID-Fact's evidence joins several sentences; longer text adds little). */
export const MAX_TOKENS = 80;
/** Flag bits: the token is a number, the token is capitalised (not only as the sentence's first word). */
export const NUMBER_FLAG = 1;
export const CAPITALISED_FLAG = 2;

/** One side's input: the row (or OOV_BUCKETS bucket after the table) and the flags of each token. */
export interface AttentionTokens {
  readonly ids: Int32Array;
  readonly flags: Uint8Array;
}

/** 32-bit FNV-1a over the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The first MAX_TOKENS tokens of a sentence as the attention model reads them. */
export function attentionTokens(tokens: readonly Token[], vectors: WordVectors): AttentionTokens {
  const n = Math.min(tokens.length, MAX_TOKENS);
  const ids = new Int32Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const row = vectors.rowOf(token.norm);
    ids[i] = row >= 0 ? row : vectors.size + (fnv1a(token.norm) % OOV_BUCKETS);
    flags[i] = (token.isNumber ? NUMBER_FLAG : 0) | (token.isCapitalised ? CAPITALISED_FLAG : 0);
  }
  return { ids, flags };
}
