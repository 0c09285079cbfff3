import { stringsWithPrefixes } from '../../i18n/translator';
import { uiStrings } from '../ui-strings';
import type { Handler, HandlersIn } from '../router';

/** Key prefixes the sidebar uses (components/sidebar). */
const SIDEBAR_PREFIXES = ['sb_', 'stage_', 'chip_', 'ev_', 'err_'] as const;

/** The sidebar's strings in the user's chosen language. */
export const sidebarCatalog: Handler<'i18n:catalog'> = async (_request, ctx) => {
  const { language } = await ctx.store.getSettings();
  return { language, strings: stringsWithPrefixes(await uiStrings(ctx, language), SIDEBAR_PREFIXES) };
};

export const i18nHandlers = {
  'i18n:catalog': sidebarCatalog,
} satisfies HandlersIn<'i18n'>;
