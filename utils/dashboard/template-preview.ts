import { addDays } from '../calendar/iso-date';
import type { Client } from '../model/client';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import { renderTemplate, type TemplateText } from '../templates/render';
import { buildTemplateVariables } from '../templates/variables';
import type { Language } from '../model/language';

// The sample client a template is previewed for, named as a client of that language would be.
const SAMPLE_COMPANY: Record<Language, string> = { fr: 'Boulangerie Martin SARL', en: 'Martin Bakery Ltd' };

/**
 * A template rendered against a sample overdue invoice (1 250,00 €, 40 days late) with the user's own settings,
 * so the options page shows what a debtor would read.
 */
export function previewTemplate(template: TemplateText, settings: Settings, language: Language, today: string): TemplateText {
  const dueDate = addDays(today, -40);
  const at = `${today}T09:00:00.000Z`;
  const client: Client = {
    id: 'sample-client',
    name: 'Claire Martin',
    company: SAMPLE_COMPANY[language],
    emails: [{ email: 'compta@example.com' }],
    kind: 'business',
    language,
    createdAt: at,
    updatedAt: at,
    rev: 1,
  };
  const invoice: Invoice = {
    id: 'sample-invoice',
    number: 'F-2026-014',
    clientId: client.id,
    issueDate: addDays(dueDate, -30),
    dueDate,
    total: { minor: 125_000, currency: 'EUR' },
    amountDue: { minor: 125_000, currency: 'EUR' },
    status: 'open',
    stage: 'reminder2',
    sources: [{ kind: 'manual', addedAt: at }],
    threadIds: [],
    createdAt: at,
    updatedAt: at,
    rev: 1,
  };
  return renderTemplate(template, buildTemplateVariables({ invoice, client, settings, today, language }), language);
}
