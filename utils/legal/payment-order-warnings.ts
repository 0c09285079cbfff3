import type { Money } from '../mail/types';
import { orderServiceRule, TJ_LAWYER_ABOVE_EUR_MINOR } from './judicial-options';
import type { LocalizedText } from './localized-text';
import type { PaymentOrderCourtKind } from './payment-order-court';
import type { DebtorKind } from '../model/client';

export interface PaymentOrderWarningsInput {
  court: PaymentOrderCourtKind;
  debtorKind: DebtorKind;
  /** The total claimed. */
  total: Money;
  formalNotice?: { date: string; deliveredOn?: string };
  /** The creditor is a natural person: art. 57 CPC asks for nationality, birth date and place, which the app does not keep. */
  creditorIsNaturalPerson: boolean;
  /** The requête must give the debtor's domicile or seat (art. 57 CPC), which also decides the court (art. 1406). */
  debtorAddressKnown: boolean;
  asOf: string;
}

/** What the law asks of a requête en injonction de payer that the app cannot do itself: shown in the document and beside its button. */
export function paymentOrderWarnings(input: PaymentOrderWarningsInput): LocalizedText[] {
  const warnings: LocalizedText[] = [];
  if (input.court === 'tribunal-judiciaire' && input.total.currency === 'EUR' && input.total.minor > TJ_LAWYER_ABOVE_EUR_MINOR) {
    warnings.push({
      fr: 'Au-delà de 10 000 €, la requête devant le tribunal judiciaire doit être présentée par un avocat (représentation obligatoire) : confiez-lui ce projet et les pièces.',
      en: 'Above €10,000, an application to the tribunal judiciaire must be filed by a lawyer: hand this draft and the exhibits to one.',
    });
  }
  warnings.push(orderServiceRule(input.asOf));
  if (!input.formalNotice) {
    warnings.push({
      fr: 'Aucune mise en demeure n’est enregistrée : le juge attend la preuve que le débiteur a été mis en demeure de payer. Envoyez-la d’abord, par lettre recommandée avec accusé de réception.',
      en: 'No formal notice is recorded: the judge expects proof that the debtor was put on notice to pay. Send one first, by registered letter with acknowledgement of receipt.',
    });
  } else if (!input.formalNotice.deliveredOn) {
    warnings.push({
      fr: 'La réception de la mise en demeure n’est pas enregistrée : joignez l’avis de réception signé (ou, s’il est revenu « non réclamé », l’enveloppe et la preuve de dépôt).',
      en: 'The formal notice’s receipt is not recorded: attach the signed acknowledgement (or, if it came back unclaimed, the envelope and the proof of posting).',
    });
  }
  if (!input.debtorAddressKnown) {
    warnings.push({
      fr: 'L’adresse du débiteur manque : la requête doit indiquer son domicile ou son siège, qui désigne aussi le tribunal compétent. Complétez-la (ou vérifiez le SIREN au registre dans les options).',
      en: 'The debtor’s address is missing: the application must give their domicile or seat, which also decides the competent court. Fill it in (or check the SIREN in the registry from the options).',
    });
  }
  if (input.creditorIsNaturalPerson) {
    warnings.push({
      fr: 'Complétez à la main votre profession, nationalité, date et lieu de naissance (article 57 du Code de procédure civile) : Relance ne les conserve pas.',
      en: 'Fill in your occupation, nationality, date and place of birth by hand (art. 57 of the Code de procédure civile): Relance does not keep them.',
    });
  }
  if (input.debtorKind === 'public') {
    warnings.push({
      fr: 'Débiteur public : un marché public est un contrat administratif, dont le juge est en principe le tribunal administratif (référé-provision), et les biens d’une personne publique ne peuvent être saisis. Vérifiez la nature du contrat avant de déposer cette requête ; les intérêts moratoires et l’indemnité de 40 € sont dus de plein droit.',
      en: 'Public debtor: a public contract is an administrative contract, whose judge is normally the administrative court (référé-provision), and a public body’s assets cannot be seized. Check the contract’s nature before filing; late-payment interest and the €40 indemnity are owed automatically.',
    });
  }
  warnings.push({
    fr: 'Relance ne dépose rien : imprimez, datez, signez, joignez les pièces du bordereau et déposez la requête au greffe (ou en ligne sur Tribunal Digital pour le tribunal de commerce). Le formulaire Cerfa (n° 12946*02 au tribunal de commerce, n° 12948*06 au tribunal judiciaire) peut la remplacer.',
    en: 'Relance files nothing: print, date, sign, attach the listed exhibits and file the application with the court office (or online on Tribunal Digital for the commercial court). The Cerfa form (12946*02 commercial court, 12948*06 tribunal judiciaire) may replace it.',
  });
  return warnings;
}
