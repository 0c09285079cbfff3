/**
 * Reply patterns built from small grammars rather than listed phrases: a payment word, a verb in a tense and a voice
 * (done vs. to come), refusals and withholding, instalment offers, questions about the invoice, the structure of an
 * out-of-office notice. Read on folded own text (fold.ts); merged with reply-phrases.ts by reply.ts.
 */
import { FUTURE_BEFORE, NO_MONEY_NEXT, type ReplyPhrase } from './reply-phrases';

const alt = (...words: string[]) => `(?:${words.join('|')})`;
/** Up to `n` words in between ("le règlement de la facture F-12 a été exécuté"). */
const gap = (n: number) => String.raw`(?:[\w'/-]+(?:[.,][\w'/-]+)*\s+){0,${n}}?`;

// ---- French
const FR_NOUN = alt(
  'virements?',
  'paiements?',
  'reglements?',
  'cheques?',
  'versements?',
  'transferts?',
  'factures?',
  'sommes?',
  'montants?',
  'soldes?',
  'ordres? de virement',
  'mise en paiement',
  'note',
);
// Past participles of paying (agreeing or not): the done state of a payment.
const FR_DONE =
  alt(
    'effectue',
    'execute',
    'fait',
    'emis',
    'envoye',
    'passe',
    'lance',
    'initie',
    'ordonne',
    'transmis',
    'realise',
    'regle',
    'paye',
    'vire',
    'verse',
    'traite',
    'parti',
    'debite',
    'honore',
    'solde',
    'poste',
    'expedie',
    'mis en paiement',
    'mise en paiement',
    'mis en reglement',
    'acquitte',
    'procede',
  ) + String.raw`e?s?`;
const FR_INF = alt(
  'payer',
  'regler',
  'virer',
  'verser',
  'effectuer',
  'proceder',
  'lancer',
  'envoyer',
  'emettre',
  'passer',
  'solder',
  'honorer',
  'faire',
  'mettre en paiement',
  'transmettre',
  'executer',
  'declencher',
  'initier',
  'programmer',
);
// Future and periphrastic future of the same verbs, any person.
const FR_FUTURE = String.raw`(?:(?:regler|payer|pai|vir|verser|effectuer|procede|lancer|solder|honorer|fe|executer|declencher|programmer|initier|proceder)(?:ai|as|a|ons|ez|ont)\b|(?:enverr|emettr|mettr|transmettr)(?:ai|as|a|ons|ez|ont)\b${NO_MONEY_NEXT})`;
const FR_TOBE_FUTURE = alt(
  'sera',
  'seront',
  'va etre',
  'vont etre',
  'devrait etre',
  'devraient etre',
  'doit etre',
  'doivent etre',
  'pourra etre',
  'pourront etre',
);
const FR_WILL_HAPPEN = alt(
  'partira',
  'partiront',
  'interviendra',
  'interviendront',
  'arrivera',
  'arriveront',
  'est prevue?',
  'sont prevue?s',
  'est programmee?',
  'est planifiee?',
  'devrait partir',
  'doit partir',
  // Not "quelque part" (somewhere).
  '(?<!quelque )part',
  'partent',
  'suivra',
  'se fera',
);
const FR_SUBJECT = alt(
  'je',
  'nous',
  'on',
  "j'",
  'ils',
  'elle',
  'il',
  'la compta(?:bilite)?',
  'notre (?:service )?(?:comptable|compta(?:bilite)?|tresorerie|service financier)',
  'le service (?:comptable|financier)',
  'mon (?:comptable|associe)',
  'ma (?:comptable|collegue)',
);

