import { describe, expect, it } from 'vitest';
import { guessClientLanguage, languageOfTexts } from '../../../utils/detect/client-language';
import type { MailMessage } from '../../../utils/mail/types';

const mail = (from: string, to: string, text: string, subject = 'Facture F-12'): MailMessage => ({
  id: `${from}-${text.length}`,
  subject,
  from: { email: from },
  to: [{ email: to }],
  date: '2026-10-01T09:30:00+02:00',
  text,
  attachments: [],
});
const ME = 'me@studio.fr';
const CLIENT = 'ap@client.co.uk';

describe('guessClientLanguage', () => {
  it('reads the client’s own words first, whatever the user wrote', () => {
    const thread = [
      mail(ME, CLIENT, 'Bonjour, veuillez trouver ci-joint la facture, merci de votre confiance. Cordialement'),
      mail(CLIENT, ME, 'Hi, thanks for this. We will pay it with our next run, it is with the team.'),
    ];
    expect(guessClientLanguage(thread, [CLIENT.toUpperCase()])).toEqual({ language: 'en', source: 'replies' });
  });

  it('leaves out the quoted history: a French quote under an English reply is not the client’s language', () => {
    const reply =
      'Thanks, we will pay it this week.\n\nOn Thu, 1 Oct 2026, me@studio.fr wrote:\n> Bonjour, la facture est en retard, merci de la régler pour le 15, je vous remercie par avance de votre retour et de votre paiement.';
    expect(guessClientLanguage([mail(CLIENT, ME, reply)], [CLIENT])).toEqual({ language: 'en', source: 'replies' });
  });

  it('falls back on what the user wrote to the client, and says nothing when there is too little', () => {
    expect(
      guessClientLanguage([mail(ME, CLIENT, 'Please find attached the invoice for the work we did, thank you for your trust.', 'Invoice 12')], [CLIENT]),
    ).toEqual({ language: 'en', source: 'sent-mail' });
    expect(guessClientLanguage([mail(CLIENT, ME, 'OK!')], [CLIENT])).toBeUndefined();
    expect(languageOfTexts(['the facture est ok'])).toBeUndefined();
  });
});
