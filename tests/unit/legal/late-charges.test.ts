import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLateCharges } from '../../../utils/legal/late-charges';
import { RATE_TABLE, effectiveRateTable, ratesForSemester, type SemesterRates } from '../../../utils/legal/rates';

const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('computeLateCharges, between businesses (C. com. L441-10)', () => {
  it('charges ECB + 10 points from the day after the due date, plus the 40 € indemnity', () => {
    // 1 250,00 € due 31 Jan 2026, 30 days late on 2 Mar 2026, 2026-S1 rate 2.15 + 10 = 12.15 %:
    // 125000 × 12.15 % × 30 / 365 = 1248.29 → 12,48 €.
    const r = computeLateCharges({ principal: eur(125000), dueDate: '2026-01-31', asOf: '2026-03-02', debtor: 'business' });
    expect(r.days).toBe(30);
    expect(r.interestFrom).toBe('2026-02-01');
    expect(r.periods).toEqual([{ from: '2026-02-01', to: '2026-03-02', semester: '2026-S1', ratePercent: 12.15, days: 30, interest: eur(1248) }]);
    expect(r.interest).toEqual(eur(1248));
    expect(r.indemnity).toEqual(eur(4000));
    expect(r.total).toEqual(eur(125000 + 1248 + 4000));
    expect(r.basis).toBe('C. com. L441-10');
    expect(r.unknownRates).toBeUndefined();
  });

  it('splits at the semester boundary and rounds each period once', () => {
    // 10 000 € due 15 Jun 2025. 16–30 Jun: 15 d × 13.15 % → 1000000 × 0.1315 × 15 / 365 = 5404.11 → 54,04 €.
    // 1–15 Jul: 15 d × 12.15 % → 4993.15 → 49,93 €.
    const r = computeLateCharges({ principal: eur(1_000_000), dueDate: '2025-06-15', asOf: '2025-07-15', debtor: 'business' });
    expect(r.days).toBe(30);
    expect(r.periods.map((p) => [p.from, p.to, p.ratePercent, p.days, p.interest.minor])).toEqual([
      ['2025-06-16', '2025-06-30', 13.15, 15, 5404],
      ['2025-07-01', '2025-07-15', 12.15, 15, 4993],
    ]);
    expect(r.interest).toEqual(eur(10397));
    expect(r.total).toEqual(eur(1_000_000 + 10397 + 4000));
  });

  it('raises a contractual rate below 3 × the legal rate (b) to that floor and says so', () => {
    // 5 % written in the terms, 2026-S1 floor 3 × 2.62 = 7.86 %: 100000 × 7.86 % × 30 / 365 = 646.03 → 6,46 €.
    const r = computeLateCharges({ principal: eur(100000), dueDate: '2026-02-28', asOf: '2026-03-30', debtor: 'business', contractualRate: 5 });
    expect(r.periods[0]).toMatchObject({ ratePercent: 7.86, days: 30, floored: true, interest: eur(646) });
    expect(r.floored).toBe(true);
  });

  it('keeps a contractual rate above the floor', () => {
    // 15 %: 100000 × 15 % × 30 / 365 = 1232.88 → 12,33 €.
    const r = computeLateCharges({ principal: eur(100000), dueDate: '2026-02-28', asOf: '2026-03-30', debtor: 'business', contractualRate: 15 });
    expect(r.periods[0]).toEqual({ from: '2026-03-01', to: '2026-03-30', semester: '2026-S1', ratePercent: 15, days: 30, interest: eur(1233) });
    expect(r.floored).toBeUndefined();
  });

  it('rounds half up to the cent', () => {
    // 18,25 € × 10 % × 1 / 365 = 0.5 cent → 1 cent.
    const r = computeLateCharges({ principal: eur(1825), dueDate: '2026-03-01', asOf: '2026-03-02', debtor: 'business', contractualRate: 10 });
    expect(r.interest).toEqual(eur(1));
  });

  it('uses the last known rate past the table and says which semesters are estimated', () => {
    const r = computeLateCharges({ principal: eur(100000), dueDate: '2026-06-30', asOf: '2026-07-30', debtor: 'business' });
    // 2026-S2 unknown: 2026-S1's 12.15 %; 100000 × 12.15 % × 30 / 365 = 998.63 → 9,99 €.
    expect(r.periods).toEqual([
      { from: '2026-07-01', to: '2026-07-30', semester: '2026-S2', ratePercent: 12.15, days: 30, interest: eur(999), estimated: true },
    ]);
    expect(r.unknownRates).toEqual(['2026-S2']);
  });

  it('takes an overriding rate table (settings)', () => {
    const s2: SemesterRates = { ...ratesForSemester('2026-S1').rates, semester: '2026-S2', ecbRefiBp: 200, legalRateOtherBp: 250 };
    const r = computeLateCharges({ principal: eur(100000), dueDate: '2026-06-30', asOf: '2026-07-30', debtor: 'business' }, [...RATE_TABLE, s2]);
    // 12 %: 100000 × 12 % × 30 / 365 = 986.30 → 9,86 €.
    expect(r.periods[0]).toMatchObject({ ratePercent: 12, interest: eur(986) });
    expect(r.periods[0].estimated).toBeUndefined();
    expect(r.unknownRates).toBeUndefined();
  });

  it('lays the user’s semesters over the shipped table', () => {
    const corrected: SemesterRates = { ...ratesForSemester('2026-S1').rates, ecbRefiBp: 200 };
    const added: SemesterRates = { ...corrected, semester: '2026-S2' };
    const table = effectiveRateTable([added, corrected]);
    expect(table.map((r) => r.semester)).toEqual(RATE_TABLE.map((r) => r.semester).concat('2026-S2'));
    expect(ratesForSemester('2026-S1', table).rates.ecbRefiBp).toBe(200);
    expect(ratesForSemester('2025-S2', table).rates).toBe(ratesForSemester('2025-S2').rates);
  });

  it('owes nothing before or on the due date', () => {
    const r = computeLateCharges({ principal: eur(50000), dueDate: '2026-03-31', asOf: '2026-03-31', debtor: 'business' });
    expect(r).toMatchObject({ days: 0, interest: eur(0), indemnity: eur(0), total: eur(50000), periods: [] });
  });

  it('keeps the 40 € outside the total of a non-euro invoice', () => {
    const r = computeLateCharges({ principal: { minor: 100000, currency: 'USD' }, dueDate: '2026-02-28', asOf: '2026-03-30', debtor: 'business' });
    expect(r.indemnity).toEqual({ minor: 0, currency: 'USD' });
    expect(r.indemnityOutsideTotal).toEqual(eur(4000));
    expect(r.total).toEqual({ minor: 100000 + 999, currency: 'USD' });
  });

  it('counts every late day exactly once across years (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 10_000_000 }), (offset, late, minor) => {
        const due = new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10);
        const asOf = new Date(Date.UTC(2023, 0, 1 + offset + late)).toISOString().slice(0, 10);
        const r = computeLateCharges({ principal: eur(minor), dueDate: due, asOf, debtor: 'business' });
        expect(r.periods.reduce((s, p) => s + p.days, 0)).toBe(late);
        expect(r.total.minor).toBe(minor + r.interest.minor + 4000);
      }),
    );
  });
});

