/** analyze(article) → Report: extraction's sentences against the known claims, composed from match and stance. */
import { looksCutOff } from '../claims/cut-off-claim';
import { claimPublished, type Dataset, type KnownClaim } from '../claims/dataset';
import type { Article } from '../extract/article';
import { isReadLanguage } from '../extract/language-tag';
import { openClaimIndex, openRecordsIndex, type ClaimIndex, type IndexedClaim } from '../match/claim-index';
import type { PackedClaimIndex } from '../match/pack-claim-index';
import type { Bm25Hit } from '../match/bm25';
import { analyzeSentence, type SentenceAnalysis } from '../nlp/analyze-sentence';
import { leadsWithExcluded, retrieveCandidates, searchByMeaning, searchClaims } from '../match/retrieve-candidates';
import type { MeaningHit } from '../match/meaning-index';
import { defaultSentenceEncoder } from '../match/default-sentence-encoder';
import type { SentenceEncoder } from '../match/sentence-encoder';
import { analyzeInContext } from '../nlp/analyze-in-context';
import { openingItAntecedents } from '../nlp/antecedent';
import { searchContexts } from '../nlp/anaphor';
import { sentenceKind } from '../extract/sentence-kind';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { officeContext, type OfficeContext } from '../stance/differences';
import { defaultPairModel } from '../stance/default-pair-model';
import { judgeAnalyzed, type PassageVerdict } from '../stance/judge-passage';
import { LinkGate, PageSubject } from '../stance/specific-content';
import { THRESHOLDS } from '../stance/thresholds';
import { attributionChain, type AttributionChain } from '../provenance/attribution-chain';
import type { ClaimReport, JudgedClaim, JudgedMatch, Report } from './report';
import { openPackedClaims, packedUrlLookup, type PackedClaims } from './packed-claims';
import { createSelfDetection, type SourcesAtUrl } from './self-match';
import { addSourceProvenance } from './source-provenance';

/** How many retrieved claims each page sentence is judged against. */
export const CANDIDATES_PER_SENTENCE = 20;
/** Related (neither corroborating nor conflicting) sources listed per sentence. */
const RELATED_PER_SENTENCE = 5;
/** Sentences with fewer content units are headings or fragments, not claims. */
const MIN_CLAIM_UNITS = 4;

/** How many of the index's own claims (one per source) the warm-up analyzes. */
const WARM_UP_SENTENCES = 6;

/** What an analysis lists besides each sentence's corroborations and conflicts. */
export interface AnalyzeOptions {
  /**
   * Whether each sentence lists its related sources (true by default: the CLI's JSON does). The popup
   * and side panel show only corroborations and conflicts, so the extension asks for none: listing them
   * costs each one's attribution chain now and its bytes in every stored report and message after.
   */
  related?: boolean;
}

/** Analyzes articles against a fixed set of known claims. */
export interface Analyzer {
  analyze(article: Article, options?: AnalyzeOptions): Report;
  /**
   * Analyzes a few of the index's own claims and forgets the report: a worker's first page then finds
   * the analysis's code compiled and the index's lazily made parts made. Worth it only where nobody waits
   * (while the page is read, or when a page load woke the worker).
   */
  warmUp(): void;
  /** The index, for evaluation and benchmarks. */
  readonly index: ClaimIndex;
}

/** An English article of `texts`, one sentence each, for the warm-up. */
function articleOf(texts: readonly string[]): Article {
  return {
    meta: { title: null, byline: null, siteName: null, publishedTime: null, url: null, lang: 'en' },
    text: texts.join(' '),
    sentences: texts.map((text, index) => ({
      index,
      text,
      anchor: { quote: text, prefix: '', suffix: '', start: 0, end: text.length },
    })),
  };
}

function toMatch(entry: IndexedClaim, verdict: PassageVerdict, chain: AttributionChain): JudgedMatch {
  const { claim, source } = entry;
  return {
    claimId: claim.id,
    text: claim.text,
    sourceId: source.id,
    // The chain's publisher is the source's name (its outlet, else what else the dataset knows of it).
    outlet: chain.publisher,
    author: source.author,
    publishedTime: source.publishedTime,
    url: source.url,
    attribution: claim.attribution,
    // The fact-checker's verdict, shown as theirs beside ours; read here, with the claim it belongs to.
    ...(claim.review ? { review: claim.review } : {}),
    score: Math.round(verdict.score * 1000) / 1000,
    differences: verdict.differences,
    ...(verdict.overWho ? { overWho: true as const } : {}),
    chain,
  };
}

