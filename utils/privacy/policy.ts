import type { Language } from '../i18n/translator';
import { NETWORK_DESTINATIONS, USER_TYPED_HOST } from './network-destinations';

/** One section of the privacy policy: a heading, paragraphs, and optionally a list. */
export interface PolicySection {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export interface PrivacyPolicy {
  title: string;
  /** "Mise à jour : 2026-12-03" / "Updated: 2026-12-03". */
  updated: string;
  sections: PolicySection[];
}

/** The date this text last changed (YYYY-MM-DD). */
export const POLICY_UPDATED = '2026-12-06';

/** The privacy policy in one language, written from what the code does (see network-destinations.ts). */
export function privacyPolicy(language: Language): PrivacyPolicy {
  const fr = language === 'fr';
  // French typography puts a space before ':' and ';'.
  const [colon, semicolon] = fr ? [' :', ' ;'] : [':', ';'];
  const line = (service: string, host: string, when: string, what: string) =>
    `${service} (${host})${colon} ${when}${semicolon} ${fr ? 'envoyé' : 'sent'}${colon} ${what}.`;
  const destinations = NETWORK_DESTINATIONS.map((d) => line(d.service, d.host, d.when[language], d.sent[language]));
  destinations.push(
    line(
      USER_TYPED_HOST.service,
      fr ? 'l’adresse https que vous saisissez' : 'the https address you type',
      USER_TYPED_HOST.when[language],
      USER_TYPED_HOST.sent[language],
    ),
  );
  return fr
    ? {
        title: 'Politique de confidentialité de Relance',
        updated: `Mise à jour : ${POLICY_UPDATED}`,
        sections: [
          {
            heading: 'En bref',
            paragraphs: [
              'Relance n’a pas de serveur. Tout ce qu’elle garde reste dans votre navigateur, sur votre ordinateur. Elle ne contacte aucun service tant que vous ne le lui demandez pas dans les options, et n’envoie jamais le contenu de vos mails.',
            ],
          },
          {
            heading: 'Ce que Relance lit',
            paragraphs: [
              'Dans Gmail et Outlook sur le web uniquement (mail.google.com, outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft) :',
            ],
            items: [
              'le fil de discussion que vous ouvrez : expéditeurs, destinataires, dates, objet et texte affiché, pour reconnaître une facture et les réponses du client ;',
              'les identifiants des fils de la liste affichée, pour y placer les pastilles de suivi ;',
              'dans Gmail, une pièce jointe Factur-X/UBL du fil ouvert, par le lien de Gmail lui-même ; dans Outlook, un fichier que vous déposez.',
            ],
          },
          {
            heading: 'Ce que Relance garde, et où',
            paragraphs: [
              'Dans la base IndexedDB « relance » de l’extension, dans votre profil de navigateur : les factures suivies, les clients, l’historique de chaque facture (relances envoyées, réponses, appels, lettres, paiements), vos réglages et modèles, un journal local des refus, et, dans un espace que seul le service d’arrière-plan ouvre, les clés des services que vous connectez. Dans le stockage local de l’extension : l’état de la barre latérale, et ce qu’elle a montré du jour pour les 30 derniers fils ouverts ayant une facture suivie, pour le réafficher aussitôt quand vous y revenez et, si rien n’a changé, répondre sans relire le fil (effacé dès que ce qu’il montre est modifié ; une empreinte SHA-256 des messages du fil, non leur texte, dit s’ils ont changé) ; la base compte ses modifications pour le prouver. Les clés ne sont jamais écrites dans une sauvegarde ni dans un journal.',
            ],
          },
          {
            heading: 'Ce qui est envoyé, où et quand',
            paragraphs: [
              'Rien, tant que vous ne connectez pas un service ou n’autorisez pas les vérifications du registre dans les options : le navigateur vous demande alors l’accès à ce seul service. Ensuite :',
            ],
            items: destinations,
          },
          {
            heading: 'Ce que Relance ne fait pas',
            paragraphs: [
              'Aucune statistique d’usage, aucun traceur, aucun rapport d’erreur envoyé, aucune publicité, aucun code chargé depuis Internet. Relance n’envoie jamais de mail à votre place : vous cliquez toujours sur « Envoyer ».',
            ],
          },
          {
            heading: 'Exporter vos données',
            paragraphs: [
              'Tableau de bord → « Sauvegarder » : un fichier JSON avec toutes vos factures, clients, historiques, réglages et modèles. Chaque facture s’exporte aussi en DOCX, CSV ou JSON.',
            ],
          },
          {
            heading: 'Tout supprimer',
            paragraphs: [
              'Options → « Supprimer toutes mes données » efface la base, les clés enregistrées et les autorisations données aux services, après vous avoir proposé une sauvegarde. Désinstaller l’extension efface aussi tout.',
            ],
          },
        ],
      }
    : {
        title: 'Relance privacy policy',
        updated: `Updated: ${POLICY_UPDATED}`,
        sections: [
          {
            heading: 'In short',
            paragraphs: [
              'Relance has no server. Everything it keeps stays in your browser, on your computer. It contacts no service until you ask it to in the options, and never sends the content of your mail.',
            ],
          },
          {
            heading: 'What Relance reads',
            paragraphs: [
              'In Gmail and Outlook on the web only (mail.google.com, outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft):',
            ],
            items: [
              'the thread you open: senders, recipients, dates, subject and displayed text, to recognise an invoice and the client’s replies;',
              'the ids of the threads in the list shown, to put the tracking chips on them;',
              'in Gmail, a Factur-X/UBL attachment of the open thread, through Gmail’s own link; in Outlook, a file you drop.',
            ],
          },
          {
            heading: 'What Relance keeps, and where',
            paragraphs: [
              'In the extension’s IndexedDB database “relance”, in your browser profile: tracked invoices, clients, each invoice’s timeline (reminders sent, replies, calls, letters, payments), your settings and templates, a local log of refused requests, and, in a store only the background opens, the keys of the services you connect. In the extension’s local storage: the sidebar’s state, and what it showed today for the last 30 threads opened with a tracked invoice, to show it again at once when you come back and, when nothing changed, to answer without reading the thread again (dropped as soon as anything it shows changes; a SHA-256 digest of the thread’s messages, not their text, tells whether they changed); the database counts its changes to prove it. Keys are never written into a backup or a log.',
            ],
          },
          {
            heading: 'What is sent, where and when',
            paragraphs: [
              'Nothing, until you connect a service or allow registry checks in the options: the browser then asks you for access to that one service. After that:',
            ],
            items: destinations,
          },
          {
            heading: 'What Relance does not do',
            paragraphs: [
              'No usage statistics, no trackers, no error reports sent, no ads, no code loaded from the Internet. Relance never sends mail for you: you always click “Send”.',
            ],
          },
          {
            heading: 'Export your data',
            paragraphs: [
              'Dashboard → “Back up”: one JSON file with all your invoices, clients, timelines, settings and templates. Each invoice also exports as DOCX, CSV or JSON.',
            ],
          },
          {
            heading: 'Delete everything',
            paragraphs: [
              'Options → “Delete all my data” erases the database, the stored keys and the permissions granted to services, after offering a backup. Uninstalling the extension also erases everything.',
            ],
          },
        ],
      };
}
