import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { paymentOrderDocument, type PaymentOrderInput } from '../../../utils/export/payment-order';
import { renderBlocksDocx } from '../../../utils/export/docx-blocks';
import { formalNoticeAmounts } from '../../../utils/export/formal-notice-amounts';
import { renderFormalNotice } from '../../../utils/export/formal-notice';
import { computeLateCharges } from '../../../utils/legal/late-charges';
import { epcQrPayload } from '../../../utils/payment/epc-qr';
import { readDocx } from './docx-reader';

/** The requête as the export handler makes it: its blocks, packed as DOCX. */
const renderPaymentOrderRequest = (input: PaymentOrderInput) => renderBlocksDocx(paymentOrderDocument(input));

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const IBAN = 'FR7630006000011234567890189';

const TWO_INVOICES = [
  { number: 'F-2026-014', issueDate: '2026-01-10', dueDate: '2026-02-09', amountDue: eur(150000) },
  { number: 'F-2026-021', issueDate: '2026-02-15', dueDate: '2026-03-17', amountDue: eur(98050) },
];

/** A commercial debt between two companies: SAS creditor, SARL debtor. */
const COMMERCIAL: PaymentOrderInput = {
  creditor: {
    name: 'Atelier Martin SAS',
    legalForm: 'SAS',
    siren: '812345678',
    address: ['12 rue des Lilas', '69003 Lyon'],
    representative: 'Camille Martin, présidente',
    email: 'camille@atelier-martin.fr',
    iban: IBAN,
    city: 'Lyon',
  },
  debtor: {
    name: 'Dupont SARL',
    kind: 'business',
    legalForm: 'SARL',
    siren: '123456789',
    address: ['5 avenue Foch', '75016 Paris'],
    representative: 'Jean Dupont, gérant',
  },
  invoices: TWO_INVOICES,
  formalNotice: { date: '2026-04-01', trackingNumber: '1A23456789012', deliveredOn: '2026-04-03' },
  pieces: ['Devis signé du 5 janvier 2026'],
  asOf: '2026-06-01',
};

async function text(input: PaymentOrderInput): Promise<string> {
  return flat((await readDocx(await renderPaymentOrderRequest(input))).text);
}

