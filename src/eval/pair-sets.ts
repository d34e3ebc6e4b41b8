/**
 * The public sentence-pair sets in ../shared/data, read into one shape with a fixed train/validation
 * split. The training script and the `pairs` evaluation both read them from here, so both see the same
 * split. Official test splits are not in ../shared/data and are never read.
 *
 * Each pair is (claim, passage) in the harness's sense: `claim` plays the page sentence, `passage` the
 * known claim; `gold` is the relation the passage bears to the claim. The validation side is each set's
 * official development split where it has one (SICK trial, STS-B dev, COVID-Fact dev, FEVER-Symmetric
 * dev), otherwise a part held out by topic (Emergent and Climate-FEVER by claim, VitaminC by Wikipedia
 * page, MRPC by the first sentence's story id); CheckThat! 2022 2A (tweets and the verified claims they
 * repeat) keeps its train and dev splits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBm25 } from '../match/bm25';
import { cleanQueryText } from '../match/query-text';
import { analyzeSentence } from '../nlp/analyze-sentence';
import { readQrels, readQueries, readVerifiedClaims } from './checkthat-data';
import { parseCsv } from './csv';
import { seededHash } from '../match/seeded-hash';

/** The harness's three-way gold: related and unrelated are both `neither`. */
export type PairGold = 'corroborates' | 'conflicts' | 'neither';
/** The judge's four relations, as far as a set tells them apart. */
export type PairLabel = 'corroborates' | 'conflicts' | 'related' | 'unrelated';

/** One sentence pair. */
export interface LabelledPair {
  id: string;
  claim: string;
  passage: string;
  /** Four-way label for training (`related` where a set cannot tell related from unrelated). */
  label: PairLabel;
  gold: PairGold;
  split: 'train' | 'validation';
  /** What the split keeps together (a claim, a page, a story). */
  group: string;
}

/** A named set of pairs. */
export interface PairSet {
  name: PairSetName;
  pairs: LabelledPair[];
}

export const PAIR_SET_NAMES = [
  'emergent',
  'sick',
  'mrpc',
  'sts-b',
  'vitaminc',
  'covid-fact',
  'climate-fever',
  'fever-symmetric',
  'checkthat',
] as const;
export type PairSetName = (typeof PAIR_SET_NAMES)[number];

/** Share of a set without an official development split that is held out, by group. */
const VALIDATION_SHARE = 0.2;
const SPLIT_SEED = 13;

export function goldOf(label: PairLabel): PairGold {
  return label === 'related' || label === 'unrelated' ? 'neither' : label;
}

function heldOut(group: string): 'train' | 'validation' {
  return seededHash(group, SPLIT_SEED) / 2 ** 32 < VALIDATION_SHARE ? 'validation' : 'train';
}

