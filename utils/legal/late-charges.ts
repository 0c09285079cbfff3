import type { Money } from '../mail/types';
import { addDays, daysBetween, maxDate, minDate } from '../calendar/iso-date';
import { RATE_TABLE, ratesForSemester, semesterBounds, semesterOf, type SemesterId, type SemesterRates } from './rates';

export interface LateChargesInput {
  /** What is still owed, tax included (L441-10 penalties run on the TTC amount). */
  principal: Money;
  dueDate: string;
  asOf: string;
  debtor: 'business' | 'consumer';
  /** Annual percent written in the terms, e.g. 12 for 12 %; business debtors only. */
  contractualRate?: number;
  /** Consumers: interest runs from the formal notice (C. civ. 1231-6, 1344-1). */
  formalNoticeDate?: string;
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
  /** principal × rate × days / 365, rounded to the minor unit once for the period. */
  interest: Money;
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
  /** principal + interest + indemnity. */
  total: Money;
  periods: LateChargesPeriod[];
  /** Which rule the interest follows. */
  basis: 'C. com. L441-10' | 'C. civ. 1231-6';
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
 * Late charges under French law (C. com. L441-10 and D441-5 between businesses; C. civ. 1231-6 for consumers),
 * per calendar semester, simple interest days/365 rounded once per period. `rates` overrides the shipped table.
 */
export function computeLateCharges(input: LateChargesInput, rates: readonly SemesterRates[] = RATE_TABLE): LateCharges {
  const { principal, dueDate, asOf, debtor } = input;
  const currency = principal.currency;
  const zero: Money = { minor: 0, currency };
  const days = Math.max(0, daysBetween(dueDate, asOf));
  const business = debtor === 'business';
  const basis = business ? 'C. com. L441-10' : 'C. civ. 1231-6';
  const result: LateCharges = { days, interest: zero, indemnity: zero, total: principal, periods: [], basis };
  if (days === 0 || principal.minor <= 0) return result;

  // B2B penalties run the day after the due date without any reminder; consumer interest from the formal notice.
  let runsAfter: string | undefined = dueDate;
  if (!business) {
    runsAfter = input.formalNoticeDate ? maxDate(input.formalNoticeDate, dueDate) : undefined;
    if (!runsAfter) result.interestNotRunning = 'no-formal-notice';
  }

  if (runsAfter && runsAfter < asOf) {
    result.interestFrom = addDays(runsAfter, 1);
    result.periods = splitBySemester(result.interestFrom, asOf).map((span) =>
      periodCharge(span, principal, business ? input.contractualRate : undefined, business, rates),
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
  result.total = { minor: principal.minor + interestMinor + result.indemnity.minor, currency };
  return result;
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
  principal: Money,
  contractualRate: number | undefined,
  business: boolean,
  table: readonly SemesterRates[],
): LateChargesPeriod {
  const { rates, estimated } = ratesForSemester(span.semester, table);
  const floor = 3 * rates.legalRateOtherBp * BP_TO_RATE;
  let rate: number;
  let floored = false;
  if (!business) rate = rates.legalRateOtherBp * BP_TO_RATE; // the creditor acts professionally: rate (b), CMF L313-2
  else if (contractualRate === undefined) rate = (rates.ecbRefiBp + 1000) * BP_TO_RATE; // ECB refi + 10 points
  else {
    rate = Math.round(contractualRate * RATE_SCALE);
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
    interest: { minor: simpleInterestMinor(principal.minor, rate, days), currency: principal.currency },
  };
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
