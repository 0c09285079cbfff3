import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translator';

interface Props {
  webmailName: string;
  reason: string;
  t: Translate;
  /** The anonymised report (hooks matched, page outline) the user may send us. */
  diagnostics: () => string;
}

/** Shown when the adapter cannot read the page: the webmail keeps working, the user can report it. */
export function UnreadablePage({ webmailName, reason, t, diagnostics }: Props) {
  const [report, setReport] = useState<string>();
  const [copied, setCopied] = useState<boolean>();
  const copy = () => {
    const text = diagnostics();
    setReport(text);
    setCopied(undefined);
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section class="card warn" role="alert">
      <h2>{t('sb_unreadable_title', webmailName)}</h2>
      <p>{t('sb_unreadable_body')}</p>
      <p class="muted">{t('sb_unreadable_reason', reason)}</p>
      <button type="button" onClick={copy}>
        {t('sb_report')}
      </button>
      {copied !== undefined && <p role="status">{t(copied ? 'sb_report_copied' : 'sb_report_copy_failed')}</p>}
      {report !== undefined && (
        // What is copied, shown as is: the user sees there is no mail text, address or id in it.
        <label class="diagnostic">
          {t('sb_report_preview')}
          <textarea readOnly rows={8} value={report} />
        </label>
      )}
    </section>
  );
}
