import { nextBusinessDay } from './holidays';
import { addMonths } from '../calendar/iso-date';
import type { Client } from '../model/client';

/**
 * Last day to declare a claim to the mandataire judiciaire: two months from the BODACC publication of the opening
 * judgment (C. com. L622-24, R622-24; R641-25 for a liquidation), counted as CPC 641 counts months, moved to the next
 * business day when it ends on a weekend or public holiday (CPC 642).
 */
export function claimDeadline(publishedOn: string): string {
  return nextBusinessDay(addMonths(publishedOn, 2));
}

/** While the debtor's collective proceedings are open, the last day to declare the claim; otherwise none. */
export function openClaimDeadline(client: Pick<Client, 'proceedings'>): string | undefined {
  const p = client.proceedings;
  return p && !p.closedOn ? claimDeadline(p.publishedOn) : undefined;
}
