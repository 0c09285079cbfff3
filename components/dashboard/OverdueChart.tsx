import { overdueChart } from '../../utils/dashboard/overdue-chart';
import { amountIn, type DashboardTotals } from '../../utils/dashboard/invoice-totals';
import type { AgeBucket } from '../../utils/dashboard/age-bucket';
import { formatMoney } from '../../utils/templates/format-money';
import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';

export interface OverdueChartProps {
  byAge: DashboardTotals['byAge'];
  /** The chart draws one currency: the one most owed. */
  currency: string;
  language: Language;
  t: Translate;
}

/** The bucket's label: "31 à 60 jours". */
export function bucketLabel(bucket: AgeBucket, t: Translate): string {
  return t(keyFor('dash_bucket_', bucket.replace('-', '_').replace('+', '_plus')));
}

/** Bars of the amounts overdue by age, drawn in SVG; the figures are also given as text for screen readers. */
export function OverdueChart({ byAge, currency, language, t }: OverdueChartProps) {
  const chart = overdueChart(
    byAge.map((a) => ({ bucket: a.bucket, minor: amountIn(a.overdue, currency) })),
    480,
    220,
    28,
  );
  const plot = chart.height - chart.labelBand;
  const summary = chart.bars.map((b) => `${bucketLabel(b.bucket, t)} — ${formatMoney({ minor: b.minor, currency }, language)}`).join(', ');
  return (
    <figure class="card chart">
      <figcaption>
        <h2>{t('dash_chart_title')}</h2>
      </figcaption>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        style={{ maxWidth: `${chart.width}px` }}
        role="img"
        aria-label={t('dash_chart_label', summary)}
        data-testid="overdue-chart"
      >
        <line x1="0" y1={plot} x2={chart.width} y2={plot} stroke="#4a4458" />
        {chart.bars.map((bar) => (
          <g key={bar.bucket}>
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              fill={bar.bucket === '90+' ? '#a8221a' : '#2f4fa2'}
              data-bucket={bar.bucket}
              data-minor={bar.minor}
            />
            <text x={bar.x + bar.width / 2} y={Math.max(12, bar.y - 4)} text-anchor="middle" font-size="12" fill="#1d1b20">
              {bar.minor > 0 ? formatMoney({ minor: bar.minor, currency }, language) : ''}
            </text>
            <text x={bar.x + bar.width / 2} y={plot + 18} text-anchor="middle" font-size="12" fill="#1d1b20">
              {bucketLabel(bar.bucket, t)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
