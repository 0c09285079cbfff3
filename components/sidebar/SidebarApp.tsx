import { useMemo } from 'preact/hooks';
import type { SidebarController } from '../../utils/content/sidebar-controller';
import { translatorFrom, type MessageKey } from '../../utils/i18n/translator';
import { useStore } from '../common/store';
import { AddEventForm } from './AddEventForm';
import { CandidateForm } from './CandidateForm';
import { ClientLanguage } from './ClientLanguage';
import { EInvoiceDrop } from '../common/EInvoiceDrop';
import { ExportButtons } from './ExportButtons';
import { InvoiceCard } from './InvoiceCard';
import { LegalNotes } from './LegalNotes';
import { LetterFollowUp } from './LetterFollowUp';
import { PaymentNotices } from './PaymentNotices';
import { PaymentPlanCard } from './PaymentPlanCard';
import { RegistryNotice } from './RegistryNotice';
import { ReplyList } from './ReplyList';
import { RoundBar } from './RoundBar';
import { SidebarFrame } from './SidebarFrame';
import { TimelineList } from './TimelineList';
import { TodayList } from './TodayList';
import { UnreadablePage } from './UnreadablePage';

interface Props {
  controller: SidebarController;
  webmailName: string;
}

/** The sidebar: renders the controller's state, nothing more. */
export function SidebarApp({ controller, webmailName }: Props) {
  // The controller starts before the first paint; useStore catches up with what it answered before subscribing.
  const state = useStore(controller.store);
  const t = useMemo(() => translatorFrom(state.strings), [state.strings]);
  const { thread, language, today } = state;

  return (
    <SidebarFrame open={state.open} onToggle={controller.toggle} t={t}>
      {state.notice && (
        <p class={`notice ${state.notice.tone}`} role={state.notice.tone === 'error' ? 'alert' : 'status'}>
          {t(state.notice.key as MessageKey, ...(state.notice.args ?? []))}
        </p>
      )}
      {state.round && state.page !== 'unreadable' && (
        <RoundBar
          round={state.round}
          language={language}
          t={t}
          onStep={(invoiceId, outcome) => void controller.stepRound(invoiceId, outcome)}
          onStop={(close) => void controller.stopRound(close)}
          onResume={() => void controller.startRound(true)}
        />
      )}
      {state.page === 'unreadable' ? (
        <UnreadablePage webmailName={webmailName} reason={state.unreadableReason ?? ''} t={t} diagnostics={() => controller.diagnostics()} />
      ) : state.error ? (
        <section class="card warn" role="alert">
          <p>{t('sb_error', state.error)}</p>
          <button type="button" onClick={controller.retry}>
            {t('sb_retry')}
          </button>
        </section>
      ) : !thread ? (
        <p class="muted" role="status">
          {t('sb_loading')}
        </p>
      ) : (
        <>
          {thread.payments && thread.payments.length > 0 && (
            <PaymentNotices notices={thread.payments} language={language} t={t} onConfirm={(n) => void controller.confirmPayment(n)} />
          )}
          {thread.tracked.map((view) => (
            <div class="invoice" key={view.invoice.id}>
              <InvoiceCard
                view={view}
                language={language}
                t={t}
                busy={state.busyInvoiceId === view.invoice.id}
                onInsertReminder={() => void controller.insertReminder(view.invoice.id)}
                onMarkPaid={() => void controller.markPaid(view.invoice.id)}
                onConfirmPayment={() =>
                  void (view.paymentOffers?.[0] ? controller.confirmPayment(view.paymentOffers[0]) : controller.markPaid(view.invoice.id))
                }
                searchUrl={controller.searchUrl(view.invoice.number)}
                openThreadId={state.threadId}
                onTogglePause={() => void controller.togglePause(view.invoice.id, !view.invoice.paused)}
              />
              <ClientLanguage client={view.client} t={t} onChoose={(chosen) => void controller.setClientLanguage(view.invoice.id, chosen)} />
              <ReplyList timeline={view.timeline} language={language} t={t} onCorrect={(eventId, c) => controller.correctReply(view.invoice.id, eventId, c)} />
              {view.invoice.status !== 'paid' && view.invoice.status !== 'cancelled' && (
                <LegalNotes
                  view={view}
                  language={language}
                  today={today}
                  t={t}
                  onWorkFinished={(date) => controller.setWorkFinished(view.invoice.id, date)}
                  onCourtDocx={(document) => void controller.exportFile(view.invoice.id, document)}
                  onCourtPrint={(document) => void controller.openLetter(view.invoice.id, document)}
                />
              )}
              {view.invoice.status !== 'paid' && view.invoice.status !== 'cancelled' && (
                <LetterFollowUp timeline={view.timeline} language={language} today={today} t={t} onAdd={(e) => controller.addEvent(view.invoice.id, e)} />
              )}
              <RegistryNotice client={view.client} today={today} language={language} t={t} />
              {view.invoice.status !== 'paid' && view.invoice.status !== 'cancelled' && (
                <PaymentPlanCard view={view} language={language} today={today} t={t} onAdd={(e) => controller.addEvent(view.invoice.id, e)} />
              )}
              <AddEventForm currency={view.invoice.amountDue.currency} today={today} t={t} onAdd={(e) => controller.addEvent(view.invoice.id, e)} />
              <ExportButtons
                t={t}
                onExport={(kind) => void controller.exportFile(view.invoice.id, kind)}
                onPrintNotice={() => void controller.openLetter(view.invoice.id, 'formal-notice')}
              />
              <TimelineList timeline={view.timeline} chain={view.chain} language={language} t={t} />
            </div>
          ))}
          {thread.einvoiceNote && (
            <p class="notice warn" role="status">
              {t(thread.einvoiceNote === 'credit-note' ? 'sb_creditnote' : 'sb_direct_debit')}
            </p>
          )}
          {/* Keyed by what was read too: expanding a collapsed mail fills in what its snippet lacked (a due date). */}
          {thread.candidate && (
            <CandidateForm
              key={`${thread.candidate.messageId}:${thread.candidate.number ?? ''}:${thread.candidate.dueDate ?? ''}`}
              candidate={thread.candidate}
              language={language}
              t={t}
              onTrack={controller.track}
            />
          )}
          {!thread.tracked.length && !thread.candidate && !thread.payments?.length && (
            <>
              {state.page === 'thread' && (
                <div class="card">
                  <p class="muted">{t('sb_no_invoice')}</p>
                  <button type="button" onClick={controller.trackManually}>
                    {t('sb_track_manual')}
                  </button>
                </div>
              )}
              <TodayList items={thread.today} round={state.round} language={language} t={t} onStartRound={() => void controller.startRound(false)} />
            </>
          )}
          {!thread.tracked.length && <EInvoiceDrop t={t} onFile={(file) => void controller.dropFile(file)} />}
        </>
      )}
    </SidebarFrame>
  );
}
