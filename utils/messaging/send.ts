import { browser } from 'wxt/browser';
import type { Reply, RequestOf, RequestType, ResponseMap } from '../messages';

/** The background answered with an error; `message` is meant for the user. */
export class RelanceRequestError extends Error {
  override name = 'RelanceRequestError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// The worker may be starting up (MV3 stops it when idle): retry only when the message was never delivered,
// so a write is never sent twice.
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;
const RETRY_DELAYS_MS = [50, 200, 800];

/** Sends a typed request to the background and returns its typed answer, or throws RelanceRequestError. */
export async function send<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseMap[T]> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<ResponseMap[T]> | undefined;
      if (!reply) throw new RelanceRequestError('internal', 'No answer from Relance’s background.');
      if (!reply.ok) throw new RelanceRequestError(reply.error.code, reply.error.message);
      return reply.value;
    } catch (error) {
      if (error instanceof RelanceRequestError) throw error;
      const message = (error as Error)?.message ?? String(error);
      if (attempt < RETRY_DELAYS_MS.length && NOT_DELIVERED.test(message)) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
        continue;
      }
      throw new RelanceRequestError('unreachable', message);
    }
  }
}
