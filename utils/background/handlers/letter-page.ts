import { browser } from 'wxt/browser';
import type { Handler } from '../router';

/** Opens the print-ready A4 page of a letter in a new tab; the page asks for its document itself (letter:get). */
export const openLetter: Handler<'letter:open'> = async ({ invoiceIds, document }) => {
  const query = new URLSearchParams({ document, invoices: invoiceIds.join(',') });
  await browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?${query}`) });
  return { opened: true };
};
