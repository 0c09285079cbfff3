// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyListChips } from '../../../../utils/webmail/gmail/list-chips';
import { loadFragment } from './load-fragment';

const FIRST = '1a1e36094c0c1af0'; // "Relance : facture n° F-2026-033" in demo.json
const SECOND = '1a0bf7dfc606b6ff'; // "Facture F-2026-028"

const chips = () => Array.from(document.querySelectorAll<HTMLElement>('[data-relance-chip]'));
const rowOf = (id: string) => document.querySelector(`[data-legacy-thread-id="${id}"]`)!.closest('tr')!;

describe('list chips', () => {
  beforeEach(() => loadFragment('sim-inbox-fr'));

  it('puts one chip first in the subject cell of each tracked row, as text', () => {
    applyListChips(document, {
      [FIRST]: { label: 'J+19 · relance 1', tone: 'danger', title: 'Relance 1 envoyée le 16/11' },
      [SECOND]: { label: '<b>payée</b>', tone: 'ok' },
    });
    expect(chips().map((c) => c.textContent)).toEqual(['J+19 · relance 1', '<b>payée</b>']);
    const chip = rowOf(FIRST).querySelector<HTMLElement>('[data-relance-chip]')!;
    expect(chip.parentElement!.matches('td.a4W .xT')).toBe(true);
    expect(chip.parentElement!.firstElementChild).toBe(chip);
    expect(chip.title).toBe('Relance 1 envoyée le 16/11');
    expect(rowOf(SECOND).querySelector('b')).toBeNull();
  });

  it('is idempotent, updates changed chips and removes the ones no longer asked for', () => {
    applyListChips(document, { [FIRST]: { label: 'J+19', tone: 'danger' }, [SECOND]: { label: 'J+3', tone: 'warning' } });
    const before = rowOf(FIRST).querySelector('[data-relance-chip]');
    applyListChips(document, { [FIRST]: { label: 'J+19', tone: 'danger' }, [SECOND]: { label: 'J+3', tone: 'warning' } });
    expect(chips()).toHaveLength(2);
    expect(rowOf(FIRST).querySelector('[data-relance-chip]')).toBe(before);
    applyListChips(document, { [FIRST]: { label: 'J+20', tone: 'danger' } });
    expect(chips().map((c) => c.textContent)).toEqual(['J+20']);
    applyListChips(document, {});
    expect(chips()).toHaveLength(0);
  });

  it('removes a chip from a row Gmail recycled for another thread', () => {
    applyListChips(document, { [FIRST]: { label: 'J+19', tone: 'danger' } });
    // Gmail reuses row elements when the list refreshes: the row now shows another thread.
    rowOf(FIRST).querySelector('[data-legacy-thread-id]')!.setAttribute('data-legacy-thread-id', 'abcdefabcdef0123');
    applyListChips(document, { [FIRST]: { label: 'J+19', tone: 'danger' } });
    expect(chips()).toHaveLength(0);
  });

  it('finds rows by the perm id when the legacy id is missing', () => {
    const holder = rowOf(SECOND).querySelector('[data-legacy-thread-id]')!;
    holder.removeAttribute('data-legacy-thread-id');
    expect(holder.getAttribute('data-thread-id')).toBe(`#thread-f:${BigInt(`0x${SECOND}`)}`);
    applyListChips(document, { [SECOND]: { label: 'J+1', tone: 'neutral' } });
    expect(chips()).toHaveLength(1);
  });
});
