import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translate';

interface Props {
  webmailName: string;
  reason: string;
  t: Translate;
  onCopyDiagnostics: () => Promise<void>;
}

/** Shown when the adapter cannot read the page: the webmail keeps working, the user can report it. */
export function UnreadablePage({ webmailName, reason, t, onCopyDiagnostics }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="card warn" role="alert">
      <h2>{t('sb_unreadable_title', webmailName)}</h2>
      <p>{t('sb_unreadable_body')}</p>
      <p class="muted">{t('sb_unreadable_reason', reason)}</p>
      <button type="button" onClick={() => onCopyDiagnostics().then(() => setCopied(true))}>
        {t('sb_report')}
      </button>
      {copied && <p role="status">{t('sb_report_copied')}</p>}
    </section>
  );
}
