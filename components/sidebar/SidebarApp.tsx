import { useMemo } from 'preact/hooks';
import type { SidebarController } from '../../utils/content/sidebar-controller';
import { translatorFrom, type MessageKey } from '../../utils/i18n/translator';
import { useStore } from '../common/store';
import { CandidateForm } from './CandidateForm';
import { InvoiceBlock } from './InvoiceBlock';
import { EInvoiceDrop } from '../common/EInvoiceDrop';
import { PaymentNotices } from './PaymentNotices';
import { RoundBar } from './RoundBar';
import { SidebarFrame } from './SidebarFrame';
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
        // Shown from an earlier visit while the background answers: visible, not yet to act on.
        <div class="thread-view" inert={state.fromKept} aria-busy={state.fromKept ? 'true' : undefined}>
          {state.fromKept && (
            <p class="muted updating" role="status">
              {t('sb_updating')}
            </p>
          )}
          {thread.payments && thread.payments.length > 0 && (
            <PaymentNotices notices={thread.payments} language={language} t={t} onConfirm={(n) => void controller.confirmPayment(n)} />
          )}
          {thread.tracked.map((view) => (
            <InvoiceBlock
              key={view.invoice.id}
              view={view}
              language={language}
              today={today}
              t={t}
              busy={state.busyInvoiceId === view.invoice.id}
              openThreadId={state.threadId}
              controller={controller}
            />
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
        </div>
      )}
    </SidebarFrame>
  );
}
