import { formatMoney } from '../templates/format-money';
import type { JudicialOptions, JudicialOptionsInput } from './judicial-options';

/** The one court route against a public buyer, as the judicial options and the court steps both name it. */
export const ADMINISTRATIVE_INTERIM_PAYMENT = {
  fr: 'Référé-provision devant le tribunal administratif',
  en: 'Interim payment before the administrative court (référé-provision)',
};

/**
 * Against a public buyer the private-law routes are closed (no injonction de payer, no commissaire de justice's
 * small-claims procedure, no enforcement against public property): a debt born of a public contract goes to the
 * administrative judge, whose référé-provision grants an interim payment when the debt is not seriously disputed.
 */
export function publicBuyerRoutes(input: JudicialOptionsInput): JudicialOptions {
  const amountFr = formatMoney(input.amount, 'fr');
  const amountEn = formatMoney(input.amount, 'en');
  return {
    options: [
      {
        id: 'refere-provision-administratif',
        title: ADMINISTRATIVE_INTERIM_PAYMENT,
        explanation: {
          fr: 'Un acheteur public ne peut faire l’objet ni d’une injonction de payer ni de la procédure des petites créances : le juge administratif est compétent pour les marchés publics. Adressez d’abord une réclamation écrite (votre mise en demeure suffit) ; si la dette n’est pas sérieusement contestable, le juge des référés du tribunal administratif dans le ressort duquel le marché a été exécuté peut vous accorder une provision, sans attendre un jugement au fond. La requête peut être déposée en ligne sur Télérecours citoyens ; l’avocat est recommandé.',
          en: 'A public buyer cannot be subject to an order for payment (injonction de payer) or to the small-claims procedure: the administrative judge decides disputes over public contracts. First send a written claim (your formal notice is enough); if the debt cannot seriously be disputed, the interim-relief judge of the administrative court where the contract was performed can award you an interim payment without waiting for a judgment on the merits. The application can be filed online on Télérecours citoyens; a lawyer is advisable.',
        },
        references: ['CJA R541-1', 'CCP L6', 'CCP L2192-13'],
        amicableAttemptRequired: false,
        ...(input.disputed
          ? {
              caution: {
                fr: 'L’acheteur conteste la dette : le juge refusera la provision si la contestation est sérieuse.',
                en: 'The buyer disputes the debt: the judge will refuse the interim payment if the dispute is serious.',
              },
            }
          : {}),
      },
    ],
    summary: {
      fr: `Montant en jeu : ${amountFr}. Débiteur public : les intérêts moratoires et l’indemnité de 40 € sont dus sans demande ; en cas de refus, le juge administratif est compétent (référé-provision). Conservez factures, relances et accusés de réception : ils forment votre dossier de preuve.`,
      en: `Amount at stake: ${amountEn}. Public debtor: late-payment interest and the €40 indemnity are owed without any demand; if payment is refused, the administrative judge decides (référé-provision). Keep invoices, reminders and acknowledgements of receipt: they make up your evidence file.`,
    },
  };
}
