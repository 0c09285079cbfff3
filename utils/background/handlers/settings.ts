import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';
import type { Handler, HandlersIn } from '../router';
import { settingsSchema } from '../../model/settings-schema';
import { UserInputError } from '../user-input-error';

export const getSettings: Handler<'settings:get'> = async (_request, ctx) => ctx.store.getSettings();

/** Saves settings after validating every field; unknown fields are dropped, a field sent as null is cleared. */
export const saveSettings: Handler<'settings:save'> = async ({ settings }, ctx) => {
  const current = await ctx.store.getSettings();
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...current, ...settings };
  for (const [key, value] of Object.entries(settings)) if (value === null) delete merged[key];
  const parsed = settingsSchema().safeParse(merged);
  if (!parsed.success) throw new UserInputError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const saved = parsed.data as Settings;
  await ctx.store.exclusive(() => ctx.store.saveSettings(saved));
  return saved;
};

export const settingsHandlers = {
  'settings:get': getSettings,
  'settings:save': saveSettings,
} satisfies HandlersIn<'settings'>;
