import { foldText } from '../detect/fold';
import { detectInvoice } from '../detect/invoice';
import { cleanMailText } from '../detect/mail-text';
import { historyStart } from '../detect/quoted-text';
import type { MailMessage } from '../mail/types';

const REPLY_OR_FORWARD = /^\s*(re|aw|sv|tr|fwd?|wg)\s*:/i;
const CHASING_SUBJECT = /\b(relance|rappel|reminder|overdue|past due|impayee|unpaid|echue|en retard|final notice|mise en demeure)\b/;
// Stricter in a body: an invoice mail's own terms say "en cas de retard", "overdue invoices incur…".
const CHASING_BODY =
  /\b(relance|petit rappel|je me permets de vous rappeler|reminder|impayee|unpaid|echue depuis|toujours pas|still not|reste (impayee|due)|remains unpaid|pas encore (ete )?reglee?|not yet (been )?paid)\b/;
const INVOICE_FILE = /(factur|invoice|rechnung|^fa?c?t?[-_]?\d|^inv[-_]?\d)/i;

/**
 * Whether the thread is a reminder or a reply about an invoice rather than the invoice itself: its first mail naming
 * the number answers or chases (a "Re:" subject, "relance", "unpaid"…), and no mail in it carries an invoice file.
 * Such a thread is never offered as a new invoice dated from the reminder.
 */
export function threadChasesInvoice(messages: MailMessage[], number: string): boolean {
  const ordered = [...messages].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  if (ordered.some((m) => m.attachments.some((a) => INVOICE_FILE.test(a.name) || a.name.includes(number)))) return false;
  const first = ordered.find((m) => m.subject.includes(number) || m.text.includes(number));
  if (!first) return false;
  if (REPLY_OR_FORWARD.test(first.subject)) return true;
  // A mail that hands the invoice over is the invoice, whatever else it says.
  if (detectInvoice(first)?.reasons?.includes('body sends an invoice')) return false;
  const body = foldText(cleanMailText(first.text));
  return CHASING_SUBJECT.test(foldText(first.subject)) || CHASING_BODY.test(body.slice(0, historyStart(body)));
}
