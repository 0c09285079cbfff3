import type { CourtDocument, InvoiceFacts } from '../../utils/model/view';
import { CourtSteps } from '../common/CourtSteps';
import { formatDay } from '../../utils/i18n/format';
import type { Translate } from '../../utils/i18n/translator';
import { WorkFinishedField } from './WorkFinishedField';
import type { Language } from '../../utils/model/language';

interface Props {
  view: InvoiceFacts;
  language: Language;
  today: string;
  t: Translate;
  onWorkFinished: (workFinishedOn: string) => Promise<boolean>;
  onCourtDocx: (document: CourtDocument) => void;
  onCourtPrint: (document: CourtDocument) => void;
}

/** Prescription date (with a warning as it nears) and, from the formal notice on, the court routes that fit the case. */
export function LegalNotes({ view, language, today, t, onWorkFinished, onCourtDocx, onCourtPrint }: Props) {
  const { prescription, judicial } = view;
  const urgent = prescription.warning !== 'none';
  return (
    <section class={urgent ? 'card warn' : 'card'} aria-labelledby={`relance-legal-${view.invoice.id}`}>
      <h3 id={`relance-legal-${view.invoice.id}`}>{t('sb_legal')}</h3>
      <p class={urgent ? 'prescription urgent' : 'prescription'} role={urgent ? 'alert' : undefined}>
        {prescription.warning === 'expired'
          ? t('sb_prescribed_since', formatDay(prescription.lastDay, language, 'long'))
          : t('sb_prescription', formatDay(prescription.lastDay, language, 'long'))}
      </p>
      <p class="muted">{prescription.reason}</p>
      <WorkFinishedField key={prescription.workFinishedOn ?? ''} value={prescription.workFinishedOn} today={today} t={t} onSave={onWorkFinished} />
      {judicial && (
        <details class="judicial" open={view.invoice.stage === 'judicial'}>
          <summary>{t('sb_judicial')}</summary>
          <CourtSteps judicial={judicial} t={t} onDocx={onCourtDocx} onPrint={onCourtPrint} />
          <p>{judicial.summary}</p>
          <ul>
            {judicial.options.map((o) => (
              <li key={o.title}>
                <strong>{o.title}</strong>
                {o.form && <span class="muted"> ({o.form})</span>}
                <p>{o.explanation}</p>
                {o.caution && <p class="muted">{o.caution}</p>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
