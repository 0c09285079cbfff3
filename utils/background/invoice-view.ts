import { shownEvent } from '../model/shown-event';
import { shownInvoice } from '../model/shown-invoice';
import { pendingLetter } from '../legal/pending-letter';
import { replyThreadOf } from '../model/reply-thread';
import { verifyChain } from '../evidence/verify-chain';
import { knownDigests } from '../evidence/known-digests';
import { chainSealOf } from '../evidence/chain-seal';
import { keyFor, type Translate } from '../i18n/translator';
import { judicialView } from '../legal/judicial-view';
import { recordedNotice } from './letter-inputs';
import { computeAmountOwed } from '../legal/amount-owed';
import { computePrescription } from '../legal/prescription';
import { openClaimDeadline } from '../legal/claim-deadline';
import { effectiveRateTable } from '../legal/rates';
import type { Invoice } from '../model/invoice';
import type { InvoiceSummary, InvoiceView, NextActionView, PaymentNoticeView } from '../model/view';
import { formatMoney } from '../templates/format-money';
import { formatDay } from '../i18n/format';
import type { Client } from '../model/client';
import { ladderFor } from './derive-invoice';
import type { InvoiceSnapshot } from './mutate-invoice';
import { daysLate } from './days-late';
import { uiTranslator, type UiStringsSource } from './ui-strings';
import { deadlineAfter, holidayRegionFor } from '../legal/holidays';
import { DEFAULT_PLAN_INSTALMENTS, monthlyInstalments } from '../templates/instalments';
import type { TimelineEvent } from '../model/event';
import type { Language } from '../model/language';

/** The events of the timelines shown lately: an open thread's view is built again on every change of the thread. */
const shownDigests = knownDigests(2_000);

// Why a consumer's late charges show no interest yet (C. civ. 1231-6: it runs from the formal notice).
const CONSUMER_INTEREST_NOTE: Record<Language, string> = {
  fr: 'Particulier : les intérêts au taux légal courent à compter de la mise en demeure.',
  en: 'Consumer: legal interest runs from the formal notice.',
};

