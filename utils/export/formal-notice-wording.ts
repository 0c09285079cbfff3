/** The formal notice's sentences in French and English; the French text follows the practice courts read (LEGAL.md fact 4). */
import type { Language } from '../model/language';

/** Which rate the penalties follow: the legal default, the creditor's terms, or both across invoices. */
export type RateBasis = 'legal' | 'contractual' | 'mixed';

export interface FormalNoticeWording {
  attention: (name: string) => string;
  placeAndDate: (city: string | undefined, date: string) => string;
  registered: string;
  emailCopy: (email: string) => string;
  subjectLabel: string;
  subject: string;
  refLabel: string;
  invoiceRef: (numbers: string[]) => string;
  salutation: string;
  unpaid: (count: number) => string;
  invoiceHeader: [string, string, string, string, string];
  principalLabel: string;
  penaltiesIntro: (count: number, rateBasis: RateBasis, asOf: string) => string;
  penaltyHeader: [string, string, string, string, string];
  period: (from: string, to: string) => string;
  /** After a period when part-payments left less than the principal unpaid. */
  onBase: (amount: string) => string;
  estimatedRate: string;
  flooredRate: string;
  penaltiesLabel: (asOf: string) => string;
  /** Consumers: legal interest already run since an earlier formal notice. */
  interestLabel: (asOf: string) => string;
  indemnity: (count: number, each: string, total: string) => string;
  indemnityForeign: (count: number, total: string) => string;
  indemnityLabel: (count: number) => string;
  consumerInterest: string;
  totalLabel: string;
  demand: (total: string, days: number, deadline: string) => string;
  penaltiesRun: string;
  consequence: (business: boolean) => string;
  paymentIntro: string;
  iban: string;
  holder: string;
  reference: string;
  paymentNoIban: string;
  noticeClause: string;
  closing: string;
  onBehalfOf: (company: string) => string;
  enclosures: (count: number) => string;
  title: string;
}

const FR_LEGAL_RATE =
  'appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points (taux en vigueur au 1er janvier pour le premier semestre, au 1er juillet pour le second)';
const EN_LEGAL_RATE =
  "the European Central Bank's rate on its most recent main refinancing operation plus 10 percentage points (the rate in force on 1 January for the first half-year, on 1 July for the second)";

