/**
 * The engine's large data — the word vectors and the sentence-pair judge's two models (the trees and
 * the word-level attention model of its second stage) — are files beside the code,
 * not code: the background script stays small enough to start fast on every wake (issue 15), and the
 * vectors arrive as an ArrayBuffer rather than JavaScript text to parse and base64 to decode.
 *
 * They are read once per worker (or process) by `loadShippedAssets`, with whatever reads files there:
 * `fetch` of the extension's own package in the browser (src/platform/packaged-files.ts), the disk in
 * Node (src/assets/node-assets.ts). Decoding waits for first use. Everything after the load is
 * synchronous, as the analyzer is.
 */
import { decodeWordVectorFile } from '../nlp/word-vector-file';
import { loadWordVectors, type WordVectors } from '../nlp/word-vectors';
import { loadPairModel, type PairModel, type PairModelAsset } from '../stance/pair-model';
import { type AttentionModel, type AttentionModelAsset, loadAttentionModel } from '../stance/attention-model';

/** The files, by the name they have in assets/ and in the extension's `models/` folder. */
export const SHIPPED_FILES = {
  wordVectors: 'word-vectors.bin',
  pairModel: 'pair-model.json',
  attentionModel: 'attention-model.json',
} as const;
export type ShippedFile = keyof typeof SHIPPED_FILES;
/** The built-in dataset's packed claim index, made at build time (wxt.config.ts; src/match/index-file.ts). */
export const BUILT_IN_INDEX_FILE = 'built-in-index.bin';
/** The folder of the extension's package that holds them (wxt.config.ts copies them there). */
export const PACKAGED_MODELS_DIR = 'models';

/** Reads one shipped file's bytes by its name. */
export type ReadShippedFile = (name: string) => Promise<ArrayBuffer>;

export interface ShippedAssets {
  /** Reads the files unless they are read already; a failed read is tried again on the next call. */
  load(read: ReadShippedFile): Promise<void>;
  /** Takes files already read (Node reads them synchronously at start-up). */
  install(files: Record<ShippedFile, ArrayBuffer>): void;
  readonly loaded: boolean;
  wordVectors(): WordVectors;
  pairModel(): PairModel;
  attentionModel(): AttentionModel;
}

export function createShippedAssets(): ShippedAssets {
  let files: Record<ShippedFile, ArrayBuffer> | null = null;
  let loading: Promise<void> | null = null;
  let vectors: WordVectors | null = null;
  let model: PairModel | null = null;
  let attention: AttentionModel | null = null;
  const json = (bytes: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(bytes));

  const need = (): Record<ShippedFile, ArrayBuffer> => {
    if (!files)
      throw new Error(
        'The word vectors and the pair models are not loaded yet: await loadShippedAssets() first (Node: import src/assets/node-assets).',
      );
    return files;
  };

  const assets: ShippedAssets = {
    load(read) {
      if (files) return Promise.resolve();
      loading ??= (async () => {
        const names = Object.keys(SHIPPED_FILES) as ShippedFile[];
        const bytes = await Promise.all(names.map((name) => read(SHIPPED_FILES[name])));
        assets.install(
          Object.fromEntries(names.map((name, i) => [name, bytes[i]!])) as Record<ShippedFile, ArrayBuffer>,
        );
      })().finally(() => {
        loading = null;
      });
      return loading;
    },
    install(read) {
      files ??= read;
    },
    get loaded() {
      return files !== null;
    },
    wordVectors() {
      vectors ??= loadWordVectors(decodeWordVectorFile(need().wordVectors));
      return vectors;
    },
    pairModel() {
      model ??= loadPairModel(json(need().pairModel) as PairModelAsset);
      return model;
    },
    attentionModel() {
      attention ??= loadAttentionModel(json(need().attentionModel) as AttentionModelAsset, assets.wordVectors());
      return attention;
    },
  };
  return assets;
}

/** The process's (or worker's) shipped assets. */
export const shippedAssets = createShippedAssets();

export const loadShippedAssets = (read: ReadShippedFile): Promise<void> => shippedAssets.load(read);
