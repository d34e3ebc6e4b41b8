/**
 * Claims' content units, stored in the packed index so that judging a claim needs no analysis: 21 bytes a unit in typed
 * arrays, where analyzing each candidate claim on first use was about half of a long page's analysis against a large
 * dataset (docs/scale.md, *Measurements behind the code's shape*). What alignment never needs (tokens, number and date
 * mentions, negation cues) comes from a full analysis made only when asked for, which the judge does only for pairs
 * similar enough to conflict.
 */
import { OFFICE_HOLDERS } from '../nlp/actors';
import { analyzeSentence, type ActorMention, type SentenceAnalysis, type Unit } from '../nlp/analyze-sentence';
import { analyzeInContext } from '../nlp/analyze-in-context';
import { CONCEPTS } from '../nlp/concepts';
import { mayMentionWordEvent } from '../nlp/events';
import { mayMentionDate } from '../nlp/mentions';
import { rememberStoredIds } from '../stance/prepared-units';
import { assertsEvent } from '../stance/frame';
import { gateRoleBits, type GateView } from '../stance/specific-content';

/** Flag bits of a unit. */
const NEGATED = 1;
const CONTRAST = 2;
const IRREALIS = 4;
const ATTRIBUTION = 8;

/** Units of a run of claims (claim c's units are `start[c]` up to `start[c + 1]`). */
export interface PackedUnits {
  /** Unit keys, by id. */
  keys: string[];
  /** Plain words' vector words, by id. */
  words: string[];
  /** Offices named by title ("us-president"), by id. */
  offices: string[];
  start: Uint32Array;
  /** 1 where a claim's units are not stored (text too long for 16-bit offsets): analyzed on use. */
  unstored: Uint8Array;
  /**
   * 1 where a claim's analysis finds a date, per claim: the link gate asks whether a candidate has one,
   * and answering from its text would mean analyzing it. Absent from indexes stored before it existed.
   */
  dated?: Uint8Array;
  key: Uint32Array;
  /** Vector word id of a plain word, -1 otherwise (a concept's comes from the concept). */
  word: Int32Array;
  from: Uint16Array;
  to: Uint16Array;
  flags: Uint8Array;
  clause: Uint16Array;
  /** Index in OFFICE_HOLDERS, CONCEPTS and `offices`, or -1. */
  actor: Int16Array;
  concept: Int16Array;
  office: Int16Array;
}

const HOLDER_INDEX = new Map(OFFICE_HOLDERS.map((holder, i) => [holder, i]));
const CONCEPT_INDEX = new Map(CONCEPTS.map((concept, i) => [concept, i]));
const MAX_OFFSET = 0xffff;

/** Ids of strings, assigned as met. */
function idTable(): { list: string[]; id(value: string): number } {
  const list: string[] = [];
  const ids = new Map<string, number>();
  return {
    list,
    id(value) {
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = list.push(value) - 1));
      return id;
    },
  };
}

type Column = Uint32Array | Int32Array | Uint16Array | Int16Array | Uint8Array;

/** A copy of `column` with room for at least `size` values. */
function grown<T extends Column>(column: T, size: number): T {
  if (size <= column.length) return column;
  const bigger = new (column.constructor as new (n: number) => T)(Math.max(size, column.length * 2));
  bigger.set(column);
  return bigger;
}

/** Encodes claims' analyses one at a time (a whole corpus's analyses at once would not fit in memory). */
export class UnitsBuilder {
  private readonly keys = idTable();
  private readonly words = idTable();
  private readonly offices = idTable();
  private readonly starts: number[] = [0];
  private readonly unstored: number[] = [];
  private readonly dated: number[] = [];
  private size = 0;
  private key = new Uint32Array(1024);
  private word = new Int32Array(1024);
  private from = new Uint16Array(1024);
  private to = new Uint16Array(1024);
  private flags = new Uint8Array(1024);
  private clause = new Uint16Array(1024);
  private actor = new Int16Array(1024);
  private concept = new Int16Array(1024);
  private office = new Int16Array(1024);

