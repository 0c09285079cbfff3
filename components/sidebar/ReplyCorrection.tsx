import { useState } from 'preact/hooks';
import type { ReplyKind } from '../../utils/detect/reply-kind';
import { keyFor, type Translate } from '../../utils/i18n/translator';
import { FormFooter } from './FormFooter';

export interface ReplyCorrectionRequest {
  kind: ReplyKind;
  promisedDate?: string;
  requestId: string;
}

interface Props {
  kind: ReplyKind;
  promisedDate?: string;
  t: Translate;
  /** Resolves false when nothing was saved: the choice stays for another try. */
  onCorrect: (correction: ReplyCorrectionRequest) => Promise<boolean>;
}

const KINDS: ReplyKind[] = ['promise', 'paid', 'dispute', 'plan', 'info-request', 'auto-reply', 'other'];

/** One click to say a reply is not what Relance read ("Ce n'est pas un litige"), or two to say what it is instead. */
export function ReplyCorrection({ kind, promisedDate, t, onCorrect }: Props) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ReplyKind>(kind === 'promise' ? 'promise' : 'other');
  const [date, setDate] = useState(promisedDate ?? '');
  const [problem, setProblem] = useState('');
  // One id per correction: a retry after a lost answer cannot record it twice.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());

  const apply = async (correction: Omit<ReplyCorrectionRequest, 'requestId'>) => {
    if (!(await onCorrect({ ...correction, requestId }))) return;
    setRequestId(crypto.randomUUID());
    setOpen(false);
  };
  const save = (e: Event) => {
    e.preventDefault();
    if (choice === 'promise' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('sb_field_invalid', t('sb_correct_date')));
    setProblem('');
    void apply({ kind: choice, promisedDate: choice === 'promise' ? date : undefined });
  };

  return (
    <div class="reply-correction">
      <div class="actions">
        {kind !== 'other' && (
          <button type="button" onClick={() => void apply({ kind: 'other' })}>
            {t(keyFor('sb_correct_not_', kind))}
          </button>
        )}
        <button type="button" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
          {t('sb_correct')}
        </button>
      </div>
      {open && (
        <form class="add-event" onSubmit={save} aria-label={t('sb_correct_title')}>
          <fieldset>
            <legend>{t('sb_correct_title')}</legend>
            {KINDS.map((k) => (
              <label key={k} class="check">
                <input type="radio" name="reply-kind" value={k} checked={choice === k} onChange={() => setChoice(k)} />
                {t(keyFor('sb_reply_kind_', k))}
              </label>
            ))}
          </fieldset>
          {choice === 'promise' && (
            <label>
              {t('sb_correct_date')}
              <input name="promised" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
            </label>
          )}
          <FormFooter problem={problem} saveLabel={t('sb_correct_save')} t={t} onCancel={() => setOpen(false)} />
        </form>
      )}
    </div>
  );
}
