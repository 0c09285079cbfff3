/**
 * The learned half of the invoice reader: a naive Bayes model (naive-bayes.ts) trained on the labelled invoice mails
 * and look-alikes of many writers (scripts/learned-readers), beside the rules of invoice.ts. Rules tuned on one
 * writer's trade carried poorly to the next (a fee note sent under its number alone, a receipt naming its invoice);
 * the words of many writers carry more. Only a sure model overrules the rules, in either direction (thresholds chosen
 * with each writer's set read by the rules as they stood before it arrived and a model trained on the sets before it:
 * scripts/learned-readers/README.md).
 */
import { featureWords as words } from './feature-words';
import { foldText } from './fold';
import { classScores, type NaiveBayes } from './naive-bayes';

/** The invoice model's classes, in the order of its weights. */
export const INVOICE_CLASSES = ['none', 'invoice'] as const;
export type InvoiceClass = (typeof INVOICE_CLASSES)[number];

/** Below this log-odds the model drops what the rules read as an invoice, when they are less sure than RULES_UNSURE. */
export const DROP_BELOW = -10;
/** Rules this sure (subject, body and attachment all say invoice) are not dropped: the model over-counts a few strong words. */
export const RULES_UNSURE = 0.9;
/** Above it the model reads an invoice where the rules saw a look-alike or too little. */
export const RESCUE_ABOVE = 16;

/** The reason a candidate gives when the model alone read it (the sidebar asks the user to check every field). */
export const LEARNED_READ = 'the learned reader reads an invoice';

/** A long mail says what it is in its first paragraphs; the rest is noise for a word model. */
const MAX_CHARS = 4000;

/**
 * What the model reads of a mail: the subject's words and pairs of words, the body's (quoted history included: a
 * reminder is about the invoice quoted under it), the attachments' names' words, all folded with digits as 0.
 */
export function invoiceFeatures(foldedSubject: string, foldedBody: string, attachmentNames: string[]): string[] {
  const out = new Set<string>();
  const subject = words(foldedSubject);
  subject.forEach((word, i) => {
    out.add(`s:${word}`);
    if (i > 0) out.add(`s:${subject[i - 1]} ${word}`);
  });
  let previous = '<s>';
  for (const word of words(foldedBody.length > MAX_CHARS ? foldedBody.slice(0, MAX_CHARS) : foldedBody)) {
    out.add(word);
    out.add(`${previous} ${word}`);
    previous = word;
  }
  for (const name of attachmentNames) for (const word of words(foldText(name))) out.add(`a:${word}`);
  if (attachmentNames.length === 0) out.add('__noattach');
  return [...out];
}

/** How much more the model believes the mail asks to pay an invoice than not, in natural log units. */
export function invoiceLogOdds(model: NaiveBayes, features: string[]): number {
  const [none, invoice] = classScores(model, features);
  return invoice - none;
}
