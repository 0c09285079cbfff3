import type { Client } from '../../utils/model/client';
import { keyFor, type Translate } from '../../utils/i18n/translator';
import { userOnly } from '../common/user-only';
import type { Language } from '../../utils/model/language';

interface Props {
  client: Client;
  t: Translate;
  onChoose: (language: Language) => void;
}

/** The language reminders go out in for this client, where it was read from, and the one-click switch to the other. */
export function ClientLanguage({ client, t, onChoose }: Props) {
  const other = client.language === 'fr' ? 'en' : 'fr';
  return (
    <p class="client-language" data-testid="client-language">
      <span>{t('sb_client_language', t(keyFor('sb_lang_name_', client.language)))}</span>{' '}
      <span class="muted">({t(keyFor('sb_lang_source_', client.languageSource ?? 'settings'))})</span>{' '}
      <button type="button" class="link" onClick={userOnly(() => onChoose(other))}>
        {t('sb_lang_switch', t(keyFor('sb_lang_name_', other)))}
      </button>
    </p>
  );
}
