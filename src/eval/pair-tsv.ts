/**
 * The `pairs` task's files: labelled sentence pairs in (`id`, `claim`, `passage`, `gold`, found by header
 * name, in any order) and predictions out (`id`, `relation`, `score`). Tab-separated with no quoting, so
 * a pair can be pasted from a spreadsheet and a set exported by `--export` reads back unchanged.
 */
import type { PairGold } from './pair-sets';

/** One labelled pair as the harness judges it. */
export interface GoldPair {
  id: string;
  /** The page sentence. */
  claim: string;
  /** The known claim it is judged against. */
  passage: string;
  gold: PairGold;
}

/** The judge's verdict on one pair, reduced to the three-way label. */
export interface PairPrediction {
  id: string;
  relation: PairGold;
  score: number;
}

/** The three-way labels, in the order tables and matrices list them. */
export const PAIR_GOLDS = ['corroborates', 'conflicts', 'neither'] as const satisfies readonly PairGold[];

const COLUMNS = ['id', 'claim', 'passage', 'gold'] as const;

/** Pairs read from a file, or the first problem with its 1-based line. */
export type PairTsvRead = { ok: true; pairs: GoldPair[] } | { ok: false; reason: string };

const isGold = (value: string): value is PairGold => (PAIR_GOLDS as readonly string[]).includes(value);

/**
 * Reads a pairs file. A byte-order mark, CRLF line ends and blank lines are tolerated; a line with the
 * wrong number of fields, an empty field, an unknown gold label or a repeated id is an error naming its
 * line, because a shifted column or a duplicate would silently score the wrong pairs.
 */
export function readPairTsv(text: string): PairTsvRead {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const numbered = lines
    .map((line, i) => ({ n: i + 1, line: line.replace(/\r$/, '') }))
    .filter(({ line }) => line.trim() !== '');
  const [header, ...records] = numbered;
  if (!header) return { ok: false, reason: 'the file is empty (expected a header line: id, claim, passage, gold)' };
  const names = header.line.split('\t').map((name) => name.trim());
  const missing = COLUMNS.filter((name) => !names.includes(name));
  if (missing.length > 0)
    return {
      ok: false,
      reason: `line ${header.n}: missing column(s) ${missing.join(', ')} (header: ${names.join(', ')})`,
    };
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) return { ok: false, reason: `line ${header.n}: column ${repeated} appears twice` };
  const at = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;

  const pairs: GoldPair[] = [];
  const lineOfId = new Map<string, number>();
  for (const { n, line } of records) {
    const fields = line.split('\t');
    if (fields.length !== names.length)
      return { ok: false, reason: `line ${n}: ${fields.length} tab-separated fields, the header has ${names.length}` };
    const field = (name: (typeof COLUMNS)[number]) => fields[at[name]]!;
    const empty = COLUMNS.find((name) => field(name).trim() === '');
    if (empty) return { ok: false, reason: `line ${n}: empty ${empty}` };
    const id = field('id').trim();
    const gold = field('gold').trim();
    if (!isGold(gold))
      return { ok: false, reason: `line ${n}: unknown gold label "${gold}" (expected ${PAIR_GOLDS.join(', ')})` };
    const seen = lineOfId.get(id);
    if (seen !== undefined) return { ok: false, reason: `line ${n}: id ${id} already used on line ${seen}` };
    lineOfId.set(id, n);
    pairs.push({ id, claim: field('claim'), passage: field('passage'), gold });
  }
  return { ok: true, pairs };
}

/** The format has no quoting: a tab or line break inside a field would split it, so it becomes a space. */
const cell = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

const document = (rows: ReadonlyArray<readonly string[]>) =>
  rows.map((row) => `${row.map(cell).join('\t')}\n`).join('');

/** A pairs file in the input format, header first, pairs in the given order. */
export function formatPairTsv(pairs: readonly GoldPair[]): string {
  return document([COLUMNS, ...pairs.map((pair) => COLUMNS.map((name) => pair[name]))]);
}

/** The predictions file: `id<TAB>relation<TAB>score`, header first, pairs in input order. */
export function formatPairPredictions(predictions: readonly PairPrediction[]): string {
  return document([['id', 'relation', 'score'], ...predictions.map((p) => [p.id, p.relation, String(p.score)])]);
}
