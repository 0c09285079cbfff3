import type { Money } from '../mail/types';
import { COURT_LINKS } from '../legal/court-steps';
import { formatDateLong } from '../templates/format-date';
import { formatMoney } from '../templates/format-money';
import { para, type BlockDocument, type DocumentBlock } from './document-blocks';
import { courtClaimAmounts } from './court-claim-amounts';
import { partyLines } from './party-lines';
import type { PaymentOrderInput } from './payment-order';
import { shortDate } from './short-date';

const money = (m: Money) => formatMoney(m, 'fr');
const day = (d: string) => shortDate(d, 'fr');

/**
 * What a commissaire de justice needs to run the simplified small-claims procedure (CPCE L125-1, R125-1; ≤ 5 000 €):
 * the debtor's identity, the proof of the debt, the amount, and the margin the creditor accepts, as blocks for the DOCX
 * and the print page. The same figures as the mise en demeure and the requête on the same day.
 */
export function smallClaimsDossierDocument(input: PaymentOrderInput): BlockDocument {
  const { creditor, debtor, formalNotice } = input;
  const amounts = courtClaimAmounts(input);
  const numbers = input.invoices.map((i) => i.number);
  const proofs = [
    ...input.invoices.map((i) => `Facture n° ${i.number}${i.issueDateUnknown ? '' : ` du ${day(i.issueDate)}`} (échue le ${day(i.dueDate)})`),
    ...(formalNotice
      ? [
          `Mise en demeure du ${day(formalNotice.date)}${formalNotice.trackingNumber ? `, lettre recommandée n° ${formalNotice.trackingNumber}` : ''}${formalNotice.deliveredOn ? `, distribuée le ${day(formalNotice.deliveredOn)}` : ''}`,
        ]
      : []),
    'Dossier de recouvrement exporté par Relance (relances, réponses du débiteur, promesses de paiement, chronologie intègre)',
    ...(input.pieces ?? []).filter((p) => p.trim() !== ''),
  ];
  const blocks: DocumentBlock[] = [
    { kind: 'heading', text: 'DOSSIER POUR LE COMMISSAIRE DE JUSTICE' },
    para(
      'Procédure simplifiée de recouvrement des petites créances (articles L125-1 et R125-1 du Code des procédures civiles d’exécution)',
      { italics: true },
      'center',
    ),
    para(`Établi le ${formatDateLong(input.asOf, 'fr')}`, {}, 'right'),
    para('1. Le créancier', { bold: true }),
    { kind: 'lines', lines: partyLines(creditor, 'fr') },
    para(''),
    para('2. Le débiteur (à inviter par lettre recommandée ou par voie électronique)', { bold: true }),
    {
      kind: 'lines',
      lines: partyLines({ ...debtor, name: debtor.legalForm ? `${debtor.name} (${debtor.legalForm})` : debtor.name }, 'fr', [
        debtor.kind === 'consumer' ? 'Particulier' : debtor.kind === 'public' ? 'Personne publique' : 'Professionnel',
      ]),
    },
    para(''),
    para('3. La créance, d’origine contractuelle', { bold: true }),
    {
      kind: 'table',
      table: {
        columns: [{ width: 30 }, { width: 20 }, { width: 20 }, { width: 30, align: 'right' }],
        header: ['Facture', 'Émise le', 'Échue le', 'Reste dû'],
        rows: amounts.lines.map(({ invoice, charges }) => [
          invoice.number,
          invoice.issueDateUnknown ? '—' : day(invoice.issueDate),
          day(invoice.dueDate),
          money(charges.outstanding),
        ]),
        footer: [
          ['Principal', money(amounts.principal)],
          [`Intérêts au ${day(input.asOf)}`, money(amounts.interest)],
          ['Indemnités forfaitaires', money(amounts.indemnity)],
          ['Montant réclamé', money(amounts.total)],
        ],
      },
    },
    para('4. Les preuves jointes', { bold: true }),
    { kind: 'table', table: { columns: [{ width: 12 }, { width: 88 }], header: ['N°', 'Pièce'], rows: proofs.map((p, i) => [String(i + 1), p]) } },
    para('5. La marge que j’accepte (à compléter avant l’envoi)', { bold: true }),
    {
      kind: 'lines',
      plainFirst: true,
      lines: [
        `Montant minimum accepté : ……………… € (sur ${money(amounts.total)} réclamés)`,
        'Paiement échelonné accepté : oui / non — en ……… mensualités au plus',
        'Abandon des pénalités ou des intérêts en cas de paiement rapide : oui / non',
      ],
    },
    para(''),
    {
      kind: 'warning',
      title: 'À savoir',
      items: [
        `Seulement pour une créance d’au plus 5 000 € : le commissaire de justice doit être du ressort de la cour d’appel du débiteur. Dépôt possible en ligne sur Credicys (${COURT_LINKS.credicys}), la plateforme de la Chambre nationale des commissaires de justice.`,
        'Le débiteur a un mois pour accepter ; son accord suspend la prescription, et le commissaire de justice délivre alors un titre exécutoire. Tous les frais sont à votre charge.',
        'S’il refuse ou ne répond pas, la requête en injonction de payer reste ouverte, et cette tentative vous dispense de la tentative amiable préalable devant le tribunal judiciaire (art. 750-1 CPC).',
      ],
    },
  ];
  return { title: `Dossier petites créances – ${numbers.join(', ')}`, creator: creditor.name, language: 'fr', blocks };
}
