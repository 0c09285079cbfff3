import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../utils/templates/default-templates';
import { renderTemplate } from '../../../utils/templates/render';
import { buildTemplateVariables } from '../../../utils/templates/variables';
import { formalNoticeAmounts } from '../../../utils/export/formal-notice-amounts';
import type { TemplateId } from '../../../utils/templates/template-id';
import type { Client } from '../../../utils/model/client';
import type { TimelineEvent } from '../../../utils/model/event';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const NB = '\u00a0';
const NN = '\u202f';
const invoice = (over: Partial<Invoice> = {}): Invoice => ({
  id: 'i1',
  number: 'F-2025-040',
  clientId: 'c1',
  issueDate: '2025-05-16',
  dueDate: '2025-06-15',
  total: eur(1_000_000),
  amountDue: eur(1_000_000),
  status: 'open',
  stage: 'reminder1',
  sources: [],
  threadIds: [],
  createdAt: '',
  updatedAt: '',
  rev: 1,
  ...over,
});
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
const settings: Settings = { ...DEFAULT_SETTINGS, creditor: { name: 'Paul Durand' } };
const mail = (id: TemplateId, inv: Invoice, client: Client, today: string, events: TimelineEvent[] = []) =>
  renderTemplate(DEFAULT_TEMPLATES[id], buildTemplateVariables({ invoice: inv, client, settings, events, today }), 'fr').body;

describe('what the mails say is owed (issue 22, points 3 and 4)', () => {
  it('shows each semester with its own rate instead of one rate for the whole sum', () => {
    // 10 000 € due 15 Jun 2025, on 15 Jul 2025: 16–30 Jun 15 d at 13,15 % = 54,04 €; 1–15 Jul 15 d at 12,15 % = 49,93 €; 103,97 €.
    const body = mail('reminder2', invoice(), business, '2025-07-15');
    expect(body).not.toContain('taux annuel de');
    expect(body).toContain(`des pénalités de retard de 103,97${NB}€ au 15 juillet 2025, calculées ainsi :`);
    expect(body).toContain(`  · du 16 juin 2025 au 30 juin 2025 : 15 jours à 13,15${NB}% sur 10${NN}000,00${NB}€, soit 54,04${NB}€`);
    expect(body).toContain(`  · du 1er juillet 2025 au 15 juillet 2025 : 15 jours à 12,15${NB}% sur 10${NN}000,00${NB}€, soit 49,93${NB}€`);
    expect(body).toContain(`soit un total dû de 10${NN}143,97${NB}€`);
    // One semester: one rate, as before.
    expect(mail('reminder2', invoice({ dueDate: '2025-07-01' }), business, '2025-07-15')).toContain(`au taux annuel de 12,15${NB}%`);
  });

  it('keeps the 40 € on a non-euro invoice between businesses, owed in euros on top of the total', () => {
    const usd = invoice({ total: { minor: 500_000, currency: 'USD' }, amountDue: { minor: 500_000, currency: 'USD' }, dueDate: '2025-07-01' });
    const body = mail('reminder2', usd, business, '2025-07-15');
    expect(body).toContain(
      `indemnité forfaitaire pour frais de recouvrement de 40,00${NB}€ (article D. 441-5 du Code de commerce), due en euros en sus du total ci-dessous`,
    );
    expect(body).toMatch(/soit un total dû de 5\u202f0\d\d,\d\d\u00a0\$US/);
  });

  it('gives the same deadline in the letter and in its e-mail copy: the next business day after a holiday', () => {
    // 6 May 2026 + 8 days = 14 May 2026, Ascension Day: both say 15 May.
    const inv = invoice({ dueDate: '2026-03-31' });
    expect(mail('formal-notice', inv, business, '2026-05-06')).toContain('au plus tard le 15 mai 2026');
    expect(
      formalNoticeAmounts({
        debtorKind: 'business',
        invoices: [{ number: inv.number, issueDate: inv.issueDate, dueDate: inv.dueDate, amountDue: inv.amountDue }],
        asOf: '2026-05-06',
        deadlineDays: 8,
      }).deadline,
    ).toBe('2026-05-15');
  });

  it('after the formal notice, recalls it with its date and number; a consumer is never asked interest on interest', () => {
    const letter: TimelineEvent = {
      id: 'n',
      invoiceId: 'i1',
      seq: 3,
      kind: 'letter-sent',
      data: { sentOn: '2026-02-09', kind: 'formal-notice', trackingNumber: '1A23' },
      recordedAt: '',
      occurredOn: '2026-02-09',
      prevHash: '',
      hash: '',
    };
    const ack: TimelineEvent = {
      id: 'a',
      invoiceId: 'i1',
      seq: 4,
      kind: 'acknowledgement-received',
      data: { receivedOn: '2026-02-12' },
      recordedAt: '',
      occurredOn: '2026-02-12',
      prevHash: '',
      hash: '',
    };
    const inv = invoice({ amountDue: eur(300_000), total: eur(300_000), dueDate: '2026-01-31' });
    const body = mail('formal-notice-reminder', inv, consumer, '2026-03-14', [letter, ack]);
    expect(body).toContain(
      'Je vous rappelle ma mise en demeure du 9 février 2026 (lettre recommandée n° 1A23), qui vous impartissait un délai expirant le 20 février 2026',
    );
    expect(body).not.toContain('Je vous adresse ce jour');
    // Interest 13 Feb–14 Mar on the principal only: 300000 × 2.62 % × 30 / 365 = 6,46 €.
    expect(body).toContain(
      `la somme de 3${NN}000,00${NB}€ en principal, augmentée des intérêts au taux légal courus depuis la mise en demeure, soit 6,46${NB}€ au 14 mars 2026`,
    );
    expect(body).toContain('Les intérêts continuent de courir sur le principal');
    expect(body).not.toMatch(/cette somme porte intérêts/);
    // The first notice to a consumer demands the principal, which alone bears interest.
    expect(mail('formal-notice', inv, consumer, '2026-02-09')).toContain(`la somme de 3${NN}000,00${NB}€ en principal dans un délai de 8 jours`);
  });
});
