import { effectiveRateTable, semesterOf, type SemesterRates } from '../../utils/legal/rates';
import { RateEntryForm } from './RateEntryForm';
import { formatPercent } from '../../utils/templates/format-money';
import type { Language, Translate } from '../../utils/i18n/translator';

export interface RatesTableProps {
  today: string;
  /** Semesters the user entered (settings.rateOverrides). */
  overrides: SemesterRates[];
  onAdd: (rates: SemesterRates) => Promise<boolean>;
  language: Language;
  t: Translate;
}

/** The rate table shipped with Relance and the user's semesters, newest first, the semester in force marked, each with its legal text and sources. */
export function RatesTable({ today, overrides, onAdd, language, t }: RatesTableProps) {
  const current = semesterOf(today);
  const table = effectiveRateTable(overrides);
  const latest = table[table.length - 1].semester;
  const entered = new Set(overrides.map((r) => r.semester));
  const pct = (bp: number) => formatPercent(bp / 100, language);
  return (
    <section aria-labelledby="rates-title" class="card">
      <h2 id="rates-title">{t('opt_rates')}</h2>
      <p class="hint">{t('opt_rates_help')}</p>
      {!table.some((r) => r.semester === current) && <p class="notice notice-info">{t('opt_rates_missing', current, latest)}</p>}
      <table data-testid="rates-table">
        <thead>
          <tr>
            <th scope="col">{t('opt_col_semester')}</th>
            <th scope="col" class="num">
              {t('opt_col_ecb')}
            </th>
            <th scope="col" class="num">
              {t('opt_col_penalty')}
            </th>
            <th scope="col" class="num">
              {t('opt_col_legal_pro')}
            </th>
            <th scope="col" class="num">
              {t('opt_col_legal_private')}
            </th>
            <th scope="col">{t('opt_col_reference')}</th>
          </tr>
        </thead>
        <tbody>
          {[...table].reverse().map((r) => (
            <tr key={r.semester} aria-current={r.semester === current ? 'true' : undefined}>
              <th scope="row">
                {r.semester}
                {r.semester === current && <strong> ({t('opt_current')})</strong>}
                {entered.has(r.semester) && <em> ({t('opt_rate_entered')})</em>}
              </th>
              <td class="num">{pct(r.ecbRefiBp)}</td>
              <td class="num">{pct(r.ecbRefiBp + 1000)}</td>
              <td class="num">{pct(r.legalRateOtherBp)}</td>
              <td class="num">{pct(r.legalRateNonProCreditorBp)}</td>
              <td>
                {r.legalRateReference}
                <ul class="hint">
                  {r.sources.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RateEntryForm key={latest} semester={table.some((r) => r.semester === current) ? '' : current} t={t} onAdd={onAdd} />
    </section>
  );
}
