/** What a debtor's reply means for the ladder (CONTRACT.md). */
export type ReplyKind = 'promise' | 'paid' | 'dispute' | 'plan' | 'auto-reply' | 'info-request' | 'other';
