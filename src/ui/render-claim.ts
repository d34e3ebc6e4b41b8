/** One claim row and its sources, as collapsible list entries. */
import { h, pieces } from './dom';
import { renderChain } from './render-chain';
import { verdictLabel, type ClaimRow, type SourceRow, type Verdict } from './report-view';
import { renderGroups } from './render-show-all';
import { t } from '../i18n/messages';

/** The icon is decoration; the word beside it is what a screen reader and a colour-blind reader get. */
const VERDICT_ICONS: Record<Verdict, string> = { conflicts: '✕', corroborates: '✓' };

/** The verdict as a word with its icon. */
export function verdictTag(verdict: Verdict): HTMLElement {
  return h('span', { class: `verdict verdict-${verdict}` }, [
    h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, [VERDICT_ICONS[verdict]]),
    ` ${verdictLabel(verdict)}`,
  ]);
}

/**
 * "✕ Conflicts The Defense Post · AFP · 16 Aug 2025 · Earliest known source": who published a source,
 * when, and whether it had the claim first.
 */
export function sourceHead(source: SourceRow): HTMLElement {
  return h('p', { class: 'source-head' }, [
    verdictTag(source.verdict),
    ' ',
    h('span', { class: 'outlet' }, [source.outlet]),
    ...(source.author ? [' · ', h('span', { class: 'author' }, [source.author])] : []),
    ...(source.date
      ? [
          ' · ',
          source.dateTime
            ? h('time', { class: 'date', datetime: source.dateTime }, [source.date])
            : h('span', { class: 'date' }, [source.date]),
        ]
      : []),
    ...(source.earliest ? [' ', h('span', { class: 'earliest' }, [t('earliestSource')])] : []),
  ]);
}

/**
 * "Read at The Defense Post · thedefensepost.com", opening in a new tab without an opener: the host the
 * link really opens stands beside the outlet's name, which is only what the dataset calls it. When the
 * dataset's link is not offered, the sentence saying why; null when the source has no link.
 */
export function sourceLink(source: SourceRow): HTMLElement | null {
  if (source.url !== null && source.host !== null) {
    return h('a', { class: 'source-link', href: source.url, target: '_blank', rel: 'noopener noreferrer' }, [
      `${t('readAt')} `,
      h('bdi', {}, [source.outlet]),
      ' · ',
      h('span', { class: 'link-host' }, [source.host]),
      h('span', { class: 'visually-hidden' }, [` ${t('opensInNewTab')}`]),
    ]);
  }
  return source.linkNote === null ? null : h('p', { class: 'link-refused' }, [source.linkNote]);
}

function renderSource(source: SourceRow): HTMLElement {
  const head = sourceHead(source);
  const differences =
    source.differences.length > 0
      ? h(
          'ul',
          { class: 'differences', 'aria-label': t('whatDiffers') },
          source.differences.map((d) => h('li', {}, [d])),
        )
      : null;
  const link = sourceLink(source);
  return h('li', { class: `source source-${source.verdict}` }, [
    head,
    h('blockquote', { class: 'source-sentence', dir: 'auto' }, pieces(source.sentence)),
    source.chain ? renderChain(source.chain) : null,
    source.review ? h('p', { class: 'review' }, [source.review]) : null,
    differences,
    link,
  ]);
}

/** A claim as `<li><details>`; the summary holds the verdict and the page sentence as a heading. */
export function renderClaim(row: ClaimRow, open: boolean): HTMLLIElement {
  const summary = h('summary', {}, [
    verdictTag(row.verdict),
    h('h2', { class: 'claim-sentence', dir: 'auto' }, pieces(row.sentence)),
    h('span', { class: 'claim-summary' }, [row.summary]),
  ]);
  const groups = renderGroups(row.groups, `claim-${row.index}`, {
    tag: 'ul',
    className: 'sources',
    item: renderSource,
  });
  const details = h('details', { open }, [summary, h('div', { class: 'groups' }, groups)]);
  return h('li', { class: `claim claim-${row.verdict}`, 'data-claim-index': row.index }, [details]);
}
