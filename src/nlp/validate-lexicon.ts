/**
 * Checks the lexicon before any table is built from it. A mistake there does not crash anything: a
 * misspelt field or a phrase written with a hyphen ("cease-fire", which the tokenizer reads as "cease
 * fire") just never matches, and the knowledge is silently lost. So every field is checked, unknown
 * fields are refused, and each error names its path ("events[3].roles.buyer: …").
 */
import {
  CONCEPT_KINDS,
  EVENT_KINDS,
  MATCHED_AS,
  OCCASION_KINDS,
  ROLE_NAMES,
  type Lexicon,
  type LexiconConcept,
  type LexiconEvent,
  type LexiconOccasion,
  type LexiconOffice,
  type LexiconOfficeHolder,
  type RoleName,
} from './lexicon-schema';
import { tokenize } from './tokenize';

/** The lexicon, or every problem found with its path. */
export type LexiconResult = { ok: true; lexicon: Lexicon } | { ok: false; errors: string[] };

const ROOT_KEYS = [
  'version',
  'about',
  'concepts',
  'events',
  'offices',
  'officeHolders',
  'officeWords',
  'titleWords',
  'acronymsInCapitals',
  'notNames',
];
const CONCEPT_KEYS = ['id', 'kind', 'vectorWord', 'phrases', 'note'];
const EVENT_KEYS = ['id', 'kind', 'matchedAs', 'vectorWord', 'roles', 'phrases', 'occasions', 'note'];
const OCCASION_KEYS = ['kind', 'phrases', 'modifiers', 'after'];
const OFFICE_KEYS = ['id', 'label', 'labels', 'title', 'country', 'titles', 'note'];
/** A locale of `_locales/` ("fr", "pt_BR"), the key of an office's label in that language. */
const LOCALE = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;
const HOLDER_KEYS = ['id', 'name', 'office', 'phrases', 'note'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Fields = Record<string, unknown>;

/** `path.key`, or `key` at the root. */
function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

class Reader {
  readonly errors: string[] = [];

  error(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  record(value: unknown, path: string, keys: readonly string[]): Fields | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.error(path || 'lexicon', 'expected an object');
      return null;
    }
    for (const key of Object.keys(value))
      if (!keys.includes(key)) this.error(at(path, key), `unknown field (known: ${keys.join(', ')})`);
    return value as Fields;
  }

  string(fields: Fields, key: string, path: string): string {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.error(at(path, key), 'expected a non-empty string');
    return '';
  }

  optionalString(fields: Fields, key: string, path: string): string | undefined {
    return Object.hasOwn(fields, key) ? this.string(fields, key, path) : undefined;
  }

  id(fields: Fields, path: string): string {
    const id = this.string(fields, 'id', path);
    if (id && !ID.test(id)) this.error(`${path}.id`, `"${id}" is not lower-case words joined by hyphens`);
    return id;
  }

  oneOf<T extends string>(fields: Fields, key: string, path: string, allowed: readonly T[]): T {
    const value = this.string(fields, key, path);
    if (value && !allowed.includes(value as T))
      this.error(at(path, key), `"${value}" is not one of ${allowed.join(', ')}`);
    return value as T;
  }

  array(fields: Fields, key: string, path: string): unknown[] {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (Array.isArray(value)) return value;
    this.error(at(path, key), 'expected an array');
    return [];
  }

  /** Phrases as the analysis reads text: token norms joined by single spaces. */
  phrases(fields: Fields, key: string, path: string, { single = false, nonEmpty = true } = {}): string[] {
    const list = this.array(fields, key, path);
    if (nonEmpty && list.length === 0 && Object.hasOwn(fields, key))
      this.error(at(path, key), 'expected at least one phrase');
    const seen = new Map<string, string>();
    return list.flatMap((phrase, i) => {
      const where = `${at(path, key)}[${i}]`;
      if (typeof phrase !== 'string' || phrase === '') {
        this.error(where, 'expected a non-empty string');
        return [];
      }
      const read = tokenize(phrase)
        .map((token) => token.norm)
        .join(' ');
      if (read !== phrase)
        this.error(
          where,
          `"${phrase}" is not written as the analysis reads text ("${read}": lower case, hyphens and final periods dropped)`,
        );
      else if (single && phrase.includes(' ')) this.error(where, `"${phrase}" must be one word`);
      this.unique(seen, phrase, where, 'phrase');
      return [phrase];
    });
  }

  /** Reports the second use of a value, naming where it was first used. */
  unique(seen: Map<string, string>, value: string, path: string, what: string): void {
    if (!value) return;
    const first = seen.get(value);
    if (first !== undefined) this.error(path, `${what} "${value}" is already used at ${first}`);
    else seen.set(value, path);
  }
}

