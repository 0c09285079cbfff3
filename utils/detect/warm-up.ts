/**
 * V8 compiles a regular expression to machine code only when it has run (interpreted first, compiled on a later run),
 * and the readers hold a few hundred of them: read cold, a 50-message thread costs ~130 ms more than read warm. The
 * background runs this once when idle, so the first thread the user opens is read by compiled expressions.
 */
import type { MailMessage } from '../mail/types';
import { classifyReply } from './reply';
import { detectInvoice } from './invoice';
import { classifyServiceNotice } from './service-notice';
import { readMailFacts } from '../mailbox/invoice-number-named';
import { shippedModel } from './shipped-models';
import { REPLY_PHRASE_LIST, replyPhraseCandidates } from './reply-phrase-list';

const RECEIVED = '2026-03-10T09:30:00+01:00';

/** Written to go through most phrase families and clause readings: a promise, a payment, a dispute, a plan, an absence, a question. */
const REPLIES = [
  'Bonjour, nous avons bien reçu la facture. Le virement sera fait vendredi prochain, au plus tard le 20/03. Merci de votre patience, le service comptable.',
  "Hello, the transfer has been completed today. We'll pay the rest next week; could we split it into two instalments? Let me know if that's OK.",
  "Je suis absent du bureau jusqu'au 15 mars. Nous contestons cette facture : la prestation n'est pas conforme. Pouvez-vous nous envoyer le bon de commande ?",
  "The rate isn't the one in the contract, so we won't approve it. This mailbox is checked on Mondays only. Remittance attached; I can do £200 a month, is that ok?",
];

const MAILS: MailMessage[] = [
  {
    id: 'warm-up-invoice',
    threadId: 'warm-up',
    subject: 'Facture n° F-2026-001',
    from: { name: 'Camille Martin', email: 'camille@example.fr' },
    to: [{ name: 'Client', email: 'client@example.com' }],
    date: RECEIVED,
    text: "Bonjour,\nVeuillez trouver ci-joint la facture n° F-2026-001.\nMontant : 1 200,00 € TTC\nDate d'émission : 01/03/2026\nÉchéance : 31/03/2026\nCordialement,\nCamille",
    attachments: [{ name: 'F-2026-001.pdf', mimeType: 'application/pdf' }],
  },
  {
    id: 'warm-up-notice',
    threadId: 'warm-up',
    subject: 'Invoice #INV-0042 from Studio Lumen',
    from: { name: 'Studio Lumen via Stripe', email: 'invoice+statements@stripe.com' },
    to: [{ email: 'billing@example.com' }],
    date: RECEIVED,
    text: 'Invoice INV-0042. Amount due €480.00, due March 31, 2026. Pay online: https://invoice.stripe.com/i/acct_1/test. Questions? Contact Studio Lumen.',
    attachments: [],
  },
];

// V8 compiles a regular expression once for one-byte (Latin-1) strings and once for two-byte ones; a mail with a single
// "’" or emoji is read as two-byte, so each text is read in both forms (measured: ~20 ms for the first of each form).
const TWO_BYTE = ' \u2713';

/** Phrases of the reply reader warmed per step: 4-13 ms a step cold in Chrome's worker (marks, issue 17). */
const PHRASES_PER_STEP = 25;

/**
 * The warm-up as steps (one text through one reader family each), so the background can run them one task at a time
 * and answer a request that comes in between after the step in progress. `invoice`: what reads a thread for its
 * invoice. `replyParts`: the reply reader's model and its phrase index. `replies`: the phrases' expressions, a few at a
 * time, then whole readings of replies, each one long step the first time (60-100 ms cold in Chrome's worker before the
 * phrase index, marks of issue 17), which a thread about to open should not wait for: a reply runs only the phrases
 * that can match it, about 30 of 134 (utils/detect/phrase-index.ts), so its first reading compiles those alone.
 */
export function warmUpSteps(): { invoice: Array<() => void>; replyParts: Array<() => void>; replies: Array<() => void> } {
  // Each learned model unpacked on its own step first (~10 and ~20 ms cold).
  const invoice: Array<() => void> = [() => void shippedModel('invoice')];
  const replyParts: Array<() => void> = [() => void shippedModel('reply-kind'), () => void replyPhraseCandidates('')];
  const replies: Array<() => void> = [];
  const phrases = REPLY_PHRASE_LIST;
  for (let pass = 0; pass < 2; pass++) {
    for (const suffix of ['', TWO_BYTE]) {
      for (const mail of MAILS) {
        invoice.push(() => {
          const read = { ...mail, text: mail.text + suffix };
          detectInvoice(read);
          classifyServiceNotice(read);
          readMailFacts(read, { ownText: true });
        });
      }
      if (pass === 0) {
        // Each expression run on four texts (lower case, as the reader reads), so V8 compiles it to machine code too;
        // none is global or sticky, so running one keeps no state.
        const texts = REPLIES.map((text) => text.toLowerCase() + suffix);
        for (let from = 0; from < phrases.length; from += PHRASES_PER_STEP) {
          replies.push(() => {
            for (const phrase of phrases.slice(from, from + PHRASES_PER_STEP)) {
              for (const text of texts) {
                phrase.re.exec(text);
                phrase.unless?.test(text);
              }
            }
          });
        }
      }
      for (const text of REPLIES) replies.push(() => void classifyReply(text + suffix, RECEIVED));
    }
  }
  return { invoice, replyParts, replies };
}

/** Reads a few made-up mails twice with every reader, in both string forms; answers nothing (the readers keep no state). */
export function warmUpReaders(): void {
  const { invoice, replyParts, replies } = warmUpSteps();
  for (const step of [...invoice, ...replyParts, ...replies]) step();
}
