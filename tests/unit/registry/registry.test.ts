import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { get, track } from '../../../utils/background/handlers/invoice';
import { refreshRegistryChecks, registryLookup } from '../../../utils/background/handlers/registry';
import type { HandlerContext } from '../../../utils/background/router';
import { createConnectionVault } from '../../../utils/connectors/connection-vault';
import type { RemoteDeps } from '../../../utils/connectors/remote-deps';
import { computeLadder } from '../../../utils/legal/ladder';
import type { Client } from '../../../utils/model/client';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { claimDeadline, openClaimDeadline } from '../../../utils/legal/claim-deadline';
import { legalFormLabel } from '../../../utils/registry/legal-forms';
import { proceedingsFromBodacc } from '../../../utils/registry/map-bodacc';
import { mapCompany } from '../../../utils/registry/map-company';
import { sirenToLookUp } from '../../../utils/registry/siren';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { fixture } from '../connectors/fixture';
import { fakeFetch, json } from '../connectors/fake-fetch';

const SIREN = '732829320';

const announcement = (dateparution: string, famille: string, nature: string, extra: Record<string, unknown> = {}) => ({
  dateparution,
  familleavis: 'collective',
  tribunal: 'TRIBUNAL DE COMMERCE DE LYON',
  registre: ['732 829 320', '732829320'],
  jugement: JSON.stringify({ type: 'initial', famille, nature, date: dateparution }),
  ...extra,
});

describe('SIREN', () => {
  it('accepts 9 digits with a valid Luhn key, spaced or inside a SIRET', () => {
    expect(sirenToLookUp('732 829 320')).toBe(SIREN);
    expect(sirenToLookUp('73282932000074')).toBe(SIREN);
    expect(sirenToLookUp('732829321')).toBeUndefined();
    expect(sirenToLookUp('12345678')).toBeUndefined();
    expect(sirenToLookUp('356 000 000')).toBe('356000000');
  });
});

describe('registry mapping', () => {
  it('keeps the result with exactly the SIREN asked for: name, address lines, legal form, active', () => {
    expect(mapCompany(fixture('recherche-entreprises-search.json'), SIREN, '2026-11-23')).toEqual({
      siren: SIREN,
      name: 'MENUISERIE DURAND',
      address: ['12 RUE DES ARTISANS', '69007 LYON'],
      legalForm: 'SARL',
      active: true,
      checkedOn: '2026-11-23',
    });
    expect(mapCompany({ results: [] }, SIREN, '2026-11-23')).toBeUndefined();
    expect(() => mapCompany({ error: 'x' }, SIREN, '2026-11-23')).toThrow(/unexpected answer/);
  });

  it('reads a ceased company with its closing date', () => {
    const ceased = {
      results: [
        {
          siren: SIREN,
          nom_complet: 'JEAN DUPONT',
          nom_raison_sociale: null,
          nature_juridique: '1000',
          etat_administratif: 'C',
          date_fermeture: '2025-12-31',
          siege: { adresse: '3 IMPASSE DU MOULIN 38000 GRENOBLE', code_postal: '38000', libelle_commune: 'GRENOBLE' },
        },
      ],
    };
    expect(mapCompany(ceased, SIREN, '2026-11-23')).toMatchObject({
      name: 'JEAN DUPONT',
      active: false,
      ceasedOn: '2025-12-31',
      legalForm: 'Entrepreneur individuel',
    });
    expect(legalFormLabel('9999')).toBe('catégorie 9999');
  });

  it('folds BODACC announcements: opening of a redressement then conversion into liquidation keeps the opening publication', () => {
    expect(proceedingsFromBodacc(fixture('bodacc-liquidation.json'), SIREN)).toEqual({
      kind: 'liquidation',
      publishedOn: '2026-09-22',
      judgedOn: '2026-10-14',
      court: 'TRIBUNAL DE COMMERCE DE LYON',
    });
    expect(proceedingsFromBodacc(fixture('bodacc-none.json'), SIREN)).toBeUndefined();
  });

  it('ends a sauvegarde at its closing but keeps a closed liquidation (nothing to chase)', () => {
    const sauvegarde = {
      results: [
        announcement('2025-03-01', "Jugement d'ouverture", "Jugement d'ouverture d'une procédure de sauvegarde"),
        announcement('2026-06-01', 'Jugement de clôture', 'Jugement de clôture de la procédure de sauvegarde'),
      ],
    };
    expect(proceedingsFromBodacc(sauvegarde, SIREN)).toBeUndefined();
    const liquidation = {
      results: [
        announcement('2025-03-01', "Jugement d'ouverture", "Jugement d'ouverture de liquidation judiciaire"),
        announcement('2026-06-01', 'Jugement de clôture', "Jugement de clôture pour insuffisance d'actif"),
      ],
    };
    expect(proceedingsFromBodacc(liquidation, SIREN)).toMatchObject({ kind: 'liquidation', publishedOn: '2025-03-01', closedOn: '2026-06-01' });
  });

  it('ignores announcements of another company the full-text query matched, and unreadable judgments', () => {
    const other = {
      results: [
        announcement('2026-01-10', "Jugement d'ouverture", "Jugement d'ouverture de liquidation judiciaire", { registre: ['552 100 554', '552100554'] }),
        { ...announcement('2026-01-11', '', ''), jugement: '{not json' },
      ],
    };
    expect(proceedingsFromBodacc(other, SIREN)).toBeUndefined();
  });

  it('gives two months from the publication, to the next business day', () => {
    expect(claimDeadline('2026-09-22')).toBe('2026-11-23');
    // 22 November + 2 months = 22 January 2027, a Friday.
    expect(claimDeadline('2026-11-22')).toBe('2027-01-22');
    // 31 December + 2 months: no 31 February, the last day of the month (Sunday 28 February 2027) → Monday 1 March.
    expect(claimDeadline('2026-12-31')).toBe('2027-03-01');
  });

  it('is given in the invoice’s view only while the proceedings are open', () => {
    expect(openClaimDeadline({ proceedings: { kind: 'redressement', publishedOn: '2026-09-22' } })).toBe('2026-11-23');
    expect(openClaimDeadline({ proceedings: { kind: 'liquidation', publishedOn: '2025-03-01', closedOn: '2026-06-01' } })).toBeUndefined();
    expect(openClaimDeadline({})).toBeUndefined();
  });
});

