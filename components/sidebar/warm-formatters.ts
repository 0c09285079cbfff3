import { formatDay } from '../../utils/i18n/format';
import type { Language } from '../../utils/model/language';
import { formatMoney } from '../../utils/templates/format-money';

/**
 * A page's first currency formatter costs 10-25 ms (the browser loads ICU's data for it), which the first invoice card
 * paid inside its render (traced on the first card of the bench thread, issue 17). Built once the page is idle after
 * the sidebar mounts, in the sidebar's language as it then is; the card then formats with it at once.
 */
export function warmFormattersWhenIdle(win: Window, language: () => Language): void {
  const warm = () => {
    formatMoney({ minor: 0, currency: 'EUR' }, language());
    formatDay('2026-01-01', language());
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(warm, { timeout: 1_000 });
  else win.setTimeout(warm, 200);
}
