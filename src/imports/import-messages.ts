/** What the options page and its import worker say to each other. */
import type { FormatChoice } from '../claims/import-dataset';
import type { PhaseTotal } from '../match/phase-clock';
import type { UiMessages } from '../platform/ui-catalog';
import type { ImportJobResult } from './import-job';
import type { MeaningOutcome } from './meaning-later';

/**
 * The page → worker: one file to import (a `File` is passed as a handle; the worker reads it), and
 * either the port of the helper that packs its claims by meaning (meaning-helper.ts) or the word
 * vectors to pack them in this worker (see `MeaningRequest`); neither, to go without.
 */
export interface ImportRequest {
  kind: 'import';
  meaningPort: MessagePort | null;
  file: File;
  format: FormatChoice;
  builtInId: string;
  /** ISO date-time of the import, for the "imported on" line. */
  now: string;
  /** The UI's language, for the steps and outcomes the worker reports. */
  messages: UiMessages;
  wordVectors: Blob | null;
  /** Above this many claims, the dataset is saved before its part by meaning is packed (meaning-later.ts). */
  deferMeaningAbove: number;
}

/**
 * The page → worker: pack and add the part by meaning of stored dataset `id`, which an import left
 * pending (its page closed before the part was stored).
 */
export interface PrepareMeaningRequest {
  kind: 'prepare-meaning';
  id: string;
  messages: UiMessages;
  wordVectors: Blob | null;
}

/**
 * The page → the helper worker: answer the claims arriving on `port` with their packed part by meaning.
 * `wordVectors` is the shipped word-vector file, fetched by the page (a worker has no extension API to
 * read the package with) as a Blob, whose bytes the worker reads; null when the page could not read it.
 */
export interface MeaningRequest {
  kind: 'meaning';
  port: MessagePort;
  wordVectors: Blob | null;
}

/**
 * The worker → page: a step under way, then how the import ended and how long each of its phases took
 * in the worker (a dozen numbers, for `npm run bench:import`; the production page ignores them); for a
 * dataset saved before its part by meaning, then how packing and adding that part ended (also the only
 * answer to a `PrepareMeaningRequest`), with the phases so far.
 */
export type ImportWorkerMessage =
  | { kind: 'step'; message: string }
  | { kind: 'done'; result: ImportJobResult; phases: PhaseTotal[] }
  | { kind: 'meaning'; id: string; outcome: MeaningOutcome; phases: PhaseTotal[] };
