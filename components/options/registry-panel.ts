import { browser } from 'wxt/browser';
import type { RegistryLookupResult } from '../../utils/connectors/connection-view';
import { explainError } from '../../utils/errors/explain-error';
import type { Translate } from '../../utils/i18n/translator';
import type { ClientSummary } from '../../utils/messages';
import { send } from '../../utils/messaging/send';
import { REGISTRY_ORIGINS } from '../../utils/registry/lookup-company';
import type { Store } from '../../utils/state/create-store';

/** The registry section of the options page, as the page's store keeps it. */
export interface RegistryPanel {
  /** Whether the registry hosts are granted (undefined while asking). */
  allowed?: boolean;
  clientId: string;
  siren: string;
  busy: boolean;
  result?: RegistryLookupResult;
  message?: { text: string; tone: 'ok' | 'error' };
}

export const NO_REGISTRY_YET: RegistryPanel = { clientId: '', siren: '', busy: false };

/** Registry lookups: allowed once from a click (optional host permissions), then a SIREN checked for a client. */
export function registryActions(store: Store<{ t: Translate; clients: ClientSummary[]; registry: RegistryPanel }>) {
  const patch = (change: Partial<RegistryPanel>) => store.set((s) => ({ registry: { ...s.registry, ...change } }));
  return {
    loadRegistryPermission() {
      browser.permissions.contains({ origins: REGISTRY_ORIGINS }).then(
        (allowed) => patch({ allowed }),
        () => patch({ allowed: false }),
      );
    },
    allowRegistry() {
      // First thing in the click: Chrome shows the prompt only during the user's gesture.
      browser.permissions.request({ origins: REGISTRY_ORIGINS }).then((granted) => {
        const t = store.get().t;
        patch({ allowed: granted, message: { text: t(granted ? 'reg_allowed' : 'reg_denied'), tone: granted ? 'ok' : 'error' } });
      });
    },
    editRegistryQuery(change: Partial<Pick<RegistryPanel, 'clientId' | 'siren'>>) {
      patch(change);
    },
    async checkRegistry() {
      const t = store.get().t;
      const { clientId, siren } = store.get().registry;
      patch({ busy: true, message: undefined, result: undefined });
      try {
        const answer = await send('registry:lookup', { ...(clientId ? { clientId } : {}), ...(siren.trim() ? { siren } : {}) });
        patch({ result: answer });
        if (!answer.ok) {
          const key = answer.error.reason === 'siren' ? 'reg_err_siren' : answer.error.code === 'permission' ? 'reg_err_permission' : undefined;
          patch({ message: { tone: 'error', text: key ? t(key) : t('reg_err_other', answer.error.status ?? answer.error.code) } });
        } else if (answer.clientId && answer.company) {
          patch({ message: { tone: 'ok', text: t('reg_saved', store.get().clients.find((c) => c.id === answer.clientId)?.name ?? '') } });
        }
      } catch (error) {
        patch({ message: { tone: 'error', text: explainError(error, t) } });
      } finally {
        patch({ busy: false });
      }
    },
  };
}

export type RegistryActions = ReturnType<typeof registryActions>;