/** Everything the sidebar shows about one tracked invoice, computed from stored facts and today. */
export async function buildInvoiceView(
  snapshot: InvoiceSnapshot,
  today: string,
  strings: UiStringsSource,
  paymentOffers: PaymentNoticeView[] = [],
): Promise<InvoiceView> {
  const { invoice, client, timeline, settings } = snapshot;
  const t = await uiTranslator(strings, settings.language);
  const ladder = ladderFor(invoice, client, timeline, settings, today);
  const lang = settings.language;
  const charges = computeAmountOwed({
    invoice,
    debtor: client.kind,
    events: timeline,
    asOf: today,
    defaultContractualRate: settings.contractualRate,
    rates: effectiveRateTable(settings.rateOverrides),
  });
  const prescription = computePrescription({
    debtor: client.kind,
    issueDate: invoice.issueDate,
    issueDateUnknown: invoice.issueDateUnknown,
    dueDate: invoice.dueDate,
    workFinishedOn: invoice.workFinishedOn,
    events: timeline,
    today,
  });
  const lateStage = ladder.stage === 'formal-notice' || ladder.stage === 'judicial' || ladder.next?.stage === 'judicial';
  const judicial = lateStage
    ? judicialView({
        total: charges.total,
        client,
        creditor: settings.creditor,
        disputed: invoice.status === 'disputed',
        formalNotice: recordedNotice(timeline),
        language: lang,
        today,
      })
    : undefined;
  const chain = await verifyChain(timeline, chainSealOf(invoice), shownDigests);
  const notes: string[] = [];
  if (ladder.status !== 'active' && ladder.status !== 'done' && ladder.reason[lang] !== ladder.next?.reason[lang]) notes.push(ladder.reason[lang]);
  const shown = timeline.map(shownEvent);
  const letter = pendingLetter(shown);
  const claimDeadline = openClaimDeadline(client);
  return {
    invoice: shownInvoice(invoice),
    client,
    daysLate: daysLate(invoice, today),
    charges: {
      days: charges.days,
      principal: charges.principal,
      paid: charges.paid,
      outstanding: charges.outstanding,
      interest: charges.interest,
      indemnity: charges.indemnity,
      total: charges.total,
      ...(charges.indemnityOutsideTotal ? { indemnityOutsideTotal: charges.indemnityOutsideTotal } : {}),
      unknownRates: charges.unknownRates ?? [],
      note: charges.interestNotRunning === 'no-formal-notice' ? CONSUMER_INTEREST_NOTE[settings.language] : undefined,
    },
    next: paymentOffers.length
      ? confirmOffer(paymentOffers[0], invoice.stage, lang, t)
      : ladder.next
        ? {
            kind: ladder.next.kind,
            stage: ladder.next.stage,
            templateId: ladder.next.templateId,
            date: ladder.next.date,
            dueNow: ladder.next.dueNow,
            reason: ladder.next.reason[settings.language],
          }
        : ladder.sendNow
          ? {
              kind: 'send-reminder',
              stage: ladder.sendNow.stage,
              templateId: ladder.sendNow.templateId,
              dueNow: false,
              reason: ladder.reason[settings.language],
            }
          : undefined,
    stageLabel: t(keyFor('stage_', ladder.stage)),
    notes,
    ...(ladder.plan ? { plan: ladder.plan } : {}),
    planProposal: monthlyInstalments(
      charges.outstanding,
      DEFAULT_PLAN_INSTALMENTS,
      deadlineAfter(proposedOn(timeline, today), settings.formalNoticeDeadlineDays, holidayRegionFor(settings.department)),
    ),
    prescription: {
      lastDay: prescription.lastDay,
      warning: prescription.warning,
      reason: prescription.reason[lang],
      startsOn: prescription.startsOn,
      ...(invoice.workFinishedOn ? { workFinishedOn: invoice.workFinishedOn } : {}),
    },
    ...(judicial ? { judicial } : {}),
    ...(claimDeadline ? { claimDeadline } : {}),
    timeline: shown,
    ...(letter ? { letter } : {}),
    chain: chain.intact ? { intact: true } : { intact: false, brokenAt: chain.brokenAt },
    threadUrl: invoice.threadUrl,
    ...(paymentOffers.length ? { paymentOffers } : {}),
  };
}

/** A payment notice waiting for the user comes before any reminder: "Qonto a reçu 1 200,00 € le 30/10 pour F-2026-028". */
function confirmOffer(offer: PaymentNoticeView, stage: InvoiceView['invoice']['stage'], lang: Language, t: Translate): NextActionView {
  return {
    kind: 'confirm-payment',
    stage,
    date: offer.receivedOn,
    dueNow: true,
    reason: t('sb_offer_reason', offer.serviceName, formatMoney(offer.amount, lang), formatDay(offer.receivedOn, lang, 'short'), offer.number),
  };
}

/** The day the payment-plan mail left (its schedule starts a deadline later), else today. */
function proposedOn(timeline: TimelineEvent[], today: string): string {
  const sent = timeline.filter((e) => e.kind === 'reminder-sent' && e.data.templateId === 'payment-plan');
  return sent.length > 0 ? sent[sent.length - 1].occurredOn : today;
}

/** One row of a list (dashboard, today, popup). */
export function summarize(invoice: Invoice, client: Client | undefined, today: string): InvoiceSummary {
  return {
    id: invoice.id,
    number: invoice.number,
    clientId: invoice.clientId,
    clientName: client?.name ?? '?',
    clientKind: client?.kind ?? 'business',
    amountDue: invoice.amountDue,
    dueDate: invoice.dueDate,
    issueDate: invoice.issueDate,
    daysLate: daysLate(invoice, today),
    status: invoice.status,
    stage: invoice.stage,
    nextActionDate: invoice.nextActionDate,
    nextActionKind: invoice.nextActionKind,
    paused: !!(invoice.paused || client?.paused),
    threadUrl: invoice.threadUrl,
    threadIds: invoice.threadIds,
    replyThreadId: replyThreadOf(invoice),
  };
}
