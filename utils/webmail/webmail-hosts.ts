import { OUTLOOK_MATCHES } from './outlook/outlook-hosts';

/** Every webmail page Relance runs on: the manifest's host permissions and content-script matches. */
export const WEBMAIL_MATCHES = ['https://mail.google.com/*', ...OUTLOOK_MATCHES] as const;
