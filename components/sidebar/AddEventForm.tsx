import { useState } from 'preact/hooks';
import type { RequestOf } from '../../utils/messages';
import { parseAmountInput } from '../../utils/forms/amount-input';
import type { Translate } from '../../utils/i18n/translator';
import { refuseSyntheticClick, userOnly } from '../common/user-only';
import { FormFooter } from './FormFooter';

type EventRequest = Omit<RequestOf<'event:add'>, 'invoiceId'>;
type Kind = 'call' | 'note' | 'letter-sent' | 'payment';

interface Props {
  currency: string;
  today: string;
  t: Translate;
  /** Resolves false when nothing was saved: the form stays filled for another try. */
  onAdd: (event: EventRequest) => Promise<boolean>;
}

const KINDS: Array<{ kind: Kind; label: 'sb_add_call' | 'sb_add_note' | 'sb_add_letter' | 'sb_add_payment' }> = [
  { kind: 'call', label: 'sb_add_call' },
  { kind: 'note', label: 'sb_add_note' },
  { kind: 'letter-sent', label: 'sb_add_letter' },
  { kind: 'payment', label: 'sb_add_payment' },
];

/** Two clicks to note a call, a note, a registered letter or a payment: pick the kind, fill, save. */
export function AddEventForm({ currency, today, t, onAdd }: Props) {
  const [kind, setKind] = useState<Kind | null>(null);
  const [text, setText] = useState('');
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState('');
  // One id per entry: retrying a save whose answer was lost cannot record the event twice.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());

  const save = async (e: Event) => {
    e.preventDefault();
    if (!kind) return;
    let data: Record<string, unknown>;
    if (kind === 'payment') {
      const minor = parseAmountInput(amount);
      if (minor === null || minor <= 0) return setProblem(t('sb_field_invalid', t('sb_add_amount')));
      data = { amount: { minor, currency }, receivedOn: date, full: false };
    } else if (kind === 'letter-sent') data = { trackingNumber: text.trim() || undefined, sentOn: date, kind: 'formal-notice' };
    else if (kind === 'call') data = { summary: text.trim() };
    else data = { text: text.trim() };
    setProblem('');
    if (!(await onAdd({ kind, occurredOn: date, data, requestId }))) return;
    setRequestId(crypto.randomUUID());
    setKind(null);
    setText('');
    setAmount('');
  };

  return (
    <section class="card" aria-label={t('sb_add')}>
      <div class="actions" role="group" aria-label={t('sb_add')}>
        {KINDS.map((k) => (
          <button key={k.kind} type="button" aria-pressed={kind === k.kind ? 'true' : 'false'} onClick={() => setKind(k.kind)}>
            + {t(k.label)}
          </button>
        ))}
      </div>
      {kind && (
        <form onSubmit={userOnly(save)} class="add-event">
          {kind === 'payment' ? (
            <label>
              {t('sb_add_amount')}
              <input name="amount" inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
            </label>
          ) : (
            <label>
              {kind === 'letter-sent' ? t('sb_add_tracking') : t('sb_add_text')}
              <input name="text" value={text} maxLength={kind === 'letter-sent' ? 100 : undefined} onInput={(e) => setText(e.currentTarget.value)} />
            </label>
          )}
          <label>
            {t('sb_add_date')}
            <input name="date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </label>
          <FormFooter problem={problem} saveLabel={t('sb_add_save')} t={t} onCancel={() => setKind(null)} onSaveClick={refuseSyntheticClick} />
        </form>
      )}
    </section>
  );
}
