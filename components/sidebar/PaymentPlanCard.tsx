import { useState } from 'preact/hooks';
import type { RequestOf } from '../../utils/messages';
import type { InvoiceFacts } from '../../utils/model/view';
import { formatAmountInput, parseAmountInput } from '../../utils/forms/amount-input';
import { formatDay } from '../../utils/i18n/format';
import type { Translate } from '../../utils/i18n/translator';
import { formatMoney } from '../../utils/templates/format-money';
import { FormFooter } from './FormFooter';
import type { Language } from '../../utils/model/language';

type EventRequest = Omit<RequestOf<'event:add'>, 'invoiceId'>;

interface Props {
  view: InvoiceFacts;
  language: Language;
  today: string;
  t: Translate;
  /** Resolves false when nothing was saved: the form stays filled for another try. */
  onAdd: (event: EventRequest) => Promise<boolean>;
}

/** The payment plan the debtor accepted: its schedule with what is paid, or the form to record one (prefilled with the proposal). */
export function PaymentPlanCard({ view, language, today, t, onAdd }: Props) {
  const { plan, charges } = view;
  const currency = charges.outstanding.currency;
  const [rows, setRows] = useState<Array<{ date: string; amount: string }> | null>(null);
  const [problem, setProblem] = useState('');
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const open = () => setRows(view.planProposal.map((i) => ({ date: i.date, amount: formatAmountInput(i.amount.minor, language) })));

  const save = async (e: Event) => {
    e.preventDefault();
    if (!rows) return;
    const instalments = rows.map((r) => ({ date: r.date, amount: { minor: parseAmountInput(r.amount) ?? Number.NaN, currency } }));
    if (instalments.some((i) => !/^\d{4}-\d{2}-\d{2}$/.test(i.date) || !(i.amount.minor > 0))) return setProblem(t('sb_plan_invalid'));
    const sum = instalments.reduce((s, i) => s + i.amount.minor, 0);
    if (sum !== charges.outstanding.minor)
      return setProblem(t('sb_plan_sum', formatMoney({ minor: sum, currency }, language), formatMoney(charges.outstanding, language)));
    setProblem('');
    if (!(await onAdd({ kind: 'plan-agreed', occurredOn: today, data: { instalments, source: 'user' }, requestId }))) return;
    setRequestId(crypto.randomUUID());
    setRows(null);
  };

  if (plan && !plan.broken) {
    let cumulative = 0;
    return (
      <section class="card plan" aria-labelledby={`relance-plan-${view.invoice.id}`}>
        <h3 id={`relance-plan-${view.invoice.id}`}>{t('sb_plan_title', formatDay(plan.agreedOn, language, 'long'))}</h3>
        <ol>
          {plan.instalments.map((i) => {
            cumulative += i.amount.minor;
            const paid = cumulative <= plan.paid.minor;
            return (
              <li key={i.date} class={paid ? 'paid' : i === plan.nextInstalment && plan.missed ? 'missed' : ''}>
                {formatDay(i.date, language, 'long')} : {formatMoney(i.amount, language)} —{' '}
                {paid ? t('sb_plan_paid') : i === plan.nextInstalment && plan.missed ? t('sb_plan_missed') : t('sb_plan_due')}
              </li>
            );
          })}
        </ol>
      </section>
    );
  }
  if (charges.outstanding.minor <= 0) return null;
  return (
    <section class="card plan" aria-label={t('sb_plan_accept')}>
      {!rows ? (
        <button type="button" onClick={open}>
          + {t('sb_plan_accept')}
        </button>
      ) : (
        <form class="plan-form" onSubmit={save}>
          <p class="muted">{t('sb_plan_help')}</p>
          {rows.map((row, index) => (
            <div class="plan-row" key={index} role="group" aria-label={t('sb_plan_row', index + 1)}>
              <label>
                {t('sb_add_date')}
                <input
                  name={`plan-date-${index}`}
                  type="date"
                  value={row.date}
                  onInput={(e) => setRows(rows.map((r, i) => (i === index ? { ...r, date: e.currentTarget.value } : r)))}
                />
              </label>
              <label>
                {t('sb_add_amount')}
                <input
                  name={`plan-amount-${index}`}
                  inputMode="decimal"
                  value={row.amount}
                  onInput={(e) => setRows(rows.map((r, i) => (i === index ? { ...r, amount: e.currentTarget.value } : r)))}
                />
              </label>
              {rows.length > 1 && (
                <button type="button" onClick={() => setRows(rows.filter((_, i) => i !== index))} aria-label={t('sb_plan_remove', index + 1)}>
                  −
                </button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => setRows([...rows, { date: rows[rows.length - 1]?.date ?? today, amount: '' }])}>
            + {t('sb_plan_add_row')}
          </button>
          <FormFooter problem={problem} saveLabel={t('sb_plan_save')} t={t} onCancel={() => setRows(null)} />
        </form>
      )}
    </section>
  );
}
