import { describe, expect, it } from 'vitest';
import type { Client } from '../../../utils/model/client';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { DEFAULT_TEMPLATES } from '../../../utils/templates/default-templates';
import { renderTemplate } from '../../../utils/templates/render';
import { TEMPLATE_IDS } from '../../../utils/templates/template-id';
import { buildTemplateVariables } from '../../../utils/templates/variables';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
// A CSV row without an issue date: the due date stands in for it in computations only.
const invoice: Invoice = {
  id: 'i1',
  number: 'F-2026-014',
  clientId: 'c1',
  issueDate: '2026-10-31',
  issueDateUnknown: true,
  dueDate: '2026-10-31',
  total: eur(125000),
  amountDue: eur(125000),
  status: 'open',
  stage: 'reminder1',
  sources: [],
  threadIds: [],
  createdAt: '',
  updatedAt: '',
  rev: 1,
};
const client: Client = { id: 'c1', name: 'Atelier Martin', emails: [], kind: 'business', language: 'fr', createdAt: '', updatedAt: '', rev: 1 };
const settings = { ...DEFAULT_SETTINGS, creditor: { name: 'Paul Durand' } };

describe('a reminder for an invoice whose issue date is unknown', () => {
  it.each(
    TEMPLATE_IDS.flatMap(
      (id) =>
        [
          [id, 'fr'],
          [id, 'en'],
        ] as const,
    ),
  )('%s (%s) leaves the issue date out, never a wrong one nor a gap', (id, language) => {
    const variables = buildTemplateVariables({ invoice, client, settings, today: '2026-11-23', language });
    const { subject, body } = renderTemplate(DEFAULT_TEMPLATES[id], variables, language);
    const text = `${subject}\n${body}`;
    expect(text).not.toMatch(/F-2026-014 du |F-2026-014 of |^- date ?:/m);
    expect(text).not.toMatch(/date de la facture|invoice date/);
    expect(text).toContain('F-2026-014');
  });

  it('still prints the issue date when it is known', () => {
    const known = { ...invoice, issueDate: '2026-10-01', issueDateUnknown: undefined };
    const { body } = renderTemplate(
      DEFAULT_TEMPLATES.reminder1,
      buildTemplateVariables({ invoice: known, client, settings, today: '2026-11-23', language: 'fr' }),
      'fr',
    );
    expect(body).toContain('la facture n° F-2026-014 du 1er octobre 2026');
  });

  it('leaves it out of a grouped reminder line too', () => {
    const other = { ...invoice, id: 'i2', number: 'F-2026-015', issueDate: '2026-10-05', issueDateUnknown: undefined };
    const variables = buildTemplateVariables({ invoice, client, settings, today: '2026-11-23', language: 'en', group: [{ invoice }, { invoice: other }] });
    expect(variables.invoiceList).toContain('- F-2026-014, due on 31 October 2026');
    expect(variables.invoiceList).toContain('- F-2026-015 of 5 October 2026, due on');
  });
});
