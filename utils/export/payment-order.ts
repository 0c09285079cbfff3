import type { Money } from '../mail/types';
import type { SemesterRates } from '../legal/rates';
import type { LateChargesPeriod } from '../legal/late-charges';
import { paymentOrderCourt, type PaymentOrderCourtKind } from '../legal/payment-order-court';
import { paymentOrderWarnings } from '../legal/payment-order-warnings';
import { isNaturalPersonForm } from '../legal/merchant-status';
import { formatDateLong } from '../templates/format-date';
import { formatMoney, formatPercent } from '../templates/format-money';
import { para, type BlockDocument, type DocumentBlock } from './document-blocks';
import { courtClaimAmounts } from './court-claim-amounts';
import type { FormalNoticeAmounts, FormalNoticeInvoice } from './formal-notice-amounts';
import type { Party } from './party-lines';
import { formatIban } from '../validate/iban';
import { paymentQrBlock } from './payment-qr-block';
import { shortDate } from './short-date';

export interface PaymentOrderInput {
  creditor: Party & { iban?: string; city?: string; legalForm?: string; isMerchant?: boolean };
  debtor: Party & { kind: 'business' | 'consumer' | 'public'; legalForm?: string; isMerchant?: boolean };
  invoices: FormalNoticeInvoice[];
  formalNotice?: { date: string; trackingNumber?: string; deliveredOn?: string };
  /** Chosen from the parties when absent (legal/payment-order-court.ts). */
  court?: { kind: PaymentOrderCourtKind; name?: string };
  /** Extra exhibits beyond the invoices, the formal notice and its proof of delivery. */
  pieces?: string[];
  asOf: string;
  /** The court reads French. */
  language?: 'fr';
  /** Rate table with the user's corrections (effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
}

const money = (m: Money) => formatMoney(m, 'fr');
const day = (d: string) => shortDate(d, 'fr');
const longDay = (d: string) => formatDateLong(d, 'fr');

/**
 * The requête en injonction de payer (CPC 1405–1407) as blocks, for the DOCX (docx-blocks.ts) and the print page alike:
 * parties, court, exact sum with its breakdown, legal basis, bordereau.
 */
export function paymentOrderDocument(input: PaymentOrderInput): BlockDocument {
  const { creditor, debtor, formalNotice } = input;
  const court =
    input.court?.kind ??
    paymentOrderCourt({
      debtorKind: debtor.kind,
      debtorLegalForm: debtor.legalForm,
      creditorLegalForm: creditor.legalForm,
      debtorIsMerchant: debtor.isMerchant,
      creditorIsMerchant: creditor.isMerchant,
    });
  const amounts = courtClaimAmounts(input);
  const creditorIsNaturalPerson = isNaturalPersonForm(creditor.legalForm);
  const numbers = input.invoices.map((i) => i.number);
  const lateInvoices = amounts.lines.filter((l) => l.charges.days > 0).length;
  const judge = court === 'tribunal-de-commerce' ? 'Monsieur ou Madame le Président du' : 'Monsieur ou Madame le Juge du';
  const courtName = input.court?.name ?? (court === 'tribunal-de-commerce' ? 'Tribunal de commerce de …………………' : 'Tribunal judiciaire de …………………');
  const pieces = exhibits(input);
  const firstNoticePiece = input.invoices.length + 1;

  const blocks: DocumentBlock[] = [
    { kind: 'heading', text: 'REQUÊTE EN INJONCTION DE PAYER' },
    para('(articles 1405 à 1425 du Code de procédure civile)', { italics: true }, 'center'),
    para(`À ${judge} ${courtName}`, { bold: true }),
    para(
      `Juridiction du ${debtor.kind === 'consumer' ? 'domicile' : 'siège'} du débiteur (article 1406 du Code de procédure civile) : ${court === 'tribunal-de-commerce' ? 'créance commerciale entre commerçants (article L721-3 du Code de commerce).' : debtor.kind === 'business' ? 'créance civile (le requérant ou le débiteur n’est pas commerçant).' : 'créance civile.'}`,
      { italics: true },
    ),
    para('LE REQUÉRANT (CRÉANCIER)', { bold: true }),
    { kind: 'lines', lines: identityLines(creditor, creditorIsNaturalPerson ? 'person' : 'company', true) },
    para(''),
    para('LE DÉBITEUR', { bold: true }),
    { kind: 'lines', lines: identityLines(debtor, debtor.kind === 'consumer' ? 'consumer' : debtor.kind === 'public' ? 'public' : 'company') },
    para(''),
    para('OBJET DE LA DEMANDE', { bold: true }),
    para(
      `Le requérant sollicite une ordonnance enjoignant au débiteur de lui payer la somme de ${money(amounts.total)}, arrêtée au ${longDay(input.asOf)}, dont le détail suit.`,
      {},
      'justify',
    ),
    para('EXPOSÉ DES FAITS', { bold: true }),
    para(factsText(input, amounts, firstNoticePiece), {}, 'justify'),
    para('DÉCOMPTE DE LA CRÉANCE (article 1407 du Code de procédure civile)', { bold: true }),
    para('1. Principal (factures toutes taxes comprises, déduction faite des paiements reçus)'),
    {
      kind: 'table',
      table: {
        columns: [{ width: 8 }, { width: 28 }, { width: 20 }, { width: 20 }, { width: 24, align: 'right' }],
        header: ['Pièce', 'Facture', 'Émise le', 'Échue le', 'Reste dû'],
        rows: amounts.lines.map(({ invoice, charges }, index) => [
          String(index + 1),
          invoice.number,
          invoice.issueDateUnknown ? '—' : day(invoice.issueDate),
          day(invoice.dueDate),
          money(charges.outstanding),
        ]),
        footer: [['Total du principal', money(amounts.principal)]],
      },
    },
    ...interestBlocks(input, amounts),
    ...indemnityBlocks(debtor.kind, lateInvoices, amounts),
    para('4. Récapitulatif'),
    {
      kind: 'table',
      table: {
        columns: [{ width: 70 }, { width: 30, align: 'right' }],
        rows: [
          ['Principal', money(amounts.principal)],
          [`Intérêts arrêtés au ${day(input.asOf)}`, money(amounts.interest)],
          ['Indemnités forfaitaires pour frais de recouvrement', money(amounts.indemnity)],
        ],
        footer: [['Somme totale réclamée', money(amounts.total)]],
      },
    },
    para('FONDEMENT JURIDIQUE', { bold: true }),
    ...legalBasis(debtor.kind, numbers).map((line) => para(`– ${line}`, {}, 'justify')),
    para('PAR CES MOTIFS', { bold: true }),
    para(`Le requérant prie ${judge} ${courtName} de bien vouloir rendre une ordonnance enjoignant à ${debtor.name} de lui payer :`, {}, 'justify'),
    ...demandLines(debtor.kind, amounts, input.asOf).map((line) => para(`– ${line}`)),
    para('ainsi que les dépens.'),
    para(`Fait à ${creditor.city ?? '…………………'}, le ${longDay(input.asOf)}`, {}, 'right'),
    { kind: 'lines', lines: ['Signature du requérant :', '', '', signatory(creditor)], indent: true, plainFirst: true },
    para(''),
    para('BORDEREAU DES PIÈCES COMMUNIQUÉES', { bold: true }),
    {
      kind: 'table',
      table: { columns: [{ width: 12 }, { width: 88 }], header: ['N°', 'Pièce'], rows: pieces.map((piece, index) => [String(index + 1), piece]) },
    },
    {
      kind: 'warning',
      title: 'À vérifier avant le dépôt (ce que Relance ne peut pas faire pour vous) :',
      items: paymentOrderWarnings({
        court,
        debtorKind: debtor.kind,
        total: amounts.total,
        formalNotice,
        creditorIsNaturalPerson,
        debtorAddressKnown: (debtor.address ?? []).some((l) => l.trim() !== ''),
        asOf: input.asOf,
      }).map((w) => w.fr),
    },
    ...paymentAnnex(creditor, amounts.total, numbers),
  ];
  return { title: `Requête en injonction de payer – ${numbers.join(', ')}`, creator: creditor.name, language: 'fr', blocks };
}

/** The identity lines art. 57 CPC asks for: a company's form, seat and representative; a person's domicile. */
function identityLines(
  party: PaymentOrderInput['creditor'] | PaymentOrderInput['debtor'],
  as: 'company' | 'person' | 'consumer' | 'public',
  creditor = false,
): string[] {
  const address = (party.address ?? []).join(', ') || '…………………';
  const lines = [party.name];
  if (party.legalForm) lines.push(`Forme juridique : ${party.legalForm}`);
  else if (as === 'public') lines.push('Forme juridique : personne morale de droit public');
  else if (as === 'company') lines.push('Forme juridique : …………………');
  if (party.siren) lines.push(`SIREN : ${party.siren}`);
  lines.push(`${as === 'company' || as === 'public' ? 'Siège' : 'Domicile'} : ${address}`);
  if (party.representative && party.representative !== party.name)
    lines.push(`${as === 'person' || as === 'consumer' ? 'Personne à contacter' : 'Représentée par'} : ${party.representative}`);
  // Art. 54 CPC: a company filing names the body that legally represents it.
  else if (as === 'company' && creditor) lines.push('Représentée par : ………………… (représentant légal)');
  if (as === 'person') lines.push('Profession : …………………', 'Nationalité : …………………', 'Né(e) le ………………… à …………………');
  if (party.vatId) lines.push(`TVA intracommunautaire : ${party.vatId}`);
  if (party.email) lines.push(`Courriel : ${party.email}`);
  return lines;
}

function factsText(input: PaymentOrderInput, amounts: FormalNoticeAmounts, firstNoticePiece: number): string {
  const count = input.invoices.length;
  const invoices =
    count > 1
      ? `les factures n° ${input.invoices.map((i) => i.number).join(', ')} (pièces n° 1 à ${count})`
      : `la facture n° ${input.invoices[0].number} (pièce n° 1)`;
  const facts = [
    `Le requérant a fourni au débiteur les prestations ou marchandises facturées par ${invoices}, pour un reste dû de ${money(amounts.principal)}. ${count > 1 ? 'Ces factures sont échues et demeurent impayées' : 'Cette facture est échue et demeure impayée'} malgré les relances.`,
  ];
  const notice = input.formalNotice;
  if (notice) {
    const letter = notice.trackingNumber
      ? `par lettre recommandée avec accusé de réception n° ${notice.trackingNumber}`
      : 'par lettre recommandée avec accusé de réception';
    const received = notice.deliveredOn ? `, distribuée le ${longDay(notice.deliveredOn)} (pièce n° ${firstNoticePiece + 1})` : '';
    facts.push(
      `Le débiteur a été mis en demeure de payer le ${longDay(notice.date)} ${letter} (pièce n° ${firstNoticePiece})${received}, sans effet à ce jour.`,
    );
  }
  return facts.join(' ');
}

function interestBlocks(input: PaymentOrderInput, amounts: FormalNoticeAmounts): DocumentBlock[] {
  const kind = input.debtor.kind;
  const title =
    kind === 'business'
      ? '2. Pénalités de retard (article L441-10 II du Code de commerce) : taux de refinancement de la BCE majoré de 10 points, ou taux contractuel, pour chaque semestre, sur le montant TTC, jours / 365'
      : kind === 'public'
        ? '2. Intérêts moratoires (articles L2192-13 et R2192-31 du Code de la commande publique) : taux de refinancement de la BCE en vigueur au premier jour du semestre où ils ont commencé à courir, majoré de 8 points, jours / 365'
        : `2. Intérêts au taux légal (articles 1231-6 et 1344-1 du Code civil) à compter de la mise en demeure${input.formalNotice ? ` reçue le ${longDay(input.formalNotice.deliveredOn ?? input.formalNotice.date)}` : ''}, jours / 365`;
  const rows = amounts.lines.flatMap(({ invoice, charges }) =>
    charges.periods.map((p: LateChargesPeriod, index) => [
      index === 0 ? invoice.number : '',
      `du ${day(p.from)} au ${day(p.to)}${p.base ? ` sur ${money(p.base)}` : ''}`,
      String(p.days),
      formatPercent(p.ratePercent, 'fr') + (p.floored ? ' (plancher légal)' : '') + (p.estimated ? ' (taux du dernier semestre connu)' : ''),
      money(p.interest),
    ]),
  );
  if (rows.length === 0)
    return [
      para(title, {}, 'justify'),
      para(kind === 'consumer' && !input.formalNotice ? 'Aucun intérêt ne court avant la mise en demeure : néant.' : 'Néant à ce jour.', { italics: true }),
    ];
  return [
    para(title, {}, 'justify'),
    {
      kind: 'table',
      table: {
        columns: [{ width: 20 }, { width: 38 }, { width: 10, align: 'right' }, { width: 14, align: 'right' }, { width: 18, align: 'right' }],
        header: ['Facture', 'Période', 'Jours', 'Taux annuel', 'Montant'],
        rows,
        footer: [[`Total des intérêts au ${day(input.asOf)}`, money(amounts.interest)]],
        size: 18,
      },
    },
  ];
}

function indemnityBlocks(kind: PaymentOrderInput['debtor']['kind'], lateInvoices: number, amounts: FormalNoticeAmounts): DocumentBlock[] {
  if (kind === 'consumer') return [para('3. Indemnité forfaitaire pour frais de recouvrement : non applicable à un consommateur.')];
  const basis = kind === 'public' ? 'articles L2192-13 et D2192-35 du Code de la commande publique' : 'articles L441-10 II et D441-5 du Code de commerce';
  if (amounts.indemnityOutsideTotal)
    return [
      para(
        `3. Indemnité forfaitaire pour frais de recouvrement (${basis}) : 40,00 € par facture payée en retard, soit ${money(amounts.indemnityOutsideTotal)}, due en euros en sus.`,
        {},
        'justify',
      ),
    ];
  return [
    para(
      `3. Indemnité forfaitaire pour frais de recouvrement (${basis}) : 40,00 € × ${lateInvoices} facture${lateInvoices > 1 ? 's' : ''} = ${money(amounts.indemnity)}.`,
      {},
      'justify',
    ),
  ];
}

function legalBasis(kind: PaymentOrderInput['debtor']['kind'], numbers: string[]): string[] {
  const lines = [
    `le contrat liant les parties et ${numbers.length > 1 ? 'les factures' : 'la facture'} n° ${numbers.join(', ')}, qui en constate${numbers.length > 1 ? 'nt' : ''} l’exécution ; article 1103 du Code civil (force obligatoire des contrats) ;`,
    'articles 1344 et 1344-1 du Code civil (mise en demeure du débiteur) ;',
  ];
  if (kind === 'business')
    lines.push(
      'article L441-10 du Code de commerce (pénalités de retard exigibles de plein droit le jour suivant l’échéance, sans rappel) et article D441-5 du même code (indemnité forfaitaire de 40 €) ;',
    );
  if (kind === 'consumer') lines.push('article 1231-6 du Code civil (intérêts au taux légal à compter de la mise en demeure) ;');
  if (kind === 'public')
    lines.push(
      'articles L2192-12 et suivants, R2192-31 et suivants du Code de la commande publique (délai de paiement, intérêts moratoires et indemnité forfaitaire dus de plein droit) ;',
    );
  lines.push('articles 1405 à 1425 du Code de procédure civile (procédure d’injonction de payer).');
  return lines;
}

function demandLines(kind: PaymentOrderInput['debtor']['kind'], amounts: FormalNoticeAmounts, asOf: string): string[] {
  const lines = [`la somme de ${money(amounts.principal)} en principal ;`];
  if (amounts.interest.minor > 0) {
    const what = kind === 'business' ? 'pénalités de retard arrêtées' : kind === 'public' ? 'intérêts moratoires arrêtés' : 'intérêts au taux légal arrêtés';
    lines.push(
      `la somme de ${money(amounts.interest)} au titre des ${what} au ${longDay(asOf)}, outre ${kind === 'business' ? 'celles' : 'ceux'} à courir jusqu’au parfait paiement ;`,
    );
  }
  if (amounts.indemnity.minor > 0) lines.push(`la somme de ${money(amounts.indemnity)} au titre de l’indemnité forfaitaire pour frais de recouvrement ;`);
  lines.push(`soit au total ${money(amounts.total)} ;`);
  return lines;
}

/** The bordereau: invoices first (pieces 1…n, as the facts cite them), then the notice and its delivery, then the user's own. */
function exhibits(input: PaymentOrderInput): string[] {
  const list = input.invoices.map(
    (i) => `Facture n° ${i.number}${i.issueDateUnknown ? '' : ` du ${day(i.issueDate)}`}, échue le ${day(i.dueDate)}, ${money(i.amountDue)} restant dû`,
  );
  const notice = input.formalNotice;
  if (notice) {
    list.push(`Mise en demeure du ${day(notice.date)}${notice.trackingNumber ? `, lettre recommandée n° ${notice.trackingNumber}` : ''}`);
    list.push(
      notice.deliveredOn
        ? `Avis de réception / preuve de distribution du ${day(notice.deliveredOn)}`
        : 'Preuve de dépôt de la lettre recommandée (avis de réception à joindre dès son retour)',
    );
  }
  return [...list, ...(input.pieces ?? []).map((p) => p.trim()).filter((p) => p !== '')];
}

function signatory(creditor: PaymentOrderInput['creditor']): string {
  const representative = creditor.representative?.trim();
  return representative && representative !== creditor.name ? `${representative}, pour ${creditor.name}` : creditor.name;
}

/** The payment details after the bordereau: the debtor may still pay, and the QR code makes it one scan. */
function paymentAnnex(creditor: PaymentOrderInput['creditor'], total: Money, numbers: string[]): DocumentBlock[] {
  if (!creditor.iban) return [];
  const qr = paymentQrBlock({ creditor, amount: total, invoiceNumbers: numbers, language: 'fr' });
  return [
    { kind: 'page-break' },
    para('ANNEXE – COORDONNÉES DE RÈGLEMENT', { bold: true }),
    para('Le débiteur peut se libérer à tout moment par virement sur le compte suivant :'),
    {
      kind: 'lines',
      lines: [`IBAN : ${formatIban(creditor.iban)}`, `Titulaire : ${creditor.name}`, `Montant : ${money(total)}`, `Référence : ${numbers.join(', ')}`],
      plainFirst: true,
    },
    para(''),
    ...(qr ? [qr] : []),
  ];
}
