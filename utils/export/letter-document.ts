import type { BlockDocument } from './document-blocks';
import { formalNoticeDocument, type FormalNoticeInput } from './formal-notice-document';
import { paymentOrderDocument, type PaymentOrderInput } from './payment-order';
import { smallClaimsDossierDocument } from './small-claims-dossier';

/** A letter to write, with the figures it is written from: plain data, so it can be written in another context. */
export type LetterRequest =
  | { document: 'formal-notice'; input: FormalNoticeInput }
  | { document: 'payment-order' | 'small-claims-dossier'; input: PaymentOrderInput };

/** The letter as blocks, for the DOCX and the print page alike; throws what it cannot honestly claim. */
export function letterDocument(request: LetterRequest): BlockDocument {
  switch (request.document) {
    case 'formal-notice':
      return formalNoticeDocument(request.input);
    case 'payment-order':
      return paymentOrderDocument(request.input);
    case 'small-claims-dossier':
      return smallClaimsDossierDocument(request.input);
  }
}
