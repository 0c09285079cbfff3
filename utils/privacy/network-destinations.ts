/**
 * Every place Relance's code can reach the network, and every host it talks to there. The privacy policy is written
 * from this list, and tests/unit/privacy/network-destinations.test.ts fails when the code reaches a host or uses a
 * network API that is not here: a new destination cannot ship without the policy saying so.
 */
export interface NetworkDestination {
  /** The origin called, as the optional host permission names it. */
  host: string;
  service: string;
  /** When it is called, in the policy's words. */
  when: { fr: string; en: string };
  sent: { fr: string; en: string };
}

/** Source files that call a network API (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon), with why. */
export const NETWORK_ENTRY_POINTS: Record<string, string> = {
  'utils/connectors/browser-remote-deps.ts': 'the background’s fetch for the connectors and the registry lookups, only to granted hosts (below)',
  'utils/background/engine-loader.ts': 'the background’s own engine script, imported from the installed extension: nothing leaves the machine',
  'utils/background/packaged-file.ts':
    'the extension’s own packaged files (its UI strings, its learned mail readers), read from the installed extension: nothing leaves the machine',
  'utils/webmail/gmail/adapter.ts':
    'Gmail’s own attachment link, same origin as the open Gmail page, to read a Factur-X/UBL attachment the user has in that thread',
};

const ON_CONNECT = {
  fr: 'quand vous connectez ce service dans les options, puis chaque jour et quand vous cliquez « Actualiser »',
  en: 'when you connect this service in the options, then daily and when you click “Refresh”',
};
const INVOICE_READ = {
  fr: 'votre clé (en en-tête d’autorisation) et des requêtes de lecture de vos factures ouvertes ; rien sur vos mails',
  en: 'your key (as the authorisation header) and read requests for your open invoices; nothing about your mail',
};

export const NETWORK_DESTINATIONS: NetworkDestination[] = [
  { host: 'https://app.pennylane.com', service: 'Pennylane', when: ON_CONNECT, sent: INVOICE_READ },
  { host: 'https://thirdparty.qonto.com', service: 'Qonto', when: ON_CONNECT, sent: INVOICE_READ },
  { host: 'https://api.stripe.com', service: 'Stripe', when: ON_CONNECT, sent: INVOICE_READ },
  { host: 'https://invoicing.co', service: 'Invoice Ninja', when: ON_CONNECT, sent: INVOICE_READ },
  {
    host: 'https://recherche-entreprises.api.gouv.fr',
    service: 'Annuaire des entreprises (État)',
    when: {
      fr: 'quand vous autorisez les vérifications du registre et vérifiez un client, puis chaque semaine pour ce client',
      en: 'when you allow registry checks and check a client, then weekly for that client',
    },
    sent: { fr: 'le numéro SIREN du client', en: 'the client’s SIREN number' },
  },
  {
    host: 'https://bodacc-datadila.opendatasoft.com',
    service: 'BODACC (DILA)',
    when: { fr: 'avec la vérification du registre ci-dessus', en: 'with the registry check above' },
    sent: { fr: 'le numéro SIREN du client', en: 'the client’s SIREN number' },
  },
  {
    host: 'https://api.laposte.fr',
    service: 'La Poste (suivi des lettres recommandées)',
    when: {
      fr: 'quand vous donnez votre clé de suivi La Poste dans les options, puis chaque jour tant qu’une lettre recommandée n’est ni distribuée ni retournée, et quand vous cliquez « Vérifier maintenant »',
      en: 'when you give your La Poste tracking key in the options, then daily while a registered letter is neither delivered nor returned, and when you click “Check now”',
    },
    sent: {
      fr: 'votre clé (en en-tête) et le numéro de la lettre recommandée ; ni nom, ni adresse, ni montant',
      en: 'your key (as a header) and the registered letter’s number; no name, address or amount',
    },
  },
];

/** The one host the user types: a self-hosted Invoice Ninja server. */
export const USER_TYPED_HOST = {
  service: 'Invoice Ninja (auto-hébergé / self-hosted)',
  when: ON_CONNECT,
  sent: INVOICE_READ,
};
