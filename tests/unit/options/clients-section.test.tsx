// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClientsSection } from '../../../components/options/ClientsSection';
import { createTranslator } from '../../../utils/i18n/translate';
import type { ClientSummary } from '../../../utils/messages';

const clients: ClientSummary[] = [
  { id: 'c1', name: 'Hughes Design', emails: ['oliver@hughes-design.co.uk'], kind: 'business', language: 'en', languageSource: 'replies', invoices: 2 },
  { id: 'c2', name: 'Atelier Bleu', emails: ['compta@bleu.fr'], kind: 'business', language: 'fr', languageSource: 'user', invoices: 1 },
];

describe('ClientsSection (options)', () => {
  it('shows beside each client’s language where it comes from', () => {
    const root = document.createElement('div');
    render(<ClientsSection clients={clients} busy={false} t={createTranslator('fr')} onUpdate={() => undefined} />, root);
    expect(root.querySelector('tr[data-client="Hughes Design"]')?.textContent).toContain('d’après ses messages');
    expect(root.querySelector('tr[data-client="Atelier Bleu"]')?.textContent).toContain('votre choix');
  });
});
