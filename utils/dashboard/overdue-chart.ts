import type { AgeBucket } from './age-bucket';

export interface ChartBar {
  bucket: AgeBucket;
  minor: number;
  /** Position and size in the chart's own units (viewBox). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Height left under the bars for the bucket labels. */
  labelBand: number;
  bars: ChartBar[];
}

// Room above the tallest bar for its amount label.
const HEADROOM = 18;

/**
 * Geometry of the "overdue by age" bar chart: one bar per bucket, heights proportional to the largest amount,
 * a bar of at least 2 units for a non-zero amount so it stays visible next to a much larger one.
 */
export function overdueChart(buckets: Array<{ bucket: AgeBucket; minor: number }>, width = 320, height = 160, labelBand = 24): ChartLayout {
  const plot = height - labelBand;
  const max = Math.max(0, ...buckets.map((b) => b.minor));
  const slot = width / Math.max(1, buckets.length);
  const barWidth = Math.round(slot * 0.6);
  const bars = buckets.map(({ bucket, minor }, i) => {
    const h = max === 0 || minor <= 0 ? 0 : Math.max(2, Math.round((minor / max) * (plot - HEADROOM)));
    return { bucket, minor, x: Math.round(i * slot + (slot - barWidth) / 2), y: plot - h, width: barWidth, height: h };
  });
  return { width, height, labelBand, bars };
}
