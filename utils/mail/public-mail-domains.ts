/**
 * Domains where anyone can open a mailbox: two addresses there say nothing of one organisation. The providers French,
 * Belgian, Swiss and Canadian freelancers and their clients use most; an unlisted one only means an alias goes unseen.
 */
const PUBLIC = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.fr',
  'gmx.de',
  'web.de',
  'proton.me',
  'protonmail.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'laposte.net',
  'bbox.fr',
  'numericable.fr',
  'skynet.be',
  'telenet.be',
  'bluewin.ch',
  'videotron.ca',
  'sympatico.ca',
  'zoho.com',
  'mail.com',
  'yandex.com',
]);

/** The part after "@", lower-cased. */
export const domainOf = (email: string): string => email.trim().toLowerCase().split('@')[1] ?? '';

/** Whether a domain is a public mailbox provider's. */
export const isPublicMailDomain = (domain: string): boolean => PUBLIC.has(domain);
