// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RegistryNotice } from '../../../components/sidebar/RegistryNotice';
import { createTranslator } from '../../../utils/i18n/translate';
import type { Client } from '../../../utils/model/client';
import { openClaimDeadline } from '../../../utils/legal/claim-deadline';

const client: Client = {
  id: 'c-1',
  name: 'M. Durand',
  emails: [{ email: 'compta@durand.fr' }],
  kind: 'business',
  language: 'fr',
  createdAt: '2026-08-01T09:00:00Z',
  updatedAt: '2026-08-01T09:00:00Z',
  rev: 1,
};

function show(c: Client, today: string, language: 'fr' | 'en' = 'fr') {
  const root = document.createElement('div');
  // The deadline as the background puts it in the invoice's view.
  render(<RegistryNotice client={c} claimDeadline={openClaimDeadline(c)} today={today} language={language} t={createTranslator(language)} />, root);
  return root;
}

describe('RegistryNotice (sidebar)', () => {
  it('explains the déclaration de créance with its last day while the window is open', () => {
    const root = show({ ...client, proceedings: { kind: 'redressement', publishedOn: '2026-09-22', court: 'TRIBUNAL DE COMMERCE DE LYON' } }, '2026-10-01');
    expect(root.querySelector('h3')?.textContent).toBe('Procédure collective en cours');
    expect(root.textContent).toContain('Redressement judiciaire, publiée au BODACC le 22 septembre 2026 : les relances sont arrêtées');
    expect(root.querySelector('.claim-deadline')?.textContent).toContain('Déclarez votre créance au mandataire judiciaire avant le 23 novembre 2026');
    expect(root.textContent).toContain('Tribunal : TRIBUNAL DE COMMERCE DE LYON');
  });

  it('after the deadline, points to the relevé de forclusion; in English too', () => {
    const late = show({ ...client, proceedings: { kind: 'liquidation', publishedOn: '2026-09-22' } }, '2026-11-24');
    expect(late.querySelector('.claim-deadline')?.textContent).toContain('Le délai de déclaration a expiré le 23 novembre 2026');
    const en = show({ ...client, proceedings: { kind: 'liquidation', publishedOn: '2026-09-22' } }, '2026-10-01', 'en');
    expect(en.textContent).toContain('Declare your claim to the mandataire judiciaire by 23 November 2026');
  });

  it('flags a ceased company before a formal notice, and says nothing for an active one', () => {
    const registry = { siren: '732829320', name: 'MENUISERIE DURAND', address: [], active: false, ceasedOn: '2025-12-31', checkedOn: '2026-10-01' };
    const ceased = show({ ...client, registry }, '2026-10-01');
    expect(ceased.querySelector('h3')?.textContent).toBe('Entreprise cessée');
    expect(ceased.textContent).toContain('MENUISERIE DURAND a cessé son activité le 31 décembre 2025. Avant toute mise en demeure');
    expect(show({ ...client, registry: { ...registry, active: true } }, '2026-10-01').innerHTML).toBe('');
  });
});