/** Tab-separated lines, a leading byte-order mark dropped, blank lines skipped. */
function tsvLines(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

function jsonLines(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Wikipedia's tokenised text (VitaminC, FEVER) as a reader sees it: "-LRB-" is "(", no space before punctuation. */
export function detokenise(text: string): string {
  return text
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/-LSB-/g, '[')
    .replace(/-RSB-/g, ']')
    .replace(/``|''/g, '"')
    .replace(/ -- /g, ' – ')
    .replace(/\( /g, '(')
    .replace(/ ([,.;:!?)\]%])/g, '$1')
    .replace(/ 's\b/g, "'s")
    .replace(/ n't\b/g, "n't")
    .replace(/\s+/g, ' ')
    .trim();
}

function pair(
  set: string,
  id: string,
  claim: string,
  passage: string,
  label: PairLabel,
  split: 'train' | 'validation',
  group: string,
): LabelledPair {
  return { id: `${set}:${id}`, claim: claim.trim(), passage: passage.trim(), label, gold: goldOf(label), split, group };
}

function readEmergent(dir: string): LabelledPair[] {
  const parsed = parseCsv(readFileSync(resolve(dir, 'url-versions-2015-06-14-clean-train.csv'), 'utf8'));
  if (!parsed.ok) throw new Error(`emergent: ${parsed.reason} (line ${parsed.line})`);
  const [header, ...rows] = parsed.rows;
  const col = (name: string) => header!.indexOf(name);
  const [claimCol, headlineCol, stanceCol, articleCol, claimIdCol] = [
    'claimHeadline',
    'articleHeadline',
    'articleHeadlineStance',
    'articleId',
    'claimId',
  ].map(col);
  const labels: Record<string, PairLabel> = { for: 'corroborates', against: 'conflicts', observing: 'related' };
  return rows
    .filter((row) => row.length > stanceCol! && labels[row[stanceCol!]!])
    .map((row) => {
      const group = row[claimIdCol!]!;
      return pair(
        'emergent',
        `${group}/${row[articleCol!]}`,
        row[claimCol!]!,
        row[headlineCol!]!,
        labels[row[stanceCol!]!]!,
        heldOut(group),
        group,
      );
    });
}

/** SICK's relatedness below this (1–5 scale) is another scene: unrelated rather than related. */
const SICK_UNRELATED_BELOW = 2;

function readSick(dir: string): LabelledPair[] {
  const labels: Record<string, PairLabel> = {
    ENTAILMENT: 'corroborates',
    CONTRADICTION: 'conflicts',
    NEUTRAL: 'related',
  };
  const read = (file: string, split: 'train' | 'validation') =>
    tsvLines(readFileSync(resolve(dir, file), 'utf8'))
      .filter((cells) => cells.length >= 5 && labels[cells[4]!.trim()])
      .map(([id, a, b, relatedness, judgement]) => {
        let label = labels[judgement!.trim()]!;
        if (label === 'related' && Number(relatedness) < SICK_UNRELATED_BELOW) label = 'unrelated';
        // SICK's judgement is A → B: B is the claim, A the passage that backs or contradicts it.
        return pair('sick', id!, b!, a!, label, split, `sick:${id}`);
      });
  return [...read('SICK_train.txt', 'train'), ...read('SICK_trial.txt', 'validation')];
}

function readMrpc(dir: string): LabelledPair[] {
  return tsvLines(readFileSync(resolve(dir, 'msr_paraphrase_train.txt'), 'utf8'))
    .filter((cells) => cells.length >= 5 && (cells[0] === '0' || cells[0] === '1'))
    .map(([quality, id1, id2, s1, s2]) => {
      // Sentence ids are numbered within a news cluster: neighbouring ids are one story.
      const group = `mrpc:${Math.floor(Number(id1) / 1000)}`;
      return pair(
        'mrpc',
        `${id1}-${id2}`,
        s1!,
        s2!,
        quality === '1' ? 'corroborates' : 'related',
        heldOut(group),
        group,
      );
    });
}

/**
 * STS-B scores as relations: 4 and up say the same thing (corroborates), under 1 are about different
 * things (unrelated), the rest share a topic (related). STS-B has no contradiction label.
 */
export function stsLabel(score: number): PairLabel {
  if (score >= 4) return 'corroborates';
  if (score < 1) return 'unrelated';
  return 'related';
}

function readStsB(dir: string): LabelledPair[] {
  const read = (file: string, split: 'train' | 'validation') =>
    tsvLines(readFileSync(resolve(dir, file), 'utf8'))
      .filter((cells) => cells.length >= 7 && Number.isFinite(Number(cells[4])))
      .map((cells) => {
        const id = `${cells[1]}/${cells[2]}/${cells[3]}`;
        return pair('sts-b', `${split}/${id}`, cells[5]!, cells[6]!, stsLabel(Number(cells[4])), split, `sts-b:${id}`);
      });
  return [...read('sts-train.csv', 'train'), ...read('sts-dev.csv', 'validation')];
}

interface VitaminRow {
  unique_id: string;
  label: string;
  claim: string;
  evidence: string;
  page: string;
}

function readVitaminC(dir: string): LabelledPair[] {
  const rows = jsonLines(readFileSync(resolve(dir, 'vitaminc_synthetic', 'test.jsonl'), 'utf8')) as VitaminRow[];
  const labels: Record<string, PairLabel> = {
    SUPPORTS: 'corroborates',
    REFUTES: 'conflicts',
    'NOT ENOUGH INFO': 'related',
  };
  return rows
    .filter((row) => labels[row.label])
    .map((row) => {
      const group = `vitaminc:${row.page}`;
      return pair(
        'vitaminc',
        row.unique_id,
        detokenise(row.claim),
        detokenise(row.evidence),
        labels[row.label]!,
        heldOut(group),
        group,
      );
    });
}

function readCovidFact(dir: string): LabelledPair[] {
  const read = (file: string, split: 'train' | 'validation') =>
    tsvLines(readFileSync(resolve(dir, 'RTE-covidfact', file), 'utf8'))
      .slice(1)
      .filter((cells) => cells.length >= 4)
      .map(([index, evidence, claim, label]) =>
        // Evidence is several sentences joined with " > "; refuted claims are one-word counter-claims.
        pair(
          'covid-fact',
          `${split}/${index}`,
          claim!,
          evidence!.replace(/\s*>\s*/g, ' '),
          label!.trim() === 'entailment' ? 'corroborates' : 'conflicts',
          split,
          `covid-fact:${split}/${index}`,
        ),
      );
  return [...read('train.tsv', 'train'), ...read('dev.tsv', 'validation')];
}

interface ClimateRow {
  claim_id: string;
  claim: string;
  evidences: Array<{ evidence_id: string; evidence_label: string; evidence: string }>;
}

function readClimateFever(dir: string): LabelledPair[] {
  const rows = jsonLines(readFileSync(resolve(dir, 'climate-fever-train.jsonl'), 'utf8')) as ClimateRow[];
  const labels: Record<string, PairLabel> = {
    SUPPORTS: 'corroborates',
    REFUTES: 'conflicts',
    NOT_ENOUGH_INFO: 'related',
  };
  return rows.flatMap((row) => {
    const group = `climate-fever:${row.claim_id}`;
    return row.evidences
      .filter((evidence) => labels[evidence.evidence_label])
      .map((evidence) =>
        pair(
          'climate-fever',
          `${row.claim_id}/${evidence.evidence_id}`,
          row.claim,
          evidence.evidence,
          labels[evidence.evidence_label]!,
          heldOut(group),
          group,
        ),
      );
  });
}

interface FeverSymmetricRow {
  id: string | number;
  claim: string;
  evidence: string;
  gold_label: string;
}

function readFeverSymmetric(dir: string): LabelledPair[] {
  const rows = jsonLines(readFileSync(resolve(dir, 'dev.jsonl'), 'utf8')) as FeverSymmetricRow[];
  const labels: Record<string, PairLabel> = { SUPPORTS: 'corroborates', REFUTES: 'conflicts' };
  // Only a development split is public here, and it is small: validation only, never trained on.
  return rows
    .filter((row) => labels[row.gold_label])
    .map((row, i) =>
      pair(
        'fever-symmetric',
        `${row.id}/${i}`,
        detokenise(row.claim),
        detokenise(row.evidence),
        labels[row.gold_label]!,
        'validation',
        `fever-symmetric:${row.id}`,
      ),
    );
}

/** Non-gold verified claims paired with each tweet: BM25's best, which share the tweet's topic. */
const CHECKTHAT_NON_GOLD = 2;

function readOrThrow<T>(
  file: string,
  read: (text: string) => { ok: true; value: T } | { ok: false; reason: string },
): T {
  const result = read(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.value;
}

/**
 * CheckThat! 2022 2A: a tweet and the verified claim it repeats (corroborates, in the extension's sense:
 * the tweet says what the claim says, with more around it), and the tweet with the verified claims BM25
 * ranks highest that are not its own (related: same topic, another claim). Train and dev splits as given.
 */
function readCheckThat(dir: string): LabelledPair[] {
  const claims = readOrThrow(resolve(dir, 'vclaims.jsonl'), readVerifiedClaims);
  const bm25 = buildBm25(claims.map((claim) => analyzeSentence(claim.claim).units.map((unit) => unit.key)));
  const pairs: LabelledPair[] = [];
  for (const split of ['train', 'validation'] as const) {
    const prefix = split === 'train' ? 'train' : 'dev';
    const queries = readOrThrow(resolve(dir, `${prefix}_queries.tsv`), readQueries);
    const qrels = readOrThrow(resolve(dir, `${prefix}_qrels.tsv`), readQrels);
    for (const query of queries) {
      const tweet = cleanQueryText(query.text);
      const gold = qrels.get(query.id) ?? new Set<string>();
      const group = `checkthat:${query.id}`;
      for (const claim of claims)
        if (gold.has(claim.id))
          pairs.push(pair('checkthat', `${query.id}/${claim.id}`, tweet, claim.claim, 'corroborates', split, group));
      const hits = bm25.search(
        analyzeSentence(tweet).units.map((unit) => unit.key),
        CHECKTHAT_NON_GOLD + gold.size,
      );
      for (const hit of hits.filter((h) => !gold.has(claims[h.doc]!.id)).slice(0, CHECKTHAT_NON_GOLD)) {
        pairs.push(
          pair(
            'checkthat',
            `${query.id}/${claims[hit.doc]!.id}`,
            tweet,
            claims[hit.doc]!.claim,
            'related',
            split,
            group,
          ),
        );
      }
    }
  }
  return pairs;
}

const READERS: Record<PairSetName, { folder: string; read: (dir: string) => LabelledPair[] }> = {
  emergent: { folder: 'emergent', read: readEmergent },
  sick: { folder: 'sick', read: readSick },
  mrpc: { folder: 'mrpc', read: readMrpc },
  'sts-b': { folder: 'sts-b', read: readStsB },
  vitaminc: { folder: 'vitaminc', read: readVitaminC },
  'covid-fact': { folder: 'covid-fact', read: readCovidFact },
  'climate-fever': { folder: 'climate-fever', read: readClimateFever },
  'fever-symmetric': { folder: 'fever-symmetric', read: readFeverSymmetric },
  checkthat: { folder: 'checkthat-2022-2a', read: readCheckThat },
};

/** Whether a set's folder is present in `dataDir`. */
export function hasPairSet(dataDir: string, name: PairSetName): boolean {
  return existsSync(resolve(dataDir, READERS[name].folder));
}

/** Reads one set from `dataDir` (../shared/data). Throws when its files are missing or malformed. */
export function readPairSet(dataDir: string, name: PairSetName): PairSet {
  const reader = READERS[name];
  return { name, pairs: reader.read(resolve(dataDir, reader.folder)) };
}
