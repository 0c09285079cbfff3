import type { PaymentNoticeView } from '../../utils/model/view';
import { formatDay } from '../../utils/i18n/format';
import { formatMoney } from '../../utils/templates/format-money';
import type { Translate } from '../../utils/i18n/translator';
import { userOnly } from '../common/user-only';
import type { Language } from '../../utils/model/language';

interface Props {
  notices: PaymentNoticeView[];
  language: Language;
  t: Translate;
  onConfirm: (notice: PaymentNoticeView) => void;
}

/** "Payment received for F-2026-028": confirm in one click, the mail is kept as the evidence. */
export function PaymentNotices({ notices, language, t, onConfirm }: Props) {
  return (
    <>
      {notices.map((n) => (
        <section class="card" key={`${n.invoiceId}-${n.messageId}`} aria-label={t('sb_payment_notice_title')}>
          <h2>{t('sb_payment_notice_title')}</h2>
          <p>{t('sb_payment_notice', n.serviceName, formatMoney(n.amount, language), n.number, n.clientName, formatDay(n.receivedOn, language, 'long'))}</p>
          <button type="button" class="primary" onClick={userOnly(() => onConfirm(n))}>
            {t('sb_payment_confirm')}
          </button>
        </section>
      ))}
    </>
  );
}