export const FORMAL_NOTICE_WORDING: Record<Language, FormalNoticeWording> = {
  fr: {
    attention: (name) => `À l'attention de ${name}`,
    placeAndDate: (city, date) => (city ? `À ${city}, le ${date}` : `Le ${date}`),
    registered: 'Lettre recommandée avec accusé de réception',
    emailCopy: (email) => `Copie par courriel : ${email}`,
    subjectLabel: 'Objet : ',
    subject: 'Mise en demeure de payer',
    refLabel: 'Réf. : ',
    invoiceRef: (numbers) => `${numbers.length > 1 ? 'factures' : 'facture'} n° ${numbers.join(', ')}`,
    salutation: 'Madame, Monsieur,',
    unpaid: (count) =>
      count > 1
        ? 'Sauf erreur ou omission de ma part, les factures suivantes, arrivées à échéance, demeurent impayées à ce jour :'
        : 'Sauf erreur ou omission de ma part, la facture suivante, arrivée à échéance, demeure impayée à ce jour :',
    invoiceHeader: ['Facture n°', 'Date', 'Échéance', 'Retard', 'Montant dû (TTC)'],
    principalLabel: 'Principal restant dû',
    penaltiesIntro: (count, rateBasis, asOf) =>
      `En application de l'article L441-10 du Code de commerce, ${count > 1 ? 'ces sommes portent' : 'cette somme porte'} de plein droit, ` +
      "à compter du jour suivant la date d'échéance et sans qu'un rappel soit nécessaire, des pénalités de retard au taux " +
      {
        contractual: 'prévu à mes conditions de paiement',
        legal: FR_LEGAL_RATE,
        mixed: `prévu à mes conditions de paiement ou, à défaut, au taux ${FR_LEGAL_RATE}`,
      }[rateBasis] +
      `. Arrêtées au ${asOf}, elles s'établissent comme suit :`,
    penaltyHeader: ['Facture n°', 'Période', 'Jours', 'Taux annuel', 'Pénalités'],
    period: (from, to) => `du ${from} au ${to}`,
    onBase: (amount) => `, sur ${amount} restant dus`,
    estimatedRate: 'taux de ce semestre absent de notre table des taux à la date de la présente : le dernier taux connu est appliqué',
    flooredRate: "taux contractuel porté au minimum légal de trois fois le taux d'intérêt légal (art. L441-10 II C. com.)",
    penaltiesLabel: (asOf) => `Pénalités de retard au ${asOf} (art. L441-10 C. com.)`,
    interestLabel: (asOf) => `Intérêts au taux légal au ${asOf} (art. 1231-6 C. civ.)`,
    indemnity: (count, each, total) =>
      `S'y ajoute l'indemnité forfaitaire pour frais de recouvrement de ${each} due de plein droit pour chaque facture payée en retard ` +
      `(articles L441-10 II et D441-5 du Code de commerce), soit ${count} × ${each} = ${total}.`,
    indemnityForeign: (count, total) =>
      `S'y ajoute l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard (articles L441-10 II et D441-5 du Code de commerce), soit ${count} × 40 € = ${total}, payable en euros.`,
    indemnityLabel: (count) => `Indemnité forfaitaire pour frais de recouvrement (${count} × 40 €, art. D441-5 C. com.)`,
    consumerInterest:
      "Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en demeure fait courir sur cette somme les intérêts au taux légal, jusqu'à complet paiement.",
    totalLabel: 'Total dû',
    demand: (total, days, deadline) =>
      `En conséquence, je vous mets en demeure de me régler la somme de ${total} dans un délai de ${days} jours à compter de la date de la présente, soit au plus tard le ${deadline}.`,
    penaltiesRun: "Les pénalités de retard continuent de courir jusqu'au complet paiement.",
    consequence: (business) =>
      'À défaut de règlement intégral dans ce délai, je saisirai sans autre avis ' +
      (business ? 'la juridiction compétente' : 'le tribunal judiciaire compétent') +
      " d'une requête en injonction de payer (articles 1405 et suivants du Code de procédure civile) afin d'obtenir un titre exécutoire, " +
      'et ferai procéder au recouvrement forcé de ma créance par commissaire de justice.',
    paymentIntro: 'Le règlement peut être effectué par virement bancaire sur le compte suivant :',
    iban: 'IBAN : ',
    holder: 'Titulaire : ',
    reference: 'Référence à indiquer : ',
    paymentNoIban: "Le règlement peut m'être adressé à l'adresse figurant en tête de la présente.",
    noticeClause: "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.",
    closing: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    onBehalfOf: (company) => `pour ${company}`,
    enclosures: (count) =>
      `Pièce${count > 1 ? 's' : ''} jointe${count > 1 ? 's' : ''} : copie de ${count > 1 ? `chacune des ${count} factures` : 'la facture'}`,
    title: 'Mise en demeure de payer',
  },
  en: {
    attention: (name) => `For the attention of ${name}`,
    placeAndDate: (city, date) => (city ? `${city}, ${date}` : date),
    registered: 'Registered letter with acknowledgement of receipt',
    emailCopy: (email) => `Copy by email: ${email}`,
    subjectLabel: 'Subject: ',
    subject: 'Formal notice to pay',
    refLabel: 'Ref.: ',
    invoiceRef: (numbers) => `${numbers.length > 1 ? 'invoices' : 'invoice'} no. ${numbers.join(', ')}`,
    salutation: 'Dear Sir or Madam,',
    unpaid: (count) =>
      count > 1
        ? 'Unless I am mistaken, the following invoices are past their due date and remain unpaid to this day:'
        : 'Unless I am mistaken, the following invoice is past its due date and remains unpaid to this day:',
    invoiceHeader: ['Invoice no.', 'Date', 'Due date', 'Days late', 'Amount due (incl. VAT)'],
    principalLabel: 'Principal outstanding',
    penaltiesIntro: (count, rateBasis, asOf) =>
      `Under Article L441-10 of the French Commercial Code, ${count > 1 ? 'these sums bear' : 'this sum bears'} late-payment penalties by operation of law, ` +
      'from the day after the due date and without any reminder being required, at ' +
      {
        contractual: 'the rate set in my payment terms',
        legal: EN_LEGAL_RATE,
        mixed: `the rate set in my payment terms or, failing that, at ${EN_LEGAL_RATE}`,
      }[rateBasis] +
      `. Calculated to ${asOf}, they amount to:`,
    penaltyHeader: ['Invoice no.', 'Period', 'Days', 'Annual rate', 'Penalties'],
    period: (from, to) => `${from} to ${to}`,
    onBase: (amount) => `, on ${amount} still unpaid`,
    estimatedRate: 'rate for this half-year missing from our rate table at the date of this letter: the latest known rate is applied',
    flooredRate: 'contractual rate raised to the legal minimum of three times the statutory interest rate (Art. L441-10 II Commercial Code)',
    penaltiesLabel: (asOf) => `Late-payment penalties to ${asOf} (Art. L441-10 Commercial Code)`,
    interestLabel: (asOf) => `Statutory interest to ${asOf} (Art. 1231-6 Civil Code)`,
    indemnity: (count, each, total) =>
      `In addition, a fixed indemnity for recovery costs of ${each} is due by operation of law for each invoice paid late ` +
      `(Articles L441-10 II and D441-5 of the French Commercial Code): ${count} × ${each} = ${total}.`,
    indemnityForeign: (count, total) =>
      `In addition, a fixed indemnity for recovery costs of €40 is due for each invoice paid late (Articles L441-10 II and D441-5 of the French Commercial Code): ${count} × €40 = ${total}, payable in euros.`,
    indemnityLabel: (count) => `Fixed recovery indemnity (${count} × €40, Art. D441-5 Commercial Code)`,
    consumerInterest:
      'Under Articles 1231-6 and 1344-1 of the French Civil Code, this formal notice causes interest at the statutory rate to run on this sum until payment in full.',
    totalLabel: 'Total due',
    demand: (total, days, deadline) =>
      `I therefore formally demand that you pay me the sum of ${total} within ${days} days of the date of this letter, that is by ${deadline} at the latest.`,
    penaltiesRun: 'Late-payment penalties continue to accrue until payment in full.',
    consequence: (business) =>
      'Failing payment in full within this time, I will, without further notice, apply to ' +
      (business ? 'the competent court' : 'the competent tribunal judiciaire') +
      ' for an order for payment (injonction de payer, Articles 1405 et seq. of the French Code of Civil Procedure) in order to obtain an enforceable title, ' +
      'and will have the debt recovered by a commissaire de justice (judicial officer).',
    paymentIntro: 'Payment can be made by bank transfer to the following account:',
    iban: 'IBAN: ',
    holder: 'Account holder: ',
    reference: 'Reference: ',
    paymentNoIban: 'Payment can be sent to the address at the top of this letter.',
    noticeClause: 'This letter constitutes a formal notice (mise en demeure) within the meaning of Article 1344 of the French Civil Code.',
    closing: 'Yours faithfully,',
    onBehalfOf: (company) => `on behalf of ${company}`,
    enclosures: (count) => `Enclosure${count > 1 ? 's' : ''}: copy of ${count > 1 ? `each of the ${count} invoices` : 'the invoice'}`,
    title: 'Formal notice to pay',
  },
};

