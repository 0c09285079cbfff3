import type { RequestOf, ResponseOf, WebmailRequestType } from '../messages';
import { send } from '../messaging/send';

/** `send` as the webmail content script may use it: typed to the messages the background accepts from a webmail tab. */
export const sendFromWebmail: <T extends WebmailRequestType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>> = send;