/**
 * The page's story, and for each claim text met on the page (`ClaimIndex.sameTextAs`) how much of it the
 * page tells (`PageSubject.share`).
 */
interface PageStory {
  subject: PageSubject;
  tells: Map<number, number>;
}

/** How much of the claim text `text` (its analysis `claim`) the page tells, worked out once a page. */
function tellsOf(story: PageStory, text: number, claim: SentenceAnalysis): number {
  let told = story.tells.get(text);
  if (told === undefined) story.tells.set(text, (told = story.subject.share(claim)));
  return told;
}

const byScore = (a: JudgedMatch, b: JudgedMatch) => b.score - a.score || a.claimId.localeCompare(b.claimId);

/**
 * Opens the claim index once (from `packed`, the index stored with the datasets, when it fits them;
 * else by analyzing every claim now); `analyze` is then pure and fast. `encoder` finds claims by meaning
 * beside BM25 (null: by shared words only).
 */
export function createAnalyzer(
  datasets: readonly Dataset[],
  packed?: PackedClaimIndex,
  vectors: WordVectors = defaultWordVectors(),
  encoder: SentenceEncoder | null = defaultSentenceEncoder(),
): Analyzer {
  return new IndexAnalyzer(openClaimIndex(datasets, packed, encoder), vectors, null);
}

/**
 * The analyzer over claims stored packed (packed-claims.ts) with their merged index, which must fit
 * them: opening reads no claim, and each source is decoded when a candidate or a match first needs it.
 * `encoder` finds claims by meaning when the index carries its vectors.
 */
export function openStoredAnalyzer(
  claims: PackedClaims,
  packed: PackedClaimIndex,
  vectors: WordVectors = defaultWordVectors(),
  encoder: SentenceEncoder | null = defaultSentenceEncoder(),
): Analyzer {
  return new IndexAnalyzer(
    openRecordsIndex(openPackedClaims(claims), packed, encoder),
    vectors,
    packedUrlLookup(claims),
  );
}

/** A class, not a closure, so that `analyze` stays compiled from one analyzer to the next (see `openBm25`). */
class IndexAnalyzer implements Analyzer {
  private readonly findSelf: ReturnType<typeof createSelfDetection>;
  /**
   * A claim's chain depends on the claim and its source only, and a page meets the same claims from many
   * of its sentences: worked out once per claim (the patterns that read it cost more than judging the
   * pair). Kept by the analyzer, not the module, so a fresh analyzer (a worker that woke) starts without.
   */
  private readonly chains = new WeakMap<KnownClaim, AttributionChain>();
  private readonly holdersKeys = new WeakMap<OfficeContext, string>();
  /** The model's probabilities from which corroborations and conflicts are shown (chosen by the trainer). */
  private readonly links = defaultPairModel().linkThresholds;

  constructor(
    readonly index: ClaimIndex,
    private readonly vectors: WordVectors,
    sourcesAtUrl: SourcesAtUrl | null,
  ) {
    this.findSelf = createSelfDetection(index, sourcesAtUrl);
  }