function readConcept(reader: Reader, value: unknown, path: string): LexiconConcept | null {
  const fields = reader.record(value, path, CONCEPT_KEYS);
  if (!fields) return null;
  const note = reader.optionalString(fields, 'note', path);
  return {
    id: reader.id(fields, path),
    kind: reader.oneOf(fields, 'kind', path, CONCEPT_KINDS),
    vectorWord: reader.string(fields, 'vectorWord', path),
    phrases: reader.phrases(fields, 'phrases', path),
    ...(note === undefined ? {} : { note }),
  };
}

function readRoles(reader: Reader, fields: Fields, path: string): LexiconEvent['roles'] {
  const roles: LexiconEvent['roles'] = {};
  const record = reader.record(fields.roles, `${path}.roles`, ROLE_NAMES);
  if (!record) return roles;
  for (const role of ROLE_NAMES)
    if (Object.hasOwn(record, role)) roles[role as RoleName] = reader.string(record, role, `${path}.roles`);
  if (Object.keys(roles).length === 0)
    reader.error(`${path}.roles`, `expected at least one of ${ROLE_NAMES.join(', ')}`);
  return roles;
}

/**
 * An event's occasion kinds: each kind once, and each of its phrases one of the event's own (a phrase the
 * event does not list is never read as the event, so its kind would never be told).
 */
function readOccasions(reader: Reader, fields: Fields, path: string, phrases: readonly string[]): LexiconOccasion[] {
  const kinds = new Map<string, string>();
  return reader.array(fields, 'occasions', path).flatMap((value, i) => {
    const where = `${path}.occasions[${i}]`;
    const record = reader.record(value, where, OCCASION_KEYS);
    if (!record) return [];
    const occasion: LexiconOccasion = {
      kind: reader.oneOf(record, 'kind', where, OCCASION_KINDS),
      phrases: reader.phrases(record, 'phrases', where, { nonEmpty: false }),
      modifiers: reader.phrases(record, 'modifiers', where, { nonEmpty: false }),
      after: reader.phrases(record, 'after', where, { nonEmpty: false }),
    };
    reader.unique(kinds, occasion.kind, `${where}.kind`, 'occasion kind');
    occasion.phrases.forEach((phrase, k) => {
      if (!phrases.includes(phrase)) reader.error(`${where}.phrases[${k}]`, `"${phrase}" is not a phrase of the event`);
    });
    return [occasion];
  });
}

function readEvent(reader: Reader, value: unknown, path: string): LexiconEvent | null {
  const fields = reader.record(value, path, EVENT_KEYS);
  if (!fields) return null;
  const matchedAs = reader.oneOf(fields, 'matchedAs', path, MATCHED_AS);
  const vectorWord =
    matchedAs === 'concept'
      ? reader.string(fields, 'vectorWord', path)
      : reader.optionalString(fields, 'vectorWord', path);
  const note = reader.optionalString(fields, 'note', path);
  const phrases = reader.phrases(fields, 'phrases', path);
  const occasions = Object.hasOwn(fields, 'occasions') ? readOccasions(reader, fields, path, phrases) : undefined;
  return {
    id: reader.id(fields, path),
    kind: reader.oneOf(fields, 'kind', path, EVENT_KINDS),
    matchedAs,
    ...(vectorWord === undefined ? {} : { vectorWord }),
    roles: readRoles(reader, fields, path),
    phrases,
    ...(occasions === undefined ? {} : { occasions }),
    ...(note === undefined ? {} : { note }),
  };
}

/** An office's `labels`: each a non-empty string under a locale other than English (`label` is English). */
function readLabels(reader: Reader, fields: Fields, path: string): Record<string, string> | undefined {
  if (!Object.hasOwn(fields, 'labels')) return undefined;
  const where = `${path}.labels`;
  const value = fields.labels;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reader.error(where, 'expected an object of labels by locale');
    return undefined;
  }
  const labels: Record<string, string> = {};
  for (const locale of Object.keys(value)) {
    if (!LOCALE.test(locale) || locale === 'en') reader.error(`${where}.${locale}`, 'expected a locale other than en');
    const label = reader.string(value as Fields, locale, where);
    if (label) labels[locale] = label;
  }
  return labels;
}

function readOffice(
  reader: Reader,
  value: unknown,
  path: string,
  countries: ReadonlySet<string>,
): LexiconOffice | null {
  const fields = reader.record(value, path, OFFICE_KEYS);
  if (!fields) return null;
  const country =
    Object.hasOwn(fields, 'country') && fields.country === null ? null : reader.string(fields, 'country', path);
  if (country && !countries.has(country))
    reader.error(`${path}.country`, `"${country}" is not the id of a concept of kind country`);
  const note = reader.optionalString(fields, 'note', path);
  const labels = readLabels(reader, fields, path);
  return {
    id: reader.id(fields, path),
    label: reader.string(fields, 'label', path),
    ...(labels === undefined ? {} : { labels }),
    title: reader.string(fields, 'title', path),
    country,
    titles: reader.phrases(fields, 'titles', path, { nonEmpty: false }),
    ...(note === undefined ? {} : { note }),
  };
}

