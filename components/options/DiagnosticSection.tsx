import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translator';
import type { DiagnosticReply } from '../../utils/messages';
import { Notice } from '../common/Notice';
import { explainError } from '../../utils/errors/explain-error';

export interface DiagnosticSectionProps {
  t: Translate;
  /** Asks the open Gmail/Outlook tabs for their diagnostic. */
  collect: () => Promise<DiagnosticReply[]>;
}

/** "Relance cannot read my webmail": copies the anonymised diagnostic of the open webmail tabs, and shows it. */
export function DiagnosticSection({ t, collect }: DiagnosticSectionProps) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<string>();
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' }>();

  const copy = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const replies = await collect();
      if (replies.length === 0) {
        setReport(undefined);
        setMessage({ text: t('opt_diag_none'), tone: 'error' });
        return;
      }
      const text = replies.map((reply) => reply.report).join('\n\n----------\n\n');
      setReport(text);
      const copied = await navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      );
      setMessage(copied ? { text: t('opt_diag_copied', replies.length), tone: 'ok' } : { text: t('sb_report_copy_failed'), tone: 'error' });
    } catch (error) {
      setMessage({ text: t('opt_diag_failed', explainError(error, t)), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="diagnostic-title">
      <h2 id="diagnostic-title">{t('opt_diag_title')}</h2>
      <p>{t('opt_diag_intro')}</p>
      <button type="button" onClick={() => void copy()} disabled={busy}>
        {t('opt_diag_button')}
      </button>
      <Notice text={message?.text} tone={message?.tone ?? 'info'} />
      {report !== undefined && (
        <label class="diagnostic">
          {t('sb_report_preview')}
          <textarea readOnly rows={14} value={report} />
        </label>
      )}
    </section>
  );
}
