/**
 * Packing by meaning in a second worker, beside the import's own packing (import-job.ts): the claims'
 * analysis for shared words and their encoding, clustering and coding for meaning then take the longer of
 * the two, not their sum. The options page asks for it only with more than two cores: on two, the two
 * workers and the page slowed each other (docs/scale.md). The import worker sends the
 * claims' texts over a MessagePort; the helper (another instance of import.worker.ts) answers with the
 * packed part, its arrays transferred rather than copied, and how long its phases took. The part is the
 * one `packClaimIndex` would have packed in-process (the same functions over the same texts).
 */
import { phaseTotals, timePhase, timePhaseAsync, type PhaseClock, type PhaseTotal } from '../match/phase-clock';
import { packMeaningTexts, type ClaimTexts, type PackedMeaningParts } from '../match/meaning-index';
import type { SentenceEncoder } from '../match/sentence-encoder';

/** The helper's answer: the part (null without an encoder, or when packing failed) and its phases. */
export interface MeaningAnswer {
  meaning: PackedMeaningParts | null;
  phases: PhaseTotal[];
  error?: string;
}

/** The part of a MessagePort used here. */
export type PortLike = Pick<MessagePort, 'onmessage' | 'postMessage'>;

/** Every array buffer of `meaning`, to transfer. */
function buffers(meaning: PackedMeaningParts): ArrayBuffer[] {
  return meaning.parts.flatMap((part) =>
    [part.vectors, part.centroids, part.listStart, part.members, part.codebooks, part.codes].map(
      (array) => array.buffer as ArrayBuffer,
    ),
  );
}

/**
 * The helper's side: answers each set of claims arriving on `port` with their packed part. `encoder`
 * resolves to the encoder (null: the word vectors could not be read; the answer is then null);
 * `meaning:encoder` is how long the claims waited for it.
 */
export function serveMeaning(port: PortLike, encoder: () => Promise<SentenceEncoder | null>): void {
  port.onmessage = async (event) => {
    const { clock, totals } = phaseTotals();
    try {
      const made = await timePhaseAsync(clock, 'meaning:encoder', encoder);
      const meaning = made ? packMeaningTexts(event.data as ClaimTexts, made, clock) : null;
      const answer: MeaningAnswer = { meaning, phases: totals() };
      port.postMessage(answer, meaning ? buffers(meaning) : []);
    } catch (error) {
      // The import goes on without vectors by meaning, as when the word vectors could not be read.
      const answer: MeaningAnswer = {
        meaning: null,
        phases: totals(),
        error: error instanceof Error ? error.message : String(error),
      };
      port.postMessage(answer);
    }
  };
}

/** The import's side: sends `claims` to the helper on `port`; resolves to its part, its phases told to `clock`. */
export function askMeaning(port: PortLike, claims: ClaimTexts, clock?: PhaseClock): Promise<PackedMeaningParts | null> {
  return new Promise((resolve) => {
    port.onmessage = (event) => {
      const answer = event.data as MeaningAnswer;
      for (const { phase, ms } of answer.phases) clock?.(phase, ms);
      resolve(answer.meaning);
    };
    timePhase(clock, 'meaning:send', () => port.postMessage(claims));
  });
}