  analyze(article: Article, { related = true }: AnalyzeOptions = {}): Report {
    // Every step below reads English (its lexicon, word vectors and judge): another language's sentences
    // would only fail to match, and the reader would be told nothing matched instead of why.
    if (!isReadLanguage(article.meta.lang))
      return { article: article.meta, supported: false, claims: [], excludedSourceIds: [], elapsedMs: 0 };
    const { index } = this;
    const started = performance.now();
    const antecedents = openingItAntecedents(article.sentences.map((sentence) => sentence.text));
    // A sentence the page repeats (a pull quote, a template line, a page repeating one line thousands of
    // times) is analyzed, searched and judged once, at its first place; its copies share the verdicts.
    const firstOf = new Map<string, number>();
    const first = article.sentences.map((sentence, i) => {
      const key = `${antecedents[i] ?? ''}\n${sentence.text}`;
      const seen = firstOf.get(key);
      if (seen !== undefined) return seen;
      firstOf.set(key, i);
      return i;
    });
    const distinct = [...firstOf.values()];
    const analyses: SentenceAnalysis[] = [];
    for (const i of distinct) analyses[i] = analyzeInContext(article.sentences[i]!.text, antecedents[i]);
    const hits: Array<readonly Bm25Hit[] | null> = article.sentences.map(() => null);
    const byMeaning: Array<readonly MeaningHit[]> = [];
    // A sentence pointing back ("those countries") is searched by meaning with the sentence before it.
    const contexts = searchContexts(
      article.sentences.map((sentence) => sentence.text),
      antecedents,
    );
    // Only claims are checked: headings, captions, bylines, date lines, questions… give context only.
    const kinds = article.sentences.map((sentence) => sentence.kind ?? sentenceKind(sentence.text));
    for (const i of distinct) {
      const analysis = analyses[i]!;
      hits[i] =
        analysis.units.length < MIN_CLAIM_UNITS || kinds[i] !== 'claim'
          ? null
          : searchClaims(index, analysis, CANDIDATES_PER_SENTENCE);
      byMeaning[i] = hits[i] ? searchByMeaning(index, article.sentences[i]!.text, contexts[i]!) : [];
    }
    const excludedSourceIds = this.findSelf(article, hits);
    const excluded = new Set(excludedSourceIds);
    for (const i of distinct) {
      const found = hits[i];
      if (found && leadsWithExcluded(index, found, excluded))
        hits[i] = searchClaims(index, analyses[i]!, CANDIDATES_PER_SENTENCE, true);
    }
    const pageOffices = officeContext(distinct.map((i) => analyses[i]!));
    // What the page speaks of (its title too): a claim naming mostly things the page never names is
    // on another story, whatever two words it shares with one sentence. A page of a few sentences (a
    // post, a tweet) tells too little of a story to judge one by; the gate alone decides there.
    let story: PageStory | null = null;
    if (distinct.length >= THRESHOLDS.storyMinSentences) {
      const told = distinct.map((i) => analyses[i]!);
      if (article.meta.title) told.push(analyzeSentence(article.meta.title));
      story = { subject: new PageSubject(told, this.vectors), tells: new Map() };
    }
    const judged: ClaimReport[] = [];
    const claims = article.sentences.map((sentence, i) => {
      const original = judged[first[i]!];
      if (original) return { ...original, index: sentence.index, anchor: sentence.anchor };
      return (judged[i] = this.judgeSentence(
        { ...sentence, kind: kinds[i]! },
        analyses[i]!,
        hits[i] ?? null,
        byMeaning[i] ?? [],
        excluded,
        pageOffices,
        story,
        article.meta.publishedTime,
        related,
      ));
    });
    return {
      article: article.meta,
      supported: true,
      claims,
      excludedSourceIds,
      elapsedMs: Math.round(performance.now() - started),
    };
  }

  warmUp(): void {
    const { index } = this;
    const texts: string[] = [];
    const sources = new Set<string>();
    // Spread over the index, one claim a source, so the page is not taken for one of them (self-match).
    const step = Math.max(1, Math.floor(index.size / (WARM_UP_SENTENCES * 8)));
    for (let doc = 0; doc < index.size && texts.length < WARM_UP_SENTENCES; doc += step) {
      const { claim, source } = index.entry(doc);
      if (sources.has(source.id)) continue;
      sources.add(source.id);
      texts.push(claim.text);
    }
    // As the extension, its only caller, analyzes: without related sources.
    if (texts.length > 0) this.analyze(articleOf(texts), { related: false });
  }

  /** The office-holders a source names, as one string (sources share the index's context objects). */
  private holdersKey(offices: OfficeContext): string {
    let key = this.holdersKeys.get(offices);
    if (key === undefined)
      this.holdersKeys.set(offices, (key = [...offices.values()].map((holder) => holder.id).join(' ')));
    return key;
  }

  private chainOf({ claim, source }: IndexedClaim): AttributionChain {
    let chain = this.chains.get(claim);
    if (!chain) this.chains.set(claim, (chain = attributionChain(claim, source)));
    return chain;
  }

