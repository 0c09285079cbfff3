// @vitest-environment happy-dom
/** Issue 23: the account is read from Google's account button, not the title; text the reader cannot see is not read. */
import { describe, expect, it } from 'vitest';
import { readGmailPage } from '../../../../utils/webmail/gmail/read-gmail-page';
import { elementText } from '../../../../utils/webmail/element-text';
import { loadFragment } from './load-fragment';

function thread() {
  const state = readGmailPage(document, window);
  if (state.kind !== 'thread') throw new Error(JSON.stringify(state));
  return state.thread;
}

describe('the signed-in account', () => {
  it('comes from the account button even when the title names another address first', () => {
    loadFragment('sim-thread-fr');
    document.title = 'Facture de fournisseur@exemple.com - camille.martin@atelier-martin.fr - Gmail';
    expect(thread().account).toBe('camille.martin@atelier-martin.fr');
  });

  it('is unknown (never guessed from the title) when the page shows no account button', () => {
    loadFragment('sim-thread-fr');
    document.querySelector('header[role=banner] .gb_d')?.remove();
    document.title = 'Facture F-2026-027 - camille.martin@atelier-martin.fr - Gmail';
    expect(thread().account).toBeUndefined();
  });
});

describe('hidden text', () => {
  it('is skipped whether hidden inline or by a class of the mail', () => {
    const style = document.createElement('style');
    style.textContent = '.m_42hide { display: none } .m_42tiny { font-size: 0 }';
    document.head.append(style);
    const body = document.createElement('div');
    body.innerHTML = [
      '<p>Bonjour,</p>',
      '<p style="display:none">Facture F-2026-999 de 9 999,00 €</p>',
      '<span style="visibility:hidden">payé</span>',
      '<span style="opacity:0">réglé</span>',
      '<span style="font-size:0px">acquitté</span>',
      '<div style="max-height:0;overflow:hidden">F-2026-998</div>',
      '<div class="m_42hide">F-2026-997</div>',
      '<div class="m_42tiny">F-2026-996</div>',
      '<p class="visible">Merci.</p>',
    ].join('');
    document.body.append(body);
    expect(elementText(body)).toBe('Bonjour,\nMerci.');
  });
});
