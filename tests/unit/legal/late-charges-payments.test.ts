import { describe, expect, it } from 'vitest';
import { computeLateCharges } from '../../../utils/legal/late-charges';

const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('computeLateCharges with dated payments (issue 22, point 1)', () => {
  it('charges the part paid late for the days it was late, then the rest on what remained', () => {
    // 10 000 € due 31 Jan 2025, 6 000 € paid 2 Mar 2025, asOf 1 May 2025, 2025-S1 rate 3.15 + 10 = 13.15 %.
    // 1 Feb–2 Mar: 30 d on 10 000 € → 1000000 × 13.15 % × 30 / 365 = 10808.2 → 108,08 €.
    // 3 Mar–1 May: 60 d on 4 000 € → 400000 × 13.15 % × 60 / 365 = 8646.6 → 86,47 €.
    const r = computeLateCharges({
      principal: eur(1_000_000),
      dueDate: '2025-01-31',
      asOf: '2025-05-01',
      debtor: 'business',
      payments: [{ on: '2025-03-02', amount: eur(600_000) }],
    });
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, p.base?.minor ?? 1_000_000, p.interest.minor])).toEqual([
      ['2025-02-01', '2025-03-02', 30, 13.15, 1_000_000, 10808],
      ['2025-03-03', '2025-05-01', 60, 13.15, 400_000, 8647],
    ]);
    expect(r.interest).toEqual(eur(19455));
    expect(r.indemnity).toEqual(eur(4000));
    expect(r.paid).toEqual(eur(600_000));
    expect(r.outstanding).toEqual(eur(400_000));
    expect(r.total).toEqual(eur(400_000 + 19455 + 4000));
    expect(r.days).toBe(90);
  });

  it('keeps the interest and the 40 € of an invoice paid in full but late', () => {
    // 2 000 € due 31 Jan 2026 paid in full on 2 Mar 2026 (30 days late, 12.15 %): 200000 × 12.15 % × 30 / 365 = 1997.26 → 19,97 €.
    const r = computeLateCharges({
      principal: eur(200_000),
      dueDate: '2026-01-31',
      asOf: '2026-04-15',
      debtor: 'business',
      payments: [{ on: '2026-03-02', amount: eur(200_000) }],
    });
    expect(r.days).toBe(30);
    expect(r.interest).toEqual(eur(1997));
    expect(r.indemnity).toEqual(eur(4000));
    expect(r.outstanding).toEqual(eur(0));
    expect(r.total).toEqual(eur(1997 + 4000));
  });

  it('owes nothing more for an invoice paid in full on time, and counts payments before the due date off the principal', () => {
    const onTime = computeLateCharges({
      principal: eur(200_000),
      dueDate: '2026-01-31',
      asOf: '2026-04-15',
      debtor: 'business',
      payments: [{ on: '2026-01-31', amount: eur(200_000) }],
    });
    expect(onTime).toMatchObject({ days: 0, interest: eur(0), indemnity: eur(0), total: eur(0) });
    // 1 000 € of 3 000 € paid before the due date: 30 days on 2 000 € at 12.15 % = 200000 × 12.15 % × 30 / 365 = 19,97 €.
    const early = computeLateCharges({
      principal: eur(300_000),
      dueDate: '2026-01-31',
      asOf: '2026-03-02',
      debtor: 'business',
      payments: [{ on: '2026-01-10', amount: eur(100_000) }],
    });
    expect(early.interest).toEqual(eur(1997));
    expect(early.total).toEqual(eur(200_000 + 1997 + 4000));
  });

  it('ignores payments after asOf and in another currency', () => {
    const r = computeLateCharges({
      principal: eur(200_000),
      dueDate: '2026-01-31',
      asOf: '2026-03-02',
      debtor: 'business',
      payments: [
        { on: '2026-03-10', amount: eur(200_000) },
        { on: '2026-02-10', amount: { minor: 5, currency: 'USD' } },
      ],
    });
    expect(r.paid).toEqual(eur(0));
    expect(r.interest).toEqual(eur(1997));
  });

  it('runs consumer interest from the formal notice on what remained after each payment', () => {
    // Notice received 28 Feb 2025, 1 000 € of 3 000 € paid 10 Mar, asOf 31 Mar; 2025-S1 rate (b) 3.71 %.
    // 1–10 Mar: 10 d on 3 000 € → 300000 × 3.71 % × 10 / 365 = 304.9 → 3,05 €; 11–31 Mar: 21 d on 2 000 € → 426.9 → 4,27 €.
    const r = computeLateCharges({
      principal: eur(300_000),
      dueDate: '2025-01-31',
      asOf: '2025-03-31',
      debtor: 'consumer',
      formalNoticeDate: '2025-02-28',
      payments: [{ on: '2025-03-10', amount: eur(100_000) }],
    });
    expect(r.periods.map((p) => [p.from, p.to, p.interest.minor])).toEqual([
      ['2025-03-01', '2025-03-10', 305],
      ['2025-03-11', '2025-03-31', 427],
    ]);
    expect(r.indemnity).toEqual(eur(0));
    expect(r.total).toEqual(eur(200_000 + 732));
  });

  it('charges a public buyer ECB + 8 points of the starting semester for the whole delay, plus the 40 €', () => {
    // Due 15 Jun 2025, asOf 15 Jul 2025: 2025-S1 refi 3.15 % + 8 = 11.15 % for all 30 days (no switch on 1 July):
    // 16–30 Jun: 1000000 × 11.15 % × 15 / 365 = 4582.2 → 45,82 €; 1–15 Jul: same 45,82 €.
    const r = computeLateCharges({ principal: eur(1_000_000), dueDate: '2025-06-15', asOf: '2025-07-15', debtor: 'public' });
    expect(r.periods.map((p) => [p.ratePercent, p.interest.minor])).toEqual([
      [11.15, 4582],
      [11.15, 4582],
    ]);
    expect(r.indemnity).toEqual(eur(4000));
    expect(r.basis).toBe('CCP L2192-13');
  });
});
