import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dailyCheck } from '../../../utils/background/daily-check';
import { nextCheckTime } from '../../../utils/background/next-check-time';
import { createInvoice } from '../../../utils/background/handlers/invoice';
import { setStatus } from '../../../utils/background/handlers/invoice';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const TODAY = '2026-03-10';

describe('dailyCheck', () => {
  it('counts the invoices whose next step is due today or earlier, and stops counting a paid one', async () => {
    const store = new RelanceStore((onClose) => openRelanceDb(`relance-daily-${Math.random()}`, undefined, onClose));
    const ctx = { store, today: () => TODAY };
    const add = (number: string, dueDate: string) =>
      createInvoice(
        {
          type: 'invoice:create',
          fields: {
            number,
            clientName: `Client ${number}`,
            clientEmail: `${number}@example.fr`,
            debtorKind: 'business',
            amountDue: { minor: 100_00, currency: 'EUR' },
            issueDate: '2026-01-01',
            dueDate,
          },
        },
        ctx,
      );
    expect(await dailyCheck(store, TODAY)).toEqual({ today: TODAY, count: 0, due: [] });
    const late = await add('late', '2026-02-01');
    await add('later', '2026-02-10');
    await add('not-due', '2026-04-30');
    const check = await dailyCheck(store, TODAY);
    expect(check.count).toBe(2);
    expect(check.due.map((d) => d.number).sort()).toEqual(['late', 'later']);
    await setStatus({ type: 'invoice:set-status', invoiceId: late.invoice.id, status: 'paid' }, ctx);
    expect((await dailyCheck(store, TODAY)).due.map((d) => d.number)).toEqual(['later']);
  });
});

describe('nextCheckTime', () => {
  it('is today 08:00 before eight, tomorrow 08:00 from eight on (local time)', () => {
    expect(new Date(nextCheckTime(new Date(2026, 2, 10, 7, 59))).toString()).toBe(new Date(2026, 2, 10, 8, 0).toString());
    expect(new Date(nextCheckTime(new Date(2026, 2, 10, 8, 0))).toString()).toBe(new Date(2026, 2, 11, 8, 0).toString());
    expect(new Date(nextCheckTime(new Date(2026, 11, 31, 23, 0))).toString()).toBe(new Date(2027, 0, 1, 8, 0).toString());
  });
});