  /** One page sentence's report: its retrieved candidates, gated, judged once per distinct text. */
  private judgeSentence(
    sentence: Article['sentences'][number],
    analysis: SentenceAnalysis,
    searched: readonly Bm25Hit[] | null,
    byMeaning: readonly MeaningHit[],
    excluded: ReadonlySet<string>,
    pageOffices: OfficeContext,
    story: PageStory | null,
    pagePublished: string | null,
    listRelated: boolean,
  ): ClaimReport {
    const { index, vectors } = this;
    const report: JudgedClaim = {
      index: sentence.index,
      text: sentence.text,
      anchor: sentence.anchor,
      kind: sentence.kind ?? 'claim',
      corroborating: [],
      conflicting: [],
      related: [],
    };
    if (!searched) return addSourceProvenance(report);
    // Copies of one text from sources naming the same office-holders get the same verdict: judged once.
    const verdicts = new Map<string, PassageVerdict>();
    const gate = new LinkGate(analysis, vectors);
    // The gate reads only the claim's text: copies of it pass or fail together.
    const gated = new Map<number, boolean>();
    for (const entry of retrieveCandidates(index, analysis, searched, CANDIDATES_PER_SENTENCE, excluded, byMeaning)) {
      // Most candidates among many claims on other subjects share no two specific things with the
      // sentence: they could end "related" at most, which the popup and side panel do not show, so
      // they are not judged (the CLI's JSON lists only judged ones as related).
      const text = index.sameTextAs(entry.doc);
      let mayLink = gated.get(text);
      if (mayLink === undefined) gated.set(text, (mayLink = gate.mayLink(index.gateView(entry.doc))));
      if (!mayLink) continue;
      const told = story ? tellsOf(story, text, entry.analysis) : 1;
      if (told < THRESHOLDS.claimSubjectOnPage) continue;
      const offices = { page: pageOffices, source: index.officesOf(entry.doc) };
      // The verdict depends on the source's office-holders and the claim's publication day ("on Saturday").
      const sourcePublished = claimPublished(entry.claim, entry.source);
      const key = `${this.holdersKey(offices.source)}\n${sourcePublished ?? ''}\n${text}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        const passage = { sentences: [entry.claim.text], analyses: [entry.analysis] };
        const published = { page: pagePublished, source: sourcePublished };
        verdicts.set(
          key,
          (verdict = judgeAnalyzed(analysis, passage, { vectors, grain: 'sentence', context: { offices, published } })),
        );
      }
      if (verdict.relation === 'unrelated') continue;
      // A link is shown only from the probability chosen for precision on validation pairs; below it the
      // source is at most related (listed by the CLI, not shown in the popup). So is a claim cut off
      // mid-sentence ("Video clip shows a"): too little of it is left to agree or disagree with.
      // A conflict over who (two doers of one kind of event) is the detector's relation, not the model's:
      // the model's threshold does not apply to it. A thin link (a conflict no slot of the difference
      // detector names, a corroboration sharing only everyday words beside the names, a conflict over who
      // the model did not call a conflict) is shown only when the page tells most of the claim's story, not
      // on a page that shares a place or two with it ("the first European to sight New Zealand" against a
      // video of New Zealanders ending COVID-19 rules).
      const shown =
        (verdict.relation === 'conflicts' || verdict.relation === 'corroborates') &&
        (verdict.score >= this.links[verdict.relation] || verdict.overWho === true) &&
        !(verdict.thin && told < THRESHOLDS.thinLinkSubjectOnPage) &&
        !looksCutOff(entry.claim.text);
      if (!shown && !listRelated) continue;
      const match = toMatch(entry, verdict, this.chainOf(entry));
      if (shown && verdict.relation === 'conflicts') report.conflicting.push(match);
      else if (shown) report.corroborating.push(match);
      else report.related.push({ ...match, differences: [] });
    }
    report.conflicting.sort(byScore);
    report.corroborating.sort(byScore);
    report.related = report.related.sort(byScore).slice(0, RELATED_PER_SENTENCE);
    return addSourceProvenance(report);
  }
}
