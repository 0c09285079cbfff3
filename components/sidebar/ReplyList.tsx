import { useState } from 'preact/hooks';
import type { ShownEvent } from '../../utils/model/shown-event';
import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Translate } from '../../utils/i18n/translator';
import { ReplyCorrection, type ReplyCorrectionRequest } from './ReplyCorrection';
import type { Language } from '../../utils/model/language';
import { memo } from '../common/memo';

interface Props {
  timeline: ShownEvent[];
  language: Language;
  t: Translate;
  /** Records the user's reading of reply `eventId`; resolves false when nothing was saved. */
  onCorrect: (eventId: string, correction: ReplyCorrectionRequest) => Promise<boolean>;
}

const SHOWN = 5;

/** The debtor's replies as Relance understood them, with the phrase that decided, who read it, and a way to correct it. */
export function ReplyList({ timeline, language, t, onCorrect }: Props) {
  const [all, setAll] = useState(false);
  // A corrected reading is replaced by its correction, which stays in its place in the list.
  const corrected = new Set(timeline.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  const replies = timeline.filter((e): e is ShownEvent<'reply-received'> => e.kind === 'reply-received' && !corrected.has(e.id));
  if (!replies.length) return null;
  // The latest replies decide the next step; older ones stay one click away.
  const shown = all ? replies : replies.slice(-SHOWN);
  return (
    <section class="card" aria-labelledby="relance-replies">
      <h3 id="relance-replies">{t('sb_replies')}</h3>
      <ul class="replies">
        {shown.map((r) => (
          <ReplyItem key={r.id} reply={r} language={language} t={t} onCorrect={onCorrect} />
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

interface ItemProps {
  reply: ShownEvent<'reply-received'>;
  language: Language;
  t: Translate;
  onCorrect: Props['onCorrect'];
}

/** One reply as read; a reply already shown is not rendered again when a new one arrives (issue 17). */
const ReplyItem = memo(function ReplyItem({ reply: r, language, t, onCorrect }: ItemProps) {
  return (
    <li class={`reply kind-${r.data.kind}`} data-reader={r.data.reader ?? 'rules'}>
      <strong>{t(keyFor('sb_reply_kind_', r.data.kind))}</strong> <span class="muted">{formatDay(r.occurredOn, language)}</span>{' '}
      <span class="muted reader">{t(keyFor('sb_reader_', r.data.reader ?? 'rules'))}</span>
      {r.data.phrase && <q class="phrase">{r.data.phrase}</q>}
      {r.data.promisedDate && <p class="promised">{t('sb_reply_promised', formatDay(r.data.promisedDate, language, 'long'))}</p>}
      <ReplyCorrection key={`${r.id}-${r.data.kind}`} kind={r.data.kind} promisedDate={r.data.promisedDate} t={t} onCorrect={(c) => onCorrect(r.id, c)} />
    </li>
  );
});
