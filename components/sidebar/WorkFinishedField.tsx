import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translator';

interface Props {
  /** The date entered so far, if any. */
  value?: string;
  today: string;
  t: Translate;
  /** Resolves false when nothing was saved: the field keeps what was typed. */
  onSave: (workFinishedOn: string) => Promise<boolean>;
}

/** The day the work was finished: the limitation period runs from it, not from the invoice (Cass. com. 26 Feb 2020). */
export function WorkFinishedField({ value, today, t, onSave }: Props) {
  const [date, setDate] = useState(value ?? '');
  return (
    <form
      class="work-finished"
      onSubmit={(e) => {
        e.preventDefault();
        if (date) void onSave(date);
      }}
    >
      <label>
        {t('sb_work_finished')}
        <input name="workFinishedOn" type="date" max={today} value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!date || date === value}>
        {t('sb_work_finished_save')}
      </button>
    </form>
  );
}
