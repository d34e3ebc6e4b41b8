/**
 * A claim's attribution chain — who said it, who reported it first, who published the copy in the
 * dataset: "a high-level diplomatic source → AFP → Media Wall News". Read from the claim's attribution
 * (in the source's own words), its sentence, and the source's wire credit (`basedOn`, found by the
 * dataset builder from the whole article). Computed when a claim is matched rather than stored per claim,
 * so every dataset with attributions — imported ClaimReview and older files included — gets chains, and
 * the one copy of the facts stays the attribution text.
 */
import { sourceName, type SourceNaming } from '../claims/source-name';
import { organisationKey, recogniseReporter, type Reporter } from './reporter-phrase';
import { reporterInText } from './reporter-in-text';

/** Who said a claim, who reported it first and who published it. */
export interface AttributionChain {
  /** Who made the claim ("a high-level diplomatic source", "Rutte"); null when the outlet states it itself or only a report is named. */
  speaker: string | null;
  /** The first reporter when it is not the publisher: a wire ("AFP"), an outlet, a named interview; null when unknown. */
  reporter: string | null;
  /** The dataset source's outlet, which published this copy; its site, author or title when the outlet is not known. */
  publisher: string;
}

/** An attribution split into its speaker and the newsroom it names, if any. */
export interface SplitAttribution {
  speaker: string | null;
  reporter: Reporter | null;
}

/** "X, speaking to Y", "X, to Y" (how `findAttribution` writes "X told Y"), "X, in an interview with Y". */
const SPEAKING_TO = /^(.*?),?\s+speaking\s+(?:to|with)\s+(.+)$/i;
const TOLD = /^(.*?),\s+(?:to|told)\s+(.+)$/i;
const INTERVIEW = /^(.*?),?\s+in\s+(?:an?|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?interview\s+with\s+(.+)$/i;
/** How a claim reached the reporter when no newsroom is named: "Meloni, in a statement", "Trump, speaking at a summit". */
const OTHER_CHANNEL = /^(.+?),\s+(?:in|via|during|at|on|speaking|to|told)\s.+$/i;
/** A report as the speaker: "a report published by Axios", "an Axios report", "Politico’s reporting". */
const REPORT_BY =
  /^(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:report|story|article|dispatch|investigation|scoop|broadcast)s?\s+(?:(?:first\s+)?(?:published|broadcast|aired|released|carried)\s+)?(?:by|in|on|from)\s+(.+)$/i;
const REPORT_OF =
  /^(?:(?:an?|the)\s+)?(.+?)(?:['’]s?)?\s+(?:report|reporting|story|article|dispatch|investigation|scoop)$/i;

function orNull(text: string | undefined): string | null {
  const trimmed = text?.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '') ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Splits an attribution ("a high-level diplomatic source speaking to AFP") into speaker and reporter.
 * A channel that names no newsroom ("in a statement", "to Italian senators") is dropped from the speaker
 * and gives no reporter: the source sentence beside the chain still says it.
 */
export function splitAttribution(attribution: string): SplitAttribution {
  const text = attribution.replace(/\s+/g, ' ').trim();
  for (const [pattern, context] of [
    [SPEAKING_TO, 'told'],
    [INTERVIEW, 'interview'],
    [TOLD, 'told'],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { speaker: orNull(match[1]), reporter: recogniseReporter(match[2]!, context) };
  }
  const reportBy = REPORT_BY.exec(text)?.[1] ?? REPORT_OF.exec(text)?.[1];
  const documentReporter = reportBy === undefined ? null : recogniseReporter(reportBy);
  if (documentReporter) return { speaker: null, reporter: documentReporter };
  // "Axios", "The Associated Press": the attribution *is* a newsroom ("Axios reported that …").
  const itself = recogniseReporter(text);
  if (itself) return { speaker: null, reporter: itself };
  return { speaker: orNull(OTHER_CHANNEL.exec(text)?.[1] ?? text), reporter: null };
}

/** What the chain needs of a claim: its sentence and attribution. */
export interface ChainClaim {
  text: string;
  attribution: string | null;
}

/**
 * What the chain needs of its source: what names it (its outlet, else its site, author or title: see
 * `sourceName`) and, when the builder found one, the wire it relays.
 */
export interface ChainSource extends SourceNaming {
  basedOn?: string | null;
}

/**
 * The chain for `claim` as published by `source`. The reporter is the first of: the newsroom the
 * attribution names, one the sentence ties to its speaker (a dateline, "…, speaking to Bloomberg"), the
 * wire the whole source is based on. A reporter that is the publisher itself is no separate step.
 */
export function attributionChain(claim: ChainClaim, source: ChainSource): AttributionChain {
  const split: SplitAttribution = claim.attribution
    ? splitAttribution(claim.attribution)
    : { speaker: null, reporter: null };
  const basedOn = source.basedOn
    ? (recogniseReporter(source.basedOn) ?? { name: source.basedOn, key: organisationKey(source.basedOn), wire: true })
    : null;
  const reporter = split.reporter ?? reporterInText(claim.text) ?? basedOn;
  const publisher = sourceName(source);
  const sameAsPublisher = reporter !== null && reporter.key === organisationKey(publisher);
  return { speaker: split.speaker, reporter: reporter && !sameAsPublisher ? reporter.name : null, publisher };
}
