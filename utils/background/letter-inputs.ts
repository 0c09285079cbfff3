import { activeEvents } from '../legal/active-events';
import { computeAmountOwed, formalNoticeOf } from '../legal/amount-owed';
import { holidayRegionFor } from '../legal/holidays';
import { debtorIsMerchant } from '../legal/merchant-status';
import { effectiveRateTable } from '../legal/rates';
import type { FormalNoticeInput } from '../export/formal-notice-document';
import type { LetterRequest } from '../export/letter-document';
import type { PaymentOrderInput } from '../export/payment-order';
import type { TimelineEvent } from '../model/event';
import type { CreditorIdentity } from '../model/settings';
import type { InvoiceSnapshot } from './mutate-invoice';
import { UserInputError } from './user-input-error';

/** The user's identity as letters print it ('—' until the options page is filled). */
export function creditorParty(creditor: CreditorIdentity) {
  return { name: creditor.name || '—', address: creditor.address, siren: creditor.siren, vatId: creditor.vatId, email: creditor.email, city: creditor.city };
}

/**
 * The mise en demeure for invoices of one debtor, with the sidebar's figures (computeAmountOwed). `noticeIsThisLetter`:
 * the letter is the notice when none was recorded yet; a requête counts interest from the recorded one only.
 */
export function formalNoticeInputFor(snapshots: InvoiceSnapshot[], today: string, noticeIsThisLetter = true): FormalNoticeInput {
  const { client, settings } = snapshots[0];
  if (snapshots.some((s) => s.client.id !== client.id)) throw new UserInputError('A letter covers the invoices of one debtor only.', 'letter-one-debtor');
  const rates = effectiveRateTable(settings.rateOverrides);
  return {
    creditor: { ...creditorParty(settings.creditor), representative: settings.creditor.representative, iban: settings.creditor.iban },
    debtor: {
      name: client.company || client.name,
      address: client.address,
      siren: client.siren,
      vatId: client.vatId,
      email: client.emails[0]?.email,
      kind: client.kind,
    },
    invoices: snapshots.map(({ invoice, timeline }) => ({
      number: invoice.number,
      issueDate: invoice.issueDate,
      issueDateUnknown: invoice.issueDateUnknown,
      dueDate: invoice.dueDate,
      amountDue: invoice.amountDue,
      contractualRate: invoice.contractualRate ?? settings.contractualRate,
      charges: computeAmountOwed({
        invoice,
        debtor: client.kind,
        events: timeline,
        asOf: today,
        defaultContractualRate: settings.contractualRate,
        rates,
        formalNoticeOnAsOf: noticeIsThisLetter,
      }),
    })),
    asOf: today,
    deadlineDays: settings.formalNoticeDeadlineDays,
    language: client.language ?? settings.language,
    rates,
    region: holidayRegionFor(settings.department),
  };
}

/** What a letter for these invoices of one debtor is written from; the letter itself is written where the heavy work runs. */
export function letterRequestFor(snapshots: InvoiceSnapshot[], today: string, document: LetterRequest['document']): LetterRequest {
  return document === 'formal-notice'
    ? { document, input: formalNoticeInputFor(snapshots, today) }
    : { document, input: paymentOrderInputFor(snapshots, today) };
}

/** The requête (or the small-claims dossier) for invoices of one debtor: the same figures, the recorded notice and its delivery. */
export function paymentOrderInputFor(snapshots: InvoiceSnapshot[], today: string): PaymentOrderInput {
  const notice = formalNoticeInputFor(snapshots, today, false);
  const { client, settings, timeline } = snapshots[0];
  return {
    creditor: { ...notice.creditor, legalForm: settings.creditor.legalForm },
    debtor: { ...notice.debtor, legalForm: client.registry?.legalForm, isMerchant: debtorIsMerchant(client) },
    invoices: notice.invoices,
    formalNotice: recordedNotice(timeline),
    asOf: today,
    rates: notice.rates,
  };
}

/** The registered formal notice as the timeline records it: day sent, number, and the delivery day once known. */
export function recordedNotice(timeline: readonly TimelineEvent[]): PaymentOrderInput['formalNotice'] {
  const active = activeEvents(timeline);
  const facts = formalNoticeOf(active);
  if (!facts) return undefined;
  const delivered = active
    .filter((e): e is TimelineEvent<'acknowledgement-received'> => e.kind === 'acknowledgement-received')
    .map((e) => e.data.receivedOn)
    .filter((on) => on >= facts.sentOn)
    .sort()[0];
  return {
    date: facts.letter?.sentOn ?? facts.sentOn,
    ...(facts.letter?.trackingNumber ? { trackingNumber: facts.letter.trackingNumber } : {}),
    ...(delivered ? { deliveredOn: delivered } : {}),
  };
}
