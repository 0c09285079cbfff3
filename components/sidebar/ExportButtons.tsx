import type { Translate } from '../../utils/i18n/translator';
import { userOnly } from '../common/user-only';

export type ExportKind = 'formal-notice' | 'docx' | 'csv' | 'json' | 'payment-qr';

interface Props {
  t: Translate;
  onExport: (kind: ExportKind) => void;
  onPrintNotice: () => void;
}

/** The mise en demeure letter (DOCX, or the A4 page to print) and the evidence file of the invoice. */
export function ExportButtons({ t, onExport, onPrintNotice }: Props) {
  return (
    <section class="card" aria-labelledby="relance-exports">
      <h3 id="relance-exports">{t('sb_exports')}</h3>
      <div class="actions">
        <button type="button" onClick={userOnly(() => onExport('formal-notice'))}>
          {t('sb_export_notice')}
        </button>
        <button type="button" onClick={userOnly(onPrintNotice)}>
          {t('sb_notice_a4')}
        </button>
        <button type="button" onClick={userOnly(() => onExport('docx'))}>
          {t('sb_export_docx')}
        </button>
        <button type="button" onClick={userOnly(() => onExport('csv'))}>
          {t('sb_export_csv')}
        </button>
        <button type="button" onClick={userOnly(() => onExport('json'))}>
          {t('sb_export_json')}
        </button>
        <button type="button" title={t('sb_export_qr_hint')} onClick={userOnly(() => onExport('payment-qr'))}>
          {t('sb_export_qr')}
        </button>
      </div>
    </section>
  );
}
