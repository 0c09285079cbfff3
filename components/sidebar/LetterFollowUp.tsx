import { useState } from 'preact/hooks';
import type { RequestOf } from '../../utils/messages';
import type { Translate } from '../../utils/i18n/translator';
import { formatDay } from '../../utils/i18n/format';
import { laPosteTrackingPageUrl, LETTER_STATUS_NAMES } from '../../utils/model/letter-status';
import type { PendingLetter } from '../../utils/legal/pending-letter';
import { refuseSyntheticClick, userOnly } from '../common/user-only';
import type { Language } from '../../utils/model/language';

interface Props {
  letter: PendingLetter;
  language: Language;
  today: string;
  t: Translate;
  onAdd: (event: Omit<RequestOf<'event:add'>, 'invoiceId'>) => Promise<boolean>;
}

/** The registered letter on its way: La Poste's page in one click, "AR reçu le …" in two (the deadline then runs from that day). */
export function LetterFollowUp({ letter, language, today, t, onAdd }: Props) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today);
  const [requestId] = useState(() => crypto.randomUUID());
  const save = userOnly((e: Event) => {
    e.preventDefault();
    void onAdd({ kind: 'acknowledgement-received', occurredOn: date, data: { receivedOn: date, trackingNumber: letter.trackingNumber }, requestId });
  });
  return (
    <section class="card" aria-label={t('sb_letter_title')} data-testid="letter-follow-up">
      <p>
        {t('sb_letter_on_its_way', letter.trackingNumber, formatDay(letter.sentOn, language))}
        {letter.lastStatus &&
          ` — ${t('sb_letter_last_status', LETTER_STATUS_NAMES[letter.lastStatus.status][language], formatDay(letter.lastStatus.on, language))}`}
      </p>
      <div class="actions">
        <a class="button" href={laPosteTrackingPageUrl(letter.trackingNumber)} target="_blank" rel="noopener noreferrer">
          {t('sb_letter_track')}
        </a>
        {!open && (
          <button type="button" onClick={userOnly(() => setOpen(true))}>
            {t('sb_letter_ar')}
          </button>
        )}
      </div>
      {open && (
        <form onSubmit={save}>
          <label>
            {t('sb_letter_ar_on')} <input type="date" value={date} max={today} min={letter.sentOn} onInput={(e) => setDate(e.currentTarget.value)} required />
          </label>
          <button type="submit" onClick={refuseSyntheticClick}>
            {t('sb_letter_ar_save')}
          </button>
        </form>
      )}
    </section>
  );
}
