/**
 * Node's shipped assets: importing this module reads the word vectors and the pair model from the
 * repository's assets/ folder, and installs the English messages (dataset checks and imports word their
 * problems through them), for the CLI, the evaluation and training scripts, the benchmarks and the
 * unit tests (vitest's setup file). Never imported by the extension, which reads its package with fetch.
 *
 * It also checks the knowledge the extension ships, the lexicon and the built-in dataset, and throws with
 * every problem's field path: the build (wxt.config.ts imports this module) stops on an invalid one, and
 * so does any command run on it, while the extension's worker reads them unchecked at every wake.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDefaultDataset } from '../claims/default-dataset';
import { loadLexicon } from '../nlp/lexicon';
import { useEnglishMessages } from '../node/messages';
import { SHIPPED_FILES, shippedAssets, type ShippedFile } from './shipped-assets';

export const ASSETS_DIR = resolve(import.meta.dirname, '../../assets');

function read(name: string): ArrayBuffer {
  const bytes = readFileSync(resolve(ASSETS_DIR, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

shippedAssets.install(
  Object.fromEntries(
    (Object.keys(SHIPPED_FILES) as ShippedFile[]).map((name) => [name, read(SHIPPED_FILES[name])]),
  ) as Record<ShippedFile, ArrayBuffer>,
);

useEnglishMessages();
// After the messages: the dataset's problems are worded through them.
loadLexicon();
loadDefaultDataset();
