/**
 * Writes the learned judge's training table: every pair of the sentence-pair sets (src/eval/pair-sets.ts)
 * in both orders, plus unrelated pairs made by pairing a claim with another group's passage, with the
 * features of src/stance/pair-features.ts. One JSON line per pair; read by scripts/train/train_judge.py.
 *
 *   tsx scripts/train/dump-pair-features.ts --data DIR --out FILE [--limit N] [--sets a,b] [--texts]
 *
 * `--texts` adds each row's claim and passage, the group that keeps a pair's rows together (for grouped
 * cross-fitting) and both sides' attention-model token ids (src/stance/attention-tokens.ts): the
 * same rows in the same order, so a model over the text lines up 1:1 with the feature table.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../../src/assets/node-assets';
import { createWriteStream, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../../src/eval/eval-paths';
import { hasPairSet, PAIR_SET_NAMES, readPairSet, type LabelledPair } from '../../src/eval/pair-sets';
import { seededRandom } from './mlp-trainer';
import { PAIR_FEATURES } from '../../src/stance/pair-features';
import { possibleEdits, reframe } from './contrastive-edits';
import { pairFeatureRow } from './pair-feature-row';
import { attentionTokens } from '../../src/stance/attention-tokens';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { tokenize } from '../../src/nlp/tokenize';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    out: { type: 'string', default: '.cache/judge-pairs.jsonl' },
    limit: { type: 'string' },
    seed: { type: 'string', default: '5' },
    /** Only these sets (the smoke test's small run), default all. */
    sets: { type: 'string' },
    /** Also write the texts, the group and the attention model's token ids in each row. */
    texts: { type: 'boolean', default: false },
  },
});

/** Unrelated pairs made per labelled pair: the extension meets many candidates on other subjects. */
const UNRELATED_SHARE = 0.15;
/** Contrastive conflicts made per side of the split (contrastive-edits.ts). */
const EDITS = { train: 3000, validation: 600 } as const;
/** The sets whose sentences are news (STS-B by genre). */
const NEWS_SETS = new Set(['mrpc', 'emergent', 'sts-b']);
const isNews = (pair: LabelledPair) =>
  NEWS_SETS.has(pair.id.split(':')[0]!) &&
  (!pair.id.startsWith('sts-b:') || /headlines|deft-news|MSRpar/.test(pair.id));
const newsSentences = { train: new Set<string>(), validation: new Set<string>() };
/** News sentence pairs that are labelled together in a set: never made into a negative. */
const pairsOf = new Map<string, Set<string>>();
/** Sentence pairs that share a capitalised name but are no labelled pair, made per side of the split. */
const SHARED_NAME_NEGATIVES = { train: 3000, validation: 600 } as const;