/**
 * A public buyer owes intérêts moratoires and the 40 € indemnity without any demand (Code de la commande publique
 * L2192-13, R2192-31, D2192-35, R2192-36; LEGAL.md fact 38), at one rate for the whole delay, and is sued before the
 * administrative judge, not by an injonction de payer: these sentences replace the company ones.
 */
export const PUBLIC_BUYER_WORDING: Record<
  Language,
  Pick<
    FormalNoticeWording,
    'penaltiesIntro' | 'penaltyHeader' | 'penaltiesLabel' | 'indemnity' | 'indemnityForeign' | 'indemnityLabel' | 'penaltiesRun' | 'consequence'
  >
> = {
  fr: {
    penaltiesIntro: (count, _rateBasis, asOf) =>
      `En application des articles L2192-13 et R2192-31 du Code de la commande publique, ${count > 1 ? 'ces sommes portent' : 'cette somme porte'} de plein droit, ` +
      "dès le jour suivant l'expiration du délai de paiement et sans qu'une demande soit nécessaire, des intérêts moratoires au taux de la Banque centrale européenne " +
      'en vigueur au premier jour du semestre au cours duquel ils ont commencé à courir, majoré de huit points, ce taux valant pour toute la durée du retard. ' +
      `Arrêtés au ${asOf}, ils s'établissent comme suit :`,
    penaltyHeader: ['Facture n°', 'Période', 'Jours', 'Taux annuel', 'Intérêts moratoires'],
    penaltiesLabel: (asOf) => `Intérêts moratoires au ${asOf} (art. L2192-13 CCP)`,
    indemnity: (count, each, total) =>
      `S'y ajoute l'indemnité forfaitaire pour frais de recouvrement de ${each} due de plein droit pour chaque facture payée en retard ` +
      `(articles L2192-13 et D2192-35 du Code de la commande publique), soit ${count} × ${each} = ${total}.`,
    indemnityForeign: (count, total) =>
      `S'y ajoute l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard (articles L2192-13 et D2192-35 du Code de la commande publique), soit ${count} × 40 € = ${total}, payable en euros.`,
    indemnityLabel: (count) => `Indemnité forfaitaire pour frais de recouvrement (${count} × 40 €, art. D2192-35 CCP)`,
    penaltiesRun:
      "Les intérêts moratoires continuent de courir jusqu'à la mise en paiement du principal ; ils sont, avec l'indemnité forfaitaire, payables dans les quarante-cinq jours suivant cette mise en paiement (article R2192-36 du Code de la commande publique).",
    consequence: () =>
      "À défaut de règlement intégral dans ce délai, je saisirai sans autre avis le juge des référés du tribunal administratif compétent d'une demande de provision " +
      "(article R541-1 du Code de justice administrative) afin d'obtenir le paiement de ma créance.",
  },
  en: {
    penaltiesIntro: (count, _rateBasis, asOf) =>
      `Under Articles L2192-13 and R2192-31 of the French Public Procurement Code, ${count > 1 ? 'these sums bear' : 'this sum bears'} late-payment interest (intérêts moratoires) by operation of law, ` +
      'from the day after the payment period expired and without any demand being required, at the European Central Bank rate in force on the first day of the half-year ' +
      'in which it began to run plus eight percentage points, that one rate applying to the whole delay. ' +
      `Calculated to ${asOf}, it amounts to:`,
    penaltyHeader: ['Invoice no.', 'Period', 'Days', 'Annual rate', 'Late-payment interest'],
    penaltiesLabel: (asOf) => `Late-payment interest to ${asOf} (Art. L2192-13 Public Procurement Code)`,
    indemnity: (count, each, total) =>
      `In addition, a fixed indemnity for recovery costs of ${each} is due by operation of law for each invoice paid late ` +
      `(Articles L2192-13 and D2192-35 of the French Public Procurement Code): ${count} × ${each} = ${total}.`,
    indemnityForeign: (count, total) =>
      `In addition, a fixed indemnity for recovery costs of €40 is due for each invoice paid late (Articles L2192-13 and D2192-35 of the French Public Procurement Code): ${count} × €40 = ${total}, payable in euros.`,
    indemnityLabel: (count) => `Fixed recovery indemnity (${count} × €40, Art. D2192-35 Public Procurement Code)`,
    penaltiesRun:
      'Late-payment interest continues to accrue until the principal is paid; it and the fixed indemnity are payable within forty-five days of that payment (Article R2192-36 of the French Public Procurement Code).',
    consequence: () =>
      'Failing payment in full within this time, I will, without further notice, apply to the interim-relief judge of the competent administrative court for an interim payment ' +
      '(Article R541-1 of the French Code of Administrative Justice) in order to obtain payment of the debt.',
  },
};
