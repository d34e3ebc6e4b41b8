/**
 * Report rows → the side panel's cards: for every page claim, the page sentence beside each source's,
 * aligned word by word, with the engine's differing spans marked by kind and summed up in a line.
 * Built on `toReportView` (same claims, same order, same safe links); this adds only the alignment.
 */
import type { DifferenceKind } from '../engine/report';
import { alignWords, type AlignOp } from './align-words';
import { differenceNote, kindLabel } from './difference-label';
import { locateSpan } from './highlight';
import type { ClaimRow, ReportView, SourceGroup, SourceRow, Verdict } from './report-view';
import { sourceSummary } from './source-summary';
import { t } from '../i18n/messages';

/** Which cards the panel lists. */
export type PanelFilter = 'all' | 'conflicts' | 'corroborations';

/** The filters in the order the panel offers them, with their labels. */
export const PANEL_FILTERS: Array<{ value: PanelFilter; label: () => string }> = [
  { value: 'all', label: () => t('filterAll') },
  { value: 'conflicts', label: () => t('filterConflicts') },
  { value: 'corroborations', label: () => t('filterCorroborations') },
];

/**
 * A run of one sentence: how the alignment sees it (`null` between aligned runs) and, when the
 * engine flagged it, the kind of difference it carries.
 */
export interface ComparePiece {
  text: string;
  op: AlignOp | null;
  kind: DifferenceKind | null;
}

/** "Different actor: the Biden administration vs The US", in parts the renderer can emphasise. */
export interface DifferenceSummary {
  kind: DifferenceKind;
  label: string;
  page: string;
  source: string;
  note: string | null;
}

/** One source beside the page: both sentences in pieces, and what differs. */
export interface Comparison {
  source: SourceRow;
  page: ComparePiece[];
  quote: ComparePiece[];
  summaries: DifferenceSummary[];
}

/** One page claim and its comparisons. */
export interface CompareCard {
  index: number;
  verdict: Verdict;
  text: string;
  /** "1 outlet conflicts · 3 outlets corroborate, 1 independent source" (of the relations the filter shows). */
  summary: string;
  /** The popup's groups (conflicting, then corroborating) under the filter, each source beside the page. */
  groups: Array<SourceGroup<Comparison>>;
}

interface Marked {
  start: number;
  end: number;
}

/** Cuts `text` into pieces where the alignment op or the difference kind changes. */
function cut(
  text: string,
  ops: Array<Marked & { op: AlignOp }>,
  kinds: Array<Marked & { kind: DifferenceKind }>,
): ComparePiece[] {
  const opAt: Array<AlignOp | null> = new Array(text.length).fill(null);
  const kindAt: Array<DifferenceKind | null> = new Array(text.length).fill(null);
  for (const { start, end, op } of ops) opAt.fill(op, start, end);
  for (const { start, end, kind } of kinds) {
    kindAt.fill(kind, start, end);
    // A flagged span is one mark however the alignment splits it ("the" equal, "Biden administration" changed).
    opAt.fill(null, start, end);
  }
  const pieces: ComparePiece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.op === opAt[i] && last.kind === kindAt[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, op: opAt[i]!, kind: kindAt[i]! });
  }
  return pieces;
}

function compare(pageText: string, source: SourceRow): Comparison {
  const segments = alignWords(pageText, source.text);
  const pageOps = segments.flatMap((s) => (s.page ? [{ ...s.page, op: s.op }] : []));
  const sourceOps = segments.flatMap((s) => (s.source ? [{ ...s.source, op: s.op }] : []));
  const located = (text: string, start: number, end: number, span: string) => {
    const at = locateSpan(text, { start, end, text: span });
    return at ? [{ start: at[0], end: at[1] }] : [];
  };
  const pageKinds = source.details.flatMap((d) =>
    located(pageText, d.pageStart, d.pageEnd, d.page).map((m) => ({ ...m, kind: d.kind })),
  );
  const sourceKinds = source.details.flatMap((d) =>
    located(source.text, d.sourceStart, d.sourceEnd, d.source).map((m) => ({ ...m, kind: d.kind })),
  );
  return {
    source,
    page: cut(pageText, pageOps, pageKinds),
    quote: cut(source.text, sourceOps, sourceKinds),
    summaries: source.details.map((d) => ({
      kind: d.kind,
      label: kindLabel(d.kind),
      page: d.page,
      source: d.source,
      note: differenceNote(d),
    })),
  };
}

function keeps(filter: PanelFilter, verdict: Verdict): boolean {
  if (filter === 'conflicts') return verdict === 'conflicts';
  if (filter === 'corroborations') return verdict === 'corroborates';
  return true;
}

function card(row: ClaimRow, filter: PanelFilter): CompareCard | null {
  const groups = row.groups
    .filter((group) => keeps(filter, group.verdict))
    .map((group) => ({
      ...group,
      shown: group.shown.map((source) => compare(row.text, source)),
      more: group.more.map((source) => compare(row.text, source)),
    }));
  if (groups.length === 0) return null;
  return {
    index: row.index,
    verdict: groups.some((group) => group.verdict === 'conflicts') ? 'conflicts' : 'corroborates',
    text: row.text,
    summary: sourceSummary(row.counts, {
      conflicts: filter !== 'corroborations',
      corroborates: filter !== 'conflicts',
    }),
    groups,
  };
}

/** The cards for `view` under `filter`, in the popup's order (conflicts first, strongest first). */
export function toCompareCards(view: ReportView, filter: PanelFilter): CompareCard[] {
  return view.rows.map((row) => card(row, filter)).filter((c): c is CompareCard => c !== null);
}

/** The filter named by a stored or typed value, else "all". */
export function parseFilter(value: unknown): PanelFilter {
  return PANEL_FILTERS.some((f) => f.value === value) ? (value as PanelFilter) : 'all';
}
