import { createStore } from '../../utils/state/create-store';
import { createTranslator } from '../../utils/i18n/translate';
import { type Language, type Translate } from '../../utils/i18n/translator';
import type { Settings } from '../../utils/model/settings';
import { send } from '../../utils/messaging/send';
import { formFieldOf, formToSettings, settingsToForm, type SettingsForm } from '../../utils/validate/settings-form';
import { settingsProblems } from '../../utils/validate/settings-problems';
import { explainError } from '../../utils/errors/explain-error';

export interface OnboardingState {
  t: Translate;
  saved?: Settings;
  form?: SettingsForm;
  errors: Partial<Record<keyof SettingsForm, string>>;
  busy: boolean;
  done: boolean;
  message?: { text: string; tone: 'ok' | 'error' };
}

/** First run: the few identity fields that matter, validated like the options page, saved as onboarded. */
export function createOnboardingStore() {
  const store = createStore<OnboardingState>({ t: createTranslator('fr'), errors: {}, busy: false, done: false });
  return {
    store,
    async load() {
      try {
        const saved = await send('settings:get', {});
        store.set({ saved, form: settingsToForm(saved), t: createTranslator(saved.language), done: saved.onboarded });
      } catch (error) {
        store.set({ message: { text: explainError(error, store.get().t), tone: 'error' } });
      }
    },
    setField<K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) {
      store.set((s) => ({
        form: { ...s.form!, [key]: value },
        errors: { ...s.errors, [key]: undefined },
        ...(key === 'language' ? { t: createTranslator(value as Language) } : {}),
      }));
    },
    async save() {
      const { form, saved, t } = store.get();
      if (!form || !saved) return;
      const settings = formToSettings(form, saved);
      const problems = settingsProblems(settings);
      if (problems.length) {
        const errors: OnboardingState['errors'] = {};
        for (const p of problems) errors[formFieldOf(p.field)] ??= t(p.message);
        store.set({ errors, message: { text: t('opt_problems', problems.length), tone: 'error' } });
        document.getElementById(`onb-${formFieldOf(problems[0].field)}`)?.focus();
        return;
      }
      store.set({ busy: true, message: undefined });
      try {
        const stored = await send('settings:save', { settings: { ...settings, onboarded: true } as unknown as Record<string, unknown> });
        store.set({ busy: false, saved: stored, done: true, message: { text: t('onb_saved'), tone: 'ok' } });
      } catch (error) {
        store.set({ busy: false, message: { text: explainError(error, store.get().t), tone: 'error' } });
      }
    },
  };
}

export type OnboardingActions = ReturnType<typeof createOnboardingStore>;
