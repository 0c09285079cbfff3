import { dashboardTotals } from '../../utils/dashboard/invoice-totals';
import { filterInvoices, viewCounts } from '../../utils/dashboard/invoice-filter';
import { sortInvoices } from '../../utils/dashboard/invoice-sort';
import type { DashboardActions, DashboardState } from './dashboard-store';
import type { ImportActions } from './import-flow';
import { Notice } from '../common/Notice';
import { RoundLauncher } from '../common/RoundLauncher';
import { ProgressBar } from '../common/ProgressBar';
import { CsvImport } from './CsvImport';
import { DashboardHeader } from './DashboardHeader';
import { InvoicePanel } from './InvoicePanel';
import { InvoiceRow } from './InvoiceRow';
import { InvoiceTable } from './InvoiceTable';
import { NewInvoiceForm } from './NewInvoiceForm';
import { OverdueChart } from './OverdueChart';
import { SummaryCards } from './SummaryCards';
import { AgeTotalsTable, ClientTotalsTable } from './TotalsTables';
import { ViewFilters } from './ViewFilters';

export interface DashboardAppProps {
  state: DashboardState;
  actions: DashboardActions;
  imports: ImportActions;
  optionsUrl: string;
}

/** The dashboard page: figures, chart, totals, then the filtered, sorted invoice table. */
export function DashboardApp({ state: s, actions: a, imports, optionsUrl }: DashboardAppProps) {
  const { t, language } = s;
  const totals = dashboardTotals(s.invoices);
  const counts = viewCounts(s.invoices, s.today);
  const rows = sortInvoices(filterInvoices(s.invoices, s.view, s.query, s.today), s.sort);
  const chartCurrency = totals.overdue[0]?.currency ?? 'EUR';
  return (
    <main lang={language}>
      <DashboardHeader language={language} panel={s.panel} busy={s.busy} optionsUrl={optionsUrl} t={t} actions={a} />
      <Notice text={s.message?.text} tone={s.message?.tone ?? 'info'} />
      {s.status === 'loading' && <p role="status">{t('dash_loading')}</p>}
      {s.progress && <ProgressBar progress={s.progress} language={language} t={t} onCancel={s.progress.task === 'restore' ? a.cancelProgress : undefined} />}
      {s.status === 'error' && (
        <button type="button" onClick={a.load}>
          {t('dash_retry')}
        </button>
      )}
      <div id="side-panel">
        {s.panel === 'new' && (
          <NewInvoiceForm today={s.today} busy={s.busy} t={t} language={language} onCreate={a.createInvoice} onReadEInvoice={a.readEInvoice} />
        )}
        {s.panel === 'import' && <CsvImport flow={s.import} busy={s.busy} language={language} t={t} actions={imports} />}
      </div>
      {s.status === 'ready' && (
        <>
          {s.round && (
            <RoundLauncher round={s.round} language={language} t={t} onStart={(resume) => void a.startRound(resume)} onClose={() => void a.closeRound()} />
          )}
          <SummaryCards owed={totals.owed} overdue={totals.overdue} dueToday={counts.today} language={language} t={t} onShowToday={() => a.setView('today')} />
          <div class="grid-2">
            <OverdueChart byAge={totals.byAge} currency={chartCurrency} language={language} t={t} />
            <AgeTotalsTable totals={totals} language={language} t={t} />
          </div>
          <ClientTotalsTable totals={totals} language={language} t={t} />
          <h2>{t('dash_invoices')}</h2>
          <ViewFilters view={s.view} counts={counts} query={s.query} t={t} onView={a.setView} onQuery={a.setQuery} />
          <div class="toolbar">
            <button type="button" disabled={rows.length === 0} onClick={() => a.exportList(rows)}>
              {t('dash_export_list')}
            </button>
          </div>
          {s.invoices.length === 0 && <p>{t('dash_empty')}</p>}
          {s.invoices.length > 0 && rows.length === 0 && <p>{t('dash_no_match')}</p>}
          <InvoiceTable sort={s.sort} t={t} onSort={a.sortBy}>
            {rows.map((invoice) => [
              <InvoiceRow
                key={invoice.id}
                invoice={invoice}
                open={s.openId === invoice.id}
                today={s.today}
                language={language}
                t={t}
                onToggle={() => a.toggleOpen(invoice.id)}
              />,
              s.openId === invoice.id && (
                <InvoicePanel
                  key={`${invoice.id}-panel`}
                  invoice={invoice}
                  threads={s.openThreads ?? []}
                  charges={s.openCharges}
                  judicial={s.openJudicial}
                  communes={s.openCommunes}
                  language={language}
                  today={s.today}
                  busy={s.busy}
                  t={t}
                  onPaid={() => a.markPaid(invoice.id)}
                  onPartial={(amount, on) => a.partialPayment(invoice, amount, on)}
                  onCancel={() => a.cancel(invoice.id)}
                  onNote={(text) => a.addNote(invoice.id, text)}
                  onExport={(format) => a.exportEvidence(invoice.id, format)}
                  onCourtDocx={(document) => a.exportCourtDocument(invoice.id, document)}
                  onPrint={(document) => void a.openLetter(invoice.id, document)}
                  onClose={() => a.toggleOpen(invoice.id)}
                />
              ),
            ])}
          </InvoiceTable>
        </>
      )}
    </main>
  );
}
