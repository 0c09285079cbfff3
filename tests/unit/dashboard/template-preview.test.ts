import { describe, expect, it } from 'vitest';
import { previewTemplate } from '../../../utils/dashboard/template-preview';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';

const settings = { ...DEFAULT_SETTINGS, creditor: { name: 'Atelier Durand', iban: 'FR7630006000011234567890189' } };

describe('previewTemplate', () => {
  it('fills an edited template with the sample invoice and the user’s own details', () => {
    const out = previewTemplate(
      {
        subject: 'Facture {{invoiceNumber}} impayée',
        body: '{{greeting}}\nReste dû : {{amountDue}}, échue le {{dueDate}}.\nIBAN : {{iban}}\n{{creditorName}}',
      },
      settings,
      'fr',
      '2026-03-12',
    );
    expect(out.subject).toBe('Facture F-2026-014 impayée');
    expect(out.body).toBe(
      'Bonjour Claire Martin,\nReste dû : 1\u202f250,00\u00a0€, échue le 31 janvier 2026.\nIBAN : FR76 3000 6000 0112 3456 7890 189\nAtelier Durand',
    );
  });
  it('writes English the English way', () => {
    const out = previewTemplate({ subject: 'Invoice {{invoiceNumber}}', body: '{{amountDue}} was due on {{dueDate}}.' }, settings, 'en', '2026-03-12');
    expect(out.body).toBe('€1,250.00 was due on 31 January 2026.');
  });
});
