/**
 * Validating a known-claims dataset (docs/dataset-format.md) before the extension trusts it. Datasets
 * come from users, so every field is checked, every error names its JSON path in plain words, and the
 * result is rebuilt field by field: nothing of the input object is spread, assigned or kept by reference.
 */
import { t } from '../i18n/messages';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type KnownClaim, type Source } from './dataset';
import {
  DatasetIssues,
  describe,
  describeField,
  isRecord,
  ownField,
  quote,
  readOptionalString,
  readString,
  TOP_LEVEL,
  WHOLE_FILE,
  warnUnknownKeys,
} from './dataset-fields';
import { parseJsonText } from './dataset-json';
import { checkLink, isHttpUrl } from './http-url';
import { readReview } from './validate-review';
import { lineOf, linesOfPaths, pathAndAncestors } from './dataset-lines';

/** A dataset the extension can use (with what was repaired on the way), or why it cannot. */
export type DatasetParseResult = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Size limits. They protect memory: a broken or hostile file fails with a message that says the limit
 * instead of freezing the browser. The claims' is twice the 100,000 the scale figures are measured at
 * (docs/scale.md); the sources' is the same number, as one claim per source is allowed (a fact-check
 * feed has a source per review, a newsroom archive one per article) and a source without claims holds
 * only memory. Each source costs no more than a claim does downstream (docs/scale.md, *Sources*).
 */
export const DATASET_LIMITS = {
  sources: 200_000,
  claims: 200_000,
  publishedTimeChars: 64,
  idChars: 200,
  nameChars: 300,
  titleChars: 1_000,
  descriptionChars: 5_000,
  claimChars: 5_000,
  attributionChars: 500,
  antecedentChars: 500,
  urlChars: 2_048,
} as const;

