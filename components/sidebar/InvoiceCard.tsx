import type { InvoiceView } from '../../utils/model/view';
import { formatDay } from '../../utils/i18n/format';
import { formatMoney } from '../../utils/templates/format-money';
import { keyFor, type Translate } from '../../utils/i18n/translate';
import { userOnly } from '../common/user-only';

interface Props {
  view: InvoiceView;
  language: 'fr' | 'en';
  t: Translate;
  busy: boolean;
  onInsertReminder: () => void;
  onMarkPaid: () => void;
  onTogglePause: () => void;
}

/** Where a tracked invoice stands: status, lateness, what is owed with late charges, and the next step. */
export function InvoiceCard({ view, language, t, busy, onInsertReminder, onMarkPaid, onTogglePause }: Props) {
  const { invoice, client, charges, next } = view;
  const closed = invoice.status === 'paid' || invoice.status === 'cancelled';
  return (
    <section class="card" aria-labelledby={`relance-inv-${invoice.id}`}>
      <h2 id={`relance-inv-${invoice.id}`}>
        <span class="number">{invoice.number}</span> · <span class="client">{client.name}</span>
      </h2>
      <p>
        <span class={`badge status-${invoice.status}`}>{t(keyFor('sb_status_', invoice.status))}</span>{' '}
        <span class="badge">{view.stageLabel}</span>{' '}
        {invoice.sources.some((s) => s.kind === 'einvoice') && <span class="badge ok">{t('sb_candidate_einvoice')}</span>}{' '}
        <span class="late">{view.daysLate > 0 ? t('sb_days_late', view.daysLate) : t('sb_not_due', -view.daysLate)}</span>
      </p>
      <dl class="amounts">
        <dt>{t('sb_amount_due')}</dt>
        <dd class="amount-due">{formatMoney(invoice.amountDue, language)}</dd>
        {charges.interest.minor > 0 && (
          <>
            <dt>{t('sb_interest')}</dt>
            <dd class="interest">{formatMoney(charges.interest, language)}</dd>
          </>
        )}
        {charges.indemnity.minor > 0 && (
          <>
            <dt>{t('sb_indemnity')}</dt>
            <dd class="indemnity">{formatMoney(charges.indemnity, language)}</dd>
          </>
        )}
        <dt>{t('sb_total')}</dt>
        <dd class="total">{formatMoney(charges.total, language)}</dd>
      </dl>
      {charges.unknownRates.length > 0 && <p class="muted">{t('sb_rate_unknown', charges.unknownRates.join(', '))}</p>}
      {charges.note && <p class="muted">{charges.note}</p>}
      {next && !closed && (
        <div class="next">
          <h3>{t('sb_next')}</h3>
          <p>
            <strong>{next.kind === 'send-reminder' ? t(keyFor('stage_', next.stage)) : t(keyFor('sb_action_', next.kind))}</strong>
            {next.date && <> — {next.dueNow ? t('sb_next_now', formatDay(next.date, language, 'long')) : t('sb_next_on', formatDay(next.date, language, 'long'))}</>}
          </p>
          <p class="muted reason">{next.reason}</p>
        </div>
      )}
      {view.notes.map((note) => (
        <p class="muted note">{note}</p>
      ))}
      {!closed && (
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={userOnly(onInsertReminder)}>
            {busy ? t('sb_inserting') : t('sb_insert')}
          </button>
          <button type="button" onClick={userOnly(onMarkPaid)}>
            {t('sb_mark_paid')}
          </button>
          <button type="button" onClick={userOnly(onTogglePause)} aria-pressed={invoice.paused ? 'true' : 'false'}>
            {invoice.paused ? t('sb_resume') : t('sb_pause')}
          </button>
        </div>
      )}
    </section>
  );
}
