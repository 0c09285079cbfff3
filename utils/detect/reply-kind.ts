/** What a debtor's reply means for the ladder (CONTRACT.md). */
export type ReplyKind = 'promise' | 'paid' | 'dispute' | 'plan' | 'auto-reply' | 'info-request' | 'other';

/** Who decided what a reply means: the rules, the browser's on-device model, or the user correcting either. */
export type ReplyReader = 'rules' | 'model' | 'user';
