import { renderBlocksDocx } from './docx-blocks';
import { formalNoticeDocument, type FormalNoticeInput } from './formal-notice-document';

// The letter's content lives beside it (formal-notice-document.ts) so the worker builds it without loading docx.
export { formalNoticeDocument, type FormalNoticeInput, type FormalNoticeInvoice, type Party } from './formal-notice-document';

/** The mise en demeure de payer as DOCX bytes: one debtor, one or more invoices, charges computed to `asOf`. */
export async function renderFormalNotice(input: FormalNoticeInput): Promise<Uint8Array> {
  return renderBlocksDocx(formalNoticeDocument(input));
}
