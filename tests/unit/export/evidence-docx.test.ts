import { describe, expect, it } from 'vitest';
import { renderEvidenceDocx, type EvidenceFileInput } from '../../../utils/export/evidence-docx';
import { readDocx } from './docx-reader';
import { CLIENT, INVOICES, REMINDER_BODY, sampleEvents, SETTINGS } from './sample-case';

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function input(overrides: Partial<EvidenceFileInput> = {}): Promise<EvidenceFileInput> {
  return { creditor: SETTINGS.creditor, client: CLIENT, invoices: INVOICES, events: await sampleEvents(), asOf: '2026-04-10', ...overrides };
}

describe('renderEvidenceDocx', () => {
  it('summarises who owes what since when, with charges', async () => {
    const t = flat((await readDocx(await renderEvidenceDocx(await input()))).text);
    expect(t).toContain('Dossier de recouvrement');
    expect(t).toContain('Dupont SARL (Jean Dupont) · établi le 10 avril 2026');
    expect(t).toContain('Débiteur (professionnel)');
    // 1 000,00 € + 980,50 € outstanding, the oldest due on 9 February.
    expect(t).toContain('la somme de 1 980,50 € en principal au titre de 2 factures impayées, la plus ancienne échue depuis le 9 février 2026 (60 jours)');
    expect(t).toContain('L441-10');
  });

  it('labels the written promise and the partial payment as acknowledgements that interrupted prescription', async () => {
    const t = flat((await readDocx(await renderEvidenceDocx(await input()))).text);
    expect(t).toContain(
      'Promesse écrite de payer valant reconnaissance de dette (article 2240 du Code civil) : interrompt la prescription à la date du 12 février 2026.',
    );
    expect(t).toContain('Paiement partiel valant reconnaissance de dette');
    expect(t).toContain('« Bonjour, je vous règle la facture le 28 février sans faute. »');
    // The reply and the promise drawn from it the same day count once.
    expect(t.match(/Promesse écrite de payer valant/g)).toHaveLength(2); // once in section 2, once in the timeline
    expect(t).toContain(
      'Facture F-2026-014 : prescription de 5 ans (C. com. L110-4) courant du 2 mars 2026 ; dernier jour pour agir en justice le 2 mars 2031.',
    );
    expect(t).toContain('Facture F-2026-021 : prescription de 5 ans (C. com. L110-4) courant du 15 février 2026 ;'); // the invoice date stands in for the end of the work
    expect(t).toContain("ne l'interrompt pas (Cass. com., 18 mai 2022, n° 20-23.204)");
  });

  it('lays out the full timeline in order with every reminder text and every hash', async () => {
    const events = await sampleEvents();
    const t = flat((await readDocx(await renderEvidenceDocx(await input({ events: [...events].reverse() })))).text);
    expect(t).toContain(REMINDER_BODY);
    for (const event of events) expect(t).toContain(event.hash);
    const order = [
      '10 février 2026 · Relance envoyée',
      '12 février 2026 · Réponse du débiteur',
      '2 mars 2026 · Paiement partiel reçu',
      '1er avril 2026 · Mise en demeure envoyée en recommandé',
    ];
    const positions = order.map((s) => t.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('numbers the exhibits like a bordereau de pièces', async () => {
    const t = flat((await readDocx(await renderEvidenceDocx(await input()))).text);
    expect(t).toContain('Cerfa n° 12948');
    expect(t).toContain('n° 12946');
    expect(t).toMatch(/\n1\nFacture n° F-2026-014 \(1 500,00 € TTC\)\n10\/01\/2026/);
    expect(t).toMatch(/\n2\nFacture n° F-2026-021/);
    expect(t).toMatch(/\n3\nDevis signé, bon de commande ou contrat/);
    expect(t).toMatch(/\n4\nCourriel de relance \(première relance\), facture F-2026-014 : « Facture F-2026-014 échue »\n10\/02\/2026/);
    expect(t).toMatch(/\n5\nÉcrit du débiteur promettant le paiement \(reconnaissance de dette\)/);
    expect(t).toMatch(/\n6\nRelevé bancaire du paiement partiel/);
    expect(t).toMatch(/\n7\nLettre de mise en demeure et preuve de dépôt du recommandé n° 1A 234 567 8901 2\n01\/04\/2026/);
    expect(t).toMatch(/\n8\nAvis de réception signé/);
  });

  it('states the chain verification, and where it was altered', async () => {
    const intact = flat((await readDocx(await renderEvidenceDocx(await input()))).text);
    expect(intact).toContain('Facture F-2026-014 : chronologie intègre, 9 événements vérifiés.');
    expect(intact).toContain('Facture F-2026-021 : chronologie intègre, 1 événement vérifié.');
    const events = await sampleEvents();
    Object.assign(events[1].data, { body: 'Texte réécrit' });
    const altered = flat((await readDocx(await renderEvidenceDocx(await input({ events })))).text);
    expect(altered).toContain(
      "Facture F-2026-014 : CHRONOLOGIE ALTÉRÉE à l'événement n° 1 (e1, du 10 février 2026) : le contenu de cet événement a été modifié après son enregistrement.",
    );
  });

  it('writes the English file', async () => {
    const t = flat((await readDocx(await renderEvidenceDocx(await input({ language: 'en' })))).text);
    expect(t).toContain('Debt recovery file');
    expect(t).toContain('Written promise to pay, an acknowledgement of the debt (Article 2240 of the French Civil Code)');
    expect(t).toContain('List of exhibits');
    expect(t).toContain('Invoice F-2026-014: timeline intact, 9 events verified.');
    expect(t).not.toMatch(/Relance envoyée|Facture n°/);
  });

  it('explains consumer interest, which runs only from the formal notice', async () => {
    const t = flat((await readDocx(await renderEvidenceDocx(await input({ client: { ...CLIENT, kind: 'consumer', company: undefined } })))).text);
    expect(t).toContain('Débiteur (consommateur)');
    expect(t).toContain('articles 1231-6 et 1344-1');
    expect(t).toContain('prescription de 2 ans (C. conso. L218-2) courant du 15 février 2026');
    expect(t).not.toContain('indemnité forfaitaire de 40 €');
  });

  it('reports the events checked, then each event laid out, to the page that asked for the dossier', async () => {
    const heard: Array<[string, number, number]> = [];
    const events = await sampleEvents();
    await renderEvidenceDocx(await input({ progress: (step, done, total) => void heard.push([step, done, total]) }));
    expect(heard[0]).toEqual(['checking', events.length, events.length]);
    expect(heard.slice(1)).toEqual(events.map((_, i) => ['writing', i + 1, events.length]));
  });
});
