import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { track } from '../../../utils/background/handlers/invoice';
import { renderReminder, reminderSent } from '../../../utils/background/handlers/reminder';
import type { HandlerContext } from '../../../utils/background/router';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const debtor = { name: 'Atelier Dupont', email: 'compta@dupont.fr' };
const fields = (number: string, dueDate: string) => ({
  number,
  amountDue: { minor: 100_000, currency: 'EUR' },
  issueDate: '2026-08-01',
  dueDate,
  debtor,
  debtorKind: 'business' as const,
});

describe('a grouped reminder (issue 22, point 6)', () => {
  it('takes the most advanced stage of the invoices it covers and advances every one of them', async () => {
    const store = new RelanceStore((onClose) => openRelanceDb(`relance-group-${Math.random()}`, undefined, onClose));
    await store.saveSettings({ ...DEFAULT_SETTINGS, groupByClient: true, creditor: { name: 'Paul Durand' }, onboarded: true });
    const at = (today: string): HandlerContext => ({ store, today: () => today });
    const old = await track({ type: 'invoice:track', threadId: 't-old', fields: fields('F-101', '2026-09-01') }, at('2026-09-02'));
    // The older invoice went through reminders 1 and 2 and its last reminder on its own.
    for (const [templateId, on] of [
      ['reminder1', '2026-09-02'],
      ['reminder2', '2026-09-16'],
      ['last-reminder', '2026-10-01'],
    ] as const) {
      await reminderSent(
        {
          type: 'reminder:sent',
          invoiceId: old.invoice.id,
          templateId,
          to: [debtor],
          cc: [],
          subject: `Relance F-101 (${templateId})`,
          body: `F-101 ${templateId}`,
          threadId: 't-old',
        },
        at(on),
      );
    }
    const recent = await track({ type: 'invoice:track', threadId: 't-new', fields: fields('F-102', '2026-11-01') }, at('2026-11-20'));
    // Written from the newer invoice's thread, the mail is the formal notice (the older one's next step), never "un simple oubli".
    const mail = await renderReminder({ type: 'reminder:render', invoiceId: recent.invoice.id, openThreadId: 't-new' }, at('2026-11-20'));
    expect(mail.templateId).toBe('formal-notice');
    expect(mail.body).toContain('F-101');
    expect(mail.body).toContain('F-102');
    expect(mail.body).not.toContain('simple oubli');
    await reminderSent(
      {
        type: 'reminder:sent',
        invoiceId: recent.invoice.id,
        templateId: mail.templateId,
        to: [debtor],
        cc: [],
        subject: mail.subject,
        body: mail.body,
        threadId: 't-new',
      },
      at('2026-11-20'),
    );
    for (const id of [old.invoice.id, recent.invoice.id]) {
      const sent = (await store.timeline(id)).filter((e) => e.kind === 'reminder-sent');
      expect(sent[sent.length - 1]).toMatchObject({ occurredOn: '2026-11-20', data: { stage: 'formal-notice', subject: mail.subject } });
      expect((await store.getInvoice(id))?.stage).toBe('formal-notice');
    }
  });
});