describe('the ladder and collective proceedings', () => {
  const inv: Invoice = {
    id: 'inv-1',
    number: 'F-2026-014',
    clientId: 'c-1',
    issueDate: '2026-08-01',
    dueDate: '2026-09-01',
    total: { minor: 125000, currency: 'EUR' },
    amountDue: { minor: 125000, currency: 'EUR' },
    status: 'open',
    stage: 'none',
    sources: [],
    threadIds: [],
    createdAt: '2026-08-01T09:00:00Z',
    updatedAt: '2026-08-01T09:00:00Z',
    rev: 1,
  };
  const base: Client = {
    id: 'c-1',
    name: 'Menuiserie Durand',
    emails: [{ email: 'compta@durand.fr' }],
    kind: 'business',
    language: 'fr',
    createdAt: '2026-08-01T09:00:00Z',
    updatedAt: '2026-08-01T09:00:00Z',
    rev: 1,
  };

  it('stops with the claim deadline in its reason instead of planning a reminder', () => {
    const running = computeLadder({ invoice: inv, client: base, events: [], today: '2026-10-01', settings: DEFAULT_SETTINGS });
    expect(running.status).toBe('active');
    const state = computeLadder({
      invoice: inv,
      client: { ...base, proceedings: { kind: 'redressement', publishedOn: '2026-09-22' } },
      events: [],
      today: '2026-10-01',
      settings: DEFAULT_SETTINGS,
    });
    expect(state.status).toBe('stopped');
    expect(state.next).toBeUndefined();
    expect(state.sendNow).toBeUndefined();
    expect(state.reason.fr).toContain('redressement judiciaire (BODACC du 22 septembre 2026)');
    expect(state.reason.fr).toContain('avant le 23 novembre 2026');
    expect(state.reason.en).toContain('Declare your claim to the mandataire judiciaire by 23 November 2026');
  });
});

