import type { Money } from '../mail/types';
import type { Client } from '../model/client';
import type { CreditorIdentity } from '../model/settings';
import type { JudicialView } from '../model/view';
import { COURT_LINKS, courtSteps } from './court-steps';
import { explainJudicialOptions } from './judicial-options';
import { debtorIsMerchant, isNaturalPersonForm } from './merchant-status';
import { paymentOrderCourt } from './payment-order-court';
import { paymentOrderWarnings } from './payment-order-warnings';
import type { Language } from '../model/language';

export interface JudicialViewInput {
  total: Money;
  client: Pick<Client, 'kind' | 'registry' | 'address'>;
  creditor: Pick<CreditorIdentity, 'legalForm'>;
  disputed: boolean;
  formalNotice?: { date: string; deliveredOn?: string };
  language: Language;
  today: string;
}

const COURT_LABELS = {
  'tribunal-de-commerce': {
    fr: 'Président du tribunal de commerce du siège du débiteur',
    en: 'President of the commercial court where the debtor has its seat',
  },
  'tribunal-judiciaire': { fr: 'Tribunal judiciaire du domicile ou du siège du débiteur', en: 'Tribunal judiciaire where the debtor lives or has its seat' },
};

/** The judicial stage as the sidebar and the dashboard show it: routes explained, steps in order with their documents, the court, the warnings. */
export function judicialView(input: JudicialViewInput): JudicialView {
  const { client, language: lang } = input;
  const merchant = debtorIsMerchant(client);
  const court = paymentOrderCourt({ debtorKind: client.kind, debtorIsMerchant: merchant, creditorLegalForm: input.creditor.legalForm });
  const explained = explainJudicialOptions({
    amount: input.total,
    debtor: client.kind,
    debtorIsMerchant: merchant,
    disputed: input.disputed,
    asOf: input.today,
  });
  // A registry lookup writes the registered address onto the client (apply-registry-lookup.ts): one address for all.
  const postcode = debtorPostcode(client.address);
  return {
    summary: explained.summary[lang],
    options: explained.options.map((o) => ({ title: o.title[lang], explanation: o.explanation[lang], form: o.form, caution: o.caution?.[lang] })),
    steps: courtSteps({ amount: input.total, court, debtorKind: client.kind }).map((step) => ({
      id: step.id,
      title: step.title[lang],
      cost: step.cost[lang],
      duration: step.duration[lang],
      ...(step.document ? { document: step.document } : {}),
      ...(step.id === 'small-claims' ? { link: { url: COURT_LINKS.credicys, label: 'Credicys' } } : {}),
      ...(step.id === 'payment-order' && court === 'tribunal-de-commerce' ? { link: { url: COURT_LINKS.tribunalDigital, label: 'Tribunal Digital' } } : {}),
    })),
    court: { kind: court, label: COURT_LABELS[court][lang], ...(postcode ? { postcode } : {}), finderUrl: COURT_LINKS.courtFinder },
    warnings: paymentOrderWarnings({
      court,
      debtorKind: client.kind,
      total: input.total,
      formalNotice: input.formalNotice,
      creditorIsNaturalPerson: isNaturalPersonForm(input.creditor.legalForm),
      debtorAddressKnown: (client.address ?? []).some((l) => l.trim() !== ''),
      asOf: input.today,
    }).map((w) => w[lang]),
  };
}

/** The French postcode of an address ("75016 Paris" → "75016"), from the last line that has one. */
export function debtorPostcode(address: readonly string[] | undefined): string | undefined {
  for (const line of [...(address ?? [])].reverse()) {
    const match = /(?:^|\s)((?:0[1-9]|[1-8]\d|9[0-8])\d{3})(?=\s|$)/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}
