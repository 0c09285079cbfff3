import type { Money } from '../mail/types';

/**
 * An e-invoicing lifecycle status reported by the user's plateforme agréée (reform 2026–27, LEGAL.md fact 41;
 * XP Z12-012 / CDAR codes). `code` is the CDAR code when the platform's status maps to one, else the platform's own
 * value, kept as-is so an unknown status is never dropped.
 */
export interface PlatformStatus {
  platform: 'pennylane' | 'qonto';
  code: string;
  /** The platform's own words for it ("in_dispute", "207"). */
  raw: string;
  /** The day the platform gives for it (YYYY-MM-DD), when it gives one. */
  on?: string;
  reason?: string;
  /** 212 Encaissée may carry the amount collected. */
  amount?: Money;
}

/** What a status means for the ladder. */
export type PlatformStatusEffect = 'accepted' | 'dispute' | 'suspended' | 'collected' | 'none';

/** CDAR codes whose effect the app acts on; every other code is recorded on the timeline only. */
const EFFECTS: Record<string, PlatformStatusEffect> = {
  '205': 'accepted', // Approuvée: the buyer accepted the invoice — evidence that the debt is not contested
  '206': 'accepted', // Approuvée partiellement
  '207': 'dispute', // En litige, with a reason
  '210': 'dispute', // Refusée, with a reason
  '208': 'suspended', // Suspendue: the buyer waits for a missing document
  '212': 'collected', // Encaissée (declared by the seller, with the amount)
};

export function platformStatusEffect(code: string): PlatformStatusEffect {
  return EFFECTS[code] ?? 'none';
}

/** French names of the CDAR lifecycle codes (fact 41), for the timeline and the evidence file. */
export const CDAR_STATUS_NAMES: Record<string, { fr: string; en: string }> = {
  '200': { fr: 'Déposée', en: 'Submitted' },
  '201': { fr: 'Émise', en: 'Issued' },
  '202': { fr: 'Reçue', en: 'Received' },
  '203': { fr: 'Mise à disposition', en: 'Made available' },
  '204': { fr: 'Prise en charge', en: 'Taken over' },
  '205': { fr: 'Approuvée', en: 'Approved' },
  '206': { fr: 'Approuvée partiellement', en: 'Partially approved' },
  '207': { fr: 'En litige', en: 'In dispute' },
  '208': { fr: 'Suspendue', en: 'Suspended' },
  '209': { fr: 'Complétée', en: 'Completed' },
  '210': { fr: 'Refusée', en: 'Refused' },
  '211': { fr: 'Paiement transmis', en: 'Payment sent' },
  '212': { fr: 'Encaissée', en: 'Collected' },
  '213': { fr: 'Rejetée', en: 'Rejected' },
  '214': { fr: 'Visée', en: 'Endorsed' },
  '220': { fr: 'Annulée', en: 'Cancelled' },
  '225': { fr: 'Affacturée', en: 'Factored' },
};
