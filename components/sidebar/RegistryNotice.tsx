import type { Client } from '../../utils/model/client';
import type { MessageKey, Translate } from '../../utils/i18n/translator';
import { formatDateLong } from '../../utils/templates/format-date';
import type { Language } from '../../utils/model/language';

interface Props {
  client: Client;
  /** The view's (InvoiceView.claimDeadline): the law is computed by the background. */
  claimDeadline?: string;
  today: string;
  language: Language;
  t: Translate;
}

/**
 * What the registry said about the debtor, where the user decides the next step: collective proceedings (the ladder
 * is stopped; declare the claim to the mandataire within two months of the BODACC publication, with that date), or a
 * ceased company (flagged before a formal notice is written to nobody).
 */
export function RegistryNotice({ client, claimDeadline, today, language, t }: Props) {
  const day = (date: string) => formatDateLong(date, language);
  const p = client.proceedings;
  if (p) {
    return (
      <section class="card warn registry-notice" role="note" aria-labelledby={`reg-${client.id}`}>
        <h3 id={`reg-${client.id}`}>{t('sb_reg_proceedings_title')}</h3>
        <p>{t('sb_reg_proceedings', t(`sb_reg_kind_${p.kind}` as MessageKey), day(p.publishedOn))}</p>
        {p.closedOn ? (
          <p>{t('sb_reg_closed', day(p.closedOn))}</p>
        ) : (
          claimDeadline && (
            <p class="claim-deadline">{claimDeadline >= today ? t('sb_reg_claim', day(claimDeadline)) : t('sb_reg_claim_late', day(claimDeadline))}</p>
          )
        )}
        {p.court && <p class="muted">{t('sb_reg_court', p.court)}</p>}
      </section>
    );
  }
  if (client.registry && !client.registry.active) {
    return (
      <section class="card warn registry-notice" role="note" aria-labelledby={`reg-${client.id}`}>
        <h3 id={`reg-${client.id}`}>{t('sb_reg_ceased_title')}</h3>
        <p>{t('sb_reg_ceased', client.registry.name, client.registry.ceasedOn ? t('sb_reg_ceased_on', day(client.registry.ceasedOn)) : '')}</p>
      </section>
    );
  }
  return null;
}
