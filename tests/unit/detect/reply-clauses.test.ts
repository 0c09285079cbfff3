import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../utils/detect/reply';

// Tuesday 3 November 2026, Paris.
const RECEIVED = '2026-11-03T10:00:00+01:00';
const QUOTED =
  '\n\nOn Mon, 2 Nov 2026 at 09:12, Camille <c@x.fr> wrote:\n> Reminder: invoice F-2026-101 is overdue. Late fees apply; if you have already paid, ignore this.';

const read = (text: string) => classifyReply(text + QUOTED, RECEIVED);

describe('clauses read by tense: done vs. to come', () => {
  it.each([
    ['Le solde est parti ce matin via notre banque en ligne.', 'paid', undefined],
    ['Hi, yes it went through yesterday, the bank confirmed.', 'paid', undefined],
    ['Sorted on our end yesterday, shout if it has not landed.', 'paid', undefined],
    ['Tout est ok, je lance l\u2019opération dès lundi.', 'promise', '2026-11-09'],
    ['Ça devrait partir jeudi, le temps que mon associé signe.', 'promise', '2026-11-05'],
    ["I've put it through for Friday.", 'promise', '2026-11-06'],
    ['soz, will sort thursday', 'promise', '2026-11-05'],
    ['Approved on our side, so you should see it come through on the 20th.', 'promise', '2026-11-20'],
    ['Will be with you Friday at the latest.', 'promise', '2026-11-06'],
    ["C'est en cours, ça devrait arriver jeudi.", 'promise', '2026-11-05'],
    ['That went over yesterday, you should have it by now.', 'paid', undefined],
  ])('%s → %s %s', (text, kind, promisedDate) => {
    const reading = read(text);
    expect(reading.kind).toBe(kind);
    expect(reading.promisedDate).toBe(promisedDate);
  });
});

describe('days written the way people type them', () => {
  it.each([
    ['ok will send the payment weds', '2026-11-04'],
    ['Nous effectuerons le paiement endéans les 8 jours.', '2026-11-11'],
    ["You're down for our end-of-month supplier run.", '2026-11-30'],
    ['We will settle before the month is out.', '2026-11-30'],
  ])('%s → %s', (text, promisedDate) => {
    expect(read(text)).toMatchObject({ kind: 'promise', promisedDate });
  });
});

