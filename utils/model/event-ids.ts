import type { TimelineEvent } from './event';

/** The webmail message an event records (a sent invoice or reminder, a reply, a service's notice), if any. */
export function eventMessageId(event: TimelineEvent): string | undefined {
  return 'messageId' in event.data && typeof event.data.messageId === 'string' ? event.data.messageId : undefined;
}

/** The id a page chose for the user action that wrote this event, kept to refuse a replay (utils/messages.ts). */
export function eventRequestId(event: TimelineEvent): string | undefined {
  return 'requestId' in event.data && typeof event.data.requestId === 'string' ? event.data.requestId : undefined;
}