describe('renderPaymentOrderRequest: hand-computed requêtes', () => {
  it('B2B commercial: the président du tribunal de commerce, L441-10 penalties per invoice, 40 € each', async () => {
    // 2026-S1: ECB 2.15 % + 10 = 12.15 %. 1 500 € × 12.15 % × 112 / 365 = 55.92 €; 980.50 € × 12.15 % × 76 / 365 = 24.81 €.
    const t = await text(COMMERCIAL);
    for (const expected of [
      'À Monsieur ou Madame le Président du Tribunal de commerce de',
      'créance commerciale entre commerçants',
      'Atelier Martin SAS',
      'Forme juridique : SAS',
      'SIREN : 812345678',
      'Siège : 12 rue des Lilas, 69003 Lyon',
      'Représentée par : Camille Martin, présidente',
      'Dupont SARL',
      'Forme juridique : SARL',
      'SIREN : 123456789',
      'Siège : 5 avenue Foch, 75016 Paris',
      'du 10/02/2026 au 01/06/2026',
      '12,15 %',
      '55,92 €',
      '24,81 €',
      'Total des intérêts au 01/06/2026',
      '80,73 €',
      '40,00 € × 2 factures = 80,00 €',
      'Somme totale réclamée',
      '2 641,23 €',
      'article L441-10 du Code de commerce',
      'article D441-5',
      'mis en demeure de payer le 1er avril 2026 par lettre recommandée avec accusé de réception n° 1A23456789012 (pièce n° 3), distribuée le 3 avril 2026 (pièce n° 4)',
      'Devis signé du 5 janvier 2026',
      'Fait à Lyon, le 1er juin 2026',
      'Camille Martin, présidente, pour Atelier Martin SAS',
    ])
      expect(t).toContain(expected);
    expect(t).not.toContain('avocat');
    const amounts = formalNoticeAmounts({ debtorKind: 'business', invoices: TWO_INVOICES, asOf: '2026-06-01' });
    const charges = TWO_INVOICES.map((i) => computeLateCharges({ principal: i.amountDue, dueDate: i.dueDate, asOf: '2026-06-01', debtor: 'business' }));
    expect(charges.map((c) => c.interest.minor)).toEqual([5592, 2481]);
    expect(amounts.total.minor).toBe(charges.reduce((s, c) => s + c.total.minor, 0));
    expect(amounts.total.minor).toBe(264123);
  });

  it('B2B with a civil creditor (a freelancer, no commercial form): the tribunal judiciaire, same amounts, the creditor’s art. 57 identity to complete', async () => {
    const input: PaymentOrderInput = {
      ...COMMERCIAL,
      creditor: {
        name: 'Camille Martin',
        legalForm: 'Entrepreneur individuel',
        siren: '812345678',
        address: ['12 rue des Lilas', '69003 Lyon'],
        iban: IBAN,
        city: 'Lyon',
      },
    };
    const t = await text(input);
    for (const expected of [
      'À Monsieur ou Madame le Juge du Tribunal judiciaire de',
      'créance civile (le requérant ou le débiteur n’est pas commerçant)',
      'Domicile : 12 rue des Lilas, 69003 Lyon',
      'Nationalité :',
      'Né(e) le',
      'article 57 du Code de procédure civile',
      '2 641,23 €',
    ]) {
      expect(t).toContain(expected);
    }
    expect(t).not.toContain('Tribunal de commerce de');
  });

  it('consumer: legal interest (rate b) from the notice’s receipt, no indemnity, tribunal judiciaire', async () => {
    // 2026-S1 rate (b) 2.62 %; the notice was received on 3 March: 4 March … 1 June = 90 days.
    // 2 000 € × 2.62 % × 90 / 365 = 12.92 €.
    const invoices = [{ number: 'F-2026-003', issueDate: '2025-12-16', dueDate: '2026-01-15', amountDue: eur(200000) }];
    const input: PaymentOrderInput = {
      creditor: COMMERCIAL.creditor,
      debtor: { name: 'Léa Bernard', kind: 'consumer', address: ['3 place Bellecour', '69002 Lyon'] },
      invoices,
      formalNotice: { date: '2026-03-01', trackingNumber: '1A11111111111', deliveredOn: '2026-03-03' },
      asOf: '2026-06-01',
    };
    const t = await text(input);
    for (const expected of [
      'Juge du Tribunal judiciaire',
      'Domicile : 3 place Bellecour, 69002 Lyon',
      'taux légal',
      'reçue le 3 mars 2026',
      'du 04/03/2026 au 01/06/2026',
      '90',
      '2,62 %',
      '12,92 €',
      'non applicable à un consommateur',
      '2 012,92 €',
      'article 1231-6 du Code civil',
    ]) {
      expect(t).toContain(expected);
    }
    expect(t).not.toContain('D441-5');
    const charges = computeLateCharges({
      principal: eur(200000),
      dueDate: '2026-01-15',
      asOf: '2026-06-01',
      debtor: 'consumer',
      formalNoticeDate: '2026-03-03',
    });
    expect(charges.interest.minor).toBe(1292);
    expect(charges.total.minor).toBe(201292);
  });

  it('public buyer: ECB + 8 points of the semester the interest started in, for the whole delay, 40 €, lawyer and administrative-court warnings', async () => {
    // Interest from 1 Dec 2025 (2025-S2, ECB 2.15 % + 8 = 10.15 %) to 1 Mar 2026, same rate across the semesters:
    // 10 000 € × 10.15 % × 31 / 365 = 86.21 €; × 60 / 365 = 166.85 €. Total 10 000 + 253.06 + 40 = 10 293.06 €.
    const invoices = [{ number: 'F-2025-090', issueDate: '2025-10-31', dueDate: '2025-11-30', amountDue: eur(1_000_000) }];
    const input: PaymentOrderInput = {
      creditor: COMMERCIAL.creditor,
      debtor: { name: 'Commune de Villeurbanne', kind: 'public', siren: '216902647', address: ['Place Lazare-Goujon', '69100 Villeurbanne'] },
      invoices,
      formalNotice: { date: '2026-01-20' },
      asOf: '2026-03-01',
    };
    const t = await text(input);
    for (const expected of [
      'Intérêts moratoires',
      'majoré de 8 points',
      '10,15 %',
      '86,21 €',
      '166,85 €',
      '253,06 €',
      'D2192-35',
      '10 293,06 €',
      'Code de la commande publique',
      'personne morale de droit public',
      'avocat',
      'tribunal administratif',
      'La réception de la mise en demeure n’est pas enregistrée',
    ]) {
      expect(t).toContain(expected);
    }
    const charges = computeLateCharges({ principal: eur(1_000_000), dueDate: '2025-11-30', asOf: '2026-03-01', debtor: 'public' });
    expect(charges.periods.map((p) => [p.ratePercent, p.days, p.interest.minor])).toEqual([
      [10.15, 31, 8621],
      [10.15, 60, 16685],
    ]);
    expect(charges.total.minor).toBe(1_029_306);
  });

  it('follows the court the caller chose and numbers the bordereau without a formal notice', () => {
    const doc = paymentOrderDocument({
      ...COMMERCIAL,
      formalNotice: undefined,
      pieces: undefined,
      court: { kind: 'tribunal-judiciaire', name: 'Tribunal judiciaire de Paris' },
    });
    const plain = JSON.stringify(doc.blocks);
    expect(plain).toContain('Juge du Tribunal judiciaire de Paris');
    expect(plain).toContain('Aucune mise en demeure n’est enregistrée');
    const bordereau = doc.blocks.find((b) => b.kind === 'table' && b.table.header?.[1] === 'Pièce');
    expect(bordereau && bordereau.kind === 'table' && bordereau.table.rows.map((r) => r[0])).toEqual(['1', '2']);
  });
});

