import type { BlockDocument } from '../../utils/export/document-blocks';
import { createTranslator } from '../../utils/i18n/translate';
import { type Language, type Translate } from '../../utils/i18n/translator';
import { send } from '../../utils/messaging/send';
import { createStore } from '../../utils/state/create-store';
import { explainError } from '../../utils/errors/explain-error';

export interface LetterState {
  status: 'loading' | 'ready' | 'error';
  language: Language;
  t: Translate;
  document?: BlockDocument;
  error?: string;
}

const DOCUMENTS = ['formal-notice', 'payment-order', 'small-claims-dossier'] as const;

/** The print page's state: which letter the URL names, fetched from the background (which records the A4 export). */
export function createLetterStore(params: URLSearchParams) {
  const store = createStore<LetterState>({ status: 'loading', language: 'fr', t: createTranslator('fr') });
  return {
    store,
    async load() {
      try {
        const settings = await send('settings:get', {});
        store.set({ language: settings.language, t: createTranslator(settings.language) });
        const document = DOCUMENTS.find((d) => d === params.get('document'));
        const invoiceIds = (params.get('invoices') ?? '').split(',').filter(Boolean);
        if (!document || invoiceIds.length === 0) return store.set({ status: 'error', error: store.get().t('letter_bad_link') });
        store.set({ status: 'ready', document: await send('letter:get', { invoiceIds, document }) });
      } catch (error) {
        store.set({ status: 'error', error: explainError(error, store.get().t) });
      }
    },
  };
}
