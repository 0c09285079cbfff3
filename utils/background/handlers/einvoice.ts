import { heavyWorkOf } from '../heavy-work';
import type { Handler, HandlersIn } from '../router';
import { uiTranslator } from '../ui-strings';
import { base64ToBytes } from '../../messaging/base64';
import { keyFor } from '../../i18n/translator';

/** Reads a Factur-X/ZUGFeRD PDF or a CII/UBL XML the user dropped or the webmail attached; e-invoice facts win over mail text. */
export const readEInvoiceFile: Handler<'einvoice:read'> = async ({ base64, fileName }, ctx) => {
  const language = (await ctx.store.getSettings()).language;
  const result = await heavyWorkOf(ctx)({ kind: 'read-einvoice', bytes: base64ToBytes(base64) });
  if (!result.ok) {
    // Why the file was not read, in the user's language (catalogue `einvoice_reason_<reason>`); the parser's English otherwise.
    const key = keyFor('einvoice_reason_', result.reason);
    const said = (await uiTranslator(ctx, language))(key);
    return { ok: false, reason: result.reason, message: said === key ? result.message : said };
  }
  const e = result.invoice;
  return {
    ok: true,
    total: e.total,
    facts: {
      fileName,
      number: e.number,
      amountDue: e.amountDue,
      issueDate: e.issueDate,
      dueDate: e.dueDate ?? e.directDebit?.dueDate,
      debtor: e.buyer.email ? { name: e.buyer.name, email: e.buyer.email } : undefined,
      debtorName: e.buyer.name,
      sellerSiren: e.seller.siren?.slice(0, 20),
      sellerVatId: e.seller.vatId?.slice(0, 30),
      debtorSiren: e.buyer.siren,
      // The reform's BAR note says whether the sale is to a consumer: consumer rules then apply (interest from the formal notice, no 40 €).
      ...(e.operationCategory === 'B2C' ? { debtorKind: 'consumer' as const } : {}),
      creditNote: e.creditNote,
      directDebitDate: e.directDebit ? (e.directDebit.dueDate ?? e.dueDate) : undefined,
    },
  };
};

export const einvoiceHandlers = {
  'einvoice:read': readEInvoiceFile,
} satisfies HandlersIn<'einvoice'>;
