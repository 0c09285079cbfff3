import { createStore } from '../../utils/state/create-store';
import type { TemplateDraft } from './TemplatesSection';
import { localDate } from '../../utils/calendar/today';
import { previewTemplate } from '../../utils/dashboard/template-preview';
import { createTranslator } from '../../utils/i18n/translate';
import { type Language, type Translate } from '../../utils/i18n/translator';
import type { ClientSummary, TemplatesState } from '../../utils/messages';
import type { Settings } from '../../utils/model/settings';
import type { SemesterRates } from '../../utils/legal/rates';
import { send } from '../../utils/messaging/send';
import { collectWebmailDiagnostics } from '../../utils/messaging/webmail-diagnostics';
import { formFieldOf, formToSettings, settingsToForm, type SettingsForm } from '../../utils/validate/settings-form';
import { settingsProblems } from '../../utils/validate/settings-problems';
import { modelState, prepareModel, type ModelState } from '../../utils/on-device/built-in-model';
import { explainError } from '../../utils/errors/explain-error';
import { connectionsActions, NO_CONNECTIONS_YET, type ConnectionsPanel } from './connections-panel';
import { NO_REGISTRY_YET, registryActions, type RegistryPanel } from './registry-panel';
import { NO_TRACKING_YET, trackingActions, type TrackingPanel } from './tracking-panel';

export interface OptionsState {
  status: 'loading' | 'ready' | 'error';
  t: Translate;
  language: Language;
  today: string;
  saved?: Settings;
  form?: SettingsForm;
  errors: Partial<Record<keyof SettingsForm, string>>;
  templates: TemplatesState['templates'];
  clients: ClientSummary[];
  draft?: TemplateDraft;
  busy: boolean;
  message?: { text: string; tone: 'ok' | 'error' };
  templateMessage?: { text: string; tone: 'ok' | 'error' };
  clientMessage?: { text: string; tone: 'ok' | 'error' };
  rateMessage?: { text: string; tone: 'ok' | 'error' };
  /** What this browser offers for the replies' second opinion (undefined while asking). */
  modelState?: ModelState;
  /** The invoicing services section (components/options/connections-panel.ts). */
  connections: ConnectionsPanel;
  /** The registry lookup section (components/options/registry-panel.ts). */
  registry: RegistryPanel;
  /** The registered letters' tracking section (components/options/tracking-panel.ts). */
  tracking: TrackingPanel;
}

/**
 * The options page's state and intents: edit, validate, save settings; edit, save, reset templates; clients; the
 * invoicing services, registry lookups and the tracking of registered letters.
 */
