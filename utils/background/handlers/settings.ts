import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';
import type { Handler } from '../router';
import { settingsSchema } from '../../model/settings-schema';
import { UserInputError } from '../user-input-error';

export const getSettings: Handler<'settings:get'> = async (_request, ctx) => ctx.store.getSettings();

/** Saves settings after validating every field; unknown fields are dropped. */
export const saveSettings: Handler<'settings:save'> = async ({ settings }, ctx) => {
  const current = await ctx.store.getSettings();
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...current, ...settings });
  if (!parsed.success) throw new UserInputError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const saved = parsed.data as Settings;
  await ctx.store.exclusive(() => ctx.store.saveSettings(saved));
  return saved;
};