const ROOT_KEYS = ['format', 'version', 'id', 'name', 'description', 'sources'] as const;
const SOURCE_KEYS = ['id', 'outlet', 'author', 'basedOn', 'publishedTime', 'url', 'title', 'claims'] as const;
const CLAIM_KEYS = ['id', 'text', 'attribution', 'review', 'antecedent'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** State shared while reading one dataset: its issues and the ids seen so far (id → JSON path). */
interface Reading {
  issues: DatasetIssues;
  sourceIds: Map<string, string>;
  claimIds: Map<string, string>;
  claimCount: number;
}

/**
 * Only http(s) links may reach the popup: a `javascript:` or `data:` link there would run or spoof. An
 * http(s) link the UI will not offer as a link (`checkLink`: user info, loopback, private, bare IP…) is
 * kept, as the dataset's data, with a warning that says why the reader will not be offered it.
 */
function readUrl(record: Record<string, unknown>, path: string, reading: Reading): string | null {
  const url = readOptionalString(record, 'url', path, DATASET_LIMITS.urlChars, reading.issues);
  if (!url) return null;
  if (!isHttpUrl(url)) {
    reading.issues.warn(`${path}.url`, t('importLinkNotHttp', quote(url)));
    return null;
  }
  const link = checkLink(url);
  if (!link.ok) reading.issues.warn(`${path}.url`, t('importLinkNotOffered', quote(url), link.reason));
  return url;
}

function readPublishedTime(record: Record<string, unknown>, path: string, reading: Reading): string | null {
  const time = readOptionalString(record, 'publishedTime', path, DATASET_LIMITS.publishedTimeChars, reading.issues);
  if (!time) return null;
  if (ISO_DATE.test(time) && !Number.isNaN(Date.parse(time))) return time;
  reading.issues.warn(`${path}.publishedTime`, t('importDateNotIso', quote(time)));
  return null;
}

function claimIdOnce(id: string, path: string, reading: Reading): boolean {
  const first = reading.claimIds.get(id);
  if (first !== undefined) {
    reading.issues.error(`${path}.id`, t('importDuplicateClaimId', quote(id), first));
    return false;
  }
  reading.claimIds.set(id, `${path}.id`);
  return true;
}

function readClaim(value: unknown, path: string, reading: Reading): KnownClaim | null {
  const { issues } = reading;
  if (!isRecord(value)) {
    issues.error(path, t('importExpectedClaim', describe(value)));
    return null;
  }
  warnUnknownKeys(value, CLAIM_KEYS, path, issues);
  const id = readString(value, 'id', path, DATASET_LIMITS.idChars, issues);
  const text = readString(value, 'text', path, DATASET_LIMITS.claimChars, issues);
  const attribution = readOptionalString(value, 'attribution', path, DATASET_LIMITS.attributionChars, issues);
  const review = readReview(value, path, issues);
  const antecedent = readOptionalString(value, 'antecedent', path, DATASET_LIMITS.antecedentChars, issues);
  if (
    id === null ||
    !claimIdOnce(id, path, reading) ||
    text === null ||
    attribution === undefined ||
    antecedent === undefined ||
    !review.ok
  )
    return null;
  // Only reviewed claims get the key, and only claims opening with "It" an antecedent, so a dataset
  // without them keeps its exact shape and bytes.
  const claim: KnownClaim =
    review.review === undefined ? { id, text, attribution } : { id, text, attribution, review: review.review };
  if (antecedent) claim.antecedent = antecedent;
  return claim;
}

function readClaims(record: Record<string, unknown>, path: string, reading: Reading): KnownClaim[] | null {
  const { issues } = reading;
  const list = ownField(record, 'claims');
  if (!Array.isArray(list)) {
    issues.error(`${path}.claims`, t('importExpectedClaimList', describeField(list)));
    return null;
  }
  reading.claimCount += list.length;
  if (reading.claimCount > DATASET_LIMITS.claims) {
    issues.error(`${path}.claims`, t('importTooManyClaims', DATASET_LIMITS.claims));
    return null;
  }
  if (list.length === 0) issues.warn(`${path}.claims`, t('importSourceNoClaims'));
  const claims: KnownClaim[] = [];
  for (let index = 0; index < list.length && !issues.full; index++) {
    const claim = readClaim(list[index], `${path}.claims[${index}]`, reading);
    if (claim) claims.push(claim);
  }
  return claims;
}

function readSource(value: unknown, path: string, reading: Reading): Source | null {
  const { issues } = reading;
  if (!isRecord(value)) {
    issues.error(path, t('importExpectedSource', describe(value)));
    return null;
  }
  warnUnknownKeys(value, SOURCE_KEYS, path, issues);
  const id = readString(value, 'id', path, DATASET_LIMITS.idChars, issues);
  if (id !== null) {
    const first = reading.sourceIds.get(id);
    if (first !== undefined) issues.error(`${path}.id`, t('importDuplicateSourceId', quote(id), first));
    else reading.sourceIds.set(id, `${path}.id`);
  }
  const outlet = readString(value, 'outlet', path, DATASET_LIMITS.nameChars, issues);
  const author = readOptionalString(value, 'author', path, DATASET_LIMITS.nameChars, issues);
  const basedOn = readOptionalString(value, 'basedOn', path, DATASET_LIMITS.nameChars, issues);
  const title = readOptionalString(value, 'title', path, DATASET_LIMITS.titleChars, issues);
  const publishedTime = readPublishedTime(value, path, reading);
  const url = readUrl(value, path, reading);
  const claims = readClaims(value, path, reading);
  if (
    id === null ||
    outlet === null ||
    author === undefined ||
    basedOn === undefined ||
    title === undefined ||
    claims === null
  )
    return null;
  // Only sources with a known basis get the key, so a dataset without any keeps its exact shape and bytes.
  return basedOn === null
    ? { id, outlet, author, publishedTime, url, title, claims }
    : { id, outlet, author, basedOn, publishedTime, url, title, claims };
}

/** Checks `format` and `version`; false when the rest of the file is not worth reading. */
function checkHeader(root: Record<string, unknown>, issues: DatasetIssues): boolean {
  const format = ownField(root, 'format');
  if (format !== DATASET_FORMAT) {
    const found = format === undefined ? t('importNoFormatField') : describe(format);
    issues.error('format', t('importNotProvenance', DATASET_FORMAT, found));
    return false;
  }
  const version = ownField(root, 'version');
  if (version === undefined) {
    issues.error('version', t('importVersionMissing', String(DATASET_VERSION)));
  } else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    issues.error('version', t('importVersionNotNumber', String(DATASET_VERSION), describe(version)));
  } else if (version > DATASET_VERSION) {
    issues.error('version', t('importVersionNewer', String(version), String(DATASET_VERSION)));
  }
  return issues.errorCount === 0;
}