// ---- English
const CLOSED_QUESTION = String.raw`(?:matter|issue|question|problem|dispute|misunderstanding|mix-up|confusion)`;
const EN_NOUN = alt(
  'payments?',
  'transfers?',
  'wires?',
  'invoices?',
  'bills?',
  'checks?',
  'cheques?',
  'funds',
  'money',
  'remittance',
  'ach',
  'amount',
  'balance',
  'it',
  'this',
  'that',
  'bacs',
  'sepa',
);
const EN_DONE = alt(
  'paid',
  'sent',
  'made',
  'settled',
  'processed',
  'wired',
  'transferred',
  'mailed',
  'released',
  'remitted',
  'completed',
  'executed',
  'initiated',
  'issued',
  'submitted',
  'actioned',
  'approved and (?:sent|released|paid)',
  'posted',
  'cleared',
  'done',
  'cut',
);
const EN_VERB = alt(
  'pay',
  'send (?:you )?(?:the |a |your |over the |out the )?(?:payment|money|funds|transfer|check|cheque|wire|remittance|balance)',
  'transfer',
  'wire',
  'settle',
  'process (?:it|this|the payment|payment|the invoice)',
  'remit',
  'mail (?:you )?(?:the |a )?(?:check|cheque|payment)',
  'release (?:the )?(?:payment|funds)',
  'action (?:the )?payment',
  'clear (?:your |the |this )?(?:invoice|balance|bill|it)',
  'make (?:the |a )?payment',
  'get (?:it|this|that|the invoice|you) paid',
  'put (?:it|this|the payment) through',
  'sort (?:it|this) out',
  'take care of (?:it|this|the invoice)',
);
const EN_WILL = alt(
  "'ll",
  'll',
  ' will',
  ' shall',
  ' are going to',
  "'re going to",
  ' am going to',
  "'m going to",
  ' plan to',
  ' intend to',
  ' aim to',
  ' expect to',
  ' hope to',
  ' should be able to',
  ' can',
  ' will be able to',
  "'ll be able to",
  ' are able to',
  ' want to',
);
const EN_SUBJECT = alt(
  'i',
  'we',
  'accounts(?: payable)?',
  'finance',
  'our (?:finance|accounts|ap|payables) (?:team|department|dept)',
  'the (?:finance|accounts|ap) (?:team|department|dept)',
  'my (?:accountant|bookkeeper|colleague)',
);

