import type { Money } from '../mail/types';
import { addDays, daysBetween, maxDate, minDate } from '../calendar/iso-date';
import { RATE_TABLE, ratesForSemester, semesterBounds, semesterOf, type SemesterId, type SemesterRates } from './rates';
import { compareCodeUnits } from '../model/compare-code-units';

export interface LateChargesInput {
  /** What was owed at the due date, tax included (L441-10 penalties run on the TTC amount); payments come off it below. */
  principal: Money;
  dueDate: string;
  asOf: string;
  /** public: a public buyer (LEGAL.md fact 38): ECB + 8 points, one rate for the whole delay, and the 40 €. */
  debtor: 'business' | 'consumer' | 'public';
  /** Annual percent written in the terms, e.g. 12 for 12 %; business debtors only. */
  contractualRate?: number;
  /** Consumers: interest runs from the formal notice (C. civ. 1231-6, 1344-1). */
  formalNoticeDate?: string;
  /** Payments received, with their dates: interest runs each day on what was still unpaid that day (payment day included). */
  payments?: Array<{ on: string; amount: Money }>;
}

export interface LateChargesPeriod {
  /** First day counted (inclusive). */
  from: string;
  /** Last day counted (inclusive). */
  to: string;
  semester: SemesterId;
  /** Annual percent applied. */
  ratePercent: number;
  days: number;
  /** base × rate × days / 365, rounded to the minor unit once for the period. */
  interest: Money;
  /** What was still unpaid during the period, when payments made it less than the principal. */
  base?: Money;
  /** The contractual rate was below 3 × the legal rate (b) and was raised to it (L441-10 II). */
  floored?: boolean;
  /** No rate known for this semester: the last known one was used. */
  estimated?: boolean;
}

export interface LateCharges {
  /** Days late at asOf (0 when not yet late). */
  days: number;
  interest: Money;
  indemnity: Money;
  /** principal − payments + interest + indemnity. */
  total: Money;
  /** Payments counted (in the invoice's currency, up to asOf). */
  paid: Money;
  /** principal − paid: what is left of the principal at asOf. */
  outstanding: Money;
  periods: LateChargesPeriod[];
  /** Which rule the interest follows. */
  basis: 'C. com. L441-10' | 'C. civ. 1231-6' | 'CCP L2192-13';
  /** First day interest runs, when it runs. */
  interestFrom?: string;
  /** Consumer debt without a formal notice: no interest runs yet. */
  interestNotRunning?: 'no-formal-notice';
  /** Semesters computed with the last known rate because theirs is not in the table, e.g. ['2027-S1']. */
  unknownRates?: SemesterId[];
  /** At least one period had its contractual rate raised to the legal floor. */
  floored?: boolean;
  /** Non-EUR invoice: the 40 € indemnity (D441-5) is owed in euros, so it is reported here and left out of `total`. */
  indemnityOutsideTotal?: Money;
}

/** D441-5: fixed recovery indemnity per late invoice between professionals, in euro cents. */
const RECOVERY_INDEMNITY_EUR_MINOR = 4000;
/** Rates are handled as percent × 10 000 so a contractual rate like 12.345 % stays an integer. */
const RATE_SCALE = 10_000;
const BP_TO_RATE = RATE_SCALE / 100;

/**
 * Late charges under French law (C. com. L441-10 and D441-5 between businesses; C. civ. 1231-6 for consumers;
 * CCP L2192-13 and R2192-31 for public buyers), per calendar semester, simple interest days/365 rounded once per
 * period. With payments, each day earns interest on what was still unpaid that day, so a part paid late keeps the
 * interest of its lateness and an invoice paid in full but late still owes its interest and, between businesses, its 40 €.
 * `rates` overrides the shipped table.
 */
export function computeLateCharges(input: LateChargesInput, rates: readonly SemesterRates[] = RATE_TABLE): LateCharges {
  const { principal, dueDate, asOf, debtor } = input;
  const currency = principal.currency;
  const zero: Money = { minor: 0, currency };
  const payments = (input.payments ?? [])
    .filter((p) => p.amount.currency === currency && p.amount.minor > 0 && p.on <= asOf)
    .sort((a, b) => compareCodeUnits(a.on, b.on));
  const paidMinor = Math.min(
    principal.minor,
    payments.reduce((s, p) => s + p.amount.minor, 0),
  );
  // The day the principal was cleared ends the lateness: nothing runs after it.
  const clearedOn = clearingDay(principal.minor, payments);
  const lateUntil = clearedOn && clearedOn < asOf ? clearedOn : asOf;
  const days = Math.max(0, daysBetween(dueDate, lateUntil));
  const business = debtor !== 'consumer';
  const basis = debtor === 'business' ? 'C. com. L441-10' : debtor === 'public' ? 'CCP L2192-13' : 'C. civ. 1231-6';
  const outstanding: Money = { minor: principal.minor - paidMinor, currency };
  const result: LateCharges = {
    days,
    interest: zero,
    indemnity: zero,
    total: outstanding,
    paid: { minor: paidMinor, currency },
    outstanding,
    periods: [],
    basis,
  };
  if (days === 0 || principal.minor <= 0) return result;

  // B2B penalties run the day after the due date without any reminder; consumer interest from the formal notice.
  let runsAfter: string | undefined = dueDate;
  if (!business) {
    runsAfter = input.formalNoticeDate ? maxDate(input.formalNoticeDate, dueDate) : undefined;
    if (!runsAfter) result.interestNotRunning = 'no-formal-notice';
  }

  if (runsAfter && runsAfter < lateUntil) {
    result.interestFrom = addDays(runsAfter, 1);
    const rule: RateRule =
      debtor === 'consumer'
        ? { kind: 'legal' }
        : debtor === 'public'
          ? { kind: 'public', startSemester: semesterOf(result.interestFrom) }
          : { kind: 'business', contractualRate: input.contractualRate };
    result.periods = unpaidSpans(result.interestFrom, lateUntil, principal, payments).flatMap((span) =>
      splitBySemester(span.from, span.to).map((part) => periodCharge(part, span.base, principal, rule, rates)),
    );
    const unknown = Array.from(new Set(result.periods.filter((p) => p.estimated).map((p) => p.semester)));
    if (unknown.length > 0) result.unknownRates = unknown;
    if (result.periods.some((p) => p.floored)) result.floored = true;
  }

  const interestMinor = result.periods.reduce((sum, p) => sum + p.interest.minor, 0);
  result.interest = { minor: interestMinor, currency };
  if (business) {
    // The indemnity is a fixed sum in euros: adding it to another currency would need an exchange rate we do not have.
    if (currency === 'EUR') result.indemnity = { minor: RECOVERY_INDEMNITY_EUR_MINOR, currency };
    else result.indemnityOutsideTotal = { minor: RECOVERY_INDEMNITY_EUR_MINOR, currency: 'EUR' };
  }
  result.total = { minor: outstanding.minor + interestMinor + result.indemnity.minor, currency };
  return result;
}

