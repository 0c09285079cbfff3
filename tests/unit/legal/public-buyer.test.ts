import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyLookup } from '../../../utils/background/apply-registry-lookup';
import { createInvoice } from '../../../utils/background/handlers/invoice';
import { renderFormalNotice } from '../../../utils/export/formal-notice';
import { mapRows } from '../../../utils/import/map-rows';
import { explainJudicialOptions } from '../../../utils/legal/judicial-options';
import { computePrescription } from '../../../utils/legal/prescription';
import type { Client } from '../../../utils/model/client';
import type { TimelineEvent } from '../../../utils/model/event';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { mapCompany } from '../../../utils/registry/map-company';
import { DEFAULT_TEMPLATES } from '../../../utils/templates/default-templates';
import { renderTemplate } from '../../../utils/templates/render';
import { buildTemplateVariables } from '../../../utils/templates/variables';
import { demoContext } from '../background/demo-mailbox';
import { readDocx } from '../export/docx-reader';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const invoice: Invoice = {
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
};
const town: Client = {
  id: 'c1',
  name: 'Service financier',
  company: 'Commune de Villeneuve',
  emails: [],
  kind: 'public',
  language: 'fr',
  createdAt: '',
  updatedAt: '',
  rev: 1,
};
const settings: Settings = { ...DEFAULT_SETTINGS, creditor: { name: 'Paul Durand' } };
const mail = (language: 'fr' | 'en', today: string) =>
  renderTemplate(DEFAULT_TEMPLATES.reminder2, buildTemplateVariables({ invoice, client: { ...town, language }, settings, events: [], today }), language).body;