export function createOptionsStore() {
  const store = createStore<OptionsState>({
    status: 'loading',
    t: createTranslator('fr'),
    language: 'fr',
    today: localDate(),
    errors: {},
    templates: [],
    clients: [],
    busy: false,
    connections: NO_CONNECTIONS_YET,
    registry: NO_REGISTRY_YET,
    tracking: NO_TRACKING_YET,
  });
  const connections = connectionsActions(store);
  const registry = registryActions(store);
  const tracking = trackingActions(store);
  const t = () => store.get().t;

  function selectTemplate(id: string, language: Language, templates = store.get().templates) {
    const found = templates.find((x) => x.id === id) ?? templates[0];
    if (found) store.set({ draft: { id: found.id, language, ...found[language] }, templateMessage: undefined });
  }

  async function load() {
    void modelState().then((state) => store.set({ modelState: state }));
    try {
      const [saved, { templates }, clients] = await Promise.all([send('settings:get', {}), send('templates:get', {}), send('clients:list', {})]);
      store.set({ status: 'ready', saved, form: settingsToForm(saved), language: saved.language, t: createTranslator(saved.language), templates, clients });
      selectTemplate(store.get().draft?.id ?? templates[0]?.id, store.get().draft?.language ?? saved.language, templates);
      connections.loadConnections();
      registry.loadRegistryPermission();
      tracking.loadTracking();
    } catch (error) {
      store.set({ status: 'error', message: { text: explainError(error, t()), tone: 'error' } });
    }
  }

  async function templateWrite(job: () => Promise<TemplatesState>, done: () => string) {
    store.set({ busy: true, templateMessage: undefined });
    try {
      const { templates } = await job();
      const draft = store.get().draft!;
      selectTemplate(draft.id, draft.language, templates);
      store.set({ busy: false, templates, templateMessage: { text: done(), tone: 'ok' } });
    } catch (error) {
      store.set({ busy: false, templateMessage: { text: explainError(error, t()), tone: 'error' } });
    }
  }

  return {
    store,
    load,
    ...connections,
    ...registry,
    ...tracking,
    /** The anonymised diagnostic of the open Gmail/Outlook tabs (options page, "Relance cannot read my webmail"). */
    collectDiagnostics: collectWebmailDiagnostics,
    setField<K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) {
      store.set((s) => ({ form: { ...s.form!, [key]: value }, errors: { ...s.errors, [key]: undefined } }));
    },
    /** Turning the second opinion on downloads the model if it is not there yet (Chrome asks for the user's click). */
    setSecondOpinion(on: boolean) {
      store.set((s) => ({ form: { ...s.form!, secondOpinion: on } }));
      if (on && store.get().modelState === 'downloadable') {
        store.set({ modelState: 'downloading' });
        void prepareModel().then((state) => store.set({ modelState: state }));
      }
    },
    /** Validates everything here first (clear messages per field), then lets the background validate again and save. */
    async save() {
      const { form, saved } = store.get();
      if (!form || !saved) return false;
      const settings = formToSettings(form, saved);
      const problems = settingsProblems(settings);
      if (problems.length > 0) {
        const errors: OptionsState['errors'] = {};
        for (const p of problems) errors[formFieldOf(p.field)] ??= t()(p.message);
        store.set({ errors, message: { text: t()('opt_problems', problems.length), tone: 'error' } });
        document.getElementById(`opt-${formFieldOf(problems[0].field)}`)?.focus();
        return false;
      }
      store.set({ busy: true, errors: {}, message: undefined });
      try {
        // null removes a setting cleared in the form (an absent key would keep the stored value).
        const stored = await send('settings:save', {
          settings: {
            ...settings,
            department: settings.department ?? null,
            contractualRate: settings.contractualRate ?? null,
            onboarded: true,
          } as unknown as Record<string, unknown>,
        });
        const translate = createTranslator(stored.language);
        store.set({
          busy: false,
          saved: stored,
          form: settingsToForm(stored),
          language: stored.language,
          t: translate,
          message: { text: translate('opt_saved'), tone: 'ok' },
        });
        return true;
      } catch (error) {
        store.set({ busy: false, message: { text: explainError(error, t()), tone: 'error' } });
        return false;
      }
    },
    async updateClient(clientId: string, change: { language?: Language; kind?: ClientSummary['kind'] }) {
      store.set({ busy: true, clientMessage: undefined });
      try {
        const clients = await send('client:update', { clientId, ...change });
        const name = clients.find((c) => c.id === clientId)?.name ?? '';
        store.set({ busy: false, clients, clientMessage: { text: t()('opt_client_saved', name), tone: 'ok' } });
      } catch (error) {
        store.set({ busy: false, clientMessage: { text: explainError(error, t()), tone: 'error' } });
      }
    },
    /** A semester of rates the user typed (dated and sourced): it fills or corrects the shipped table everywhere. */
    async addRate(rates: SemesterRates) {
      const saved = store.get().saved;
      if (!saved) return false;
      store.set({ busy: true, rateMessage: undefined });
      try {
        const rateOverrides = [...(saved.rateOverrides ?? []).filter((r) => r.semester !== rates.semester), rates];
        const stored = await send('settings:save', { settings: { rateOverrides } });
        store.set({ busy: false, saved: stored, rateMessage: { text: t()('opt_rate_saved', rates.semester), tone: 'ok' } });
        return true;
      } catch (error) {
        store.set({ busy: false, rateMessage: { text: explainError(error, t()), tone: 'error' } });
        return false;
      }
    },
    selectTemplate: (id: string, language: Language) => selectTemplate(id, language),
    editTemplate: (patch: Partial<Pick<TemplateDraft, 'subject' | 'body'>>) => store.set((s) => ({ draft: { ...s.draft!, ...patch } })),
    saveTemplate() {
      const d = store.get().draft!;
      return templateWrite(
        () => send('templates:save', { templateId: d.id, language: d.language, subject: d.subject, body: d.body }),
        () => t()('opt_template_saved'),
      );
    },
    resetTemplate() {
      const d = store.get().draft!;
      return templateWrite(
        () => send('templates:reset', { templateId: d.id, language: d.language }),
        () => t()('opt_template_was_reset'),
      );
    },
    /** The draft rendered with the settings being edited, so the preview follows both. */
    preview(state: OptionsState) {
      if (!state.draft || !state.form || !state.saved) return undefined;
      const edited = formToSettings(state.form, state.saved);
      // While a number is mistyped, preview with the saved settings rather than fail.
      return previewTemplate(state.draft, settingsProblems(edited).length ? state.saved : edited, state.draft.language, state.today);
    },
  };
}

export type OptionsActions = ReturnType<typeof createOptionsStore>;
