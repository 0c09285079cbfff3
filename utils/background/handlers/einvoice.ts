import { readEInvoice } from '../../einvoice/parse';
import type { Handler, HandlersIn } from '../router';
import { base64ToBytes } from '../../messaging/base64';

const REASONS_FR: Record<string, string> = {
  'no-einvoice': 'aucune facture électronique (Factur-X, ZUGFeRD, UBL) dans ce fichier',
  encrypted: 'le PDF est chiffré : ses pièces jointes ne peuvent pas être lues',
  'too-large': 'le fichier est trop volumineux (20 Mo maximum, 5 Mo décompressés)',
  corrupt: 'le fichier est endommagé ou illisible',
  'unsupported-filter': 'la facture est compressée d’une façon que Relance ne sait pas lire',
  doctype: 'le XML déclare un DOCTYPE, refusé par sécurité',
  incomplete: 'le XML ne contient pas le numéro, la date, la devise ou les montants',
};
const REASONS_EN: Record<string, string> = {
  'no-einvoice': 'no e-invoice (Factur-X, ZUGFeRD, UBL) in this file',
  encrypted: 'the PDF is encrypted: its attachments cannot be read',
  'too-large': 'the file is too large (20 MB at most, 5 MB inflated)',
  corrupt: 'the file is damaged or unreadable',
  'unsupported-filter': 'the invoice is compressed in a way Relance cannot read',
  doctype: 'the XML declares a DOCTYPE, refused for safety',
  incomplete: 'the XML lacks the number, date, currency or amounts',
};

/** Reads a Factur-X/ZUGFeRD PDF or a CII/UBL XML the user dropped or the webmail attached; e-invoice facts win over mail text. */
export const readEInvoiceFile: Handler<'einvoice:read'> = async ({ base64, fileName }, ctx) => {
  const language = (await ctx.store.getSettings()).language;
  const result = await readEInvoice(base64ToBytes(base64));
  if (!result.ok) return { ok: false, reason: result.reason, message: (language === 'fr' ? REASONS_FR : REASONS_EN)[result.reason] ?? result.message };
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
