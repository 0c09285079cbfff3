import { classifyServiceNotice } from '../detect/service-notice';
import { isOwnServiceNotice } from '../detect/mail-author';
import { localDayOf } from '../calendar/today';
import type { MailMessage } from '../mail/types';
import type { PaymentNoticeView } from '../model/view';
import { mutateInvoice } from './mutate-invoice';
import type { HandlerContext } from './router';

/**
 * Reads what invoicing services and banks say about tracked invoices: their own reminders go into the timeline
 * (so Relance does not send a second one), a payment notice becomes a one-click "mark paid" with the mail as evidence.
 */
export async function readServiceNotices(ctx: HandlerContext, messages: MailMessage[], account: string | undefined): Promise<PaymentNoticeView[]> {
  const payments: PaymentNoticeView[] = [];
  const { creditor } = await ctx.store.getSettings();
  for (const message of messages) {
    const notice = classifyServiceNotice(message);
    if (!notice?.number || notice.kind === 'new-invoice') continue;
    const open = (await ctx.store.invoicesByNumber(notice.number)).filter((i) => i.status !== 'paid' && i.status !== 'cancelled');
    for (const invoice of open) {
      if (notice.amount && notice.amount.currency !== invoice.amountDue.currency) continue;
      const day = localDayOf(message.date);
      if (notice.kind === 'service-reminder') {
        // Written into the chain without a click: only the service's own notice about the user's invoice.
        if (!isOwnServiceNotice(message, notice, account, creditor.name)) continue;
        await mutateInvoice(ctx, invoice.id, ({ timeline }) =>
          timeline.some((e) => (e.data as { messageId?: string }).messageId === message.id)
            ? undefined
            : { events: [{ kind: 'service-reminder', occurredOn: day, data: { service: notice.service, subject: message.subject, messageId: message.id } }] },
        );
        continue;
      }
      const recorded = (await ctx.store.timeline(invoice.id)).some((e) => e.kind === 'payment' && String((e.data as { method?: string }).method ?? '').includes(message.id));
      if (recorded) continue;
      const client = await ctx.store.getClient(invoice.clientId);
      payments.push({
        invoiceId: invoice.id,
        number: invoice.number,
        clientName: client?.name ?? '',
        amount: notice.amount && notice.amount.minor <= invoice.amountDue.minor ? notice.amount : invoice.amountDue,
        service: notice.service,
        messageId: message.id,
        receivedOn: day,
      });
    }
  }
  return payments;
}
