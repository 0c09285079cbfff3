import { useState } from 'preact/hooks';
import type { ShownEvent } from '../../utils/model/shown-event';
import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';
import { CDAR_STATUS_NAMES } from '../../utils/model/platform-status';
import { memo } from '../common/memo';

interface Props {
  timeline: ShownEvent[];
  chain: { intact: boolean; brokenAt?: number };
  language: Language;
  t: Translate;
}

/** Events shown before "show all": the panel is narrow, and a long thread's timeline is rendered on every change. */
const SHOWN = 15;

/** The append-only timeline, newest first, with the hash-chain verdict. */
export function TimelineList({ timeline, chain, language, t }: Props) {
  const [all, setAll] = useState(false);
  const newestFirst = [...timeline].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN);
  return (
    <section class="card" aria-labelledby="relance-timeline">
      <h3 id="relance-timeline">{t('sb_timeline')}</h3>
      <p class={chain.intact ? 'badge ok chain' : 'badge danger chain'} role="status">
        {chain.intact ? t('sb_chain_intact') : t('sb_chain_broken', (chain.brokenAt ?? 0) + 1)}
      </p>
      <ol class="timeline" reversed>
        {shown.map((e) => (
          <TimelineItem key={e.id} event={e} language={language} t={t} />
        ))}
      </ol>
      {shown.length < newestFirst.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t('sb_show_all', newestFirst.length)}
        </button>
      )}
    </section>
  );
}

/** One event; an event already shown is not rendered again when a new one arrives (issue 17). */
const TimelineItem = memo(function TimelineItem({ event: e, language, t }: { event: ShownEvent; language: Language; t: Translate }) {
  const said = summary(e, language);
  return (
    <li class={`ev ev-${e.kind}`} title={`SHA-256 ${e.hash}`}>
      <span class="muted">{formatDay(e.occurredOn, language)}</span> {t(keyFor('ev_', e.kind))}
      {said && <span class="muted"> — {said}</span>}
    </li>
  );
});

/** One line of what the event says, from its own data (plain text only). */
function summary(e: ShownEvent, language: Language): string {
  if (e.kind === 'platform-status') {
    const status = e.data;
    const name = CDAR_STATUS_NAMES[status.code];
    return [`${name ? name[language] : status.raw} (${status.code})`, status.reason].filter(Boolean).join(' — ').slice(0, 120);
  }
  return (summaryText(e) ?? '').slice(0, 120);
}

/** The event's own words worth a line: a subject, what a call said, a note, a tracking number, a file, a reason. */
function summaryText(e: ShownEvent): string | undefined {
  switch (e.kind) {
    case 'invoice-sent':
    case 'reminder-inserted':
    case 'reminder-sent':
    case 'service-reminder':
      return e.data.subject;
    case 'call':
      return e.data.summary;
    case 'note':
      return e.data.text;
    case 'letter-sent':
    case 'acknowledgement-received':
    case 'letter-status':
      return e.data.trackingNumber;
    case 'export':
      return e.data.fileName;
    case 'dispute':
    case 'status-change':
    case 'stage-change':
    case 'correction':
      return e.data.reason;
    default:
      return undefined;
  }
}
