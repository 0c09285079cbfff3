import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../utils/templates/render';
import { DEFAULT_TEMPLATES, templateFor } from '../../../utils/templates/default-templates';

describe('renderTemplate', () => {
  it('fills variables and leaves a visible gap for a missing one', () => {
    const t = { subject: 'Facture {{invoiceNumber}}', body: 'Montant : {{amountDue}}\nIBAN : {{iban}}' };
    expect(renderTemplate(t, { amountDue: '1 250,00 €' }, 'fr')).toEqual({
      subject: 'Facture [numéro de facture à compléter]',
      body: 'Montant : 1 250,00 €\nIBAN : [IBAN à compléter]',
    });
    expect(renderTemplate(t, { invoiceNumber: '  ' }, 'en').subject).toBe('Facture [invoice number missing]');
  });

  it('names an unknown variable in its gap rather than printing undefined', () => {
    expect(renderTemplate({ subject: '', body: 'Réf. {{numeroCommande}}' }, {}, 'fr').body).toBe('Réf. [numeroCommande à compléter]');
  });

  it('keeps or drops sections on presence, nested ones included', () => {
    const t = { subject: 's', body: 'A{{#iban}}\nIBAN : {{iban}}{{#bic}}\nBIC : {{bic}}{{/bic}}{{/iban}}{{^iban}}\nPas d’IBAN{{/iban}}\nZ' };
    expect(renderTemplate(t, { iban: 'FR76', bic: 'AGRIFRPP' }, 'fr').body).toBe('A\nIBAN : FR76\nBIC : AGRIFRPP\nZ');
    expect(renderTemplate(t, { iban: 'FR76' }, 'fr').body).toBe('A\nIBAN : FR76\nZ');
    expect(renderTemplate(t, {}, 'fr').body).toBe('A\nPas d’IBAN\nZ');
  });

  it('treats values as plain text: no template syntax expanded, control characters removed, no HTML produced', () => {
    const r = renderTemplate(
      { subject: 'Re: {{clientName}}', body: 'Client : {{clientName}}\nNote : {{contactName}}' },
      { clientName: 'ACME\u0000 {{iban}}\r\nSA', contactName: '<b>Jean</b>\u202E\tDupont', iban: 'FR76' },
      'fr',
    );
    expect(r.subject).toBe('Re: ACME {{iban}} SA');
    expect(r.body).toBe('Client : ACME {{iban}}\nSA\nNote : <b>Jean</b>\tDupont');
  });

  it('renders a user override the same way as a default', () => {
    const template = templateFor('reminder1', {
      reminder1: { fr: { subject: 'Petit rappel {{invoiceNumber}}', body: 'Bonjour,\n{{amountDue}} {{payLater}}' } },
    });
    expect(renderTemplate(template, { invoiceNumber: 'F-1', amountDue: '10,00 €' }, 'fr')).toEqual({
      subject: 'Petit rappel F-1',
      body: 'Bonjour,\n10,00 € [payLater à compléter]',
    });
    expect(template.en).toBe(DEFAULT_TEMPLATES.reminder1.en);
  });

  it('never prints "undefined" or leaves raw markup in any default template, even with no variable at all', () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      for (const language of ['fr', 'en'] as const) {
        const { subject, body } = renderTemplate(template, {}, language);
        expect(subject + body).not.toMatch(/undefined|\{\{|\}\}/);
        expect(body).not.toMatch(/\n{3}/);
      }
    }
  });
});

describe('default templates and gap labels', () => {
  it('give every variable they print a readable label for its gap', async () => {
    const { VARIABLE_LABELS } = await import('../../../utils/templates/variable-labels');
    const printed = new Set<string>();
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      for (const { subject, body } of [template.fr, template.en]) {
        for (const match of (subject + body).matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)) printed.add(match[1]);
      }
    }
    expect([...printed].filter((name) => !(name in VARIABLE_LABELS))).toEqual([]);
    expect(printed.size).toBeGreaterThan(20);
  });
});
