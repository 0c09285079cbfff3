import { amountsText } from '../../utils/dashboard/amounts-text';
import type { DashboardTotals } from '../../utils/dashboard/invoice-totals';
import type { Language, Translate } from '../../utils/i18n/translate';
import { bucketLabel } from './OverdueChart';

export interface TotalsTablesProps {
  totals: DashboardTotals;
  language: Language;
  t: Translate;
}

/** Totals by client, largest owed first. */
export function ClientTotalsTable({ totals, language, t }: TotalsTablesProps) {
  return (
    <section class="card" aria-labelledby="by-client">
      <h2 id="by-client">{t('dash_by_client')}</h2>
      <table data-testid="totals-by-client">
        <thead>
          <tr>
            <th scope="col">{t('dash_col_client')}</th>
            <th scope="col" class="num">
              {t('dash_col_invoices')}
            </th>
            <th scope="col" class="num">
              {t('dash_col_owed')}
            </th>
            <th scope="col" class="num">
              {t('dash_col_overdue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.byClient.map((c) => (
            <tr key={c.clientName}>
              <th scope="row">{c.clientName}</th>
              <td class="num">{c.invoices}</td>
              <td class="num">{amountsText(c.owed, language)}</td>
              <td class="num">{amountsText(c.overdue, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Totals overdue by age of the delay (the chart's figures, as a table). */
export function AgeTotalsTable({ totals, language, t }: TotalsTablesProps) {
  return (
    <section class="card" aria-labelledby="by-age">
      <h2 id="by-age">{t('dash_by_age')}</h2>
      <table data-testid="totals-by-age">
        <thead>
          <tr>
            <th scope="col">{t('dash_col_bucket')}</th>
            <th scope="col" class="num">
              {t('dash_col_invoices')}
            </th>
            <th scope="col" class="num">
              {t('dash_col_overdue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.byAge.map((a) => (
            <tr key={a.bucket} data-bucket={a.bucket}>
              <th scope="row">{bucketLabel(a.bucket, t)}</th>
              <td class="num">{a.invoices}</td>
              <td class="num">{amountsText(a.overdue, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
