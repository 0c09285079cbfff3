/**
 * Every way an action can fail, as the user is told about it (utils/errors/explain-error.ts): the background's answers,
 * the reasons it refuses what the user typed, the way to the background, and the webmail's compose window.
 */
export const ERROR_CODES = [
  // The background's answers (utils/background/router.ts).
  'invalid-message',
  'forbidden-sender',
  'not-found',
  'conflict',
  'storage',
  'invalid-input',
  'internal',
  // What the user asked that cannot be done as asked (utils/background/user-input-error.ts).
  'payment-amount',
  'plan-instalments',
  'due-before-issue',
  'work-finished-future',
  'reply-already-corrected',
  'template-incomplete',
  'empty-file',
  'letter-one-debtor',
  'laposte-not-allowed',
  'payment-qr-needs-iban',
  // A backup uploaded piece by piece (utils/background/restore-sessions.ts): its upload was lost, or came out of order.
  'restore-session-lost',
  'restore-piece-order',
  // A restore the user cancelled, and one refused because a held timeline differs from the backup's (params: number, event).
  'restore-cancelled',
  'backup-diverges',
  // The background could not be reached (utils/messaging/send.ts).
  'unreachable',
  // The webmail's compose window (utils/webmail/adapter.ts InsertResult).
  'thread-changed',
  'reply-not-opened',
  'compose-not-opened',
  'compose-body-not-found',
  'body-not-verified',
  'fields-not-kept',
  'compose-failed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error as it crosses the protocol and reaches a page: its code picks the sentence, `params` fill it, and `message`
 * is the technical detail in English (shown only where no better words exist).
 */
export interface ErrorReport {
  code: ErrorCode;
  params?: string[];
  message: string;
}
