import type { DayMonthDecision } from '../../calendar/day-month-order';
import { pageDayMonthOrder } from '../numeric-date';
import { findAll, findFirst } from './selectors';

/** How the open Outlook page writes numeric dates: its language tag and the day/month order its dates settle on. */
export interface PageDates {
  locale: string;
  order: DayMonthDecision;
}

/** List rows looked at for dates: enough to meet a day above 12 or a telling weekday, cheap on a long list. */
const MAX_LIST_ROWS = 100;
// In a row's text, only a weekday-led date is Outlook's own (the snippet is the sender's words, written their way).
const ROW_DATE = /[^\s\d.,:;/-]{2,9}\.?\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/g;

/** The dates the list rows print, as their texts (cheap on a long list: the first rows only). */
export function listRowDates(list: Element | null): string[] {
  const texts: string[] = [];
  for (const row of list ? findAll(list, 'listRow').slice(0, MAX_LIST_ROWS) : []) texts.push(...(row.textContent?.match(ROW_DATE) ?? []));
  return texts;
}

/**
 * Every date Outlook prints on the page (each message's, and the list rows', `rowDates` when the caller read them
 * already) decides one order for all: a "13/10" or a weekday that fits one reading only settles it; then the page's
 * language tag when it names a region (or a language written one way everywhere); else it stays unsettled.
 */
export function readPageDates(doc: Document, rowDates: readonly string[] = listRowDates(findFirst(doc, 'mailList'))): PageDates {
  // Outlook sets `<html lang>`; a page without one falls back on the browser's language (only a hint: it is not the account's format).
  const locale = doc.documentElement.lang || doc.defaultView?.navigator.language || '';
  const texts: string[] = [];
  for (const time of findAll(doc, 'messageTime')) {
    for (const text of [time.getAttribute('title'), time.textContent]) if (text) texts.push(text);
  }
  texts.push(...rowDates);
  return { locale, order: pageDayMonthOrder(texts, locale) };
}
