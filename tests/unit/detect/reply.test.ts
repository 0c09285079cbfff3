import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../utils/detect/reply';

// Tuesday 10 March 2026.
const TUESDAY = '2026-03-10T10:00:00+01:00';
const REMINDER =
  '\n\nLe lun. 9 mars 2026 à 09:12, Camille <c@x.fr> a écrit :\n> À défaut, mise en demeure. Pénalités et indemnité de 40 €.\n> Si vous avez déjà payé, ignorez ce message.';

describe('reply kinds', () => {
  it.each([
    ['Le virement sera fait vendredi.', 'promise'],
    ['We will pay next week.', 'promise'],
    ['Le virement a été effectué ce matin.', 'paid'],
    ['Paid this morning via ACH.', 'paid'],
    ['Je conteste cette facture, le travail n’est pas terminé.', 'dispute'],
    ["We won't pay for pages we never ordered.", 'dispute'],
    ['Serait-il possible de régler en trois fois ?', 'plan'],
    ['Could we set up a payment plan?', 'plan'],
    ['Je suis absente du bureau jusqu’au 24 mars.', 'auto-reply'],
    ['This mailbox is not monitored.', 'auto-reply'],
    ['Pouvez-vous me renvoyer la facture ?', 'info-request'],
    ['Can you send your bank details?', 'info-request'],
    ['Bien reçu, je transmets à la compta.', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classifyReply(text + REMINDER, TUESDAY).kind).toBe(kind);
  });

  it('is not driven by the quoted reminder', () => {
    const got = classifyReply(`Merci, je regarde.${REMINDER}`, TUESDAY);
    expect(got.kind).toBe('other');
  });

  it('says which phrase decided', () => {
    expect(classifyReply(`Bonjour,\nLe virement sera fait vendredi.\nJean${REMINDER}`, TUESDAY).phrase).toBe('Le virement sera fait vendredi');
  });

  it('reads a future "will be paid by" as a promise, not a payment', () => {
    expect(classifyReply('This will be paid by month end.', TUESDAY)).toMatchObject({ kind: 'promise', promisedDate: '2026-03-31' });
  });

  it('does not take a past absence for an auto-reply', () => {
    expect(classifyReply("Désolée, j'étais en congés. Je lance le paiement lundi.", TUESDAY).kind).toBe('promise');
  });
});

describe('promised dates (received Tuesday 10 March 2026)', () => {
  it.each([
    ['Je paierai vendredi.', '2026-03-13'],
    ['Je vous règle lundi prochain.', '2026-03-16'],
    ['Je vous règle mardi.', '2026-03-17'],
    ['Le paiement partira demain.', '2026-03-11'],
    ['Le virement sera fait le 20 mars.', '2026-03-20'],
    ['Le règlement sera effectué le 15/04.', '2026-04-15'],
    ["Le paiement partira d'ici la fin du mois.", '2026-03-31'],
    ['Notre comptable va régler sous 10 jours.', '2026-03-20'],
    ['Paiement sous 48h.', '2026-03-12'],
    ['Je vous fais le virement dans la journée.', '2026-03-10'],
    ['Ce sera réglé la semaine prochaine.', '2026-03-20'],
    ['Le virement partira avant la fin de la semaine.', '2026-03-13'],
    ['We will pay within 10 business days.', '2026-03-24'],
    ['We will pay on the 5th.', '2026-04-05'],
    // The word after the day is not a unit when it only starts like one ("and" is not "an").
    ['The transfer goes out on the 20th and you will have it the day after.', '2026-03-20'],
    ['We will pay on January 5th.', '2027-01-05'],
    ['Check will be mailed 3/20.', '2026-03-20'],
  ])('%s → %s', (text, iso) => {
    const got = classifyReply(text, TUESDAY);
    expect(got.kind).toBe('promise');
    expect(got.promisedDate).toBe(iso);
  });

  it('takes the date of the promise, not of an absence', () => {
    expect(classifyReply("Je suis en déplacement jusqu'à mercredi. La facture sera payée jeudi.", TUESDAY).promisedDate).toBe('2026-03-12');
  });

  it('gives no date to a promise without one', () => {
    expect(classifyReply('On vous paye dès que possible.', TUESDAY)).toMatchObject({ kind: 'promise', promisedDate: undefined });
    // The day belongs to the verb it goes with: looking at it tomorrow is not paying tomorrow.
    expect(classifyReply('Je regarde ça demain matin et je vous paie au plus vite.', TUESDAY)).toMatchObject({ kind: 'promise', promisedDate: undefined });
    expect(classifyReply("I'm checking it on Monday and I'll pay you as soon as possible.", TUESDAY)).toMatchObject({
      kind: 'promise',
      promisedDate: undefined,
    });
    expect(classifyReply('Je regarde ça ce soir et je vous paie demain.', TUESDAY).promisedDate).toBe('2026-03-11');
    expect(classifyReply("We'll pay as soon as possible, by Friday at the latest.", TUESDAY).promisedDate).toBe('2026-03-13');
  });
});

describe('bad input', () => {
  it('never throws and stays bounded', () => {
    const huge = 'Le virement sera fait vendredi. '.padEnd(1_000_000, 'x ');
    for (const text of ['', '   ', '<div>Le <b>virement</b> sera fait&nbsp;vendredi</div>', huge, '\u0000\u202e']) {
      const t0 = performance.now();
      const got = classifyReply(text, TUESDAY);
      expect(performance.now() - t0).toBeLessThan(1_000); // bounded, not timed: a runaway regex takes seconds; speed is `npm run bench`'s
      expect(['promise', 'other']).toContain(got.kind);
    }
    expect(classifyReply('Le virement sera fait vendredi.', 'not a date').kind).toBe('promise');
    expect(classifyReply(undefined as unknown as string, undefined as unknown as string).kind).toBe('other');
  });

  it('reads HTML leftovers as text', () => {
    expect(classifyReply('<p>Le virement sera fait&nbsp;vendredi.</p>', TUESDAY)).toMatchObject({ kind: 'promise', promisedDate: '2026-03-13' });
  });
});
