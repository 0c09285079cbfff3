/**
 * Why talking to a service failed, as a code the pages translate (`conn_err_<code>`). The message never carries the
 * credential: only the service, the HTTP status and the path.
 */
export type ConnectorErrorCode =
  | 'revoked' // 401/403: the key is wrong, revoked, or lacks the read access
  | 'rate-limited' // 429 and the wait asked for is longer than we accept
  | 'timeout'
  | 'network' // no answer: offline, DNS, or the server refused the extension's origin (CORS)
  | 'permission' // the host permission is not granted (or was removed in the browser's settings)
  | 'http' // any other non-2xx
  | 'bad-answer' // 2xx but not the documented JSON shape
  | 'bad-credential'; // refused before any call (format, Stripe secret key...)

export class ConnectorError extends Error {
  override name = 'ConnectorError';
  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
    readonly status?: number,
    /** For 'bad-credential': which rule (e.g. 'stripe-secret-key'), so the page can explain it. */
    readonly reason?: string,
  ) {
    super(message);
  }
}
