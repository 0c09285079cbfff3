import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { track } from '../../../utils/background/handlers/invoice';
import { renderReminder } from '../../../utils/background/handlers/reminder';
import { threadView } from '../../../utils/background/handlers/thread';
import type { HandlerContext } from '../../../utils/background/router';
import type { MailMessage } from '../../../utils/mail/types';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const ctx = (): HandlerContext => ({
  store: new RelanceStore((onClose) => openRelanceDb(`relance-ambiguous-${Math.random()}`, undefined, onClose)),
  today: () => '2026-11-23',
});

const me = { name: 'Camille Martin', email: 'camille@atelier-martin.fr' };
const client = { name: 'Oliver Hughes', email: 'oliver@hughes-design.co.uk' };
// The webmail showed "02/03/2026 09:30" with nothing to tell 2 March from 3 February.
const mail: MailMessage = {
  id: 'm1',
  threadId: 'th-x',
  subject: 'Invoice INV-2026-077',
  from: me,
  to: [client],
  date: '2026-02-03T09:30:00+01:00',
  dateAmbiguous: true,
  text: 'Hello Oliver,\n\nPlease find attached invoice INV-2026-077.\nAmount due: £900.00\nPayment due by 31 March 2026.\n\nKind regards,\nCamille',
  attachments: [{ name: 'INV-2026-077.pdf' }],
};

describe('a thread whose dates read two ways', () => {
  it('is not tracked on a guessed issue date: the user is asked, told why, and may leave it unknown', async () => {
    const c = ctx();
    const state = await threadView(
      {
        type: 'thread:view',
        webmail: 'outlook',
        thread: { threadId: 'th-x', subject: mail.subject, url: 'https://outlook.office.com/mail/inbox/id/th-x', account: me.email, messages: [mail] },
      },
      c,
    );
    expect(state.tracked).toHaveLength(0);
    expect(state.candidate).toMatchObject({ number: 'INV-2026-077', dueDate: '2026-03-31', mailDateAmbiguous: true });
    expect(state.candidate?.issueDate).toBeUndefined();

    const view = await track(
      {
        type: 'invoice:track',
        webmail: 'outlook',
        threadId: 'th-x',
        fields: { number: 'INV-2026-077', amountDue: { minor: 900_00, currency: 'GBP' }, dueDate: '2026-03-31', debtor: client, debtorKind: 'business' },
      },
      c,
    );
    expect(view.invoice).toMatchObject({ issueDateUnknown: true, dueDate: '2026-03-31' });
    const reminder = await renderReminder({ type: 'reminder:render', invoiceId: view.invoice.id }, c);
    expect(reminder.body).toContain('INV-2026-077');
    expect(reminder.body).not.toMatch(/INV-2026-077 (du|of) /);
  });
});