describe('what the law asks that the app cannot know', () => {
  it('leaves the company creditor’s legal representative to fill in and warns when the debtor’s address is missing', () => {
    const doc = paymentOrderDocument({
      ...COMMERCIAL,
      creditor: { ...COMMERCIAL.creditor, representative: undefined },
      debtor: { ...COMMERCIAL.debtor, address: undefined },
    });
    const plain = JSON.stringify(doc.blocks);
    expect(plain).toContain('Représentée par : ………………… (représentant légal)');
    expect(plain).toContain('Siège : …………………');
    expect(plain).toContain('L’adresse du débiteur manque');
  });
});

const hasZbar = spawnSync('zbarimg', ['--version'], { stdio: 'ignore' }).status === 0;

/** The text of the one QR image inside a DOCX, read by zbarimg. */
async function docxQrText(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  expect(images).toHaveLength(1);
  const dir = mkdtempSync(join(tmpdir(), 'relance-qr-'));
  try {
    const file = join(dir, 'qr.gif');
    writeFileSync(file, await zip.file(images[0])!.async('uint8array'));
    return spawnSync('zbarimg', ['--raw', '-q', '-Sbinary', file], { encoding: 'utf8' }).stdout.replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasZbar)('the payment QR code decodes to the amount due and the invoice numbers (install zbar-tools to run)', () => {
  const expected = epcQrPayload({ name: 'Atelier Martin SAS', iban: IBAN, amount: eur(264123), text: 'Factures F-2026-014, F-2026-021' });
  it('on the requête’s annex', async () => {
    expect(await docxQrText(await renderPaymentOrderRequest(COMMERCIAL))).toBe(expected);
  });
  it('on the mise en demeure, for the same total on the same day', async () => {
    const notice = await renderFormalNotice({
      creditor: COMMERCIAL.creditor,
      debtor: { ...COMMERCIAL.debtor, kind: 'business' },
      invoices: TWO_INVOICES,
      asOf: '2026-06-01',
    });
    expect(await docxQrText(notice)).toBe(expected);
  });
});

const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasLibreOffice)('LibreOffice reads every CPC 1407 mention of the requête (install libreoffice-writer-nogui to run)', () => {
  it('converts the DOCX to text with parties, court, sum and breakdown, legal basis, notice, bordereau, date and signature', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-lo-'));
    try {
      const docx = join(dir, 'requete.docx');
      writeFileSync(docx, await renderPaymentOrderRequest(COMMERCIAL));
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, docx], {
        stdio: 'ignore',
        timeout: 150_000,
      });
      expect(existsSync(join(dir, 'requete.txt'))).toBe(true);
      const t = flat(readFileSync(join(dir, 'requete.txt'), 'utf8')).replace(/\s+/g, ' ');
      for (const expected of [
        'REQUÊTE EN INJONCTION DE PAYER',
        // parties, identities, legal forms, SIREN, addresses (CPC 57)
        'Atelier Martin SAS',
        'Forme juridique : SAS',
        'SIREN : 812345678',
        '12 rue des Lilas, 69003 Lyon',
        'Dupont SARL',
        'Forme juridique : SARL',
        'SIREN : 123456789',
        '5 avenue Foch, 75016 Paris',
        // court at the debtor's seat
        'Président du Tribunal de commerce',
        'article 1406',
        // exact sum and its breakdown
        '2 480,50 €',
        '55,92 €',
        '24,81 €',
        '12,15 %',
        '80,00 €',
        '2 641,23 €',
        // legal basis
        'article L441-10 du Code de commerce',
        'D441-5',
        'articles 1344 et 1344-1 du Code civil',
        // formal notice with its date, number and delivery
        '1er avril 2026',
        '1A23456789012',
        'distribuée le 3 avril 2026',
        // bordereau of numbered pieces
        'BORDEREAU DES PIÈCES',
        'Facture n° F-2026-014',
        'Avis de réception',
        // date, place, signature
        'Fait à Lyon, le 1er juin 2026',
        'Signature du requérant',
      ])
        expect(t).toContain(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
