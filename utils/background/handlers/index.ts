import type { Handler, Handlers } from '../router';
import { MESSAGES, type RequestType } from '../../messages';
import { isRareType, rarePartLoader, type RarePart, type RareType } from './rare-part';
import { chipsHandlers } from './chips';
import { einvoiceHandlers } from './einvoice';
import { eventHandlers } from './event';
import { i18nHandlers } from './i18n';
import { invoiceHandlers } from './invoice';
import { progressHandlers } from './progress';
import { reminderHandlers } from './reminder';
import { replyHandlers } from './reply';
import { roundHandlers } from './round';
import { threadHandlers } from './thread';
import { todayHandlers } from './today';

/** The handlers a worker woken for a thread needs, bundled in its start code: the rest is in the rare part. */
export const coreHandlers: { [T in Exclude<RequestType, RareType>]: Handler<T> } = {
  ...chipsHandlers,
  ...einvoiceHandlers,
  ...eventHandlers,
  ...i18nHandlers,
  ...invoiceHandlers,
  ...progressHandlers,
  ...reminderHandlers,
  ...replyHandlers,
  ...roundHandlers,
  ...threadHandlers,
  ...todayHandlers,
};

/**
 * Every message's handler: one file per namespace (`handlers/invoice.ts` answers `invoice:*`), each exporting its own;
 * a rare namespace's (rare-part.ts) load the rare part first. A message without a handler does not compile.
 */
export function handlersWith(rarePart: () => Promise<RarePart>): Handlers {
  const rare = Object.fromEntries(
    (Object.keys(MESSAGES) as RequestType[]).filter(isRareType).map((type) => {
      const forward: Handler<RareType> = async (request, ctx) => ((await rarePart()).handlers[request.type] as Handler<RareType>)(request, ctx);
      return [type, forward];
    }),
  ) as RarePart['handlers'];
  return { ...coreHandlers, ...rare };
}

export const handlers: Handlers = handlersWith(rarePartLoader());
