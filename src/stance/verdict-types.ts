/** The verdict's vocabulary: the stance judge's own types, which the engine's report reuses. */

/** The four verdicts a (page sentence, known claim) pair can get. */
export type Relation = 'corroborates' | 'conflicts' | 'related' | 'unrelated';

/** What a conflict is about; shown to the reader as "Different actor", "Different number", ... */
export type DifferenceKind = 'actor' | 'number' | 'date' | 'place' | 'negation' | 'other';

/** One differing span pair: the page says `page`, the source says `source`. */
export interface Difference {
  kind: DifferenceKind;
  page: string;
  source: string;
  /** Character offsets of `page` in the page sentence and of `source` in the source sentence. */
  pageStart: number;
  pageEnd: number;
  sourceStart: number;
  sourceEnd: number;
  /** Context the spans alone do not show, as text (reports stored before `standsFor` carry theirs here). */
  note?: string;
  /**
   * Whom a country or title stands for, the context an implied actor difference needs, in parts a reader's
   * language can say (`differenceNote`, src/ui/difference-label.ts): `text` ("the American side") means
   * `holder`'s side ("Donald Trump"), whom the same text names as the office `office` gives by locale (`en`
   * always: "US president"; `fr`: "président des États-Unis").
   */
  standsFor?: { text: string; holder: string; office: Record<string, string> };
}
