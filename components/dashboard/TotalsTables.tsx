import { amountsText } from '../../utils/dashboard/amounts-text';
import type { DashboardTotals } from '../../utils/dashboard/invoice-totals';
import type { Language, Translate } from '../../utils/i18n/translator';
import { bucketLabel } from './OverdueChart';
import { TotalsCard } from './TotalsCard';

export interface TotalsTablesProps {
  totals: DashboardTotals;
  language: Language;
  t: Translate;
}

/** Totals by client, largest owed first. */
export function ClientTotalsTable({ totals, language, t }: TotalsTablesProps) {
  return (
    <TotalsCard
      id="by-client"
      title={t('dash_by_client')}
      testId="totals-by-client"
      columns={[t('dash_col_client'), t('dash_col_invoices'), t('dash_col_owed'), t('dash_col_overdue')]}
    >
      {totals.byClient.map((c) => (
        <tr key={c.clientName}>
          <th scope="row">{c.clientName}</th>
          <td class="num">{c.invoices}</td>
          <td class="num">{amountsText(c.owed, language)}</td>
          <td class="num">{amountsText(c.overdue, language)}</td>
        </tr>
      ))}
    </TotalsCard>
  );
}

/** Totals overdue by age of the delay (the chart's figures, as a table). */
export function AgeTotalsTable({ totals, language, t }: TotalsTablesProps) {
  return (
    <TotalsCard id="by-age" title={t('dash_by_age')} testId="totals-by-age" columns={[t('dash_col_bucket'), t('dash_col_invoices'), t('dash_col_overdue')]}>
      {totals.byAge.map((a) => (
        <tr key={a.bucket} data-bucket={a.bucket}>
          <th scope="row">{bucketLabel(a.bucket, t)}</th>
          <td class="num">{a.invoices}</td>
          <td class="num">{amountsText(a.overdue, language)}</td>
        </tr>
      ))}
    </TotalsCard>
  );
}
