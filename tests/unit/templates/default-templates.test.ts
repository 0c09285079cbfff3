import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../utils/templates/default-templates';
import { renderTemplate } from '../../../utils/templates/render';
import { TEMPLATE_IDS } from '../../../utils/templates/template-id';
import { buildTemplateVariables } from '../../../utils/templates/variables';
import { monthlyInstalments } from '../../../utils/templates/instalments';
import type { Client } from '../../../utils/model/client';
import type { Invoice } from '../../../utils/model/invoice';
import type { TimelineEvent } from '../../../utils/model/event';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const invoice: Invoice = {
  id: 'i1',
  number: 'F-2026-014',
  clientId: 'c1',
  issueDate: '2026-10-01',
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
  paymentLink: 'https://pay.example/F-2026-014',
};
const business: Client = {
  id: 'c1',
  name: 'Jeanne Martin',
  company: 'Atelier Martin SARL',
  emails: [],
  kind: 'business',
  language: 'fr',
  createdAt: '',
  updatedAt: '',
  rev: 1,
};
const consumer: Client = { ...business, company: undefined, kind: 'consumer' };
const settings: Settings = { ...DEFAULT_SETTINGS, creditor: { name: 'Paul Durand', iban: 'FR7630006000011234567890189' } };

// The reminder of a formal notice needs one on the timeline: a registered letter of 16 Nov 2026.
const notice: TimelineEvent = {
  id: 'n1',
  invoiceId: 'i1',
  seq: 0,
  kind: 'letter-sent',
  data: { sentOn: '2026-11-16', kind: 'formal-notice', trackingNumber: '1A23456789' },
  recordedAt: '2026-11-16T10:00:00Z',
  occurredOn: '2026-11-16',
  prevHash: '',
  hash: '',
};
const render = (id: (typeof TEMPLATE_IDS)[number], client: Client, language: 'fr' | 'en') =>
  renderTemplate(
    DEFAULT_TEMPLATES[id],
    buildTemplateVariables({
      invoice,
      client,
      settings,
      events: id === 'formal-notice-reminder' ? [notice] : [],
      today: '2026-11-23',
      language,
      promisedDate: '2026-11-20',
      instalments: monthlyInstalments(eur(125000), 2, '2026-12-15'),
    }),
    language,
  );

describe('default templates', () => {
  it.each(
    TEMPLATE_IDS.flatMap(
      (id) =>
        [
          [id, 'fr'],
          [id, 'en'],
        ] as const,
    ),
  )('%s (%s) renders completely with full data', (id, language) => {
    for (const client of [business, consumer]) {
      const { subject, body } = render(id, client, language);
      expect(subject).not.toBe('');
      expect(subject).toContain('F-2026-014');
      expect(subject + body).not.toMatch(/\[[^\]]*(à compléter|missing)\]|undefined|\{\{/);
      expect(body).toContain('Paul Durand');
    }
  });

  it('writes French with vouvoiement and a closing formula in every template', () => {
    for (const id of TEMPLATE_IDS) {
      const { body } = render(id, business, 'fr');
      expect(body).toMatch(/\bvous\b/);
      expect(body).not.toMatch(/\b(tu|te|ton|ta|tes|toi)\b/i);
      expect(body).toMatch(/Bien cordialement,|salutations distinguées\./);
    }
  });

  it('recalls penalties and the 40 € indemnity with their amounts from reminder 2, to businesses only', () => {
    const b2b = render('reminder2', business, 'fr').body;
    expect(b2b).toContain('L. 441-10');
    expect(b2b).toContain('taux annuel de 12,15\u00A0%, soit 9,57\u00A0€ au 23 novembre 2026');
    expect(b2b).toContain('indemnité forfaitaire pour frais de recouvrement de 40,00\u00A0€');
    const b2c = render('reminder2', consumer, 'fr').body;
    expect(b2c).not.toMatch(/L\. 441-10|40,00|pénalités/);
    expect(b2c).toContain('article 1231-6 du Code civil');
  });

  it('keeps the first reminder courteous: no penalties, no formal notice, an oversight assumed', () => {
    for (const language of ['fr', 'en'] as const) {
      const { body } = render('reminder1', business, language);
      expect(body).not.toMatch(/pénalit|penalt|mise en demeure|formal notice|justice|court/i);
    }
    expect(render('reminder1', business, 'fr').body).toContain('simple oubli');
  });

  it('announces the formal notice with a date in the last reminder, and gives the deadline in the notice copy', () => {
    expect(render('last-reminder', business, 'fr').body).toContain(
      'Sans règlement de votre part au plus tard le 1er décembre 2026, je vous adresserai une mise en demeure',
    );
    expect(render('formal-notice', business, 'fr').body).toContain(
      'je vous mets en demeure de me régler la somme de 1\u202F299,57\u00A0€ dans un délai de 8 jours, soit au plus tard le 1er décembre 2026',
    );
    expect(render('formal-notice', consumer, 'en').body).toContain('bears interest at the statutory rate');
  });

  it('lists instalments with dates in the payment plan and keeps the claim in the dispute answer', () => {
    expect(render('payment-plan', business, 'fr').body).toContain('1. 15 décembre 2026 : 625,00\u00A0€\n2. 15 janvier 2027 : 625,00\u00A0€');
    expect(render('dispute-answer', business, 'fr').body).toContain('la facture demeure exigible');
    expect(render('dispute-answer', business, 'en').body).toContain('the invoice remains due');
  });

  it('puts the payment details in the resend template', () => {
    const { body } = render('resend-invoice', business, 'fr');
    expect(body).toContain('IBAN : FR76 3000 6000 0112 3456 7890 189');
    expect(body).toContain('Vous pouvez régler en ligne : https://pay.example/F-2026-014');
  });
});
