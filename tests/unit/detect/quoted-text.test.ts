import { describe, expect, it } from 'vitest';
import { foldText } from '../../../utils/detect/fold';
import { ownText } from '../../../utils/detect/quoted-text';

const own = (text: string) => ownText(text, foldText(text)).text;

describe('own text of a reply', () => {
  it.each([
    ['Gmail FR', 'Le mar. 10 mars 2026 à 09:12, Camille <c@x.fr> a écrit :\n> mise en demeure'],
    ['Gmail EN', 'On Tue, Apr 14, 2026 at 9:05 AM Priya <p@x.com> wrote:\n> formal demand'],
    ['Outlook EN', '-----Original Message-----\nFrom: Mike\nSent: Monday\nSubject: final notice'],
    ['Outlook FR', 'De : Julien <j@x.fr>\nEnvoyé : lundi 13 avril 2026 10:02\nÀ : Compta\nObjet : MISE EN DEMEURE'],
    ['Outlook line', '________________________________\nFrom: Sarah\nSent: 02 April 2026'],
  ])('cuts the %s history', (_, history) => {
    expect(own(`Le virement sera fait vendredi.\n\n${history}`)).toBe('Le virement sera fait vendredi.');
  });

  it('drops the signature and phone footer', () => {
    expect(own('Paiement sous 48h.\nCordialement,\nJean\n06 12 34 56 78')).toBe('Paiement sous 48h.');
    expect(own('ok je regle demain\nEnvoyé de mon iPhone')).toBe('ok je regle demain');
  });

  it('drops a "Name | Title" signature and a legal disclaimer that speaks of payments', () => {
    expect(own('Le virement part vendredi.\n\nThomas Boulanger | Responsable des opérations\nNos coordonnées bancaires ne changent jamais par e-mail.')).toBe(
      'Le virement part vendredi.',
    );
    expect(own('It goes out Friday.\nThis email and any attachments are confidential. Bank details never change by email.')).toBe('It goes out Friday.');
    expect(own('Paiement vendredi.\nMerci de votre patience,\nThomas')).toBe('Paiement vendredi.');
  });

  it('keeps unquoted lines of an interleaved reply', () => {
    expect(own('> Pouvez-vous payer ?\nOui, lundi.')).toBe('Oui, lundi.');
  });
});
