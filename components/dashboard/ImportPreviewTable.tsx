import type { PlannedRow } from '../../utils/import/plan-import';
import { formatDay } from '../../utils/i18n/format';
import type { Language, Translate } from '../../utils/i18n/translator';
import { formatMoney } from '../../utils/templates/format-money';

export interface ImportPreviewTableProps {
  rows: PlannedRow[];
  language: Language;
  t: Translate;
}

/** What the import will do, row by row. */
export function ImportPreviewTable({ rows, language, t }: ImportPreviewTableProps) {
  return (
    <table data-testid="import-preview">
      <thead>
        <tr>
          <th scope="col">{t('import_col_lines')}</th>
          <th scope="col">{t('import_field_number')}</th>
          <th scope="col">{t('import_field_client_name')}</th>
          <th scope="col" class="num">
            {t('import_field_amount_due')}
          </th>
          <th scope="col">{t('import_field_due_date')}</th>
          <th scope="col">{t('import_col_what')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.lines.join('-')} data-action={row.action}>
            <td>{row.lines.join(', ')}</td>
            <td>{row.action !== 'skip' ? row.invoice.number : ''}</td>
            <td>{row.action !== 'skip' ? row.invoice.clientName : ''}</td>
            <td class="num">{row.action !== 'skip' ? formatMoney(row.invoice.amountDue, language) : ''}</td>
            <td>{row.action !== 'skip' ? formatDay(row.invoice.dueDate, language) : ''}</td>
            <td>
              {row.action === 'create' && t('import_action_create')}
              {row.action === 'merge' && t('import_action_merge')}
              {row.action === 'skip' && t('import_action_skip', row.problems.map((p) => t(p)).join(', '))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
