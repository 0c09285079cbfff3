import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translator';
import type { ChargesView, CourtDocument, InvoiceSummary, JudicialView } from '../../utils/model/view';
import { CourtSteps } from '../common/CourtSteps';
import { OwedAmounts } from '../common/OwedAmounts';
import { TextField } from '../common/TextField';
import type { Language } from '../../utils/model/language';

export interface InvoicePanelProps {
  invoice: InvoiceSummary;
  /** Every mail thread the invoice was seen in. */
  threads: Array<{ threadId: string; url: string; subject: string }>;
  /** What it owes today, once loaded: the same figures as the sidebar. */
  charges?: ChargesView;
  /** From the formal notice on: the judicial steps, with their documents. */
  judicial?: JudicialView;
  /** The communes of the debtor's postcode, once loaded. */
  communes?: string[];
  language: Language;
  today: string;
  busy: boolean;
  t: Translate;
  onPaid: () => void;
  onPartial: (amount: string, receivedOn: string) => Promise<boolean>;
  onCancel: () => void;
  onNote: (text: string) => Promise<boolean>;
  onExport: (format: 'docx' | 'csv' | 'json') => void;
  onCourtDocx: (document: CourtDocument) => void;
  onPrint: (document: 'formal-notice' | CourtDocument) => void;
  onClose: () => void;
}

/** What the user can do on one invoice: paid in full or in part, cancel, note, evidence exports. Escape closes it. */
export function InvoicePanel({
  invoice,
  threads,
  charges,
  judicial,
  communes,
  language,
  today,
  busy,
  t,
  onPaid,
  onPartial,
  onCancel,
  onNote,
  onExport,
  onCourtDocx,
  onPrint,
  onClose,
}: InvoicePanelProps) {
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(today);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const settled = invoice.status === 'paid' || invoice.status === 'cancelled';
  const id = `panel-${invoice.id}`;
  // Closing gives focus back to the row's manage button, so keyboard users do not land at the top of the page.
  const close = () => {
    const opener = document.querySelector<HTMLElement>(`[aria-controls="${id}"]`);
    onClose();
    opener?.focus();
  };
  return (
    <tr>
      <td colSpan={7}>
        <section id={id} aria-labelledby={`${id}-title`} class="card" onKeyDown={(e) => e.key === 'Escape' && close()}>
          <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
            {t('dash_panel_title', invoice.number, invoice.clientName)}
          </h3>
          {charges && (
            <div class="owed" data-testid="panel-owed">
              <OwedAmounts charges={charges} language={language} t={t} />
            </div>
          )}
          <div class="toolbar">
            {!settled && (
              <button type="button" class="primary" disabled={busy} onClick={onPaid}>
                {t('dash_mark_paid')}
              </button>
            )}
            {!settled && (
              <button type="button" class="danger" disabled={busy} onClick={() => confirm(t('dash_cancel_confirm', invoice.number)) && onCancel()}>
                {t('dash_cancel_invoice')}
              </button>
            )}
            <button type="button" onClick={close}>
              {t('dash_close')}
            </button>
          </div>
          <div class="grid-2">
            {!settled && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void onPartial(amount, receivedOn).then((ok) => ok && setAmount(''));
                }}
              >
                <fieldset>
                  <legend>{t('dash_partial')}</legend>
                  <TextField id={`${id}-amount`} label={t('dash_partial_amount')} value={amount} onInput={setAmount} inputMode="decimal" required />
                  <TextField id={`${id}-date`} label={t('dash_partial_date')} type="date" value={receivedOn} onInput={setReceivedOn} required />
                  <button type="submit" disabled={busy}>
                    {t('dash_record')}
                  </button>
                </fieldset>
              </form>
            )}
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (note.trim()) void onNote(note.trim()).then((ok) => ok && setNote(''));
              }}
            >
              <fieldset>
                <legend>{t('dash_note')}</legend>
                <TextField id={`${id}-note`} label={t('dash_note_text')} value={note} onInput={setNote} multiline required />
                <button type="submit" disabled={busy}>
                  {t('dash_record')}
                </button>
              </fieldset>
            </form>
          </div>
          {threads.length > 0 && (
            <nav aria-label={t('dash_threads_title')}>
              <h4>{t('dash_threads_title')}</h4>
              <ul class="threads">
                {threads.map((thread) => (
                  <li key={thread.threadId}>
                    <a href={thread.url} target="_blank" rel="noopener noreferrer">
                      {thread.subject || thread.threadId}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {judicial && !settled && <CourtSteps judicial={judicial} communes={communes} t={t} busy={busy} onDocx={onCourtDocx} onPrint={onPrint} />}
          <div role="group" aria-label={t('dash_exports')} class="toolbar">
            <span class="muted">{t('dash_exports')}</span>
            <button type="button" disabled={busy} onClick={() => onExport('docx')}>
              {t('dash_export_docx')}
            </button>
            <button type="button" disabled={busy} onClick={() => onExport('csv')}>
              {t('dash_export_csv')}
            </button>
            <button type="button" disabled={busy} onClick={() => onExport('json')}>
              {t('dash_export_json')}
            </button>
            {!settled && (
              <button type="button" disabled={busy} onClick={() => onPrint('formal-notice')}>
                {t('sb_notice_a4')}
              </button>
            )}
          </div>
        </section>
      </td>
    </tr>
  );
}
