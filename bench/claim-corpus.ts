/**
 * Known-claims datasets of a chosen size for the scale benchmark, from real text only: CheckThat! 2022's
 * 14,231 fact-checked claims and the sentences of FNC-1's and ARC's news bodies (~46,000 distinct).
 * That is ~60,000 real claims; beyond it, the corpus grows the way news does — whole articles
 * republished under another outlet's name (a wire story run by ten papers), which keeps every claim real
 * and makes the index hold the duplicates a real archive holds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type Source } from '../src/claims/dataset';
import { readVerifiedClaims } from '../src/eval/checkthat-data';
import { readFncBodies } from '../src/eval/fnc-data';
import { seededHash } from '../src/match/seeded-hash';
import { splitSentences } from '../src/extract/sentences';

/** Body sentences shorter than this are datelines and captions, not claims. */
const MIN_CLAIM_CHARS = 40;
const MAX_CLAIM_CHARS = 600;

/** Every real source the data gives: one per fact-checking site's author, one per news body. */
function realSources(dataDir: string): Source[] {
  const sources: Source[] = [];
  const checked = readVerifiedClaims(readFileSync(resolve(dataDir, 'checkthat-2022-2a/vclaims.jsonl'), 'utf8'));
  if (!checked.ok) throw new Error(checked.reason);
  checked.value.forEach((claim, i) => {
    // Snopes-style claims are short articles of their own: a source per 20, like a fact-check feed's pages.
    const n = Math.floor(i / 20);
    let source = sources[n];
    if (!source)
      sources.push(
        (source = {
          id: `checkthat-${n}`,
          outlet: 'Snopes',
          author: null,
          publishedTime: null,
          url: null,
          title: null,
          claims: [],
        }),
      );
    source.claims.push({ id: `checkthat#${claim.id}`, text: claim.claim, attribution: null });
  });
  const seen = new Set<string>();
  for (const corpus of ['fnc-1/train_bodies.csv', 'arc/arc_bodies.csv']) {
    const bodies = readFncBodies(readFileSync(resolve(dataDir, corpus), 'utf8'));
    if (!bodies.ok) throw new Error(bodies.reason);
    const name = corpus.split('/')[0]!;
    for (const [bodyId, body] of bodies.bodies) {
      const claims = splitSentences(body)
        .map((span) => span.text)
        .filter(
          (text) =>
            text.length >= MIN_CLAIM_CHARS &&
            text.length <= MAX_CLAIM_CHARS &&
            !seen.has(text) &&
            Boolean(seen.add(text)),
        )
        .map((text, i) => ({ id: `${name}-${bodyId}#${i + 1}`, text, attribution: null }));
      if (claims.length > 0)
        sources.push({
          id: `${name}-${bodyId}`,
          outlet: `${name} outlet ${bodyId}`,
          author: null,
          publishedTime: null,
          url: null,
          title: null,
          claims,
        });
    }
  }
  return sources;
}

/**
 * A dataset of exactly `size` claims (or fewer when `size` is small and sources are whole): sources in a
 * fixed shuffled order, so 1,000 claims are a mix of fact-checks and news, not the first file's head.
 */
export function benchCorpus(dataDir: string, size: number): Dataset {
  const real = realSources(dataDir).sort(
    (a, b) => seededHash(a.id, 7) - seededHash(b.id, 7) || a.id.localeCompare(b.id),
  );
  const sources: Source[] = [];
  let claims = 0;
  let republished = 0;
  for (let round = 0; claims < size; round++) {
    for (const original of real) {
      if (claims >= size) break;
      const take = original.claims.slice(0, size - claims);
      const id = round === 0 ? original.id : `${original.id}-republished-${round}`;
      const outlet = round === 0 ? original.outlet : `${original.outlet} (republished by outlet ${round})`;
      sources.push({
        ...original,
        id,
        outlet,
        claims: take.map((claim) => ({ ...claim, id: `${id}#${claim.id.split('#')[1]}` })),
      });
      claims += take.length;
      if (round > 0) republished += take.length;
    }
  }
  const description = `${(claims - republished).toLocaleString('en')} real claims, ${republished.toLocaleString('en')} republished`;
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    id: `bench-${size}`,
    name: `Benchmark corpus, ${size} claims`,
    description,
    sources,
  };
}
