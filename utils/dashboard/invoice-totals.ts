import type { Money } from '../mail/types';
import type { InvoiceSummary } from '../model/view';
import { AGE_BUCKETS, ageBucket, type AgeBucket } from './age-bucket';
import { isOutstanding, isOverdue } from './invoice-filter';
import { compareCodeUnits } from '../model/compare-code-units';

/** Amounts per currency, sorted by currency code (EUR alone in the usual case). */
export type Amounts = Money[];

export interface ClientTotals {
  clientName: string;
  owed: Amounts;
  overdue: Amounts;
  invoices: number;
}

export interface DashboardTotals {
  owed: Amounts;
  overdue: Amounts;
  byClient: ClientTotals[];
  byAge: Array<{ bucket: AgeBucket; overdue: Amounts; invoices: number }>;
}

function add(amounts: Amounts, money: Money): Amounts {
  const found = amounts.find((a) => a.currency === money.currency);
  if (found) return amounts.map((a) => (a === found ? { currency: a.currency, minor: a.minor + money.minor } : a));
  return [...amounts, { ...money }].sort((a, b) => compareCodeUnits(a.currency, b.currency));
}

/** The sum in one currency (0 when absent). */
export function amountIn(amounts: Amounts, currency: string): number {
  return amounts.find((a) => a.currency === currency)?.minor ?? 0;
}

/**
 * Totals owed (every unpaid, uncancelled invoice) and overdue (past due), overall, by client (largest owed first)
 * and by age bucket (days past due).
 */
export function dashboardTotals(invoices: InvoiceSummary[]): DashboardTotals {
  let owed: Amounts = [];
  let overdue: Amounts = [];
  const clients = new Map<string, ClientTotals>();
  const ages = new Map<AgeBucket, { overdue: Amounts; invoices: number }>(AGE_BUCKETS.map((b) => [b, { overdue: [], invoices: 0 }]));
  for (const invoice of invoices) {
    if (!isOutstanding(invoice)) continue;
    owed = add(owed, invoice.amountDue);
    const client = clients.get(invoice.clientName) ?? { clientName: invoice.clientName, owed: [], overdue: [], invoices: 0 };
    client.owed = add(client.owed, invoice.amountDue);
    client.invoices++;
    clients.set(invoice.clientName, client);
    if (!isOverdue(invoice)) continue;
    overdue = add(overdue, invoice.amountDue);
    client.overdue = add(client.overdue, invoice.amountDue);
    const age = ages.get(ageBucket(invoice.daysLate)!)!;
    age.overdue = add(age.overdue, invoice.amountDue);
    age.invoices++;
  }
  const byClient = [...clients.values()].sort((a, b) => (b.owed[0]?.minor ?? 0) - (a.owed[0]?.minor ?? 0) || a.clientName.localeCompare(b.clientName, 'fr'));
  return { owed, overdue, byClient, byAge: AGE_BUCKETS.map((bucket) => ({ bucket, ...ages.get(bucket)! })) };
}
