/**
 * One relation's sources as the popup and the side panel list them: the strongest few, then a "Show all
 * 5 corroborating sources" button that discloses the rest. The rest follow the button, so the focus
 * stays on it when it opens them, and what it revealed is next in reading and Tab order. The label keeps
 * its words when open, because `aria-expanded` already says "open" (a label that changed as well would
 * be announced twice, and would rename the button under voice control); the triangle before it shows the
 * state, as the popup's claim summaries show theirs.
 */
import { h } from './dom';
import { groupLabel, moreGroupLabel, type SourceGroup } from './report-view';

/** How a list of one relation's sources is made. */
export interface GroupList<T> {
  tag: 'ul' | 'ol';
  className: string;
  item(source: T): HTMLElement;
}

const disclosures = 'button.show-all[aria-controls]';

/**
 * Each of `groups` as its shown list and, when it has more, the button and the hidden list it controls.
 * `idPrefix` makes that list's id ("claim-4" → "claim-4-conflicts-more"): unique in the document.
 */
export function renderGroups<T>(groups: Array<SourceGroup<T>>, idPrefix: string, list: GroupList<T>): HTMLElement[] {
  return groups.flatMap((group) => {
    const label = groupLabel(group.verdict);
    const shown = h(list.tag, { class: list.className, 'aria-label': label }, group.shown.map(list.item));
    if (group.showAll === null) return [shown];
    const id = `${idPrefix}-${group.verdict}-more`;
    const more = h(
      list.tag,
      { class: `${list.className} more`, id, hidden: true, 'aria-label': moreGroupLabel(group.verdict) },
      group.more.map(list.item),
    );
    const button = h('button', { type: 'button', class: 'show-all', 'aria-expanded': 'false', 'aria-controls': id }, [
      group.showAll,
    ]);
    button.addEventListener('click', () => setOpen(button, more, more.hidden));
    return [shown, button, more];
  });
}

function setOpen(button: HTMLElement, more: HTMLElement, open: boolean): void {
  more.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
}

/** Which disclosures under `root` are open, and which has the focus: what a re-render must not lose. */
export interface DisclosureState {
  open: string[];
  focused: string | null;
}

/** Reads the open "Show all" lists under `root` before it is rendered again. */
export function disclosureState(root: HTMLElement): DisclosureState {
  const buttons = [...root.querySelectorAll<HTMLElement>(disclosures)];
  const focused = buttons.find((button) => button === document.activeElement);
  return {
    open: buttons
      .filter((button) => button.getAttribute('aria-expanded') === 'true')
      .map((button) => button.getAttribute('aria-controls')!),
    focused: focused?.getAttribute('aria-controls') ?? null,
  };
}

/** Opens again, in the fresh rendering under `root`, the lists `state` found open, and puts the focus back. */
export function restoreDisclosures(root: HTMLElement, state: DisclosureState): void {
  for (const button of root.querySelectorAll<HTMLElement>(disclosures)) {
    const id = button.getAttribute('aria-controls')!;
    const more = [...root.querySelectorAll<HTMLElement>('.more[id]')].find((list) => list.id === id);
    if (more && state.open.includes(id)) setOpen(button, more, true);
    if (id === state.focused) button.focus();
  }
}