function readDataset(root: unknown, issues: DatasetIssues): Dataset | null {
  if (!isRecord(root)) {
    issues.error(WHOLE_FILE, t('importExpectedRoot', describe(root)));
    return null;
  }
  if (!checkHeader(root, issues)) return null;
  warnUnknownKeys(root, ROOT_KEYS, TOP_LEVEL, issues);
  const id = readString(root, 'id', '', DATASET_LIMITS.idChars, issues);
  const name = readString(root, 'name', '', DATASET_LIMITS.nameChars, issues);
  const description = readOptionalString(root, 'description', '', DATASET_LIMITS.descriptionChars, issues);
  const list = ownField(root, 'sources');
  if (!Array.isArray(list)) {
    issues.error('sources', t('importExpectedSourceList', describeField(list)));
    return null;
  }
  if (list.length > DATASET_LIMITS.sources) {
    issues.error('sources', t('importTooManySources', list.length, DATASET_LIMITS.sources));
    return null;
  }
  if (list.length === 0) issues.warn('sources', t('importNoSources'));
  const reading: Reading = { issues, sourceIds: new Map(), claimIds: new Map(), claimCount: 0 };
  const sources: Source[] = [];
  // Past the claim cap one error says it all; reading further sources would only repeat it.
  for (let index = 0; index < list.length && !issues.full && reading.claimCount <= DATASET_LIMITS.claims; index++) {
    const source = readSource(list[index], `sources[${index}]`, reading);
    if (source) sources.push(source);
  }
  if (id === null || name === null || description === undefined || issues.errorCount > 0) return null;
  return { format: DATASET_FORMAT, version: DATASET_VERSION, id, name, description, sources };
}

/** For a dataset given as text: the line each reported path is on (or its nearest enclosing value's). */
function lineFinder(text: string, issues: DatasetIssues): (path: string) => number | null {
  const reported = [...issues.errorList, ...issues.warningList].map((issue) => issue.path);
  if (reported.length === 0) return () => null;
  const lines = linesOfPaths(text, new Set(reported.flatMap(pathAndAncestors)));
  return (path) => lineOf(path, lines);
}

/**
 * Validates a dataset given as JSON text (a leading byte-order mark is ignored) or as an already parsed
 * value. On success the dataset is a fresh object holding only the format's fields; `warnings` lists
 * what was dropped or repaired (unknown fields, non-http links, unreadable dates). On failure `errors`
 * says, for each problem, where it is (`sources[2].claims[5].text`, with its line when the dataset came
 * as text, or as a value parsed from `sourceText`) and what was expected.
 */
export function parseDataset(input: unknown | string, sourceText?: string): DatasetParseResult {
  let value = input;
  let text: string | null = sourceText ?? null;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    value = parsed.value;
    text = parsed.text;
  }
  const issues = new DatasetIssues();
  let dataset: Dataset | null = null;
  try {
    dataset = readDataset(value, issues);
  } catch (error) {
    // Only a parsed-value caller can hand us getters or proxies that throw; say so rather than crash.
    issues.error(WHOLE_FILE, t('importCouldNotRead', error instanceof Error ? error.message : String(error)));
  }
  const { errors, warnings } = issues.summary(text === null ? undefined : lineFinder(text, issues));
  if (dataset === null || errors.length > 0) {
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [t('importIssueAt', t('importWholeFile'), t('importUnreadable'))],
    };
  }
  return { ok: true, dataset, warnings };
}