describe('registry lookup on a client', () => {
  function context(today = '2026-10-01'): HandlerContext {
    const store = new RelanceStore((onClose) => openRelanceDb(`relance-registry-${Math.random()}`, undefined, onClose));
    return { store, today: () => today };
  }
  function deps(bodacc: string | number, granted = true) {
    const net = fakeFetch([
      [/recherche-entreprises\.api\.gouv\.fr\/search/, () => json(fixture('recherche-entreprises-search.json'))],
      [/bodacc-datadila\.opendatasoft\.com/, () => (typeof bodacc === 'number' ? new Response('', { status: bodacc }) : json(fixture(bodacc)))],
    ]);
    const d: RemoteDeps = {
      fetch: net.fetch,
      vault: createConnectionVault({ get: async () => ({}), set: async () => undefined }),
      hasOrigins: async () => granted,
      sleep: async () => undefined,
    };
    return { d, calls: net.calls };
  }
  const trackFor = (ctx: HandlerContext) =>
    track(
      {
        type: 'invoice:track',
        fields: {
          number: 'F-2026-050',
          amountDue: { minor: 300000, currency: 'EUR' },
          issueDate: '2026-08-01',
          dueDate: '2026-09-01',
          debtor: { name: 'M. Durand', email: 'compta@durand.fr' },
          debtorKind: 'business',
        },
      },
      ctx,
    );

  it('writes the registry name and address on the client, stops the ladder and notes the check once', async () => {
    const ctx = context();
    const view = await trackFor(ctx);
    const { d, calls } = deps('bodacc-liquidation.json');
    const result = await registryLookup(ctx, d, { clientId: view.client.id, siren: '732 829 320' });
    expect(result).toMatchObject({
      ok: true,
      siren: SIREN,
      company: { name: 'MENUISERIE DURAND' },
      proceedings: { kind: 'liquidation', publishedOn: '2026-09-22' },
      claimDeadline: '2026-11-23',
      held: 1,
    });
    const bodaccQuery = new URL(calls[1].url).searchParams.get('where');
    expect(bodaccQuery).toBe('registre like "732829320" and familleavis="collective"');
    const after = await get({ type: 'invoice:get', invoiceId: view.invoice.id }, ctx);
    expect(after.client).toMatchObject({
      siren: SIREN,
      company: 'MENUISERIE DURAND',
      address: ['12 RUE DES ARTISANS', '69007 LYON'],
      proceedings: { kind: 'liquidation' },
    });
    expect(after.invoice.nextActionDate).toBeUndefined();
    expect(after.next).toBeUndefined();
    // The sidebar shows the declaration's last day as the view gives it: the law stays out of the content script.
    expect(after.claimDeadline).toBe('2026-11-23');
    expect(after.notes.join(' ')).toContain('Déclarez votre créance au mandataire judiciaire avant le 23 novembre 2026');
    expect(after.timeline.at(-1)).toMatchObject({
      kind: 'registry-check',
      data: { siren: SIREN, active: true, proceedings: 'liquidation', publishedOn: '2026-09-22' },
    });
    // The same answer again: no new event.
    await registryLookup(ctx, d, { clientId: view.client.id });
    expect((await ctx.store.timeline(view.invoice.id)).filter((e) => e.kind === 'registry-check')).toHaveLength(1);
  });

  it('keeps the company facts when the BODACC is down, and changes no proceeding', async () => {
    const ctx = context();
    const view = await trackFor(ctx);
    const result = await registryLookup(ctx, deps(503).d, { clientId: view.client.id, siren: SIREN });
    expect(result).toMatchObject({ ok: true, bodaccUnavailable: true, company: { active: true }, held: 0 });
    expect((await get({ type: 'invoice:get', invoiceId: view.invoice.id }, ctx)).next).toBeDefined();
  });

  it('refuses a bad SIREN and a lookup the user has not allowed', async () => {
    const ctx = context();
    expect(await registryLookup(ctx, deps('bodacc-none.json').d, { siren: '732829321' })).toMatchObject({ ok: false, error: { reason: 'siren' } });
    expect(await registryLookup(ctx, deps('bodacc-none.json', false).d, { siren: SIREN })).toMatchObject({ ok: false, error: { code: 'permission' } });
  });

  it('re-checks on the daily alarm only debtors with a SIREN who still owe, at most weekly', async () => {
    const ctx = context();
    const view = await trackFor(ctx);
    await ctx.store.exclusive(async () => ctx.store.putClient({ ...(await ctx.store.getClient(view.client.id))!, siren: SIREN }));
    const { d, calls } = deps('bodacc-none.json');
    await refreshRegistryChecks(ctx, d);
    expect(calls).toHaveLength(2);
    await refreshRegistryChecks(ctx, d);
    expect(calls).toHaveLength(2);
  });
});