  /** Adds the next claim's analysis. */
  add(analysis: SentenceAnalysis): void {
    const stored = analysis.text.length <= MAX_OFFSET;
    this.unstored.push(stored ? 0 : 1);
    this.dated.push(analysis.dates.length > 0 ? 1 : 0);
    if (stored) {
      const needed = this.size + analysis.units.length;
      this.key = grown(this.key, needed);
      this.word = grown(this.word, needed);
      this.from = grown(this.from, needed);
      this.to = grown(this.to, needed);
      this.flags = grown(this.flags, needed);
      this.clause = grown(this.clause, needed);
      this.actor = grown(this.actor, needed);
      this.concept = grown(this.concept, needed);
      this.office = grown(this.office, needed);
      for (const unit of analysis.units) {
        const u = this.size++;
        this.key[u] = this.keys.id(unit.key);
        this.word[u] = unit.vectorWord !== null && !unit.concept ? this.words.id(unit.vectorWord) : -1;
        this.from[u] = unit.start;
        this.to[u] = unit.end;
        this.flags[u] =
          (unit.negated ? NEGATED : 0) |
          (unit.contrast ? CONTRAST : 0) |
          (unit.irrealis ? IRREALIS : 0) |
          (unit.attribution ? ATTRIBUTION : 0);
        this.clause[u] = unit.clause;
        this.actor[u] = unit.actor ? HOLDER_INDEX.get(unit.actor)! : -1;
        this.concept[u] = unit.concept ? CONCEPT_INDEX.get(unit.concept)! : -1;
        this.office[u] = unit.office === null ? -1 : this.offices.id(unit.office);
      }
    }
    this.starts.push(this.size);
  }

  /** The packed units, trimmed to size. */
  pack(): PackedUnits {
    const n = this.size;
    return {
      keys: this.keys.list,
      words: this.words.list,
      offices: this.offices.list,
      start: Uint32Array.from(this.starts),
      unstored: Uint8Array.from(this.unstored),
      dated: Uint8Array.from(this.dated),
      key: this.key.slice(0, n),
      word: this.word.slice(0, n),
      from: this.from.slice(0, n),
      to: this.to.slice(0, n),
      flags: this.flags.slice(0, n),
      clause: this.clause.slice(0, n),
      actor: this.actor.slice(0, n),
      concept: this.concept.slice(0, n),
      office: this.office.slice(0, n),
    };
  }
}

/**
 * Claim `c`'s analysis from the stored units: units and actors decoded now, everything else analyzed
 * from `text` on first access.
 */
export function unpackAnalysis(packed: PackedUnits, c: number, text: string, antecedent?: string): SentenceAnalysis {
  if (packed.unstored[c]) return analyzeInContext(text, antecedent);
  const units: Unit[] = [];
  const actors: ActorMention[] = [];
  for (let u = packed.start[c]!; u < packed.start[c + 1]!; u++) {
    const concept = packed.concept[u]! >= 0 ? CONCEPTS[packed.concept[u]!]! : null;
    const actor = packed.actor[u]! >= 0 ? OFFICE_HOLDERS[packed.actor[u]!]! : null;
    const flags = packed.flags[u]!;
    const unit: Unit = {
      office: packed.office[u]! >= 0 ? packed.offices[packed.office[u]!]! : null,
      key: packed.keys[packed.key[u]!]!,
      vectorWord: concept ? concept.vectorWord : packed.word[u]! >= 0 ? packed.words[packed.word[u]!]! : null,
      actor,
      concept,
      text: text.slice(packed.from[u]!, packed.to[u]!),
      start: packed.from[u]!,
      end: packed.to[u]!,
      negated: (flags & NEGATED) !== 0,
      contrast: (flags & CONTRAST) !== 0,
      irrealis: (flags & IRREALIS) !== 0,
      clause: packed.clause[u]!,
      attribution: (flags & ATTRIBUTION) !== 0,
    };
    units.push(unit);
    if (actor) actors.push({ holder: actor, text: unit.text, start: unit.start, end: unit.end });
  }
  const analysis = new StoredAnalysis(text, units, actors, packed.dated?.[c]);
  const [from, to] = [packed.start[c]!, packed.start[c + 1]!];
  rememberStoredIds(analysis, {
    keys: packed.keys,
    keyIds: packed.key.subarray(from, to),
    words: packed.words,
    wordIds: packed.word.subarray(from, to),
  });
  return analysis;
}

