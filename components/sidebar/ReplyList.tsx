import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../utils/model/event';
import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Translate } from '../../utils/i18n/translate';

interface Props {
  timeline: TimelineEvent[];
  language: 'fr' | 'en';
  t: Translate;
}

const SHOWN = 5;

/** The debtor's replies as Relance understood them, with the phrase that decided. */
export function ReplyList({ timeline, language, t }: Props) {
  const [all, setAll] = useState(false);
  const replies = timeline.filter((e): e is TimelineEvent<'reply-received'> => e.kind === 'reply-received');
  if (!replies.length) return null;
  // The latest replies decide the next step; older ones stay one click away.
  const shown = all ? replies : replies.slice(-SHOWN);
  return (
    <section class="card" aria-labelledby="relance-replies">
      <h3 id="relance-replies">{t('sb_replies')}</h3>
      <ul class="replies">
        {shown.map((r) => (
          <li key={r.id} class={`reply kind-${r.data.kind}`}>
            <strong>{t(keyFor('sb_reply_kind_', r.data.kind))}</strong> <span class="muted">{formatDay(r.occurredOn, language)}</span>
            {r.data.phrase && <q class="phrase">{r.data.phrase}</q>}
            {r.data.promisedDate && <p class="promised">{t('sb_reply_promised', formatDay(r.data.promisedDate, language, 'long'))}</p>}
          </li>
        ))}
      </ul>
      {shown.length < replies.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t('sb_show_all', replies.length)}
        </button>
      )}
    </section>
  );
}