const out = createWriteStream(values.out!);
// The feature names beside the table: the trainer copies them into the asset, which checks them at load.
writeFileSync(values.out!.replace(/\.jsonl$/, '.features.json'), `${JSON.stringify(PAIR_FEATURES)}\n`);
const random = seededRandom(Number(values.seed));
const limit = values.limit ? Number(values.limit) : Infinity;
let written = 0;
/** The extra columns `--texts` asks for (nothing otherwise: the default table is unchanged). */
function textColumns(claim: string, passage: string, group: string) {
  if (!values.texts) return {};
  const c = attentionTokens(tokenize(claim), defaultWordVectors());
  const p = attentionTokens(tokenize(passage), defaultWordVectors());
  return { claim, passage, group, ct: [...c.ids], cf: [...c.flags], pt: [...p.ids], pf: [...p.flags] };
}
const only = values.sets ? new Set(values.sets.split(',')) : null;
for (const name of PAIR_SET_NAMES) {
  if (only && !only.has(name)) continue;
  if (!hasPairSet(values.data!, name)) {
    process.stderr.write(`${name}: missing, skipped\n`);
    continue;
  }
  const pairs = readPairSet(values.data!, name).pairs.slice(0, limit);
  const made: LabelledPair[] = [];
  for (const split of ['train', 'validation'] as const) {
    const side = pairs.filter((p) => p.split === split);
    const count = Math.round(side.length * UNRELATED_SHARE);
    for (let k = 0; k < count && side.length > 1; k++) {
      const a = side[Math.floor(random() * side.length)]!;
      const b = side[Math.floor(random() * side.length)]!;
      if (a.group === b.group) continue;
      made.push({
        ...a,
        id: `${a.id}~${b.id}`,
        passage: b.passage,
        label: 'unrelated',
        gold: 'neither',
        group: a.group,
      });
    }
  }
  for (const p of pairs) {
    if (!isNews(p)) continue;
    for (const text of [p.claim, p.passage]) newsSentences[p.split].add(text);
    for (const [x, y] of [
      [p.claim, p.passage],
      [p.passage, p.claim],
    ] as const)
      pairsOf.set(x, (pairsOf.get(x) ?? new Set()).add(y));
  }
  const started = performance.now();
  for (const pair of [...pairs, ...made]) {
    for (const order of [0, 1] as const) {
      const [claim, passage] = order === 0 ? [pair.claim, pair.passage] : [pair.passage, pair.claim];
      const row = pairFeatureRow(claim, passage);
      out.write(
        `${JSON.stringify({ set: name, id: pair.id, split: pair.split, label: pair.label, order, made: pair.id.includes('~'), ...row, ...textColumns(claim, passage, `${name}:${pair.group}`) })}\n`,
      );
      written++;
    }
  }
  process.stderr.write(
    `${name}: ${pairs.length} pairs + ${made.length} unrelated, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
for (const split of ['train', 'validation'] as const) {
  const sentences = [...newsSentences[split]].sort();
  const counts = new Map<string, number>();
  for (const text of sentences)
    for (const name of text.match(/(?<=\s)\p{Lu}\p{Ll}{2,}/gu) ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= 2)
    .map(([name]) => name)
    .sort();
  let made = 0;
  for (let tries = 0; made < EDITS[split] && tries < EDITS[split] * 4; tries++) {
    const text = sentences[Math.floor(random() * sentences.length)]!;
    const edits = possibleEdits(text, names, random);
    if (edits.length === 0) continue;
    const edit = edits[Math.floor(random() * edits.length)]!;
    // Half the edits also differ in framing (a dropped clause, an attribution), and so does one
    // unedited copy of the sentence, which corroborates it.
    let changedAt = 0;
    while (changedAt < text.length && text[changedAt] === edit.text[changedAt]) changedAt++;
    const reframed = random() < 0.5 ? reframe(edit.text, random, [changedAt, changedAt + 1]) : null;
    const pairs: Array<[string, string, 'conflicts' | 'corroborates', string]> = [
      [text, reframed ?? edit.text, 'conflicts', edit.kind],
    ];
    const copy = reframed ? reframe(text, random) : null;
    if (copy) pairs.push([text, copy, 'corroborates', 'reframed']);
    for (const [original, changed, label, kind] of pairs) {
      for (const order of [0, 1] as const) {
        const [claim, passage] = order === 0 ? [original, changed] : [changed, original];
        out.write(
          `${JSON.stringify({ set: 'edits', id: `edits:${split}/${made}/${kind}`, split, label, order, made: false, ...pairFeatureRow(claim, passage), ...textColumns(claim, passage, `edits:${split}/${made}`) })}\n`,
        );
        written++;
      }
    }
    made++;
  }
  process.stderr.write(`edits (${split}): ${made} contrastive conflicts from ${sentences.length} news sentences\n`);
  // Hard negatives: two news sentences that name the same person, place or organisation but report
  // different things ("Obama briefed Trump's transition team" and "Obama told soldiers to question
  // Trump"). A shared name is a shared topic, not a shared claim: related.
  const byName = new Map<string, string[]>();
  for (const text of sentences)
    for (const name of new Set(text.match(/(?<=\s)\p{Lu}\p{Ll}{2,}/gu) ?? []))
      if ((counts.get(name) ?? 0) >= 2) byName.set(name, [...(byName.get(name) ?? []), text]);
  const shared = [...byName.values()].filter((texts) => texts.length >= 2);
  let negatives = 0;
  for (
    let tries = 0;
    negatives < SHARED_NAME_NEGATIVES[split] && tries < SHARED_NAME_NEGATIVES[split] * 4 && shared.length > 0;
    tries++
  ) {
    const texts = shared[Math.floor(random() * shared.length)]!;
    const a = texts[Math.floor(random() * texts.length)]!;
    const b = texts[Math.floor(random() * texts.length)]!;
    if (a === b || (pairsOf.get(a)?.has(b) ?? false)) continue;
    for (const order of [0, 1] as const) {
      const [claim, passage] = order === 0 ? [a, b] : [b, a];
      out.write(
        `${JSON.stringify({ set: 'edits', id: `shared-name:${split}/${negatives}`, split, label: 'related', order, made: true, ...pairFeatureRow(claim, passage), ...textColumns(claim, passage, `shared-name:${split}/${negatives}`) })}\n`,
      );
      written++;
    }
    negatives++;
  }
  process.stderr.write(`shared-name negatives (${split}): ${negatives}\n`);
}
out.end(() => process.stderr.write(`${written} rows → ${values.out}\n`));
