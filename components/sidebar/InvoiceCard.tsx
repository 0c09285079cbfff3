import type { InvoiceFacts } from '../../utils/model/view';
import { formatDay } from '../../utils/i18n/format';
import { OwedAmounts } from '../common/OwedAmounts';
import { keyFor, type Translate } from '../../utils/i18n/translator';
import { userOnly } from '../common/user-only';
import { primaryAction } from '../../utils/content/primary-action';
import type { Language } from '../../utils/model/language';

interface Props {
  view: InvoiceFacts;
  language: Language;
  t: Translate;
  busy: boolean;
  onInsertReminder: () => void;
  onMarkPaid: () => void;
  /** Confirms the first payment notice waiting, or marks paid when the debtor only said so. */
  onConfirmPayment: () => void;
  onTogglePause: () => void;
  /** The webmail's own search for the invoice number (every thread naming it), when it has one. */
  searchUrl?: string;
  openThreadId?: string;
}

/** Where a tracked invoice stands: status, lateness, what is owed with late charges, and the next step. */
export function InvoiceCard({ view, language, t, busy, onInsertReminder, onMarkPaid, onConfirmPayment, onTogglePause, searchUrl, openThreadId }: Props) {
  const { invoice, client, charges, next, readingReplies } = view;
  const closed = invoice.status === 'paid' || invoice.status === 'cancelled';
  // Just tracked: what the replies say (a promise, a dispute, a payment) may change the next step, so none is offered yet.
  const holding = busy || !!readingReplies;
  const primary = primaryAction(view);
  const others = (view.threads ?? []).filter((thread) => thread.threadId !== openThreadId);
  return (
    <section class="card" aria-labelledby={`relance-inv-${invoice.id}`} aria-busy={readingReplies ? 'true' : undefined}>
      <h2 id={`relance-inv-${invoice.id}`}>
        <span class="number">{invoice.number}</span> · <span class="client">{client.name}</span>
      </h2>
      <p>
        <span class={`badge status-${invoice.status}`}>{t(keyFor('sb_status_', invoice.status))}</span> <span class="badge">{view.stageLabel}</span>{' '}
        {invoice.sources.some((s) => s.kind === 'einvoice') && <span class="badge ok">{t('sb_candidate_einvoice')}</span>}{' '}
        <span class="late">{view.daysLate > 0 ? t('sb_days_late', view.daysLate) : t('sb_not_due', -view.daysLate)}</span>
      </p>
      <OwedAmounts charges={charges} language={language} t={t} />
      {readingReplies && (
        <p class="muted reading" role="status">
          {t('sb_reading_replies')}
        </p>
      )}
      {next && !closed && !readingReplies && (
        <div class="next">
          <h3>{t('sb_next')}</h3>
          <p>
            <strong>{next.kind === 'send-reminder' ? t(keyFor('stage_', next.stage)) : t(keyFor('sb_action_', next.kind))}</strong>
            {next.date && (
              <> — {next.dueNow ? t('sb_next_now', formatDay(next.date, language, 'long')) : t('sb_next_on', formatDay(next.date, language, 'long'))}</>
            )}
          </p>
          <p class="muted reason">{next.reason}</p>
        </div>
      )}
      {view.notes.map((note) => (
        <p class="muted note">{note}</p>
      ))}
      {!closed && (
        <div class="actions">
          {primary?.kind === 'confirm-payment' && (
            <button type="button" class="primary" disabled={holding} onClick={userOnly(onConfirmPayment)}>
              {t('sb_payment_confirm')}
            </button>
          )}
          {primary?.kind === 'insert' ? (
            <button type="button" class="primary" disabled={holding} onClick={userOnly(onInsertReminder)}>
              {busy ? t('sb_inserting') : t(primary.label)}
            </button>
          ) : (
            <button type="button" disabled={holding} onClick={userOnly(onInsertReminder)}>
              {busy ? t('sb_inserting') : t('sb_insert')}
            </button>
          )}
          {primary?.kind !== 'confirm-payment' && (
            <button type="button" disabled={!!readingReplies} onClick={userOnly(onMarkPaid)}>
              {t('sb_mark_paid')}
            </button>
          )}
          <button type="button" disabled={!!readingReplies} onClick={userOnly(onTogglePause)} aria-pressed={invoice.paused ? 'true' : 'false'}>
            {invoice.paused ? t('sb_resume') : t('sb_pause')}
          </button>
        </div>
      )}
      {(others.length > 0 || searchUrl) && (
        <nav class="threads" aria-label={t('sb_threads_title')}>
          <h3>{t('sb_threads_title')}</h3>
          <ul>
            {others.map((thread) => (
              <li key={thread.threadId}>
                <a href={thread.url}>{thread.subject || thread.threadId}</a>
              </li>
            ))}
            {searchUrl && (
              <li>
                <a class="search" href={searchUrl}>
                  {t('sb_search_number', invoice.number)}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </section>
  );
}