function readHolder(
  reader: Reader,
  value: unknown,
  path: string,
  offices: ReadonlySet<string>,
): LexiconOfficeHolder | null {
  const fields = reader.record(value, path, HOLDER_KEYS);
  if (!fields) return null;
  const office = reader.string(fields, 'office', path);
  if (office && !offices.has(office)) reader.error(`${path}.office`, `"${office}" is not the id of an office`);
  const note = reader.optionalString(fields, 'note', path);
  return {
    id: reader.id(fields, path),
    name: reader.string(fields, 'name', path),
    office,
    phrases: reader.phrases(fields, 'phrases', path),
    ...(note === undefined ? {} : { note }),
  };
}

/** Each entry of `list` read by `read`, its id and phrases checked for reuse. */
function readEntries<T extends { id: string; phrases?: string[] }>(
  reader: Reader,
  list: unknown[],
  path: string,
  read: (value: unknown, at: string) => T | null,
  seen: { ids: Map<string, string>; phrases: Map<string, string> },
): T[] {
  return list.flatMap((value, i) => {
    const entry = read(value, `${path}[${i}]`);
    if (!entry) return [];
    reader.unique(seen.ids, entry.id, `${path}[${i}].id`, 'id');
    entry.phrases?.forEach((phrase, k) => reader.unique(seen.phrases, phrase, `${path}[${i}].phrases[${k}]`, 'phrase'));
    return [entry];
  });
}

/**
 * Validates a parsed lexicon. Concepts and events matched as concepts share one key space (a unit's key
 * is `@` + id) and one phrase table, so their ids and phrases must not repeat across the two.
 */
export function validateLexicon(value: unknown): LexiconResult {
  const reader = new Reader();
  const root = reader.record(value, '', ROOT_KEYS);
  if (!root) return { ok: false, errors: reader.errors };
  const conceptSeen = { ids: new Map<string, string>(), phrases: new Map<string, string>() };
  const concepts = readEntries(
    reader,
    reader.array(root, 'concepts', ''),
    'concepts',
    (v, at) => readConcept(reader, v, at),
    conceptSeen,
  );
  const wordSeen = { ids: new Map<string, string>(), phrases: new Map<string, string>() };
  const events = reader.array(root, 'events', '').flatMap((entry, i) => {
    const event = readEvent(reader, entry, `events[${i}]`);
    if (!event) return [];
    const seen = event.matchedAs === 'concept' ? conceptSeen : wordSeen;
    reader.unique(seen.ids, event.id, `events[${i}].id`, 'id');
    event.phrases.forEach((phrase, k) => reader.unique(seen.phrases, phrase, `events[${i}].phrases[${k}]`, 'phrase'));
    return [event];
  });
  const countries = new Set(concepts.filter((concept) => concept.kind === 'country').map((concept) => concept.id));
  const offices = readEntries(
    reader,
    reader.array(root, 'offices', ''),
    'offices',
    (v, at) => readOffice(reader, v, at, countries),
    { ids: new Map(), phrases: new Map() },
  );
  const officeIds = new Set(offices.map((office) => office.id));
  const officeHolders = readEntries(
    reader,
    reader.array(root, 'officeHolders', ''),
    'officeHolders',
    (v, at) => readHolder(reader, v, at, officeIds),
    { ids: new Map(), phrases: new Map() },
  );
  const titleSeen = new Map<string, string>();
  offices.forEach((office, i) =>
    office.titles.forEach((title, k) => reader.unique(titleSeen, title, `offices[${i}].titles[${k}]`, 'title')),
  );
  const about = reader.optionalString(root, 'about', '');
  const lexicon: Lexicon = {
    version: reader.string(root, 'version', ''),
    ...(about === undefined ? {} : { about }),
    concepts,
    events,
    offices,
    officeHolders,
    officeWords: reader.phrases(root, 'officeWords', '', { single: true }),
    titleWords: reader.phrases(root, 'titleWords', '', { single: true }),
    acronymsInCapitals: reader.phrases(root, 'acronymsInCapitals', '', { single: true }),
    notNames: reader.phrases(root, 'notNames', '', { single: true }),
  };
  lexicon.acronymsInCapitals.forEach((phrase, i) => {
    if (!conceptSeen.phrases.has(phrase))
      reader.error(`acronymsInCapitals[${i}]`, `"${phrase}" is not a phrase of any concept`);
  });
  return reader.errors.length === 0 ? { ok: true, lexicon } : { ok: false, errors: reader.errors };
}
