/**
 * The cue words of `assets/reporting-cues.json`, checked on load: what marks a sentence as reporting a
 * claim ("…, officials say", "Report: …", "may have") rather than asserting it. Knowledge lives in the
 * asset; `reporting-frame.ts` holds the mechanism that reads it.
 */
import asset from '../../assets/reporting-cues.json';
import { parseCueLists } from '../assets/cue-lists';

/** The cue lists (lower case; a phrase is its words in order). */
export interface ReportingCues {
  version: string;
  /** In a short label before a colon ("Report:") or a short tail after the content ("…, officials say"): a source. */
  sourceWords: string[];
  /** Anywhere, the content is put down to someone else ("according to", "reportedly", "said to"). */
  sourceAdverbs: string[];
  /** A verb of saying after the subject: "Isis claims US hostage was killed". */
  speechVerbs: string[];
  /** A hedge or a plan on the main verb: "may have", "appears to", "set to". */
  hedges: string[];
}

const LISTS = ['sourceWords', 'sourceAdverbs', 'speechVerbs', 'hedges'] as const;

/** `value` as cue lists, or an error naming what is wrong. */
export function parseReportingCues(value: unknown): ReportingCues {
  return parseCueLists(value, 'provenance-reporting-cues', 'reporting cues', LISTS);
}

let loaded: ReportingCues | null = null;

/** The shipped cues, checked once. */
export function reportingCues(): ReportingCues {
  return (loaded ??= parseReportingCues(asset));
}
