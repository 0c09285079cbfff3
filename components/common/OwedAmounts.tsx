import type { ChargesView } from '../../utils/model/view';
import { formatMoney } from '../../utils/templates/format-money';
import type { Translate } from '../../utils/i18n/translator';
import type { Language } from '../../utils/model/language';

interface Props {
  charges: ChargesView;
  language: Language;
  t: Translate;
}

/** What an invoice owes today, as legal/amount-owed.ts computed it: the same lines in the sidebar and the dashboard. */
export function OwedAmounts({ charges, language, t }: Props) {
  return (
    <>
      <dl class="amounts">
        <dt>{t('sb_amount_due')}</dt>
        <dd class="amount-due">{formatMoney(charges.outstanding, language)}</dd>
        {charges.paid.minor > 0 && (
          <>
            <dt>{t('sb_paid_so_far')}</dt>
            <dd class="paid">{formatMoney(charges.paid, language)}</dd>
          </>
        )}
        {charges.interest.minor > 0 && (
          <>
            <dt>{t('sb_interest')}</dt>
            <dd class="interest">{formatMoney(charges.interest, language)}</dd>
          </>
        )}
        {charges.indemnity.minor > 0 && (
          <>
            <dt>{t('sb_indemnity')}</dt>
            <dd class="indemnity">{formatMoney(charges.indemnity, language)}</dd>
          </>
        )}
        <dt>{t('sb_total')}</dt>
        <dd class="total">{formatMoney(charges.total, language)}</dd>
      </dl>
      {charges.indemnityOutsideTotal && <p class="muted indemnity-apart">{t('sb_indemnity_apart', formatMoney(charges.indemnityOutsideTotal, language))}</p>}
      {charges.unknownRates.length > 0 && <p class="muted">{t('sb_rate_unknown', charges.unknownRates.join(', '))}</p>}
      {charges.note && <p class="muted">{charges.note}</p>}
    </>
  );
}
