/**
 * The remainder of an invoice after a part already paid, when the mail gives the total and the part but not what is
 * left ("part payment of €2,500 received against the €4,000 invoice, could you settle the remainder", "total 2 640 €,
 * dont l'acompte de 800 € déjà réglé ; le solde est payable à 30 jours"), or a share of it ("the 25% deposit you paid has been
 * deducted").
 */
import type { FoundAmount } from './amount';
import type { Money } from '../mail/types';

// What is asked for is what is left.
const REMAINDER_ASKED = /\b(remainder|remaining|balance|rest of|outstanding|solde|reste|restant)\b/;
// A part named as paid: the words just before ("part payment of", "acompte de … déjà versé") or just after
// ("received on 28 May", "que vous avez déjà réglé").
const PART_BEFORE = /\b(part payment|partial payment|payment|deposit|acompte|paiement partiel|versement|avance|advance)\b[^\n\d$€£]{0,25}$/;
const PAID_AFTER =
  /^[^\n\d.;]{0,40}\b(received|paid|(?:recu|regle|verse|paye|encaisse)e?s?)\b|^[^\n\d.;]{0,12}\b(already|deja|que vous avez (deja )?(regle|verse|paye))\b/;

// "le solde de 1 840 € reste à régler (acompte de 600 € déjà versé)": the amount picked is labelled as what is left.
const BALANCE_BEFORE = /\b(remainder|remaining|balance|outstanding|solde|reste|restant)\b[^\n\d$€£]{0,15}$/;

/**
 * What is left of the picked total once a part said paid is taken off: an amount ("part payment of €2,500 received") or
 * a share ("the 25% deposit has been deducted"). Only for a picked total (a picked balance is already what is left). A
 * remainder the mail also writes out ("total 1 420 € TTC, 420 € reçus le 28 avril, reste dû 1 000 €") is that amount.
 */
export function remainderDue(folded: string, amounts: FoundAmount[], total: FoundAmount | undefined): Money | undefined {
  if (!total || BALANCE_BEFORE.test(folded.slice(Math.max(0, total.start - 30), total.start))) return undefined;
  const same = amounts.filter((a) => a.money.currency === total.money.currency);
  if (same.some((a) => a.money.minor > total.money.minor)) return undefined;
  // Written out, it must be written as what is left: "deposit of £350 received" is the part paid, not the rest.
  const writtenAsBalance = (minor: number) =>
    same.some((a) => a.money.minor === minor && BALANCE_BEFORE.test(folded.slice(Math.max(0, a.start - 30), a.start)));
  // "total 1 420 € TTC, 420 € reçus le 28 avril, reste dû 1 000 €": a part said received whose rest is written as the balance.
  const receivedThenBalance = same
    .filter((a) => a !== total && a.money.minor < total.money.minor && PAID_AFTER.test(folded.slice(a.end, a.end + 60)))
    .map((a) => total.money.minor - a.money.minor)
    .find(writtenAsBalance);
  const minor = [afterPartPaid(folded, same, total), afterPercentDeposit(folded, total), receivedThenBalance].find(
    (m) => m !== undefined && (!same.some((a) => a.money.minor === m) || writtenAsBalance(m)),
  );
  return minor === undefined ? undefined : { ...total.money, minor };
}

// "déjà réglé : acompte de 800 € (mars) et deuxième versement de 900 € (juillet)": a line listing what was paid.
export const PAID_LIST =
  /\b(deja (regle|verse|paye|recu)e?s?|already (paid|received)|paid (so far|to date)|received (so far|to date)|payments? received)\s*:[^\n]*$/;

/** The total less the part said to be paid (or every part of a line listing them), when what is left is asked for. */
function afterPartPaid(folded: string, same: FoundAmount[], total: FoundAmount): number | undefined {
  if (!REMAINDER_ASKED.test(folded)) return undefined;
  const smaller = same.filter((a) => a !== total && a.money.minor < total.money.minor);
  const listed = smaller.filter((a) => PAID_LIST.test(folded.slice(folded.lastIndexOf('\n', a.start - 1) + 1, a.start)));
  const paid = listed.reduce((sum, a) => sum + a.money.minor, 0);
  if (listed.length > 0 && paid < total.money.minor) return total.money.minor - paid;
  const parts = smaller.filter((a) => PART_BEFORE.test(folded.slice(Math.max(0, a.start - 40), a.start)) && PAID_AFTER.test(folded.slice(a.end, a.end + 60)));
  return parts.length === 1 ? total.money.minor - parts[0].money.minor : undefined;
}

// "The 25% deposit you paid in February has been deducted", "l'acompte de 30 % réglé à la commande est déduit".
// "30% deposit received in January", "Acompte de 30 % versé à la réservation": a past participle says it is paid.
const PERCENT_DEPOSIT_DEDUCTED =
  /\b(?:deposit|acompte|advance|avance)\b[^.\n]{0,12}?\b(\d{1,2}) ?%[^.\n]{0,80}\b(?:deducted|deduit|deduite|retranche|(?:already )?(?:paid|received)|(?:deja )?(?:regle|verse|paye|recu))\b|\b(\d{1,2}) ?% (?:deposit|acompte|advance|avance)\b[^.\n]{0,80}\b(?:deducted|deduit|deduite|retranche|paid|received|regle|verse|paye|recu)\b/;

/** The total less a deposit given as a share of it and said to be deducted. */
function afterPercentDeposit(folded: string, total: FoundAmount): number | undefined {
  const m = PERCENT_DEPOSIT_DEDUCTED.exec(folded);
  const share = m ? Number(m[1] ?? m[2]) : 0;
  return share > 0 && share < 100 ? Math.round((total.money.minor * (100 - share)) / 100) : undefined;
}
