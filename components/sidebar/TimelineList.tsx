import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../utils/model/event';
import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Language, type Translate } from '../../utils/i18n/translate';
import { CDAR_STATUS_NAMES, type PlatformStatus } from '../../utils/model/platform-status';

interface Props {
  timeline: TimelineEvent[];
  chain: { intact: boolean; brokenAt?: number };
  language: 'fr' | 'en';
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
          <li key={e.id} class={`ev ev-${e.kind}`} title={`SHA-256 ${e.hash}`}>
            <span class="muted">{formatDay(e.occurredOn, language)}</span> {t(keyFor('ev_', e.kind))}
            {summary(e, language) && <span class="muted"> — {summary(e, language)}</span>}
          </li>
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

/** One line of what the event says, from its own data (plain text only). */
function summary(e: TimelineEvent, language: Language): string {
  if (e.kind === 'platform-status') {
    const status = e.data as PlatformStatus;
    const name = CDAR_STATUS_NAMES[status.code];
    return [`${name ? name[language] : status.raw} (${status.code})`, status.reason].filter(Boolean).join(' — ').slice(0, 120);
  }
  const d = e.data as Record<string, unknown>;
  const text = (d.subject ?? d.summary ?? d.text ?? d.trackingNumber ?? d.fileName ?? d.reason ?? '') as string;
  return typeof text === 'string' ? text.slice(0, 120) : '';
}
