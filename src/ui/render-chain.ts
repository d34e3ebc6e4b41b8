/**
 * An attribution chain as a line of the popup and the side panel. Sighted readers see arrows; screen
 * readers hear what each arrow means ("said by …, first reported by …, published by …"), since an
 * arrow read out as "right arrow" says nothing. All text goes in as text.
 */
import { chainRoleWords, type ChainStep } from './chain-steps';
import { h } from './dom';

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `<p class="chain">` for `steps`; the visible arrows are hidden from assistive technology. */
export function renderChain(steps: ChainStep[]): HTMLElement {
  return h(
    'p',
    { class: 'chain' },
    steps.flatMap((step, i) => [
      i > 0 ? h('span', { class: 'chain-arrow', 'aria-hidden': 'true' }, [' → ']) : null,
      h('span', { class: 'visually-hidden' }, [
        i === 0 ? `${capitalise(chainRoleWords(step.role))} ` : `, ${chainRoleWords(step.role)} `,
      ]),
      h('span', { class: `chain-step chain-${step.role}`, dir: 'auto' }, [step.text]),
    ]),
  );
}