/**
 * A claim's analysis from its stored units: what alignment never needs (tokens, number and date
 * mentions, negation cues) comes from a full analysis made when first asked for. A class, so a decoded
 * claim costs no closures.
 */
class StoredAnalysis implements SentenceAnalysis {
  #full: SentenceAnalysis | null = null;
  #numbers: SentenceAnalysis['numbers'] | undefined;

  constructor(
    readonly text: string,
    readonly units: Unit[],
    readonly actors: ActorMention[],
    /** Whether the claim's analysis found a date, when the index stored it. */
    private readonly dated?: number,
  ) {}

  private analyzed(): SentenceAnalysis {
    return (this.#full ??= analyzeSentence(this.text));
  }

  get tokens(): SentenceAnalysis['tokens'] {
    return this.analyzed().tokens;
  }

  // Every quantity the analysis finds is also a unit keyed "#low-high" (analyze-sentence.ts): a claim with
  // no such unit has none, and the difference detector, which asks every similar claim when the page
  // sentence has a number, need not analyze it for that.
  get numbers(): SentenceAnalysis['numbers'] {
    return (this.#numbers ??= this.units.some((unit) => unit.key.startsWith('#')) ? this.analyzed().numbers : []);
  }

  // Likewise a claim stored as dateless, or whose text has no digit, month or weekday names no date (mentions.ts).
  get dates(): SentenceAnalysis['dates'] {
    return this.dated !== 0 && mayMentionDate(this.text) ? this.analyzed().dates : [];
  }

  get negations(): SentenceAnalysis['negations'] {
    return this.analyzed().negations;
  }

  // Events come from the claim's concept units (a proposal, a meeting) or its words ("bought"): a claim
  // with neither has none, and the difference detector need not analyze it to know.
  get events(): SentenceAnalysis['events'] {
    return this.units.some((unit) => unit.concept?.kind === 'event') || mayMentionWordEvent(this.text)
      ? this.analyzed().events
      : [];
  }
}

/**
 * Claim `c`'s units as the link gate reads them (key ids in the index's key table, starts, role bits),
 * taken from the stored columns without decoding; null for a claim whose units are not stored.
 */
export function unpackGateUnits(
  packed: PackedUnits,
  c: number,
): (Pick<GateView, 'table' | 'keyIds' | 'starts' | 'roles'> & { dated: number | undefined }) | null {
  if (packed.unstored[c]) return null;
  const [from, to] = [packed.start[c]!, packed.start[c + 1]!];
  const roles = new Uint8Array(to - from);
  for (let u = from; u < to; u++) {
    const flags = packed.flags[u]!;
    const concept = packed.concept[u]! >= 0 ? CONCEPTS[packed.concept[u]!]! : null;
    roles[u - from] = gateRoleBits(
      (flags & ATTRIBUTION) !== 0,
      packed.actor[u]! >= 0 || packed.office[u]! >= 0,
      assertsEvent(concept, (flags & NEGATED) !== 0, (flags & IRREALIS) !== 0),
    );
  }
  return {
    table: packed.keys,
    keyIds: packed.key.subarray(from, to),
    starts: packed.from.subarray(from, to),
    roles,
    dated: packed.dated?.[c],
  };
}