type RateRule = { kind: 'legal' } | { kind: 'public'; startSemester: SemesterId } | { kind: 'business'; contractualRate?: number };

/** The day the payments add up to the principal, if they do. */
function clearingDay(principalMinor: number, payments: ReadonlyArray<{ on: string; amount: Money }>): string | undefined {
  let paid = 0;
  for (const p of payments) {
    paid += p.amount.minor;
    if (paid >= principalMinor) return p.on;
  }
  return undefined;
}

/** Runs of days with the same unpaid amount; a payment counts from the day after it was received. */
function unpaidSpans(
  from: string,
  to: string,
  principal: Money,
  payments: ReadonlyArray<{ on: string; amount: Money }>,
): Array<{ from: string; to: string; base: Money }> {
  const spans: Array<{ from: string; to: string; base: Money }> = [];
  let unpaid = principal.minor;
  let start = from;
  for (const p of payments) {
    if (p.on >= start && p.on <= to) {
      spans.push({ from: start, to: p.on, base: { minor: unpaid, currency: principal.currency } });
      start = addDays(p.on, 1);
    }
    unpaid = Math.max(0, unpaid - p.amount.minor);
    if (unpaid === 0) return spans;
  }
  if (start <= to) spans.push({ from: start, to, base: { minor: unpaid, currency: principal.currency } });
  return spans.filter((s) => s.base.minor > 0);
}

function splitBySemester(from: string, to: string): Array<{ from: string; to: string; semester: SemesterId }> {
  const spans: Array<{ from: string; to: string; semester: SemesterId }> = [];
  for (let start = from; start <= to; ) {
    const semester = semesterOf(start);
    const end = minDate(semesterBounds(semester).to, to);
    spans.push({ from: start, to: end, semester });
    start = addDays(end, 1);
  }
  return spans;
}

function periodCharge(
  span: { from: string; to: string; semester: SemesterId },
  base: Money,
  principal: Money,
  rule: RateRule,
  table: readonly SemesterRates[],
): LateChargesPeriod {
  // A public buyer's rate is the one of the semester the interest started in, for the whole delay (R2192-31).
  const { rates, estimated } = ratesForSemester(rule.kind === 'public' ? rule.startSemester : span.semester, table);
  const floor = 3 * rates.legalRateOtherBp * BP_TO_RATE;
  let rate: number;
  let floored = false;
  if (rule.kind === 'legal')
    rate = rates.legalRateOtherBp * BP_TO_RATE; // the creditor acts professionally: rate (b), CMF L313-2
  else if (rule.kind === 'public')
    rate = (rates.ecbRefiBp + 800) * BP_TO_RATE; // ECB refi + 8 points
  else if (rule.contractualRate === undefined)
    rate = (rates.ecbRefiBp + 1000) * BP_TO_RATE; // ECB refi + 10 points
  else {
    rate = Math.round(rule.contractualRate * RATE_SCALE);
    if (rate < floor) {
      rate = floor;
      floored = true;
    }
  }
  const days = daysBetween(span.from, span.to) + 1;
  const period: LateChargesPeriod = {
    ...span,
    ratePercent: rate / RATE_SCALE,
    days,
    interest: { minor: simpleInterestMinor(base.minor, rate, days), currency: base.currency },
  };
  if (base.minor !== principal.minor) period.base = base;
  if (floored) period.floored = true;
  if (estimated) period.estimated = true;
  return period;
}

/** minor × rate × days / (365 × 100 × scale), rounded half up, in exact integer arithmetic. */
function simpleInterestMinor(minor: number, rate: number, days: number): number {
  const numerator = BigInt(minor) * BigInt(rate) * BigInt(days);
  const denominator = BigInt(365 * 100 * RATE_SCALE);
  const two = BigInt(2);
  return Number((numerator * two + denominator) / (denominator * two));
}
