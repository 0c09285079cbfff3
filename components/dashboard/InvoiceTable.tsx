import type { ComponentChildren } from 'preact';
import type { SortKey, SortOrder } from '../../utils/dashboard/invoice-sort';
import type { MessageKey, Translate } from '../../utils/i18n/translator';

export interface InvoiceTableProps {
  sort: SortOrder;
  t: Translate;
  onSort: (key: SortKey) => void;
  children: ComponentChildren;
}

const COLUMNS: Array<{ key: SortKey; label: MessageKey; num?: boolean }> = [
  { key: 'client', label: 'dash_col_client' },
  { key: 'amount', label: 'dash_col_amount', num: true },
  { key: 'daysLate', label: 'dash_col_days', num: true },
  { key: 'stage', label: 'dash_col_stage' },
  { key: 'nextAction', label: 'dash_col_next' },
  { key: 'status', label: 'dash_col_status' },
];

/** The invoice table with sortable column headers (buttons, aria-sort); rows are its children. */
export function InvoiceTable({ sort, t, onSort, children }: InvoiceTableProps) {
  return (
    <table id="invoices" data-testid="invoice-table">
      <caption class="visually-hidden">{t('dash_invoices')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              class={c.num ? 'num' : undefined}
              aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <button type="button" onClick={() => onSort(c.key)} title={t('dash_sort_by', t(c.label))}>
                {t(c.label)}
                <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col">{t('dash_col_actions')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
