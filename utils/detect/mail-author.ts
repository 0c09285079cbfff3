import type { MailAddress, MailMessage } from '../mail/types';
import type { ServiceNotice } from './service-notice';
import { INVOICING_SERVICES, sendsFromService } from './invoicing-services';
import { foldText } from './fold';
import { isPublicMailDomain } from '../mail/public-mail-domains';
import { domainOf } from '../mail/domain-of';

/**
 * Who may make evidence. Only the user's own mail (From = the signed-in account, read from the webmail's account UI)
 * or a verified notice of an invoicing service about the user's own invoice tracks, back-fills or records anything
 * on its own; any other mail can at most be offered to the user, who confirms. Issue 23.
 */

const key = (email: string | undefined) => (email ?? '').trim().toLowerCase();

/** The user wrote this mail: its From is the signed-in account. An unknown account makes no mail the user's. */
export function isFromAccount(message: Pick<MailMessage, 'from'>, account: string | undefined): boolean {
  return !!account && key(message.from.email) === key(account);
}

/**
 * A reminder the user sent by hand before tracking: the user's own mail addressed (To, not only Cc) to one of the
 * debtor's addresses. A stranger naming the number, or an accountant copied on the thread, is never a reminder.
 */
export function isOwnReminderToDebtor(message: Pick<MailMessage, 'from' | 'to'>, account: string | undefined, debtorEmails: ReadonlySet<string>): boolean {
  return isFromAccount(message, account) && message.to.some((to: MailAddress) => debtorEmails.has(key(to.email)));
}

/**
 * An invoicing service's notice about an invoice the user issued: sent from the service's own domain to the signed-in
 * account, naming no issuer but the user (a supplier billing the user through the same service names itself).
 */
export function isOwnServiceNotice(
  message: Pick<MailMessage, 'from' | 'to' | 'cc'>,
  notice: Pick<ServiceNotice, 'service' | 'issuerName'>,
  account: string | undefined,
  creditorName: string,
): boolean {
  const service = INVOICING_SERVICES.find((s) => s.id === notice.service);
  const fromService = !!service && sendsFromService(service, message.from.email);
  const toAccount = !!account && [...message.to, ...(message.cc ?? [])].some((to) => key(to.email) === key(account));
  const issuer = foldText(notice.issuerName ?? '').trim();
  return fromService && toAccount && (!issuer || (!!creditorName.trim() && issuer === foldText(creditorName).trim()));
}

// "Re:", "RE :", "TR:", "Fwd:", "AW:": an answer or a forward, which quotes whatever it answers.
const ANSWER_OR_FORWARD = /^\s*(re|tr|fw|fwd|aw|wg|antw|rif|r)\s*:/i;

/**
 * A bill the user must pay: a new mail (not an answer, not a forward) written to the signed-in account alone, or to the
 * user's own organisation (compta@ beside the user's marie@ at the firm's domain), by someone who is neither the user nor
 * an invoicing service. Relance chases what the user is owed; a supplier's or an accountant's invoice to the user is never
 * a receivable, however much it reads like one.
 */
export function isBillToAccount(message: Pick<MailMessage, 'from' | 'to' | 'subject'>, account: string | undefined): boolean {
  if (!account || isFromAccount(message, account) || ANSWER_OR_FORWARD.test(message.subject)) return false;
  if (INVOICING_SERVICES.some((s) => sendsFromService(s, message.from.email))) return false;
  const firm = domainOf(account);
  const ownFirm = !!firm && !isPublicMailDomain(firm) && domainOf(message.from.email) !== firm;
  // The user alone: an accountant sending the user's invoice to the client copies the user, and Gmail shows To and Cc
  // as one list ("à Client, moi").
  return message.to.length > 0 && message.to.every((to) => key(to.email) === key(account) || (ownFirm && domainOf(to.email) === firm));
}
