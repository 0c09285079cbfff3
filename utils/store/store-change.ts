/**
 * What a committed write may have changed, told to whoever keeps copies of what the store answered (the sidebar's
 * kept thread views, utils/background/shown-threads.ts): the invoices and clients written, the invoice numbers whose
 * remembered mails changed, or everything (settings, templates, a restore, an erase).
 */
export type StoreChange = { everything: true } | { everything?: false; invoices: string[]; clients: string[]; numbers: string[] };

/**
 * Told after each committed write, with the count of changes committed so far (this one included, stored with it):
 * must not throw or wait (the writer does not wait for it).
 */
export type StoreChangeListener = (change: StoreChange, count: number) => void;

export const EVERYTHING: StoreChange = { everything: true };
