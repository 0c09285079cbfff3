/** detectInvoice (CONTRACT.md): is this mail an invoice still to be paid, for how much, due when, owed by whom. */
import { isBillToAccount } from './mail-author';
import { toPlainText } from '../mail/plain-text';
import { domainOf } from '../mail/domain-of';
import { literalPattern } from './literal-pattern';
import type { MailAddress, MailMessage, Money } from '../mail/types';
import { findAmounts, type AmountContext } from './amount';
import { pickAmountDue } from './amount-due';
import { findDates, numericOrderFor, type FoundDate, type NumericOrder } from './date';
import { foldText } from './fold';
import { findInvoiceNumber } from './invoice-number';
import { addDays, daysBetween, localDateOf, makeIsoDate } from '../calendar/iso-date';
import { guessLanguage } from './language';
import { DROP_BELOW, invoiceFeatures, invoiceLogOdds, LEARNED_READ, RESCUE_ABOVE, RULES_UNSURE } from './invoice-model';
import { lookalikeKind } from './lookalike';
import { cleanMailText } from './mail-text';
import { rateTimesQuantity } from './rate-times-quantity';
import { remainderDue } from './remainder-due';
import { dueDateFromTerms, findPaymentTerms } from './payment-terms';
import { historyStart } from './quoted-text';
import { classifyServiceNotice } from './service-notice';
import { labelTableCells } from './table-cells';
import type { NaiveBayes } from './naive-bayes';
import { shippedModel } from './shipped-models';
import type { Language } from '../model/language';

export interface InvoiceCandidate {
  /** As written on the invoice: "F-2026-014". */
  number?: string;
  /** What is left to pay (TTC, after any deposit). */
  amountDue?: Money;
  /** YYYY-MM-DD; the mail's date when nothing else is said. */
  issueDate?: string;
  /** YYYY-MM-DD, computed from payment terms when only terms are given. */
  dueDate?: string;
  debtor?: MailAddress;
  /** 0..1: the UI tracks automatically above a threshold and asks "Track this invoice?" below. */
  confidence: number;
  /** 'self' when the freelancer sent it, else the invoicing service's id ('stripe', 'pennylane', …). */
  source?: string;
  /** The signals that made this an invoice, for the UI ("subject names an invoice", …). */
  reasons?: string[];
}

/** No reading is surer than this: a candidate at it cannot be outdone by another mail's. */
export const MAX_INVOICE_CONFIDENCE = 0.99;

const INVOICE_FILE = /\.(pdf|xml)$/i;
// "Note d'honoraires" is how lawyers, mediators and other liberal professions name their invoice.
const INVOICE_WORD = /\b(factures?|invoices?|fact\.|inv|rechnung|bill|notes? d'honoraires|fee notes?|situations? de travaux|applications? for payment)\b/;
// "Echeancier_FA-2026-0078.pdf": an invoice number after the file's own word.
const LOOKALIKE_FILE = /(receipt|re[cç]u|avoir|credit|devis|quote|estimate|pro-?forma)/i;
const ATTACHMENT_WORD = /(factur|invoice|rechnung|^fa?c?t?[-_]?\d|^inv[-_]?\d|^fct[-_]?\d|_(fa|fac|fact|fct|inv)-\d)/i;
// "Revised invoice FA-12 for…", "dépôt sur Chorus Pro de notre situation n°2": sent, in the words of a replacement or a portal.
const SENDING_PHRASE =
  /\b((?:revised|corrected|replacement|amended) invoice [a-z-]*\d[\w-]*|facture (?:rectificative|corrigee|de remplacement) [a-z-]*\d[\w-]*|depot sur (?:le portail )?chorus(?: pro)? de (?:notre|ma|la|votre) (?:facture|situation)|(?:facture|situation)[^.\n]{0,40}\bdeposee? sur (?:le portail )?chorus|(ci-?joint[e]?|veuillez trouver|voici) .{0,25}note d'honoraires|ci-?joint[e]? (ma|la|notre|votre) facture|veuillez trouver .{0,40}facture|voici (ma|la|votre|notre) facture|je vous (envoie|transmets|adresse) (ci-joint )?(la|ma|notre) (facture|note d'honoraires)|please (find|see) attached .{0,25}fee note|vous a (envoye|transmis) (une|la) (nouvelle )?facture|vous transmet la facture|please (find|see) attached .{0,25}invoice|attached (is|please find) .{0,25}invoice|here(?:'?s| is) (the|your|my|our) (final )?invoice|(sent|has sent) you (an )?invoice|to view your invoice|pour visionner votre facture|invoice .{0,25}(is )?attached|is attached .{0,10}invoice|here(?:'?s| is) invoice|(pay|payer|voir|view|consulter) (this|the|la|votre) (invoice|facture))\b/;
