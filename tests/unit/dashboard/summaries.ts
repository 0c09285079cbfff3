import type { InvoiceSummary } from '../../../utils/model/view';

/** A summary with sensible defaults, for the dashboard tests. */
export function summary(over: Partial<InvoiceSummary> & { number: string }): InvoiceSummary {
  return {
    id: over.number,
    clientId: over.clientName ?? 'Boulangerie Martin',
    clientName: 'Boulangerie Martin',
    clientKind: 'business',
    amountDue: { minor: 100_00, currency: 'EUR' },
    dueDate: '2026-01-01',
    issueDate: '2025-12-01',
    daysLate: 0,
    status: 'open',
    stage: 'none',
    threadIds: [],
    paused: false,
    ...over,
  };
}
