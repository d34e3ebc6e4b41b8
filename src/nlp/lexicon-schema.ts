/**
 * The shape of the lexicon (assets/lexicon.json): what the analysis knows about the world, kept as data
 * so that a story other than the seeds' can be taught without touching a rule. Rules read an entry's
 * *kind* and *roles*, never its id. Both are closed vocabularies listed here, so that a misspelt kind in
 * the asset is refused rather than silently read by no rule; a new kind comes with the rule that reads
 * it. Ids are data only: they become unit keys and link entries (an office names its country's concept,
 * a holder names their office).
 */

/** What a concept is; where a rule reads a kind, it is named beside it. */
export const CONCEPT_KINDS = [
  /** A state, its people and its seat of government: a place or a side, never like another country (align.ts, unit-role.ts). */
  'country',
  'organisation',
  /** A treaty's mutual-defence clause; also what "an attack on one is an attack on all" restates (collective-defence.ts). */
  'alliance-clause',
  'troops',
  'security-guarantee',
  'membership',
  /** "Modelled on", "-style": what a clause is compared with is not what it is (differences.ts, polarity). */
  'comparison',
  'deployment',
  'ceasefire',
] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/** What happened. Two mentions of one kind are candidates for one event. */
export const EVENT_KINDS = [
  'proposal',
  'meeting',
  'announcement',
  'signing',
  'agreement',
  'refusal',
  'approval',
  'victory',
  'defeat',
  'election',
  'attack',
  'resignation',
  'appointment',
  'dismissal',
  'arrest',
  'charge',
  'lawsuit',
  'ban',
  'acquisition',
  'launch',
  'visit',
  'scoring',
  'publication',
  'discovery',
  'statement',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Ways an event comes about that one occasion cannot combine: a phone or video call is not an in-person
 * meeting, though both are meetings, so two sentences that report one each report two occasions
 * (occasions.ts). A summit and a meeting are not two kinds: "the Geneva summit" is the meeting in Geneva.
 */
export const OCCASION_KINDS = ['remote', 'in-person'] as const;
export type OccasionKind = (typeof OCCASION_KINDS)[number];

/**
 * Who or what takes part in an event. `agent` is who did it, named before the event word or after "by"
 * (events.ts): two different named agents of one event on one object are an actor conflict
 * (named-actors.ts). `participants` (a meeting) and `speaker` (a statement) are not agents: two
 * participants of one meeting, or two people saying one thing, do not disagree.
 */
export const ROLE_NAMES = [
  'agent',
  'theme',
  'recipient',
  'post',
  'place',
  'participants',
  'speaker',
  'message',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/**
 * How an event's phrases are matched. `concept`: they become one unit keyed by the event, so "offered"
 * and "proposed" align word for word and the retrieval's event channel finds the claim (this changes
 * keys, links and retrieval: measure with `npm run eval -- seeds` and `-- distractors`). `words`: the
 * words stay ordinary units, compared by their vectors, and the event is recognised for its roles only.
 */
export const MATCHED_AS = ['concept', 'words'] as const;

/** A thing news prose names in several ways. */
export interface LexiconConcept {
  id: string;
  kind: ConceptKind;
  /** The word whose vector stands for the concept when it is compared with ordinary words. */
  vectorWord: string;
  /** Token norms joined by spaces, as the analysis reads text ("u.s", "cease fire"). */
  phrases: string[];
  /** Why an entry is as it is (JSON has no comments). */
  note?: string;
}

/** An event and the words that report it. */
export interface LexiconEvent {
  id: string;
  kind: EventKind;
  matchedAs: (typeof MATCHED_AS)[number];
  /** Required when matched as a concept. */
  vectorWord?: string;
  /** Role → what it is in this event ("buyer", "what was bought"). */
  roles: Partial<Record<RoleName, string>>;
  phrases: string[];
  /** How a sentence tells which kind of occasion it reports, for events that come about in several ways. */
  occasions?: LexiconOccasion[];
  note?: string;
}

/** How a sentence says that an event came about as one kind of occasion. */
export interface LexiconOccasion {
  kind: OccasionKind;
  /** Phrases of the event that name this kind by themselves: "phone call", "virtual summit", "met". */
  phrases: string[];
  /** Words before the event word, in its phrase, that make it this kind: "a video meeting", "in person talks". */
  modifiers: string[];
  /** Words after the event word, in its clause, that do: "met virtually", "talks by phone". They outrank the rest. */
  after: string[];
}

/** An office one person holds at a time. */
export interface LexiconOffice {
  id: string;
  /** As shown to readers: "US president". */
  label: string;
  /** The label in other languages the extension speaks, by locale ("fr": "président des États-Unis"). */
  labels?: Record<string, string>;
  /** The office's own words ("secretary of state"): a topic two accounts share is more than these. */
  title: string;
  /** The country concept the office speaks for, or null (an alliance's secretary general). */
  country: string | null;
  /** Phrases naming the office by title ("the US president"), whose holder the rest of the text says. */
  titles: string[];
  note?: string;
}

/** A person known to hold (or have held) an office. */
export interface LexiconOfficeHolder {
  id: string;
  /** Full name as shown to readers. */
  name: string;
  office: string;
  phrases: string[];
  note?: string;
}

/** The whole asset. */
export interface Lexicon {
  /** Bumped with every change; the stored claim index follows it (analysis-fingerprint.ts). */
  version: string;
  about?: string;
  concepts: LexiconConcept[];
  events: LexiconEvent[];
  offices: LexiconOffice[];
  officeHolders: LexiconOfficeHolder[];
  /** Words that name an office's holder without naming the office ("leader", "government"). */
  officeWords: string[];
  /** Words shown with a name that do not tell whose it is: "President", "CEO", "Mr", "former". */
  titleWords: string[];
  /** Concept phrases that are also ordinary words ("us", "un") and name their concept only in capitals. */
  acronymsInCapitals: string[];
  /** Words that open a sentence with a capital but name no one: "Officials", "Police", "Yesterday". */
  notNames: string[];
}