const SENDING_PHRASES = new RegExp(SENDING_PHRASE.source, 'g');
// "Dès qu'il est signé, je vous envoie la facture", "once it is approved I'll send the invoice": an invoice to come.
const ON_CONDITION = /\b(des que|des qu'|des (sa |la )?reception|une fois (que|qu'|signe|valide|approuve|recu)|once|as soon as)\b[^.!?\n]*$/;

/** The body sends an invoice now, not once something else has happened. */
function sendsInvoiceNow(foldedBody: string): boolean {
  for (const m of foldedBody.matchAll(SENDING_PHRASES)) {
    const sentence =
      foldedBody
        .slice(Math.max(0, m.index - 80), m.index)
        .split(/[.!?\n]/)
        .pop() ?? '';
    if (!ON_CONDITION.test(sentence)) return true;
  }
  return false;
}

const OVERDUE_PHRASE =
  /\b(factures?|invoices?)\b.{0,120}\b(impayee|unpaid|overdue|en retard|echue|past due|reste (impayee|due)|remains unpaid|n'a pas (encore )?ete reglee|was due|relance)|\b(relance|rappel|reminder|overdue|final notice|mise en demeure)\b.{0,60}\b(factures?|invoices?)\b/;
const DUE_LABEL =
  /((?:exigible|echue?|due) depuis [^\n\d.]{0,50}?\ble|echeance|echue?|exigible|due|payable|attendue?|expected|date prevue|scheduled (?:payment )?date|pay by|remit payment by|a (regler|payer)|regler (avant|pour)|avant|au plus tard|d'ici|before|by|no later than|date limite( de (paiement|reglement))?|payment deadline|deadline|expire)( (initiale?|originale?|contractuelle|original))?( (etait|est|remains|is))?( (fixee?|prevue?|set))?( (le|on|by|date|pour le|au|du|depuis le|depuis))?\W{0,4}$/;
const ISSUE_WORDS = String.raw`date de (la )?facture|date d'emission|date de facturation|emise? le|invoice date|issued( on)?|date of issue|dated|datee du|facture du|note (?:de droits |d'honoraires |de frais )?du|en date du|(?<!due )date`;
const ISSUE_LABEL = new RegExp(String.raw`(${ISSUE_WORDS})\W{0,4}$`);
/**
 * "la facture FA-2026-0009 du 19 janvier 2026": the day of this invoice, named by its own number (another number's day is
 * a deposit's or a cancelled invoice's).
 */
function numberedIssueLabel(number: string | undefined): RegExp {
  if (!number) return ISSUE_LABEL;
  return new RegExp(String.raw`(${ISSUE_WORDS}|(?:facture|invoice) (?:n[o°] ?|no\.? ?)?${literalPattern(foldText(number))} (?:du|dated|of))\W{0,4}$`);
}
// "Payment is due on the 20th of next month as per the contract (20 July 2026)": a due word earlier in the sentence.
const DUE_IN_SENTENCE = /\b(due|payable|echeance|a regler|a payer|regler avant|to be paid)\b[^.!?\n]{0,70}$/;
// "payable à 30 jours à compter du 04/02/2027": the day the term counts from.
const TERM_FROM = /\b(a compter du|a compter de la date du|a partir du|counting from|from)\s*$/;
const DMY_CURRENCIES = new Set(['GBP', 'AUD', 'NZD', 'EUR', 'CHF', 'INR', 'ZAR']);
const DMY_COUNTRIES = /\.(uk|au|nz|ie|in|za|fr|be|ch|de|es|it|nl|lu|eu|at|pt)$/;

function currencyContext(message: MailMessage, language: Language, foldedAll: string): AmountContext {
  const domain = domainOf(message.from?.email);
  // An invoicing service writes from its own .com: the business's or its client's country is in Reply-To or To.
  const parties = [message.from, ...(message.replyTo ?? []), ...(message.to ?? [])].map((a) => domainOf(a?.email));
  const country = (tld: string) => parties.some((d) => d.endsWith(tld));
  const dollar = country('.ca') ? 'CAD' : country('.au') ? 'AUD' : country('.nz') ? 'NZD' : 'USD';
  let fallbackCurrency = 'EUR';
  if (/\.uk$/.test(domain)) fallbackCurrency = 'GBP';
  else if (/\.ch$/.test(domain)) fallbackCurrency = 'CHF';
  else if (language === 'en' && (/-0[3-9]:00$/.test(message.date ?? '') || dollar !== 'USD' || /\$/.test(foldedAll))) fallbackCurrency = dollar;
  return { dollar, fallbackCurrency };
}

// The part of a whole a subject says the invoice bills ("Facture d'acompte", "Milestone 2 of 3", "Échéance 2/3"): the
// line naming it is what is due. Not on a balance, which is what is left of the whole.
// `subject` names the part; `line` names it on the amount's line, where an instalment comes without its number
// ("Échéance 2/3 : 3 000 €").
const RELEASED_RETENTION =
  /\b(retention|retenue)\b(?<=(release of|releasing|liberation|liberation de|levee|levee de) (the |la |de la )?(\d+ ?% )?(retention|retenue))/;
interface BilledPartWords {
  subject: RegExp;
  line: RegExp;
}
const DEPOSIT: BilledPartWords = { subject: /\b(acompte|deposit|arrhes)\b/, line: /\b(acompte|deposit|arrhes)\b/ };
// "Instalment 2", "Échéance n°2", "Second instalment", "2e échéance", "échéance de 630,00 €".
const INSTALMENT: BilledPartWords = {
  subject:
    /\b(instal?lments?|echeance|tranche|mensualite)\b(?= ?(n ?o ?)?\d| (?:de|of) (?:€ ?|eur ?)?\d[\d\s.,]*\s?(?:€|eur\b))|\b(first|second|third|fourth|fifth|\d(st|nd|rd|th|e|eme|er|re)|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme) (instal?lment|echeance|tranche|mensualite)\b/,
  line: /\b(instal?lments?|echeance|tranche|mensualite)\b/,
};
const BILLED_PARTS: BilledPartWords[] = [
  DEPOSIT,
  { subject: /\b(milestone|jalon)\b/, line: /\b(milestone|jalon)\b/ },
  // "stage payment 2", "Stage 2 - 40% ........ €6,840.00".
  { subject: /\b(stage payment|stage(?= ?\d))\b/, line: /\bstage\b/ },
  INSTALMENT,
  // "Release of 10% retention": the part held back until then.
  { subject: RELEASED_RETENTION, line: RELEASED_RETENTION },
];

// "Please find attached deposit invoice SI-1187", "la facture correspondant à la 2e échéance (40 %)": the body names the
// part when the subject does not (an instalment by its rank, as what the invoice is for: "Échéance 30/06" is a due date,
// and a reminder asking for "the first instalment" of a plan offered still asks for the invoice).
const PART_INVOICE_IN_BODY: Array<{ body: RegExp; part: BilledPartWords }> = [
  { body: /\b(facture d'acompte|deposit invoice|invoice for the deposit|facture de l'acompte)\b/, part: DEPOSIT },
  {
    body: /\b(facture|invoice)\b[^.\n]{0,60}\b(correspondant a|pour|for|covering) (la |the )?(first|second|third|fourth|fifth|\d(st|nd|rd|th|e|eme)|premiere?|deuxieme|seconde?|troisieme|quatrieme) (instal?lment|echeance|tranche|mensualite)\b/,
    part: INSTALMENT,
  },
  // "l'échéance n° 1/3 de la facture FA-12 n'a pas encore été réglée": a part counted out of the plan's.
  { body: /\b(instal?lment|echeance|tranche|mensualite) (n ?o\.? ?)?\d\/\d\b/, part: INSTALMENT },
];

function billedPart(foldedSubject: string, foldedBody: string): RegExp | undefined {
  if (/\b(solde|balance|final)\b/.test(foldedSubject)) return undefined;
  const named = BILLED_PARTS.find((part) => part.subject.test(foldedSubject))?.line;
  return named ?? PART_INVOICE_IN_BODY.find(({ body }) => body.test(foldedBody))?.part.line;
}

// "Échéance 2/3", "instalment 1/2": a count of parts, not the 2nd of March.
const PART_COUNT_BEFORE = /\b(echeance|instal?lment|tranche|mensualite|versement|milestone|jalon|payment|paiement)\s*(n ?o\.? ?)?$/;
const isPartCount = (folded: string, date: FoundDate) =>
  date.year === undefined &&
  /^\d{1,2}\/\d{1,2}$/.test(folded.slice(date.start, date.end)) &&
  PART_COUNT_BEFORE.test(folded.slice(Math.max(0, date.start - 20), date.start));

/** A year-less date is put in the year that brings it closest to the mail (a reminder in January means last December). */
function nearestYear(date: FoundDate, around: string): string | undefined {
  if (date.year !== undefined) return makeIsoDate(date.year, date.month, date.day);
  const year = Number(around.slice(0, 4));
  const options = [year - 1, year, year + 1].map((y) => makeIsoDate(y, date.month, date.day)).filter((d): d is string => d !== undefined);
  return options.sort((a, b) => Math.abs(daysBetween(around, a)) - Math.abs(daysBetween(around, b)))[0];
}

function labelledDate(folded: string, dates: FoundDate[], label: RegExp, around: string): string | undefined {
  for (const date of dates) {
    if (isPartCount(folded, date)) continue;
    const lineStart = folded.lastIndexOf('\n', date.start - 1) + 1;
    const before = folded
      .slice(Math.max(lineStart, date.start - 60), date.start)
      .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$/, '');
    if (label.test(before)) return nearestYear(date, around);
  }
  return undefined;
}

// What an invoice mail may mention in passing (a deposit received, a credit note deducted, the pro forma it follows).
// "Thank you for your order" in a seller's note on the invoice.
const MENTIONED_IN_PASSING = new Set(['proforma', 'credit-note', 'receipt', 'quote', 'order']);
const BALANCE_DUE =
  /\b(balance (now )?due|the balance is|le solde (est|s'eleve a)|(est|sont) a regler|amount payable|amount due|reste a (payer|regler)|montant du|net a payer|solde (du|a payer|a regler|restant du)|remains? (outstanding|unpaid|due)|il reste [^.\n]{0,25}\bsur (la|votre) facture)\b/;

/** A look-alike read in the body only, unless the mail sends an invoice (`sendsNow`) and only mentions one in passing. */
function bodyLookalike(foldedSubject: string, foldedBody: string, sendsNow: boolean) {
  const kind = lookalikeKind('', foldedBody);
  const sendsInvoice = INVOICE_WORD.test(foldedSubject) && (sendsNow || BALANCE_DUE.test(foldedBody));
  // "la facture d'acompte, déjà réglée" beside a balance still due is a reminder of the deposit, not a settled invoice.
  if (kind === 'settled-invoice' && BALANCE_DUE.test(foldedBody)) return undefined;
  return kind && MENTIONED_IN_PASSING.has(kind) && sendsInvoice ? undefined : kind;
}

// "The balance is due 30 days before the wedding (June 19)": the date is the event's, the due date that many days before.
const DAYS_BEFORE = /\b(\d{1,3}) (?:days?|jours?) (?:before|avant|prior to)\b[^.!?\n\d]{0,40}$/;

/**
 * The first date on or after the issue date that a sentence calls due, when no label sits right before it; before it
 * too in a mail chasing an unpaid invoice ("la deuxième échéance, prévue le 15 juillet, n'a pas été réglée").
 */
function dueInSentence(folded: string, dates: FoundDate[], issueDate: string, chasing: boolean): string | undefined {
  for (const date of dates) {
    if (isPartCount(folded, date)) continue;
    const named = nearestYear(date, issueDate);
    const sentence = folded.slice(Math.max(0, date.start - 90), date.start);
    // "Échéance : 15 jours à compter de la date de facture (27/03/2026)": that date is the issue date the term counts from.
    if (!named || !DUE_IN_SENTENCE.test(sentence) || ISSUE_LABEL.test(sentence) || TERM_FROM.test(sentence)) continue;
    const before = DAYS_BEFORE.exec(sentence);
    const iso = before ? addDays(named, -Number(before[1])) : named;
    if (iso >= issueDate || chasing) return iso;
  }
  return undefined;
}

function attachmentNames(message: MailMessage): string[] {
  return (message.attachments ?? []).map((a) => a?.name ?? '').filter(Boolean);
}

/** The mail's text, each table cell labelled with its column's header (table-cells.ts). */
function bodyText(message: MailMessage): string {
  return labelTableCells(cleanMailText(message.text));
}

/** What the learned reader reads of a mail, cleaned as detectInvoice cleans it (training reads mail the same way). */
export function invoiceFeaturesOfMail(message: MailMessage): string[] {
  return invoiceFeatures(foldText(cleanMailText(message.subject, 500)), foldText(bodyText(message)), attachmentNames(message));
}

/**
 * The open invoice this mail carries (sent by the freelancer or by an invoicing service on their behalf), or null.
 * `mailbox.account`, when the webmail's signed-in address is known: a bill written to it is the user's to pay, not a
 * receivable (mail-author.ts), and nor is an invoice whose debtor would be the account itself (a supplier billing the
 * user through Stripe, a service's copy naming no customer). Without it the mail's content alone decides.
 * `model`: the learned invoice reader (invoice-model.ts), the shipped one by default; null reads with the rules alone.
 */
export function detectInvoice(
  message: MailMessage,
  mailbox: { account?: string } = {},
  model: NaiveBayes | null = shippedModel('invoice'),
): InvoiceCandidate | null {
  try {
    if (isBillToAccount(message, mailbox.account)) return null;
    const found = detect(message, model);
    const owedByAccount = !!mailbox.account && found?.debtor?.email.trim().toLowerCase() === mailbox.account.trim().toLowerCase();
    return owedByAccount ? null : found;
  } catch {
    return null; // malformed input is "no invoice", never an exception in the caller's observer
  }
}

function detect(message: MailMessage, model: NaiveBayes | null): InvoiceCandidate | null {
  const subject = cleanMailText(message.subject, 500);
  const fullBody = bodyText(message);
  const foldedSubject = foldText(subject);
  const foldedFull = foldText(fullBody);
  // A forwarded invoice lives in the forwarded part; otherwise the quoted history is someone else's words.
  const forwarded = /^\s*(fwd?|tr|transfert)\s*:/.test(foldedSubject);
  const historyAt = historyStart(foldedFull);
  const ownEnd = forwarded ? foldedFull.length : historyAt;
  const body = fullBody.slice(0, ownEnd);
  const foldedBody = foldedFull.slice(0, ownEnd);

  const notice = classifyServiceNotice(message);
  if (notice?.kind === 'payment-received') return null;
  const names = attachmentNames(message);
  // A sure learned reader overrules the rules either way (unless they are sure too): it has read many writers' trades.
  const odds = model ? invoiceLogOdds(model, invoiceFeatures(foldedSubject, foldedFull, names)) : 0;
  const rescued = odds > RESCUE_ABOVE;
  const sendsNow = sendsInvoiceNow(foldedBody);
  // "Devis D-12 accepté – facture d'acompte", "Facture phase 1 + devis phase 2", "Contrat signé – facture d'acompte": the
  // subject names the invoice too.
  const subjectLook = lookalikeKind(foldedSubject, '');
  // "RE: Invoice FA-12 – balance after credit note": the invoice's balance, the credit note already deducted; "Avoir AV-1
  // et facture 2027-03", the body asking the new invoice's amount.
  const alongside =
    INVOICE_WORD.test(foldedSubject) &&
    (subjectLook === 'quote' ||
      subjectLook === 'contract' ||
      subjectLook === 'timesheet' ||
      subjectLook === 'order' ||
      (subjectLook === 'credit-note' && (/\b(balance|solde|reste|remaining|outstanding)\b/.test(foldedSubject) || BALANCE_DUE.test(foldedBody))));
  const look = (alongside ? undefined : subjectLook) ?? bodyLookalike(foldedSubject, foldedBody, sendsNow);
  const rulesLook = !!look && !(notice && look === 'newsletter');
  if (rulesLook && !rescued) return null;

  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  if (notice) add(0.5, `invoicing service: ${notice.service}`);
  if (INVOICE_WORD.test(foldedSubject)) add(0.45, 'subject names an invoice');
  // "NH-2027-041.pdf" beside "la note d'honoraires NH-2027-041": tools name the file after the number.
  const namedAfterNumber = (n: string) => {
    const base = n.replace(/\.(pdf|xml)$/i, '').toLowerCase();
    return base.length >= 4 && /\d/.test(base) && foldedBody.includes(base);
  };
  // "Receipt_Deposit_FA-2027-0025.pdf" names the invoice a receipt is for.
  const invoiceFile = (n: string) => !LOOKALIKE_FILE.test(n) && (ATTACHMENT_WORD.test(n) || (INVOICE_FILE.test(n) && namedAfterNumber(n)));
  if (names.some(invoiceFile)) add(0.25, 'invoice attached');
  const chases = !sendsNow && OVERDUE_PHRASE.test(`${foldedSubject}\n${foldedBody}`);
  if (sendsNow) add(0.35, 'body sends an invoice');
  else if (chases) add(0.35, 'body chases an unpaid invoice');
  else if (INVOICE_WORD.test(foldedBody)) add(0.15, 'body mentions an invoice');
  if (score === 0 && !rescued) return null;

  const all = `${foldedSubject}\n${foldedBody}`;
  const language = guessLanguage(all);
  const context = currencyContext(message, language, all);
  const billed = billedPart(foldedSubject, foldedBody);
  const partInvoice = billed !== undefined;
  const found = findAmounts(all, context);
  // In a forwarded mail, where the forwarded one begins: the sender's own words come first.
  const picked = pickAmountDue(all, found, billed, forwarded ? foldedSubject.length + 1 + historyAt : undefined);
  const remainder = partInvoice ? undefined : remainderDue(all, found, picked);
  const fromRate = partInvoice || remainder ? undefined : rateTimesQuantity(all, found, picked);
  const amount = remainder ?? fromRate ?? picked?.money ?? notice?.amount;
  const number = notice?.number ?? findInvoiceNumber({ subject, foldedSubject, body, foldedBody, attachmentNames: names });
  if (amount) add(0.15, 'amount found');
  if (number) add(0.1, 'number found');
  // "Veuillez trouver ci-joint notre facture", number in the subject, the PDF attached: the amount is in the attachment
  // (a Factur-X/UBL file fills it in; otherwise the user types it before tracking).
  const amountInAttachment = !amount && !!number && INVOICE_WORD.test(foldedSubject) && sendsNow && names.some((n) => INVOICE_FILE.test(n));
  if (amountInAttachment) add(0, 'amount in the attached invoice');
  const rulesSay = !rulesLook && score >= 0.5 && (!!amount || amountInAttachment);
  if (!rulesSay && !(rescued && (amount || number))) return null;
  if (!rulesSay) add(Math.max(0, 0.5 - score), LEARNED_READ);

  const mailDate = localDateOf(message.date);
  const currency = amount?.currency ?? context.fallbackCurrency ?? 'EUR';
  const order: NumericOrder = numericOrderFor(
    all,
    language,
    language === 'en' && (currency === 'USD' || (!DMY_CURRENCIES.has(currency) && !DMY_COUNTRIES.test(message.from?.email ?? ''))) ? 'mdy' : 'dmy',
  );
  const dates = findDates(all, order);
  // A date written in the mail wins; the webmail's header date only when it was read for sure (not "03/04" either way).
  const issueDate = (mailDate && labelledDate(all, dates, numberedIssueLabel(number), mailDate)) ?? (message.dateAmbiguous ? undefined : mailDate);
  const around = issueDate ?? mailDate;
  let dueDate = around ? (labelledDate(all, dates, DUE_LABEL, around) ?? dueInSentence(all, dates, around, chases)) : undefined;
  if (!dueDate && issueDate) {
    const terms = findPaymentTerms(all);
    if (terms) dueDate = dueDateFromTerms(terms.fromThisMail && mailDate ? mailDate : issueDate, terms);
  }
  if (dueDate) add(0.1, 'due date found');
  if (odds < DROP_BELOW && score < RULES_UNSURE) return null;

  const to = message.to?.[0];
  // A service's notice to the user gives the customer's own address: that is the debtor, not the recipient.
  const named = notice?.clientEmail ? { name: notice.clientName, email: notice.clientEmail } : undefined;
  const raw = named ?? (to ? { ...to, name: to.name || notice?.clientName } : undefined);
  // A display name is shown and stored as the client's name: no direction overrides or control characters in it.
  const debtor = raw && { ...raw, name: raw.name === undefined ? undefined : toPlainText(raw.name).trim() || undefined };
  return {
    number,
    ...(amount ? { amountDue: amount } : {}),
    issueDate,
    dueDate,
    debtor: debtor?.name ? debtor : to,
    confidence: Math.min(MAX_INVOICE_CONFIDENCE, Math.round(score * 100) / 100),
    source: notice?.service ?? 'self',
    reasons,
  };
}
