/** Mails that look like invoices but are not an open invoice: quotes, pro forma, credit notes, receipts, orders, payslips, statements, newsletters. */

export type LookalikeKind =
  | 'quote'
  | 'contract'
  | 'timesheet'
  | 'invoice-activity'
  | 'proforma'
  | 'credit-note'
  | 'receipt'
  | 'settled-invoice'
  | 'direct-debit'
  | 'order'
  | 'payslip'
  | 'statement'
  | 'newsletter'
  | 'received-invoice'
  | 'invoice-request';

interface Rule {
  kind: LookalikeKind;
  /** Tested on the folded subject. */
  subject?: RegExp;
  /** Tested on the folded own body (quoted history removed). */
  body?: RegExp;
  /** Tested on the folded subject and body: the mail is an invoice after all. */
  unless?: RegExp;
}

const RULES: Rule[] = [
  { kind: 'proforma', subject: /pro ?-?forma/, body: /\bpro ?-?forma\b/ },
  {
    kind: 'credit-note',
    subject: /\b(avoir|credit note|note de credit|facture d'avoir|credit memo)\b/,
    // Not the verb: "vous devriez l'avoir d'ici trois semaines", "pour l'avoir reçu"; nor one denied: "not aware of any credit
    // note agreed".
    body: /\b((?<!\b(?:devriez|devrait|devrais|devraient|pourriez|pourrez|pourrait|pour|sans|apres|vais|va|allez|vont|dois|doit|devez|voulez|veux|peux|pouvez|peut|esperons|espere|souhaitez) )(l'|un |cet )avoir\b|avoir n ?o\b|(?<!\b(?:no|any|without) )(?:credit note|credit memo)|note de credit)/,
    // The credit note cancels an invoice sent again with it: "Facture AKT-51 (annule et remplace AKT-45)", "re-issued invoice".
    unless: /\b(annule et remplace|reemise?|re-?issued|replacement invoice|replaces invoice|facture rectificative)\b/,
  },
  {
    kind: 'quote',
    subject: /\b(devis|quote|quotation|estimate|estimation|proposition commerciale|proposal)\b/,
    body: /\b(ci-?joint (le|notre|mon) devis|voici (le|notre|mon) devis|(our|my|the) (quote|estimate|quotation) for|attached is our (quote|estimate)|sent you an estimate|devis valable|quote is valid)\b/,
  },
  // A contract or agreement to sign, whose figures are the quote's (the invoice comes later).
  { kind: 'contract', subject: /\b(contrat|contract|agreement|convention|lettre de mission|engagement letter)\b/ },
  // The days worked, sent for signature before the invoice ("CRA avril – 19 jours").
  { kind: 'timesheet', subject: /\b(cra|compte[- ]rendu d'activite|timesheets?|time sheets?|feuilles? de temps|releve d'heures)\b/ },
  // A service telling the user what happened to an invoice already sent ("Invoice 1042 was viewed").
  {
    kind: 'invoice-activity',
    subject:
      /\b(was viewed|has been viewed|was opened|a ete (consultee|vue|ouverte)|viewed your invoice|opened your invoice|changement de statut|status (change|update)|has changed status)\b/,
    body: /\bviewed invoice \S+ for\b|\ba (consulte|ouvert) (la|votre) facture\b|\ba change de statut\b/,
  },
  // An invoice sent for the record, already settled ("ma note d'honoraires…, déjà réglée par provision").
  {
    kind: 'settled-invoice',
    subject: /\b(facture|invoice)\b.{0,30}(\b(acquittee|receipted|paid in full)\b|\((payee|paid|reglee)\))/,
    // or paid at the time ("Payé par carte le 02/04", "paid by card"), not "can be paid by card".
    body: /\b(facture|note d'honoraires|invoice)\b[^.\n]{0,60}\b(deja|already) (reglee?|payee?|soldee?|paid|settled)\b|(?<!\b(be|etre|peut etre|pouvez|can) )\b(payee?|reglee?|paid|charged) (par|by|with|en) (prelevement )?(carte|card|cb|visa|mastercard|amex|paypal|apple pay)\b/,
  },
  {
    kind: 'receipt',
    subject:
      /(\b(re[cç]u(?! (une|a|an|votre|your|ma|la) (nouvelle )?(facture|invoice))|receipt|payment received|paiement enregistre|payment recorded|accuse de reception de votre facture|invoice received|paiement recu|payment confirmation|confirmation de paiement|paiement confirme|thank you for your payment|merci pour votre (paiement|reglement))\b|\bpayment of .{1,20} received\b|\b(deposit|acompte|payment|paiement|virement|transfer) (bien )?(received|recue?)\b)/,
    body: /\b(merci pour votre (paiement|reglement)|marquee comme reglee|bonne reception de votre (paiement|reglement|virement)|thank(s| you) for your payment|(we've|we have|i've|i have) received your payment|payment (has been )?received|bien recu (votre|le) (virement|paiement|reglement|cheque)|got it - payment received|(facture|invoice) (est donc |is now )?(soldee|paid in full)|marquee comme payee|marked as paid|montant paye|amount paid|you received a payment|a (bien )?ete recue?\b|a ete enregistre pour la facture|au statut "?payee|nous accusons reception de votre facture|we (have )?received your invoice)/,
  },
  {
    kind: 'direct-debit',
    body: /\b(sera prelevee?|sera debitee?|(prelevee?s?|debitee?s?) (le|au|a partir du|ce) |(collected|debited) by direct debit|direct debit (date|on)|prelevement automatique|date de prelevement|prelevement (sepa )?(le|prevu|a partir du)|will be (charged|debited)|has been charged|automatically charged|charged automatically|deja ete preleve|amount charged|charged [^\n]{0,30}?\bto (your )?(card|visa|mastercard|amex)|card ending|(debite|preleve)e? (de|sur) (votre|ta) carte)\b/,
  },
  {
    kind: 'order',
    // A client's purchase order too: it names the amount the invoice will bill.
    subject: /\b(confirmation de (votre )?commande|order confirmation|your order|votre commande|has shipped|a ete expediee?|purchase order|bon de commande)\b/,
    body: /\b(merci pour votre commande|thank you for your (order|purchase)|your order has shipped|total de la commande|order total)\b/,
  },
  {
    kind: 'payslip',
    subject: /\b(bulletin de (paie|salaire)|fiche de paie|pay ?stub|payslip|pay slip)\b/,
    body: /\b(bulletin de (paie|salaire)|fiche de paie|pay ?stub|payslip|net pay)\b/,
  },
  {
    kind: 'statement',
    subject: /\b(statement is ready|releve (de compte|bancaire) disponible)\b/,
    body: /\b(statement balance|minimum payment due|paiement minimum)\b/,
  },
  // An invoice the user received (a supplier's, waiting for approval in a client's workflow), not one they sent.
  {
    kind: 'received-invoice',
    subject:
      /\b(factures? fournisseurs?|supplier invoices?|vendor invoices?|facture a valider|invoice (awaiting|pending) (approval|validation)|approved for payment|can you approve|for (your )?approval|pour (validation|approbation))\b/,
    // The debtor's side speaking: "Dear Vendor, your invoice 3307 has been received and approved", "can someone approve it".
    body: /\b(dear (vendor|supplier)|cher fournisseur|your invoice\b[^.]{0,60}\b(has been|was) (received|approved|registered|logged)|votre facture\b[^.]{0,60}\ba (bien )?ete (recue|enregistree|validee|approuvee)|can (someone|anyone|you)( on the \w+)? approve (it|this))\b/,
  },
  // The client asking for an invoice is not one.
  {
    kind: 'invoice-request',
    body: /\b(did you send|have you sent|could you send|can you send|will you send)( (me|us|through|over))* (the|your|an|that) invoice\b|\b(pouvez|pourriez|peux)-(vous|tu) (m'|me |nous )?(envoyer|faire parvenir) (la|votre|ta|une) facture\b|\b(avez-vous|as-tu) (envoye|emis|fait) (la|votre|ta) facture\b/,
  },
  { kind: 'newsletter', body: /\b(se desinscrire|desabonner|desinscription|unsubscribe|view (this email )?in (your )?browser|voir la version en ligne)\b/ },
];

/** Which kind of look-alike a mail is, or undefined when it may be an open invoice. */
export function lookalikeKind(foldedSubject: string, foldedBody: string): LookalikeKind | undefined {
  for (const rule of RULES) {
    if ((rule.subject?.test(foldedSubject) || rule.body?.test(foldedBody)) && !rule.unless?.test(`${foldedSubject}\n${foldedBody}`)) return rule.kind;
  }
  return undefined;
}
