import { DASHBOARD_VIEWS, type DashboardView } from '../../utils/dashboard/invoice-filter';
import { keyFor, type Translate } from '../../utils/i18n/translator';

export interface ViewFiltersProps {
  view: DashboardView;
  counts: Record<DashboardView, number>;
  query: string;
  t: Translate;
  onView: (view: DashboardView) => void;
  onQuery: (query: string) => void;
}

/** The view buttons (toggle buttons with their counts) and the search box above the table. */
export function ViewFilters({ view, counts, query, t, onView, onQuery }: ViewFiltersProps) {
  return (
    <div class="toolbar">
      <div role="group" aria-label={t('dash_views')} class="toolbar">
        {DASHBOARD_VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)} data-view={v}>
            {t(keyFor('dash_view_', v))} ({counts[v]})
          </button>
        ))}
      </div>
      <div class="field field-inline">
        <label for="search">{t('dash_search')}</label>
        <input id="search" type="search" value={query} onInput={(e) => onQuery(e.currentTarget.value)} />
      </div>
    </div>
  );
}
