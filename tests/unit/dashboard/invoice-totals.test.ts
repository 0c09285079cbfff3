import { describe, expect, it } from 'vitest';
import { ageBucket } from '../../../utils/dashboard/age-bucket';
import { amountIn, dashboardTotals } from '../../../utils/dashboard/invoice-totals';
import { overdueChart } from '../../../utils/dashboard/overdue-chart';
import { summary } from './summaries';

const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('ageBucket', () => {
  it.each([
    [0, undefined],
    [-5, undefined],
    [1, '0-30'],
    [30, '0-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [400, '90+'],
  ])('%i days late → %s', (days, bucket) => expect(ageBucket(days)).toBe(bucket));
});

describe('dashboardTotals', () => {
  const list = [
    summary({ number: 'A1', clientName: 'Agence Lumière', amountDue: eur(1_250_00), daysLate: 12 }),
    summary({ number: 'A2', clientName: 'Agence Lumière', amountDue: eur(300_50), daysLate: 0 }),
    summary({ number: 'B1', clientName: 'Café du Port', amountDue: eur(480_00), daysLate: 45, status: 'promised' }),
    summary({ number: 'B2', clientName: 'Café du Port', amountDue: eur(99_99), daysLate: 95, status: 'disputed' }),
    summary({ number: 'C1', clientName: 'Cabinet Roux', amountDue: eur(0), daysLate: 70, status: 'paid' }),
    summary({ number: 'C2', clientName: 'Cabinet Roux', amountDue: eur(700_00), daysLate: 70, status: 'cancelled' }),
    summary({ number: 'D1', clientName: 'London Ltd', amountDue: { minor: 200_00, currency: 'GBP' }, daysLate: 65 }),
  ];
  const totals = dashboardTotals(list);

  it('sums owed and overdue per currency, leaving paid and cancelled out', () => {
    expect(totals.owed).toEqual([eur(1_250_00 + 300_50 + 480_00 + 99_99), { minor: 200_00, currency: 'GBP' }]);
    expect(totals.overdue).toEqual([eur(1_250_00 + 480_00 + 99_99), { minor: 200_00, currency: 'GBP' }]);
  });

  it('totals by client, largest owed first', () => {
    expect(totals.byClient.map((c) => [c.clientName, amountIn(c.owed, 'EUR'), amountIn(c.overdue, 'EUR'), c.invoices])).toEqual([
      ['Agence Lumière', 1_550_50, 1_250_00, 2],
      ['Café du Port', 579_99, 579_99, 2],
      ['London Ltd', 0, 0, 1],
    ]);
  });

  it('totals overdue by age bucket', () => {
    expect(totals.byAge.map((a) => [a.bucket, amountIn(a.overdue, 'EUR'), amountIn(a.overdue, 'GBP'), a.invoices])).toEqual([
      ['0-30', 1_250_00, 0, 1],
      ['31-60', 480_00, 0, 1],
      ['61-90', 0, 200_00, 1],
      ['90+', 99_99, 0, 1],
    ]);
  });
});

describe('overdueChart', () => {
  it('scales bars to the largest bucket and keeps tiny amounts visible', () => {
    const chart = overdueChart(
      [
        { bucket: '0-30', minor: 1_000_00 },
        { bucket: '31-60', minor: 500_00 },
        { bucket: '61-90', minor: 0 },
        { bucket: '90+', minor: 1 },
      ],
      400,
      160,
      24,
    );
    expect(chart.bars.map((b) => b.height)).toEqual([118, 59, 0, 2]);
    expect(chart.bars.every((b) => b.y + b.height === 136)).toBe(true);
    expect(chart.bars.map((b) => b.x)).toEqual([20, 120, 220, 320]);
  });
  it('draws nothing when nothing is overdue', () => {
    expect(overdueChart([{ bucket: '0-30', minor: 0 }]).bars[0].height).toBe(0);
  });
});
