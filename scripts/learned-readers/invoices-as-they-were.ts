/**
 * The invoice reader's thresholds, chosen as a new writer meets them: for each outside writer with invoice mails, the
 * rules as they stood in the commit before that writer's set was added (extracted with `git archive`), and an invoice
 * model trained on the sets that existed then (never the holdout nor a held-back set). Prints, for each pair of
 * thresholds, the mails read wrongly (false invoices, missed invoices) over all those writers, against the rules alone.
 * Rescued mails count as found whatever their fields. `npx tsx scripts/learned-readers/invoices-as-they-were.ts`
 */
import { rmSync } from 'node:fs';
import { HELD_BACK, loadInvoiceCases, SPLITS, type InvoiceCase } from '../../tests/fixtures/mails/corpus';
import { invoiceFeaturesOfMail } from '../../utils/detect/invoice';
import { DROP_BELOW, invoiceLogOdds, RESCUE_ABOVE, RULES_UNSURE } from '../../utils/detect/invoice-model';
import { unpackNaiveBayes } from '../../utils/detect/naive-bayes';
import { arrivalOf, snapshotBefore } from './snapshot-before';
import { trainInvoiceModel } from './train';

const BEFORE_ALL = ['dev', 'independent', 'final'];

const cases = loadInvoiceCases().filter((c) => c.split !== 'holdout' && !HELD_BACK.has(c.split));

/** Outside writers with invoice mails, in the order their sets arrived. */
const WRITERS = SPLITS.filter((split) => !BEFORE_ALL.includes(split) && split !== 'holdout' && cases.some((c) => c.split === split))
  .map((writer) => ({ writer, ...arrivalOf(writer) }))
  .sort((a, b) => a.at - b.at);

const accountOf = (c: InvoiceCase, users: Set<string>) =>
  [c.message.from, ...c.message.to, ...(c.message.cc ?? [])].map((a) => a.email.toLowerCase()).find((email) => users.has(email));

const features = new Map(cases.map((c) => [c, invoiceFeaturesOfMail(c.message)]));
const read: Array<{ writer: string; expected: boolean; rules: boolean; confidence: number; odds: number }> = [];
for (const [i, { writer, commit: added }] of WRITERS.entries()) {
  const snapshot = snapshotBefore(added, ['utils', 'public'], writer);
  const { detectInvoice } = await import(`${snapshot}/utils/detect/invoice.ts`);
  const known = new Set<string>([...BEFORE_ALL, ...WRITERS.slice(0, i).map((w) => w.writer)]);
  const model = unpackNaiveBayes(
    trainInvoiceModel(cases.filter((c) => known.has(c.split)).map((c) => ({ features: features.get(c)!, invoice: c.expected !== null }))),
  );
  const mine = cases.filter((c) => c.split === writer);
  const users = new Set(mine.flatMap((c) => (c.expected?.source === 'self' ? [c.message.from.email.toLowerCase()] : [])));
  for (const c of mine) {
    // The rules alone, as they were (older readers take no model and ignore the argument).
    const found = detectInvoice(c.message, { account: accountOf(c, users) }, null);
    read.push({ writer, expected: c.expected !== null, rules: !!found, confidence: found?.confidence ?? 0, odds: invoiceLogOdds(model, features.get(c)!) });
  }
  rmSync(snapshot, { recursive: true, force: true });
}

const errors = (says: (r: (typeof read)[number]) => boolean) => {
  const wrong = read.filter((r) => says(r) !== r.expected);
  return { falseInvoices: wrong.filter((r) => !r.expected).length, missed: wrong.filter((r) => r.expected).length };
};
console.log(
  'mails',
  read.length,
  'rules alone',
  errors((r) => r.rules),
);
for (const unsure of [0.8, 0.9, 1])
  for (const drop of [-Infinity, -10, -8, -6])
    for (const rescue of [Infinity, 10, 12, 14, 16]) {
      const shipped = drop === DROP_BELOW && rescue === RESCUE_ABOVE && unsure === RULES_UNSURE ? ' (shipped)' : '';
      const says = (r: (typeof read)[number]) => (r.rules ? r.odds >= drop || r.confidence >= unsure : r.odds > rescue);
      console.log(`rules < ${unsure} sure, drop < ${drop}, rescue > ${rescue}${shipped}`, errors(says));
    }