describe('negation and refusal in a clause', () => {
  it.each([
    ["Le tarif journalier appliqué n'est pas celui du devis signé.", 'dispute'],
    ['We do not consider the second half of the invoice to be due.', 'dispute'],
    ["Vous facturez un déplacement alors que la réunion s'est tenue en visio.", 'dispute'],
    ['Really disappointed, the app still crashes. I will pay when it is stable.', 'dispute'],
    ["La facture ne tient pas compte de l'acompte déjà versé en septembre.", 'dispute'],
    ['Nous ne validerons pas ce montant, il ne correspond à aucun bon.', 'dispute'],
    ['We will not be settling this one.', 'dispute'],
    ["Rien n'a été commandé par écrit, il n'y a donc pas lieu de nous facturer.", 'dispute'],
    ['We never signed off that extra, so there is nothing to invoice.', 'dispute'],
    ['We will pay for the agreed scope and nothing more.', 'dispute'],
    ['Je règlerai quand la terrasse sera vraiment terminée, pas avant.', 'dispute'],
    ['Tant que le portail ne ferme pas, je garde le solde.', 'dispute'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('a payment not possible before a day is a promise for that day; one refused without a document asks for it', () => {
    expect(read('Je ne pourrai pas vous verser la somme avant le 20.')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-20' });
    expect(read("Our accounts won't release anything without the signed timesheet.").kind).toBe('info-request');
  });
});

describe('questions, requests, robots and instalments by structure', () => {
  it.each([
    ['Sur quel compte dois-je faire le virement ?', 'info-request'],
    ['Which of our two offices should this be made out to?', 'info-request'],
    ["Avant de payer j'ai besoin du détail des heures par lot.", 'info-request'],
    ['There was no attachment in your reminder, so nothing to pass on.', 'info-request'],
    ['Possible de faire deux virements, un maintenant et un fin décembre ?', 'plan'],
    ['Could we push the due date back to mid-December?', 'plan'],
    ['Pourrais-je vous régler dans quelques semaines ?', 'plan'],
    ['I can send £300 on 10 December and £300 on 10 January.', 'plan'],
    ['Easier for me to pay you bit by bit, say £150 at the start of each month.', 'plan'],
    ['Remittance advice attached, please confirm receipt.', 'paid'],
    ["Ci-joint l'avis de virement, bonne réception.", 'paid'],
    ['This mailbox is checked on Thursdays only.', 'auto-reply'],
    ['Your request #80412 has been created and will be answered within 3 working days.', 'auto-reply'],
    ['Notre service ne traite les demandes que le mardi.', 'auto-reply'],
    ['Working remotely this week with intermittent access to email.', 'auto-reply'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('a payment to come without a day is a promise with no date; a habit is not a promise', () => {
    expect(read('Paiement asap, désolé.')).toMatchObject({ kind: 'promise' });
    expect(read('Paiement asap, désolé.').promisedDate).toBeUndefined();
    expect(read("Je vous paie toujours à l'heure d'habitude, je ne comprends pas, je regarde.").kind).toBe('other');
  });

  it('a reply that asks or reports nothing about the invoice stays other', () => {
    expect(read("J'ai transmis votre relance au service comptable, qui reviendra vers vous.").kind).toBe('other');
    expect(read("I'll reply properly as soon as I can, I'm on site today.").kind).toBe('other');
    expect(read('Can you give me a call tomorrow about the schedule?').kind).toBe('other');
  });

  it('each decision carries a confidence', () => {
    const reading = read('Le paiement part vendredi.');
    expect(reading.kind).toBe('promise');
    expect(reading.confidence).toBeGreaterThan(0.5);
    expect(reading.confidence).toBeLessThanOrEqual(0.97);
  });
});

// Tuesday 3 November 2026: what stop 30's outside sets taught, in words of our own.
describe('outside writers: channels, departments, restrictions and schedules', () => {
  it.each([
    ['Paid via Venmo an hour ago, let me know if not received.', 'paid', undefined],
    ['Le virement est passé ce soir, désolé pour le délai.', 'paid', undefined],
    ['We confirm the remittance for invoice no. 4471 has been processed through SWIFT today.', 'paid', undefined],
    ['Votre mail a été transféré au service comptable, qui reviendra vers vous.', 'other', undefined],
    ['I will check what the status is on the payment side and revert.', 'other', undefined],
    ['Le prêt ne sera versé qu\u2019en fin de mois, je vous règle début décembre.', 'promise', '2026-12-05'],
    ['Nous ne réglerons qu\u2019après remplacement des pièces défectueuses.', 'dispute', undefined],
    ['I can commit to settling this within 10 days.', 'promise', '2026-11-13'],
    ["I'm putting it through today.", 'promise', '2026-11-03'],
    // 11 November is a public holiday in France: seven working days from Tuesday 3 end on Friday 13, not Thursday 12.
    ['Le règlement interviendra sous 7 jours ouvrés.', 'promise', '2026-11-13'],
  ])('%s → %s %s', (text, kind, promisedDate) => {
    const reading = read(text);
    expect(reading.kind).toBe(kind);
    expect(reading.promisedDate).toBe(promisedDate);
  });

  it.each([
    ['Your invoice has not been booked: it does not show the name of our buyer.', 'info-request'],
    ['Merci de vous inscrire sur notre portail fournisseurs avant tout paiement.', 'info-request'],
    ['The rate on the invoice is 450 a day, but we agreed on 400 a day.', 'dispute'],
    ['Merci de refaire la facture au bon montant.', 'dispute'],
    ['We are withholding payment until the second batch is delivered.', 'dispute'],
    ['Given the errors we found, we cannot pay the full invoice.', 'dispute'],
    ['Our budget is spent, so we cannot pay the full amount this year. Could we do 50 % now and the rest in January?', 'plan'],
    ['As part of our safeguard procedure, suppliers are offered a repayment plan over 10 months.', 'plan'],
    ["Je vous envoie 200 € aujourd'hui et je continue chaque mois jusqu'à ce que le solde soit réglé.", 'plan'],
    ['Nous sommes fermés pour inventaire jusqu\u2019au 12 novembre. Réouverture le 13.', 'auto-reply'],
    ['The payment of EUR 900 was made on 2 November. Charges were shared, so a small deduction by the bank may appear.', 'paid'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  // Stop 36: the learned reader retrained with fresh24-fresh25 outvotes the rules on these two one-liners (a ticket
  // acknowledgement read as "other", a payment beside a question about new work read as a request). The rules still read
  // them, checked here; the vote is measured on whole writers (scripts/learned-readers), where it reads better than the rules.
  it.each([
    ['Ticket number: 2026-5521. Our finance team will come back to you.', 'auto-reply'],
    ['Paid last Friday. Also, could you send a quote for the spring campaign?', 'paid'],
  ])('the rules read %s → %s', (text, kind) => {
    expect(classifyReply(text + QUOTED, RECEIVED, null).kind).toBe(kind);
  });
});
