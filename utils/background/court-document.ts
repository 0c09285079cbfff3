import type { BlockDocument } from '../export/document-blocks';
import { paymentOrderDocument } from '../export/payment-order';
import { smallClaimsDossierDocument } from '../export/small-claims-dossier';
import { safely } from './document-refusal';
import { paymentOrderInputFor } from './letter-inputs';
import type { InvoiceSnapshot } from './mutate-invoice';

/** The requête en injonction de payer or the small-claims dossier as blocks, for the DOCX export and the A4 page. */
export function courtDocument(snapshots: InvoiceSnapshot[], today: string, document: 'payment-order' | 'small-claims-dossier'): BlockDocument {
  const input = paymentOrderInputFor(snapshots, today);
  return safely(() => (document === 'payment-order' ? paymentOrderDocument(input) : smallClaimsDossierDocument(input)));
}
