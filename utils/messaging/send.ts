import { browser } from 'wxt/browser';
import type { Reply, RequestOf, RequestType, ResponseOf } from '../messages';
import type { ErrorCode, ErrorReport } from '../errors/error-code';
import { errorMessage } from '../errors/error-message';

/** An action failed: the background's answer, or the way to it. `explainError` turns it into the user's sentence; `message` is the technical detail. */
export class RelanceRequestError extends Error implements ErrorReport {
  override name = 'RelanceRequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: string[],
  ) {
    super(message);
  }
}

// The worker may be starting up (MV3 stops it when idle): retry only when the message was never delivered,
// so a write is never sent twice.
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;
const RETRY_DELAYS_MS = [50, 200, 800];

/** Sends a typed request to the background and returns its typed answer, or throws RelanceRequestError. */
export async function send<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<ResponseOf<T>> | undefined;
      if (!reply) throw new RelanceRequestError('internal', 'No answer from Relance’s background.');
      if (!reply.ok) throw new RelanceRequestError(reply.error.code, reply.error.message, reply.error.params);
      return reply.value;
    } catch (error) {
      if (error instanceof RelanceRequestError) throw error;
      const message = errorMessage(error);
      if (attempt < RETRY_DELAYS_MS.length && NOT_DELIVERED.test(message)) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
        continue;
      }
      throw new RelanceRequestError('unreachable', message);
    }
  }
}
