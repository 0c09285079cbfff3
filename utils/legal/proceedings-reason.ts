import type { LocalizedText } from './localized-text';
import type { CollectiveProceedings } from '../model/client';
import { formatDateLong } from '../templates/format-date';
import { claimDeadline } from './claim-deadline';

const KIND: Record<CollectiveProceedings['kind'], LocalizedText> = {
  sauvegarde: { fr: 'une procédure de sauvegarde', en: 'safeguard proceedings (sauvegarde)' },
  redressement: { fr: 'un redressement judiciaire', en: 'judicial reorganisation (redressement judiciaire)' },
  liquidation: { fr: 'une liquidation judiciaire', en: 'judicial liquidation (liquidation judiciaire)' },
};

/**
 * Why the ladder stops for a debtor in collective proceedings, and what to do instead: individual claims are suspended
 * (C. com. L622-21), the claim is declared to the mandataire judiciaire within two months of the BODACC publication
 * (L622-24, R622-24), or it can no longer be paid out of the proceeding.
 */
export function proceedingsReason(p: CollectiveProceedings): LocalizedText {
  const published = { fr: formatDateLong(p.publishedOn, 'fr'), en: formatDateLong(p.publishedOn, 'en') };
  const deadline = claimDeadline(p.publishedOn);
  const last = { fr: formatDateLong(deadline, 'fr'), en: formatDateLong(deadline, 'en') };
  if (p.closedOn) {
    const closed = { fr: formatDateLong(p.closedOn, 'fr'), en: formatDateLong(p.closedOn, 'en') };
    return {
      fr: `Le débiteur a fait l’objet d’${KIND[p.kind].fr} (BODACC du ${published.fr}), clôturée le ${closed.fr} : relances arrêtées, les poursuites individuelles ne reprennent que dans des cas limités.`,
      en: `The debtor went through ${KIND[p.kind].en} (BODACC of ${published.en}), closed on ${closed.en}: reminders stopped; individual claims only resume in limited cases.`,
    };
  }
  return {
    fr: `Le débiteur est en ${KIND[p.kind].fr.replace(/^une? /, '')} (BODACC du ${published.fr}) : relances arrêtées, les poursuites individuelles sont suspendues. Déclarez votre créance au mandataire judiciaire avant le ${last.fr} (deux mois après la publication).`,
    en: `The debtor is in ${KIND[p.kind].en} (BODACC of ${published.en}): reminders stopped, individual claims are suspended. Declare your claim to the mandataire judiciaire by ${last.en} (two months after the publication).`,
  };
}
