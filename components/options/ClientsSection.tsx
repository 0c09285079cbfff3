import { keyFor, type Translate } from '../../utils/i18n/translate';
import type { ClientSummary } from '../../utils/messages';
import type { DebtorKind } from '../../utils/model/client';

export interface ClientsSectionProps {
  clients: ClientSummary[];
  busy: boolean;
  t: Translate;
  onUpdate: (clientId: string, change: { language?: 'fr' | 'en'; kind?: DebtorKind }) => void;
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
                  <select
                    aria-label={t('opt_client_kind_label', c.name)}
                    value={c.kind}
                    disabled={busy}
                    onChange={(e) => onUpdate(c.id, { kind: e.currentTarget.value as ClientSummary['kind'] })}
                  >
                    <option value="business">{t('dash_new_business')}</option>
                    <option value="consumer">{t('dash_new_consumer')}</option>
                    <option value="public">{t('dash_new_public')}</option>
                  </select>
                </td>
                <td>
                  <select
                    aria-label={t('opt_client_language_label', c.name)}
                    value={c.language}
                    disabled={busy}
                    onChange={(e) => onUpdate(c.id, { language: e.currentTarget.value as ClientSummary['language'] })}
                  >
                    <option value="fr" lang="fr">
                      {t('dash_lang_fr')}
                    </option>
                    <option value="en" lang="en">
                      {t('dash_lang_en')}
                    </option>
                  </select>
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