export const REPLY_GRAMMAR: ReplyPhrase[] = [
  // paid: someone "a réglé / avait payé / a fait le virement" (any subject: "notre maison-mère a réglé", "on vous a payé");
  // something "est parti" unless it is the invoice ("la facture est partie au service achats": sent inside the firm).
  {
    kind: 'paid',
    weight: 3.5,
    re: /\b(a|ont|avait|avaient|avons|avions|ai|avez)\s+(bien\s+|deja\s+|donc\s+)*(regle|paye|vire|verse|solde|fait (le|un|votre|ton|son) (virement|paiement|reglement|cheque)|effectue (le|un) (virement|paiement|reglement)|procede au (paiement|reglement|virement))\b|\b(avait|ait|aurait) (bien |deja )?ete (paye|regle|vire|verse|execute|effectue|debite)e?s?\b|(?<!\b(?:facture|invoice)s? )\b(est|sont) (bien |deja )?(parti|arrive|debite)e?s?\b(?! (pour|en) (validation|signature|approbation))/,
  },
  {
    kind: 'paid',
    weight: 3.5,
    unless: FUTURE_BEFORE,
    re: /\b(payment|transfer|it|this|invoice) (is|was) (done|made|sent|paid)\b(?! (to|out|for))|\bpaid (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|the \d|on the|as promised)\b|\bwas paid\b|\bhas been paid\b/,
  },

  // paid: a payment confirmed as a thing ("nous vous confirmons le règlement de votre facture par virement du 2 juin");
  // a time to come in its clause makes it a promise (reply.ts), as for any payment word.
  {
    kind: 'paid',
    weight: 3.5,
    re: /\b(?:(?:nous|je) vous confirm\w*|(?:we|i) (?:hereby |can )?confirm) (?:le |la |l'|the |our |notre )?(?:bonne )?(?:reglement|paiement|virement|versement|payment|settlement|transfer)\b/,
  },

  // paid: a payment word then a done verb in the passive ("le règlement … a été exécuté", "the transfer has been completed")
  {
    kind: 'paid',
    weight: 3.5,
    re: new RegExp(
      String.raw`\b${FR_NOUN}\s+${gap(5)}(?:a|ont|est|sont|avait|avaient|ait)\s+(?:bien\s+|deja\s+|enfin\s+|aujourd'hui\s+|hier\s+|ce matin\s+)*(?:ete\s+)(?:bien\s+|deja\s+)?(?:\w+ et )?${FR_DONE}\b`,
    ),
  },
  {
    kind: 'paid',
    weight: 3.5,
    re: new RegExp(String.raw`\b(?:vient|viennent) d'etre ${FR_DONE}\b|\b(?:je|nous|on) (?:viens|venons|vient) (?:tout juste )?de (?:vous )?${FR_INF}\b`),
  },
  {
    kind: 'paid',
    weight: 3.5,
    re: /\b(j'ai|j ai|nous avons|on a|on vous a|on t'a|je vous ai|je t'ai|la compta a|notre comptable a|le service comptable a)\s+(bien\s+|deja\s+|enfin\s+|hier\s+|ce matin\s+|aujourd'hui\s+)*(regle|paye|vire|verse|solde|honore|(fait|effectue|execute|emis|envoye|lance|initie|ordonne|transmis|passe|poste|expedie|signe) (le|un|votre|ton|l'|notre|mon) ?(virement|paiement|reglement|cheque|ordre de virement|versement))\b/,
  },
  {
    kind: 'paid',
    weight: 3.5,
    re: new RegExp(
      // Not "glad that this matter is now settled": a question closed, not money.
      String.raw`\b${EN_NOUN}\s+(?!${gap(3)}${CLOSED_QUESTION}\b)${gap(4)}(?:has|have|was|were|is now|'s|got|has now|has already|was already|have already|has just)\s+(?:been\s+)?(?:just\s+|already\s+|now\s+|finally\s+)?${EN_DONE}\b`,
    ),
  },
  {
    kind: 'paid',
    weight: 3.5,
    re: new RegExp(
      String.raw`\b${EN_SUBJECT}(?:'ve| have| has)?\s+(?:just\s+|already\s+|now\s+|finally\s+|today\s+|yesterday\s+)*(?:paid|settled|wired|transferred|remitted|released|initiated|processed|actioned|submitted|sent (?:the|a|your|over|off|out)|made (?:the|a|your) (?:payment|transfer)|cut (?:a|the) (?:check|cheque)|mailed (?:a|the|your) (?:check|cheque))\b`,
    ),
  },
  {
    kind: 'paid',
    weight: 3,
    re: /\b(is|it'?s) on (its|it'?s) way\b|\b(went|has gone|gone) out\b|\bshould (now )?(be in|reach|hit|arrive in|show (up )?in|land in) (your|the) (account|bank)\b|\byou should (have received|see it|receive it)\b|\bvous devriez (l'avoir|le recevoir|la recevoir|avoir recu|le voir)\b|\bpaid in full\b/,
  },

  // promise: future of paying, by tense ("réglerons", "sera mis en paiement", "will be processed")
  {
    kind: 'promise',
    weight: 3,
    re: new RegExp(
      String.raw`\b${FR_NOUN}\s+${gap(5)}${FR_TOBE_FUTURE}\s+(?:bien\s+)?(?:${FR_DONE}|programmee?s?|planifiee?s?|inclus|incluse?s?|traitee?s?|prise? en (?:charge|compte))\b`,
    ),
  },
  { kind: 'promise', weight: 3, re: new RegExp(String.raw`\b${FR_NOUN}\s+${gap(4)}${FR_WILL_HAPPEN}\b`) },
  { kind: 'promise', weight: 3, re: new RegExp(String.raw`\b${FR_SUBJECT}\s*(?:vous\s+|la\s+|le\s+|l'|les\s+|y\s+)*${FR_FUTURE}`) },
  {
    kind: 'promise',
    weight: 3,
    re: new RegExp(
      String.raw`\b(?:vais|va|allons|vont|devrais|devrait|devrions|devraient|pourrai|pourra|pourrons|pourront|compte|comptons|prevois|prevoyons|m'engage a|nous engageons a)\s+(?:[a-z]+ment\s+|pas\s+)*(?:pouvoir\s+)?(?:vous\s+|la\s+|le\s+|l'|les\s+)*${FR_INF}\b`,
    ),
  },
  {
    kind: 'promise',
    weight: 2.5,
    re: /\b(prochaine?|lors de (la|notre|nos)) (campagne|vague|session|serie|salve|run|lot) de (virements?|paiements?|reglements?)\b|\b(campagne|vague|session) de (virements?|paiements?|reglements?)\b|\bcomite (de paiement|d'engagement)\b|\bdate de (paiement|reglement|virement) (prevue|fixee)\b/,
  },
  { kind: 'promise', weight: 3, re: new RegExp(String.raw`\b${EN_SUBJECT}${EN_WILL}\s+(?:get\s+(?:to\s+)?)?${EN_VERB}\b`) },
  // any subject: "my husband will send the check Monday"
  { kind: 'promise', weight: 3, re: new RegExp(String.raw`(?:\bwill|'ll|\bshall|\bis going to|\bare going to)\s+(?:get\s+(?:to\s+)?)?${EN_VERB}\b`) },
  {
    kind: 'promise',
    weight: 3,
    re: new RegExp(
      String.raw`\b${EN_NOUN}\s+${gap(3)}(?:will|should|is going to|is set to|is scheduled to|is due to|is expected to|'ll)\s+(?:be\s+)?(?:go out|leave|${EN_DONE}|scheduled|included|released)\b|\b${EN_NOUN}\s+${gap(3)}(?:is|has been|'s)\s+(?:now\s+)?(?:scheduled|queued|booked|approved|lined up|in (?:the|our) (?:next )?(?:payment|pay|check|cheque) (?:run|cycle|batch))\b`,
    ),
  },
  {
    kind: 'promise',
    weight: 2.5,
    re: /\b(next|upcoming|following) (payment|pay|check|cheque|bacs|ach|supplier) (run|cycle|batch|date)\b|\bpayment (run|cycle|batch)\b/,
  },

  {
    kind: 'promise',
    weight: 3,
    re: /\b(je|nous|on)\s+(vous\s+|te\s+|t'|le\s+|la\s+|l'|les\s+)*(regle|paie|paye|vire|verse|envoie le (virement|paiement|cheque)|lance le (virement|paiement)|fais (le|un) (virement|paiement|necessaire|cheque)|donne l'ordre)\b|\b(je|on|nous) (le|la) (fais|fait|ferai|regle|paie|paye|vire)\b|\b(ce|ca|c') ?sera (fait|regle|paye|vire|bon|ok)\b|\b(it'?ll|it will|that'?ll|this will) be (paid|sent|settled|done|processed|with you|in your account)\b|\b(payment|it|the transfer|the wire|the check|the cheque) (goes|is going|will go) out\b|\b(we'?re|i'?m|we are|i am) (processing|paying|sending|releasing|settling) (it|this|the invoice|the payment|payment)\b|\bset up to pay\b|\b(scheduled|queued|approved|booked) (it |this |the payment |payment )?(for|to go out|on)\b/,
  },
  {
    kind: 'promise',
    weight: 3,
    re: /\b(vous l'aurez|vous l'avez|tu l'as|tu l'auras|tu les as|vous les aurez|you'?ll have it|you will have it|you should have it|you'?ll get it|it'?ll (be with|reach) you)\b.{0,20}\b(d'ici|avant|demain|lundi|mardi|mercredi|jeudi|vendredi|by|before|tomorrow|monday|tuesday|wednesday|thursday|friday|next|within|sous|dans|end)\b/,
  },
  {
    kind: 'promise',
    weight: 2.5,
    re: /\b(ce sera|ca sera|c'est pour|it'?ll be|it will be|that'?ll be)\s+(lundi|mardi|mercredi|jeudi|vendredi|demain|la semaine|le \d|fin|debut|monday|tuesday|wednesday|thursday|friday|tomorrow|next|on the|by the|end|early)\b/,
  },

  // a payment dated in the past is the clearest claim of all ("la facture avait bien été payée le 12 mai")
  {
    kind: 'paid',
    weight: 5,
    unless: FUTURE_BEFORE,
    re: /\b(was|were|has been|had been) (already )?paid on (the )?\d|\b(a|avait|ont|avaient) (bien |deja )?ete (payee?s?|reglee?s?|viree?s?) le \d/,
  },
  {
    kind: 'promise',
    weight: 3,
    re: /\bje m'en (occupe|charge)\b[^.!?\n]{0,30}\b(aujourd'hui|demain|ce soir|cette semaine|dans la journee|d'ici|avant|lundi|mardi|mercredi|jeudi|vendredi)\b/,
  },
  {
    kind: 'plan',
    weight: 4,
    re: /\b(en|in|by) (deux|trois|quatre|cinq|six|two|three|four|five|six|\d) (cheques|checks|virements|transfers|versements|prelevements|post-?dated)\b/,
  },

  // dispute: the claim itself questioned (wrong, not agreed, not delivered, ended, already billed)
  {
    kind: 'dispute',
    weight: 5,
    re: /\b(not|won'?t|will not|refuse to|never) (be )?(paying|pay) (the |any |your )?(late fees?|penalt\w+|interest|recovery|compensation|40)|\bne (paierai|paierons|reglerai|reglerons|payerai|payerons) pas (les |la |d')?(penalites|indemnite|interets|frais)/,
  },
  {
    kind: 'dispute',
    weight: 3.5,
    re: /\b(errone\w*|incorrecte?s?|(is|are|was|were|seems|looks) (wrong|incorrect)|(est|sont|semble|semblent|parait) (faux|fausses?|inexacte?s?)|differs? from|(ne|does not|doesn'?t) correspond|not in the (sow|contract|quote|agreement|offer|po)|(n'etaient|n'etait|ne sont|n'est) pas (prevus?|inclus|compris)|weren'?t (in|part of|included|agreed)|never (been )?(delivered|provided|received|completed|done)|jamais (ete )?(livre|fourni|recu|realise|termine)e?s?|(have|has) not been (provided|delivered|completed)|not yet (due|payable)|(pas encore|pas) exigible|owe nothing|(ne sommes|n'etes|ne serons) (donc )?(pas )?redevables?|redevables? d'aucune|resili\w+|terminated|doublon|duplicate (invoice|charge|billing|payment)|(already|deja) (been |ete )?(paid|invoiced|billed|facture|regle)e? (under|au titre|with|in|on|avec|dans)|set off|compens\w+|query the|mis en cause|remettons en cause|pas content|floue?s|not happy|(facture|invoice) (corrigee|conforme|rectifiee|rectificative|revised|corrected)|(corrected|revised) invoice|credit note|un avoir)\b/,
  },
  {
    kind: 'dispute',
    weight: 3.5,
    re: /\b(not the (full|whole|total)|pas la totalite|que les (deux|trois|\d)|ne (souhaitons|voulons|pouvons|peux) (regler|payer|accepter) que|only (pay|be paying|accept)|pay (the |for )?[\w' ]{0,40} only|pay (only )?for the (two|three|\d|ones?|part))\b|\b(ne|n') ?(pouvons|peux|pourrons|allons|vais|va) pas (la |le |les )?(payer|regler|comptabiliser|accepter|valider)\b|\b(we|i) (can'?t|cannot|won'?t|will not) (accept|approve|process|pay) (this|the|your) (invoice|amount|bill)\b|\bnous ne procederons (donc )?pas\b/,
  },

  // dispute: refusing or withholding without "contester"
  {
    kind: 'dispute',
    weight: 4.5,
    re: /\b(refus\w*|rejet\w*) (de (la |vous )?(payer|regler)|(cette|la|votre|vos) factures?|le (paiement|reglement))\b|\bnous refusons\b|\bje refuse\b|\b(non|pas) (exigible|justifiee?|due|du|fondee?|valable)s?\b|\bn'est (ni )?pas (exigible|due?|justifiee?|fondee?|recevable)\b/,
  },
  // "sans le bon de commande, nos achats bloquent le paiement" asks for the order rather than refusing.
  {
    kind: 'dispute',
    weight: 4,
    unless: /\b(sans|without|faute d)\b/,
    re: /\b(bloqu|suspend|gel|retien|retenons|retenu|differ)\w* (le |notre |tout |son |ce )?(paiement|reglement|virement)\b|\b(paiement|reglement|virement|facture) (est |reste |restera |sera )?(bloquee?|suspendue?|gelee?|en suspens|retenue?|mise? en attente|en attente d'un avoir)\b|\ben attente (d'un avoir|de la correction|d'une facture (rectificative|corrigee))\b/,
  },
  {
    kind: 'dispute',
    weight: 4,
    re: /\bwithh(o|e)ld(ing)?\b|\b(hold|holding|held) (back|off)( on)? (the |this |your |any )?payment\b|\b(payment|invoice) (is |will be |will remain |remains |has been |placed |put )?on hold\b|\b(put|placed|placing|putting) (the |this |your )?(payment|invoice) on hold\b|\bnot (due|payable|owed)\b|\b(refuse|refusing|reject|rejecting)\b|\bwe are not paying\b|\bwe'?re not paying\b/,
  },
  {
    kind: 'dispute',
    weight: 3.5,
    re: /\b(until|unless|till) (you|the (work|issue|problem|site|app|defect|bug)s?|this|it|they|the remaining|a (credit|corrected))\b.{0,60}\b(fixed|resolved|corrected|completed|delivered|finished|issued|sorted|rectified|working)\b|\btant que\b.{0,60}\bne\b|\bavant (d'avoir|que) .{0,60}(corrige|livre|termine|repare|reprend|rectifi|regle le probleme|emis un avoir)/,
  },
  {
    kind: 'dispute',
    weight: 3,
    re: /\b(litige|hors devis|pas conforme|non conforme|pas ce qui (etait|a ete) (prevu|convenu)|pas ce que nous avions (commande|convenu)|not what (we|was) (agreed|ordered|quoted)|outside (the |our )?(scope|agreement)|never agreed|breach|complaint)\b/,
  },

  // plan: instalments offered or asked for, often as a question
  {
    kind: 'plan',
    weight: 4,
    re: /\b(regler|payer|faire|verser|proceder|fractionner|decouper|diviser|repartir)\b.{0,40}\b(en|sur) (deux|trois|quatre|cinq|six|dix|douze|plusieurs|quelques|\d{1,2}) (fois|versements|mensualites|echeances|tranches|mois|paiements)\b|\b(fractionner|decouper|diviser|repartir|etaler|echelonner) (le |ce |notre |mon |votre )?(paiement|reglement|montant|somme|solde|facture)\b/,
  },
  {
    kind: 'plan',
    weight: 3.5,
    re: /\b(une partie|la moitie|un acompte|un premier versement|\d[\d .,]{0,12}\s?(€|euros?|%)) (maintenant|aujourd'hui|ce mois-?ci|tout de suite|des (maintenant|aujourd'hui)|d'abord|cette semaine)\b|\ble (reste|solde|complement) (le mois prochain|a la fin du mois|fin \w+|en \w+|dans \w+ (jours|semaines|mois)|d'ici)\b/,
  },
  {
    kind: 'plan',
    weight: 4,
    re: /\b(pay|settle|split|spread|clear|break)\b.{0,40}\b(in|into|over|across) (two|three|four|five|six|twelve|several|a few|multiple|\d{1,2}|monthly|weekly|equal) (instal+ments|payments|parts|tranches|months|chunks|stages|transfers)\b|\b(part|half|a portion|some|a deposit|\$?\d[\d,.]{0,12}\s?(\$|usd|eur|gbp|%)?) (now|today|this (week|month)|first|up ?front|immediately)\b.{0,60}\b(rest|remainder|balance|other half|second half)\b/,
  },

  {
    kind: 'plan',
    weight: 4,
    re: /\b(d'un (seul )?coup|en une (seule )?fois|in one go|all at once|at once|in full (right )?now|tout payer maintenant|all now|the full [$€£]?[\d,. ]+ at once)\b|\b(staggered|spread(ing)?|split(ting)?) (the )?(payments?|it|this|the invoice|the amount|the cost)?\b|\b(following|proposed|payment|repayment) schedule\b|\bschedule (of|for) (re)?payments\b|\bpost-?dated (checks|cheques)\b|\b(en|in) \d ?x\b|\b\d ?x\s?[$€£]?\d|\b(couper|payer|regler) en (deux|trois|quatre)\b|\bin (two|three|four|five|six|\d) (parts|times|terms|tranches|monthly terms)\b|\d\s?(€|\$|£|eur|euros?|%)?\s?(per|a|every|each|par|chaque) (week|month|semaine|mois)\b|\b(every|each|chaque) (week|month|semaine|mois),? \d|\b(\d|deux|trois|quatre|cinq|six|two|three|four|five|six) (virements|cheques|transfers|checks|cheques|payments|automatic payments|versements|prelevements) (de|of)\b/,
  },

  // auto-reply: the structure of an out-of-office notice
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(je serai|nous serons|serai|je suis actuellement|nous sommes actuellement) (de retour|absente?s?|en deplacement|en formation|en conges?|en vacances|hors du bureau|indisponibles?)\b|\bje reviendrai le\b|\b(a|des|jusqu'a) mon retour\b|\b(pendant|durant|en) (mon|notre) absence\b/,
  },
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(votre|ce) (message|e-?mail|courriel|mail) (ne sera pas|n'est pas|ne sera ni) (lu|transfere|traite|consulte)\b|\bje n'ai (pas|qu'un) acces (limite )?a (mes|ma) (mails|messagerie|e-?mails|courriels)\b|\bje (prendrai connaissance|traiterai|repondrai a) (de )?votre (message|mail|e-?mail|demande)\b|\bmerci de (contacter|vous adresser a|joindre|reecrire a)\b|\b(nos bureaux|le bureau|l'agence|le cabinet) (sont|est|seront|sera) fermee?s?\b|\bfermeture (annuelle|estivale|exceptionnelle)\b/,
  },
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(i am|i'm|i will be|i'll be|we are|we're|we will be) (currently |now )?(out|away|travel+ing|on (annual |parental |maternity |paternity |sick )?(leave|holiday|vacation|pto)|off (work|sick)|unavailable|at a conference)\b|\b(returning|back) (on|to the office)\b|\b(upon|on|after) my return\b|\b(during|in) my absence\b|\bwhile i'?m (away|out)\b|\blimited (access to|connectivity|availability)\b/,
  },
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(your|this) (email|message|e-mail) (will not|won'?t) be (read|forwarded|actioned|monitored)\b|\bi will (respond|reply|get back to you|answer)( to your (email|message))? (as soon as (possible|i can|i return)|when i (return|get back|am back)|upon my return|on my return)\b|\bfor (urgent|immediate) (matters|assistance|queries|enquiries|inquiries|requests)\b|\b(please|kindly) (contact|reach out to|email|get in touch with)\b.{0,60}\b(absence|urgent|instead|meantime)\b|\bour offices? (is|are|will be) closed\b|\bticket (number|#|id|ref)\b|\bwe (have )?received your (request|enquiry|inquiry|ticket)\b/,
  },

  // auto-reply: mail handled later, by someone else, or not at all
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(checking|reading|access to|pick up|answer(ing)?|reply(ing)?|respond(ing)?|handl(ed|ing)|process(ed|ing)?|looking at)\b[^.!?\n]{0,30}\b(e-?mails?|messages?|inbox|mail)\b[^.!?\n]{0,50}\b(until|till|through|tomorrow|this evening|occasionally|sporadically|only|when i|upon|after|from|on (monday|tuesday|wednesday|thursday|friday))\b|\b(e-?mails?|messages?|inbox)\b[^.!?\n]{0,30}\b(only )?(occasionally|sporadically|intermittently)\b|\b(won'?t|will not|not) be (checking|reading|monitoring|answering) (my |any )?(e-?mails?|messages)\b|\bnot reading e-?mails\b|\b(very )?limited (e-?mail )?access\b/,
  },
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(acces|consulter|lire|relever|traiter|repondre a) (a )?(mes|ma|vos|les) (mails|messagerie|e-?mails|courriels|messages)\b|\bje ne (lis|consulte|releve|regarde) (mes|ma|les) (mails|messagerie|e-?mails|courriels|messages) qu|\b(mails|messagerie|e-?mails|courriels|messages)\b[^.!?\n]{0,40}\b(jusqu'au|jusqu'a|avant demain|a partir du|des mon retour|ponctuellement|de maniere (aleatoire|irreguliere|limitee))\b|\bconnexion (tres )?(aleatoire|limitee|intermittente)\b|\b(seront|sera) traitee?s? (a partir du|des le|a mon retour|des mon retour|le \d|lundi|mardi|mercredi|jeudi|vendredi|demain|dans les meilleurs delais|au plus vite|des que possible)\b/,
  },
  {
    kind: 'auto-reply',
    weight: 4,
    re: /\b(envoye|genere|sent|generated) automatiquement\b|\b(sent|generated) automatically\b|\bautomatically generated\b|\bplease do not reply\b|\bmerci de ne pas repondre\b|\b(i have|i've) left\b|\bno longer (with|works? (at|for)|employed)\b|\bje ne (travaille|fais) plus (chez|partie)\b|\bn'(a|ont) pas ete (transmis|transfere)e?s?\b|\b(was|has) not been forwarded\b/,
  },
  {
    kind: 'auto-reply',
    weight: 2.5,
    re: /\b(thank you|thanks) for (your|getting in touch|contacting)\b.{0,80}\b(closed|away|out of|holiday|bank holiday|handled)\b|\bmerci (pour|de) votre (message|mail|courriel|e-?mail)\b.{0,80}\b(absente?|retour|fermee?s?|conges?|vacances|traitee?s?|repondrai|reviendrai|formation|deplacement)\b|\b(bank|public) holiday\b|\b(i'?m|i am|we'?re|we are) (at|on) (a |an )?(trade show|training|conference|course|seminar|off-?site|tournage|retreat)\b|\bje suis (actuellement )?(sur un tournage|en (formation|seminaire|deplacement))\b/,
  },

  // info-request: something asked of the freelancer before paying (a document, a copy, a portal, an explanation)
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(could|can|would|will) you (please |kindly )?(send|resend|re-?send|forward|provide|upload|submit|resubmit|share|confirm|explain|clarify|re-?issue|re-?address|tell|let me know)\b|\bplease (send|resend|provide|upload|submit|resubmit|re-?issue|forward|confirm|explain|clarify|be advised)\b|\b(pourriez|pouvez|pourrais|peux)[- ](vous|tu) (me |nous |bien |m'|la |le |l'|les )*(envoyer|renvoyer|transmettre|faire parvenir|preciser|confirmer|expliquer|deposer|reemettre|re-emettre|etablir|refaire|corriger|indiquer|communiquer|effectuer ce depot)\b|\b(vous|tu) (pouvez|peux|pourriez|pourrais) (me |nous |la |le |l')*(envoyer|renvoyer|transmettre|deposer|reemettre|preciser|confirmer)\b|\bmerci de (bien vouloir )?(nous |me )?(envoyer|renvoyer|transmettre|faire parvenir|preciser|confirmer|deposer|fournir|communiquer)\b/,
  },
  {
    kind: 'info-request',
    weight: 3,
    re: /\b(i|we) (only )?have (the|an|a) (estimate|quote|devis)\b|\bje n'ai que le devis\b|\b(il me faut|il nous faut|j'aurais besoin|nous aurions besoin|i need|we need|(our|my) \w+ (needs?|requires?|is asking for|wants?)|(procedures?|policy|process) (requires?|impose))\b.{0,60}\b(invoice|facture|copy|copie|document|proof|justificatif|timesheet|releve|contract|contrat|number|numero|certificate|attestation|kbis|details|coordonnees|note|registration|bon|proces-verbal|letter)\b|\b(how much|c'est combien|quel montant|which amount|who (exactly )?should (i|we) (be )?pay|a qui (dois-je|devons-nous)|not in our system|pas dans notre (logiciel|systeme)|vendor portal|portail fournisseur|chorus pro|ariba|coupa|tungsten)\b/,
  },

  {
    kind: 'info-request',
    weight: 5,
    re: /\b(iban|rib|bank details|account (number|details)|coordonnees bancaires|bic|swift)\b[^.?!\n]{0,40}\b(wrong|invalid|incorrect|errone|invalide|rejete|rejected|bounced|ne (fonctionne|marche) pas|doesn'?t work)\b/,
  },
  // info-request: the invoice's addressee, purchase order or wording questioned before paying
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(adress(e|ee|er)|libell(e|ee|er)|etabli(e|r)?|emise?|refaire|reediter|modifier|corriger) (la facture |la |le |votre facture )?(au nom de|a l'ordre de|a (notre|la) (maison mere|filiale|societe|entite|holding|siege)|avec (le|notre) (numero|bon|n o))\b|\b(au nom de|a l'ordre de) quelle?\b|\bquelle (entite|societe|raison sociale|adresse)\b|\b(doit|doivent|devra|devrait) (mentionner|comporter|porter|faire apparaitre|indiquer|reprendre|etre (adressee|libellee|etablie|envoyee|emise))\b/,
  },
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(made out|addressed|issued|re-?addressed|re-?issued) to (our|the|a) (parent|holding|subsidiary|other|correct|right|uk|us|french|german)?\s?(company|entity|office|branch|address|department|name)\b|\b(which|what|correct|right) (entity|company|legal name|address|department|po|purchase order)\b|\b(must|needs? to|should|has to|have to) (reference|include|quote|show|mention|carry|state|be addressed|be made out|be issued)\b|\bwithout (a|the|our|an?) (po|purchase order|reference|po number)\b|\bno (po|purchase order)\b/,
  },
];