describe('computeLateCharges, consumer debtor (C. civ. 1231-6)', () => {
  it('runs legal interest (b) from the formal notice, without the 40 € indemnity', () => {
    // 2 500 € due 1 Mar 2026, notice 10 Apr, 30 days of interest to 10 May at 2.62 %:
    // 250000 × 2.62 % × 30 / 365 = 538.36 → 5,38 €.
    const r = computeLateCharges({ principal: eur(250000), dueDate: '2026-03-01', asOf: '2026-05-10', debtor: 'consumer', formalNoticeDate: '2026-04-10' });
    expect(r.days).toBe(70);
    expect(r.basis).toBe('C. civ. 1231-6');
    expect(r.periods).toEqual([{ from: '2026-04-11', to: '2026-05-10', semester: '2026-S1', ratePercent: 2.62, days: 30, interest: eur(538) }]);
    expect(r.indemnity).toEqual(eur(0));
    expect(r.total).toEqual(eur(250538));
  });

  it('runs no interest without a formal notice', () => {
    const r = computeLateCharges({ principal: eur(250000), dueDate: '2026-03-01', asOf: '2026-05-10', debtor: 'consumer' });
    expect(r).toMatchObject({ days: 70, interest: eur(0), indemnity: eur(0), total: eur(250000), periods: [], interestNotRunning: 'no-formal-notice' });
  });

  it('ignores a contractual rate and uses legal rate (b)', () => {
    const r = computeLateCharges({
      principal: eur(250000),
      dueDate: '2026-03-01',
      asOf: '2026-05-10',
      debtor: 'consumer',
      formalNoticeDate: '2026-04-10',
      contractualRate: 12,
    });
    expect(r.periods[0].ratePercent).toBe(2.62);
  });
});

describe('rate table against the published figures', () => {
  // LEGAL.md fact 24 and the arrêtés: default B2B rate (ECB refi + 10) and contractual floor (3 × rate (b)).
  it.each([
    ['2022-S1', 10, 2.28],
    ['2022-S2', 10, 2.31],
    ['2023-S1', 12.5, 6.18],
    ['2023-S2', 14, 12.66],
    ['2024-S1', 14.5, 15.21],
    ['2024-S2', 14.25, 14.76],
    ['2025-S1', 13.15, 11.13],
    ['2025-S2', 12.15, 8.28],
    ['2026-S1', 12.15, 7.86],
  ])('%s: default %d %%, floor %d %%', (semester, defaultPercent, floorPercent) => {
    const { rates, estimated } = ratesForSemester(semester);
    expect(estimated).toBe(false);
    expect((rates.ecbRefiBp + 1000) / 100).toBe(defaultPercent);
    expect((3 * rates.legalRateOtherBp) / 100).toBe(floorPercent);
  });
});
