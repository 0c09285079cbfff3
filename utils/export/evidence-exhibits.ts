import type { TimelineEvent } from '../model/event';
import { CDAR_STATUS_NAMES, platformStatusEffect } from '../model/platform-status';
import { formatMoney } from '../templates/format-money';
import type { DebtAcknowledgement } from './debt-acknowledgements';
import { stageLabel } from './event-description';
import type { EvidenceFileInput } from './evidence-docx';
import { EVIDENCE_WORDING } from './evidence-wording';
import type { Language } from '../model/language';

export interface Exhibit {
  text: string;
  date?: string;
}

/** The bordereau de pièces: the invoices, the contract, then every piece of the timeline a court would want to see. */
export function exhibitList(
  invoices: EvidenceFileInput['invoices'],
  events: TimelineEvent[],
  acknowledgements: DebtAcknowledgement[],
  language: Language,
): Exhibit[] {
  const w = EVIDENCE_WORDING[language];
  const list: Exhibit[] = invoices.map((invoice) => ({
    text: w.invoiceExhibit(invoice.number, formatMoney(invoice.total, language)),
    date: invoice.issueDateUnknown ? undefined : invoice.issueDate,
  }));
  list.push({ text: w.contractExhibit });
  const acknowledgedIds = new Set(acknowledgements.map((a) => a.event.id));
  const numberOf = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
  for (const event of events) {
    const ref = numberOf.get(event.invoiceId) ?? event.invoiceId;
    if (event.kind === 'reminder-sent') {
      list.push({ text: w.reminderExhibit(stageLabel(event.data.stage, language), ref, event.data.subject), date: event.occurredOn });
    } else if (event.kind === 'platform-status' && platformStatusEffect(event.data.code) === 'accepted') {
      // The buyer's platform approved the invoice: strong evidence that the debt is not contested (LEGAL.md fact 41).
      const data = event.data;
      const platform = data.platform === 'pennylane' ? 'Pennylane' : 'Qonto';
      const status = CDAR_STATUS_NAMES[data.code]?.[language] ?? data.raw;
      list.push({ text: w.platformAcceptedExhibit(status, data.code, ref, platform), date: data.on ?? event.occurredOn });
    } else if (event.kind === 'service-reminder') {
      list.push({ text: w.serviceReminderExhibit(event.data.service, ref), date: event.occurredOn });
    } else if (event.kind === 'letter-sent') {
      const data = event.data;
      list.push({
        text: data.kind === 'formal-notice' ? w.formalNoticeExhibit(data.trackingNumber) : w.registeredLetterExhibit(data.trackingNumber),
        date: data.sentOn,
      });
    } else if (event.kind === 'acknowledgement-received') {
      list.push({ text: w.receiptExhibit(event.data.trackingNumber), date: event.data.receivedOn });
    } else if (acknowledgedIds.has(event.id)) {
      list.push({ text: event.kind === 'payment' ? w.partialPaymentExhibit(ref) : w.writtenPromiseExhibit(ref), date: event.occurredOn });
    }
  }
  return list;
}
