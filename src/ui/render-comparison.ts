/**
 * One side-panel card: a page claim and, for each source, the two sentences side by side. Every string
 * from the page or the dataset goes in as text (through `h`), never as markup.
 */
import type { DifferenceKind } from '../engine/report';
import type { CompareCard, ComparePiece, Comparison, DifferenceSummary } from './compare-view';
import { h, text } from './dom';
import { renderChain } from './render-chain';
import { sourceHead, sourceLink, verdictTag } from './render-claim';
import { renderGroups } from './render-show-all';
import { t, type MessageKey } from '../i18n/messages';

/** The short word drawn beside a marked span: the kind in text, so colour is never the only cue. */
const KIND_TAG_KEYS = {
  actor: 'kindTagActor',
  number: 'kindTagNumber',
  date: 'kindTagDate',
  place: 'kindTagPlace',
  negation: 'kindTagNegation',
  other: 'kindTagOther',
} as const satisfies Record<DifferenceKind, MessageKey>;

/** The kinds in the order the legend lists them. */
export const DIFFERENCE_KINDS = Object.keys(KIND_TAG_KEYS) as DifferenceKind[];

export const kindTag = (kind: DifferenceKind): string => t(KIND_TAG_KEYS[kind]);

/** What a card can ask its owner to do. */
export interface CardActions {
  onReveal(index: number): void;
  onEmphasise(index: number | null): void;
}

function renderPieces(pieces: ComparePiece[]): Node[] {
  return pieces.flatMap((piece): Node[] => {
    if (piece.kind) {
      return [
        h('mark', { class: `diff kind-${piece.kind}`, 'data-kind': piece.kind }, [
          piece.text,
          h('span', { class: 'visually-hidden' }, [` ${t('kindDiffers', kindTag(piece.kind))}`]),
        ]),
        h('span', { class: `kind-tag kind-${piece.kind}`, 'aria-hidden': 'true' }, [kindTag(piece.kind)]),
      ];
    }
    if (piece.op === 'changed' || piece.op === 'deleted' || piece.op === 'inserted') {
      return [h('span', { class: `op-${piece.op}` }, [piece.text])];
    }
    return [text(piece.text)];
  });
}

function renderSummary(summary: DifferenceSummary): HTMLElement {
  return h('li', { class: `difference kind-${summary.kind}` }, [
    h('span', { class: `kind-tag kind-${summary.kind}`, 'aria-hidden': 'true' }, [kindTag(summary.kind)]),
    ` ${summary.label}: `,
    h('em', {}, [summary.page]),
    ` ${t('comparisonVersus')} `,
    h('em', {}, [summary.source]),
    summary.note ? h('span', { class: 'note' }, [` — ${summary.note}`]) : null,
  ]);
}

function renderComparison(comparison: Comparison): HTMLElement {
  const { source } = comparison;
  const pair = h('div', { class: 'pair' }, [
    h('div', { class: 'side side-page' }, [
      h('p', { class: 'side-label' }, [t('comparisonThisPage')]),
      h('p', { class: 'sentence' }, renderPieces(comparison.page)),
    ]),
    h('div', { class: 'side side-source' }, [
      h('p', { class: 'side-label' }, [source.outlet]),
      h('blockquote', { class: 'sentence' }, renderPieces(comparison.quote)),
      // Where the source's sentence came from belongs with it, not with the page's.
      source.chain ? renderChain(source.chain) : null,
    ]),
  ]);
  return h('li', { class: `comparison comparison-${source.verdict}` }, [
    sourceHead(source),
    pair,
    comparison.summaries.length > 0
      ? h('ul', { class: 'differences', 'aria-label': t('whatDiffers') }, comparison.summaries.map(renderSummary))
      : null,
    sourceLink(source),
  ]);
}

/** Clicks on these inside a card do their own thing, not "show in page". */
const OWN_CONTROLS = 'a, button, summary, input, label';

/** Renders `card` as a list item wired to `actions`. */
export function renderCard(card: CompareCard, actions: CardActions): HTMLLIElement {
  const locate = h('button', { type: 'button', class: 'locate' }, [
    t('showInPage'),
    h('span', { class: 'visually-hidden' }, [`: ${card.text}`]),
  ]);
  locate.addEventListener('click', () => actions.onReveal(card.index));
  const item = h('li', { class: `card card-${card.verdict}`, 'data-claim-index': card.index }, [
    h('div', { class: 'card-head' }, [
      verdictTag(card.verdict),
      h('span', { class: 'card-summary' }, [card.summary]),
      locate,
    ]),
    ...renderGroups(card.groups, `card-${card.index}`, { tag: 'ol', className: 'comparisons', item: renderComparison }),
  ]);
  item.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest(OWN_CONTROLS) || document.getSelection()?.toString()) return;
    actions.onReveal(card.index);
  });
  item.addEventListener('mouseenter', () => actions.onEmphasise(card.index));
  item.addEventListener('mouseleave', () => actions.onEmphasise(null));
  item.addEventListener('focusin', () => actions.onEmphasise(card.index));
  item.addEventListener('focusout', (event) => {
    if (!item.contains(event.relatedTarget as Node | null)) actions.onEmphasise(null);
  });
  return item;
}
