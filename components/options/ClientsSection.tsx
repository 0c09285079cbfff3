import { keyFor, type Translate } from '../../utils/i18n/translator';
import type { ClientSummary } from '../../utils/messages';
import type { DebtorKind } from '../../utils/model/client';
import { LanguageOptions } from '../common/LanguageOptions';
import { ClientChoice } from './ClientChoice';
import type { Language } from '../../utils/model/language';

export interface ClientsSectionProps {
  clients: ClientSummary[];
  busy: boolean;
  t: Translate;
  onUpdate: (clientId: string, change: { language?: Language; kind?: DebtorKind }) => void;
}

/** Each debtor's reminder language and kind, changed in place. */
export function ClientsSection({ clients, busy, t, onUpdate }: ClientsSectionProps) {
  return (
    <section aria-labelledby="clients-title" class="card">
      <h2 id="clients-title">{t('opt_clients')}</h2>
      <p class="hint">{t('opt_clients_help')}</p>
      {clients.length === 0 ? (
        <p>{t('opt_clients_none')}</p>
      ) : (
        <table data-testid="clients-table">
          <thead>
            <tr>
              <th scope="col">{t('opt_col_client')}</th>
              <th scope="col">{t('opt_col_emails')}</th>
              <th scope="col" class="num">
                {t('opt_col_invoices')}
              </th>
              <th scope="col">{t('opt_col_kind')}</th>
              <th scope="col">{t('opt_col_language')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.id} data-client={c.name}>
                <th scope="row">{c.name}</th>
                <td>{c.emails.join(', ')}</td>
                <td class="num">{c.invoices}</td>
                <td>
                  <ClientChoice client={c} field="kind" label={t('opt_client_kind_label', c.name)} busy={busy} onUpdate={onUpdate}>
                    <option value="business">{t('dash_new_business')}</option>
                    <option value="consumer">{t('dash_new_consumer')}</option>
                    <option value="public">{t('dash_new_public')}</option>
                  </ClientChoice>
                </td>
                <td>
                  <ClientChoice client={c} field="language" label={t('opt_client_language_label', c.name)} busy={busy} onUpdate={onUpdate}>
                    <LanguageOptions t={t} />
                  </ClientChoice>
                  <span class="hint">{t(keyFor('sb_lang_source_', c.languageSource))}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
