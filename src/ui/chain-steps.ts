/**
 * An attribution chain as the steps a reader sees — "a high-level diplomatic source → AFP → Media Wall
 * News" — each with the words a screen reader says instead of the arrow.
 */
import type { AttributionChain } from '../provenance/attribution-chain';
import { t } from '../i18n/messages';

/** Which link of the chain a step is. */
export type ChainRole = 'speaker' | 'reporter' | 'publisher';

/** One step of a chain. */
export interface ChainStep {
  role: ChainRole;
  text: string;
}

/**
 * What the arrow means, for screen readers (the arrows themselves are hidden from them): "said by a
 * diplomatic source, first reported by AFP, published by The Defense Post".
 */
export function chainRoleWords(role: ChainRole): string {
  return t(role === 'speaker' ? 'chainSaidBy' : role === 'reporter' ? 'chainFirstReportedBy' : 'chainPublishedBy');
}

/**
 * The steps of `chain`, or null when it is only the publisher: the source's heading already names the
 * outlet, and a one-step chain would say it twice.
 */
export function chainSteps(chain: AttributionChain): ChainStep[] | null {
  if (chain.speaker === null && chain.reporter === null) return null;
  const steps: ChainStep[] = [];
  if (chain.speaker !== null) steps.push({ role: 'speaker', text: chain.speaker });
  if (chain.reporter !== null) steps.push({ role: 'reporter', text: chain.reporter });
  steps.push({ role: 'publisher', text: chain.publisher });
  return steps;
}

/** The chain as one line of text with arrows, for the command line and tests. */
export function chainText(chain: AttributionChain): string {
  return [chain.speaker, chain.reporter, chain.publisher].filter((step): step is string => step !== null).join(' → ');
}
