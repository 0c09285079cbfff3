import type { InvoiceView } from '../../utils/model/view';
import { formatDay } from '../../utils/i18n/format';
import type { Translate } from '../../utils/i18n/translate';

interface Props {
  view: InvoiceView;
  language: 'fr' | 'en';
  t: Translate;
}

/** Prescription date (with a warning as it nears) and, from the formal notice on, the court routes that fit the case. */
export function LegalNotes({ view, language, t }: Props) {
  const { prescription, judicial } = view;
  const urgent = prescription.warning !== 'none';
  return (
    <section class={urgent ? 'card warn' : 'card'} aria-labelledby={`relance-legal-${view.invoice.id}`}>
      <h3 id={`relance-legal-${view.invoice.id}`}>{t('sb_legal')}</h3>
      <p class={urgent ? 'prescription urgent' : 'prescription'} role={urgent ? 'alert' : undefined}>
        {t('sb_prescription', formatDay(prescription.lastDay, language, 'long'))}
      </p>
      <p class="muted">{prescription.reason}</p>
      {judicial && (
        <details class="judicial">
          <summary>{t('sb_judicial')}</summary>
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