describe('a public buyer (issue 19): intérêts moratoires, its own law, court and limitation period', () => {
  it('claims intérêts moratoires at one rate for the whole delay and the 40 €, owed without any demand, citing the Code de la commande publique', () => {
    // 10 000 € due 15 Jun 2025, on 20 Jan 2026: interest starts in 2025-S1, ECB 3.15 % + 8 = 11.15 % for all 219 days,
    // 10 000 × 11.15 % × 219 / 365 = 669.00 €; + 40 € = 10 709.00 €, although the delay crosses two semesters and a year.
    const fr = flat(mail('fr', '2026-01-20'));
    expect(fr).toContain(
      'Conformément à l’article L. 2192-13 du Code de la commande publique, ce retard entraîne de plein droit, sans qu’une demande soit nécessaire :',
    );
    expect(fr).toContain('des intérêts moratoires au taux annuel de 11,15 %, soit 669,00 € au 20 janvier 2026');
    expect(fr).toContain('une indemnité forfaitaire pour frais de recouvrement de 40,00 € (article D. 2192-35 du Code de la commande publique)');
    expect(fr).toContain('soit un total dû de 10 709,00 €');
    expect(fr).not.toMatch(/441-10|pénalités de retard|conditions de paiement/);
    const en = flat(mail('en', '2026-01-20'));
    expect(en).toContain('Under Article L2192-13 of the French Public Procurement Code, late payment automatically incurs, without any demand being needed:');
    expect(en).toContain('late-payment interest (intérêts moratoires) at an annual rate of 11.15%');
    expect(en).not.toMatch(/L441-10|payment terms/);
  });

  it('writes a formal notice that cites the public procurement code and the administrative judge, not an injonction de payer', async () => {
    const bytes = await renderFormalNotice({
      creditor: { name: 'Paul Durand', address: ['1 rue des Lilas', '69001 Lyon'], city: 'Lyon' },
      debtor: { name: 'Commune de Villeneuve', address: ['Place de la Mairie', '69400 Villeneuve'], kind: 'public' },
      invoices: [{ number: 'F-2025-040', issueDate: '2025-05-16', dueDate: '2025-06-15', amountDue: eur(1_000_000) }],
      asOf: '2026-01-20',
    });
    const text = flat((await readDocx(bytes)).text);
    expect(text).toContain('des intérêts moratoires au taux de la Banque centrale européenne en vigueur au premier jour du semestre');
    expect(text).toContain('Intérêts moratoires au 20/01/2026 (art. L2192-13 CCP)');
    expect(text).toContain('669,00 €');
    expect(text).toContain('articles L2192-13 et D2192-35 du Code de la commande publique');
    expect(text).toContain('tribunal administratif');
    expect(text).not.toMatch(/injonction de payer|L441-10/);
  });

  it('offers only the administrative référé-provision as a court route', () => {
    const routes = explainJudicialOptions({ amount: eur(300_000), debtor: 'public', asOf: '2026-06-01' });
    expect(routes.options.map((o) => o.id)).toEqual(['refere-provision-administratif']);
    expect(routes.options[0].references).toContain('CJA R541-1');
    expect(routes.summary.fr).toContain('juge administratif');
  });

  it('counts the prescription quadriennale from 1 January after the work, restarted by the creditor’s own written claim', () => {
    const base = { debtor: 'public' as const, issueDate: '2025-05-16', dueDate: '2025-06-15', today: '2026-01-20' };
    const plain = computePrescription({ ...base, events: [] });
    expect(plain).toMatchObject({ years: 4, startsOn: '2026-01-01', lastDay: '2029-12-31', warning: 'none', startAssumed: true });
    const reminder = {
      id: 'e1',
      invoiceId: 'i1',
      seq: 1,
      kind: 'reminder-sent',
      occurredOn: '2027-03-02',
      recordedAt: '',
      prevHash: '',
      hash: '',
      data: {},
    } as unknown as TimelineEvent;
    const claimed = computePrescription({ ...base, events: [reminder], today: '2027-04-01' });
    expect(claimed).toMatchObject({ startsOn: '2028-01-01', lastDay: '2031-12-31', interruptedBy: { eventId: 'e1', on: '2027-03-02', kind: 'written-claim' } });
    expect(claimed.reason.fr).toContain('votre réclamation écrite du 2 mars 2027 l’a interrompu');
    const late = computePrescription({ ...base, events: [{ ...reminder, occurredOn: '2030-02-01' } as TimelineEvent], today: '2030-03-01' });
    expect(late.warning).toBe('expired');
    expect(late.lateAcknowledgement?.on).toBe('2030-02-01');
  });

  it('gives a public buyer 30 days when no due date is known, whatever the user’s longer terms', async () => {
    const ctx = demoContext('2026-01-20');
    await ctx.store.saveSettings({ ...settings, paymentTermsDays: 60 });
    const view = await createInvoice(
      {
        type: 'invoice:create',
        fields: {
          number: 'F-9',
          clientName: 'Mairie de Villeneuve',
          clientEmail: 'compta@villeneuve.fr',
          debtorKind: 'public',
          amountDue: eur(50_000),
          issueDate: '2026-01-05',
        },
      },
      ctx,
    );
    expect(view.invoice.dueDate).toBe('2026-02-04');
    const rows = mapRows(
      { headers: ['Numéro', 'Client', 'Montant', 'Date', 'Type'], rows: [['F-10', 'CHU de Lyon', '100,00', '05/01/2026', 'Collectivité']], delimiter: ';' },
      { number: 'Numéro', clientName: 'Client', amountDue: 'Montant', issueDate: 'Date', clientKind: 'Type' },
      { currency: 'EUR', paymentTermsDays: 60 },
    );
    expect(rows[0].invoice).toMatchObject({ clientKind: 'public', dueDate: '2026-02-04' });
  });

  it('makes a debtor public when the registry gives a legal category of public law (7xxx)', async () => {
    const answer = {
      results: [
        {
          siren: '216901231',
          nom_complet: 'COMMUNE DE LYON',
          nature_juridique: '7210',
          etat_administratif: 'A',
          siege: { adresse: '1 PLACE DE LA COMEDIE 69001 LYON', code_postal: '69001', libelle_commune: 'LYON' },
        },
      ],
    };
    const company = mapCompany(answer, '216901231', '2026-01-20')!;
    expect(company.publicBody).toBe(true);
    expect(mapCompany({ results: [{ ...answer.results[0], nature_juridique: '5710' }] }, '216901231', '2026-01-20')!.publicBody).toBeUndefined();

    const ctx = demoContext('2026-01-20');
    await ctx.store.saveSettings(settings);
    const view = await createInvoice(
      {
        type: 'invoice:create',
        fields: {
          number: 'F-11',
          clientName: 'Ville de Lyon',
          clientEmail: 'factures@lyon.fr',
          debtorKind: 'business',
          amountDue: eur(50_000),
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
        },
      },
      ctx,
    );
    const { client } = await applyLookup(ctx, view.invoice.clientId, { siren: '216901231', company });
    expect(client.kind).toBe('public');
    expect((await ctx.store.getClient(view.invoice.clientId))?.kind).toBe('public');
  });
});
