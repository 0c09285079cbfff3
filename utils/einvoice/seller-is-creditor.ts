import type { CreditorIdentity } from '../model/settings';

/** The 9 digits of a SIREN, or of the SIREN inside a French VAT number (FRkk + SIREN); undefined otherwise. */
function sirenOf(siren: string | undefined, vatId: string | undefined): string | undefined {
  const digits = (siren ?? '').replace(/\D/g, '');
  if (digits.length >= 9) return digits.slice(0, 9);
  const vat = /^FR[0-9A-Z]{2}(\d{9})$/.exec((vatId ?? '').replace(/\s/g, '').toUpperCase());
  return vat?.[1];
}

const vatKey = (vatId: string | undefined) => (vatId ?? '').replace(/[\s.-]/g, '').toUpperCase();

/**
 * Whether an e-invoice was issued by the user: its seller's SIREN or VAT number is the creditor's from the settings.
 * Only then may it be tracked without asking; anyone can attach a well-formed Factur-X to a mail (issue 23).
 */
export function sellerIsCreditor(seller: { siren?: string; vatId?: string }, creditor: Pick<CreditorIdentity, 'siren' | 'vatId'>): boolean {
  const mine = sirenOf(creditor.siren, creditor.vatId);
  const theirs = sirenOf(seller.siren, seller.vatId);
  if (mine && theirs) return mine === theirs;
  const myVat = vatKey(creditor.vatId);
  return !!myVat && myVat === vatKey(seller.vatId);
}
