/** What changes the meaning of a payment verb inside its clause: negation, hypotheses, conditions, proposals, a time to come. */

// Negation inside the clause of a payment verb ("nous ne réglerons pas", "we haven't paid"), but not "pas de souci".
// Typed without the apostrophe too ("the wire didnt go out").
export const NEGATION =
  /\bne\b|\bn'|\bpas\b|\bjamais\b|\bnot\b|n't\b|\bnever\b|\bcannot\b|\bunable\b|\bno longer\b|\b(?:didnt|doesnt|dont|wont|cant|isnt|wasnt|werent|havent|hasnt|couldnt|wouldnt)\b|\bno (?:payments?|money|funds)\b|\baucun (?:paiement|reglement|versement)\b/;
export const HARMLESS_NEGATION =
  /\b(pas de (souci|soucis|probleme|problemes)|pas d'inquietude|(ne )?(vous |t')inquiete[sz]? pas|no (problem|worries)|(don'?t|do not) worry|ne (manquerons|manquerai) pas|not a problem|n'hesitez pas|don'?t hesitate|ne tardera pas|won'?t be long|pas plus tard que|no later than|pas au-dela|(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not) forgotten|(?:n'avons|n'ai|n'a|n'avions|n'avais) pas oublie|pas en (?:plusieurs|deux|trois|\d) (?:fois|versements)|not in (?:instal+ments|several payments|parts))\b/g;
export const FUTURE_TIME =
  /\b(will|shall|'ll|going to|sera|seront|demain|tomorrow|prochaine?|next|d'ici|sous \d|within|in \d+ (days|hours|working)|dans \d+ jours|fin (du|de) mois|end of (the )?month|for tomorrow|pour demain|la semaine prochaine)\b/;
const WAITING_ON =
  /\b(the moment|des qu'on a|des que (j'ai|nous avons|c'est encaisse)|once we have|as soon as we have|once|as soon as(?! possible)|upon receipt|on receipt|after (we|i) (receive|get|have)|when (we|i) (receive|get|have)|des reception|a reception|apres reception|des que (nous aurons|j'aurai|nous recevrons|je recevrai|vous aurez)|quand (vous aurez|nous aurons|j'aurai)|une fois (que|la|le|les|recue?s?)|ensuite|apres (?:ca|cela|quoi)|apres(?= (?:je|j'|on|nous) )|after that|once (?:that'?s|that is|it'?s|it is|this is) (?:done|sorted|fixed)|then the invoice|until we (receive|have|get)|before (we|i) can|avant de pouvoir|pour pouvoir)\b/;
// "Please send a corrected invoice and we will pay", "merci de renvoyer la facture et nous réglerons": a request, then
// the payment it opens the way to.
const ASKED_FIRST =
  /\b(?:please|kindly|merci de|veuillez)\s+(?:\w+\s+){0,2}?(?:send|resend|re-send|provide|issue|reissue|forward|correct|amend|add|envoyer|renvoyer|transmettre|corriger|refaire|emettre|reemettre|ajouter)\b[^.!?\n]{0,80}\b(?:and|et)\s+(?:we|i|nous|je|on)\b/;
// "so we can process payment", "pour que nous puissions vous régler": paying is what the thing asked for is for, no promise.
export const PURPOSE = /\b(?:so (?:that )?(?:we|i) (?:can|may|are able to)|pour que (?:nous|je) puiss\w*|afin (?:de pouvoir|que (?:nous|je) puiss\w*))\b/;
export const CONDITION = new RegExp(`${WAITING_ON.source}|${PURPOSE.source}|${ASKED_FIRST.source}`);

// "We have put the payment on hold in the meantime", "nous bloquons le paiement en attendant": a hold that waits on the
// answer to the reply's own question, not on the invoice being put right ("en attendant l'avoir"). Not recognising an
// invoice is a doubt of the same kind, that a question about it resolves.
export const MEANWHILE =
  /\b(?:in the meantime|meanwhile|entre-?temps|dans l'intervalle|en attendant(?=\s*(?:[.!;\n]|$|votre|vos|ta|tes|de vous|de te))|pending (?:your|a|the) (?:reply|answer|response|confirmation|call))\b/;
// The debtor's own process turning the invoice away until a detail is given, not a judgement of the invoice: "it will be
// rejected by the system", "notre compta a rejeté la facture (il manque le bon de commande)", "we can only accept
// invoices in XRechnung", "nous ne paierons pas avant cette confirmation".
export const PROCESS_GATE =
  /\b(?:(?:rejected|refused|blocked|returned|bounced) by (?:the |our )?(?:system|portal|platform|software|erp|workflow|tool|ap|accounts payable)|(?:system|systeme|portal|portail|platform|plateforme|software|logiciel|erp|compta|comptabilite|accounting|accounts payable|ap team|service comptable|finance)\b.{0,30}\b(?:reject\w*|rejet\w*|refus\w*|bloqu\w*|block\w*|retourn\w*|return\w*|bounc\w*)|(?:can|could|will) only (?:accept|process|take|receive|handle)|n'(?:accept|trait)\w* (?:plus )?que (?:les |des )?(?:e-?)?factures?|(?:avant|before|until|tant que|pending) (?:[\w']+ ){0,4}?(?:confirm\w*|verif\w*|validation|call|appel))\b/;
// A refusal to take or to pay, as such a gate words it (not a claim that the invoice is wrong).
export const TURNING_AWAY = /\b(?:reject\w*|rejet\w*|refus\w*|accept\w*|bloqu\w*|block\w*|pai\w*|pay\w*|regl\w*)\b/;
export const NOT_RECOGNISED = /\b(?:(?:do not|don'?t|dont) recogni[sz]e|ne reconnais(?:sons)? pas)\b/;

// A payment to come without a day ("au plus vite", "asap").
export const SOON =
  /\b(?:asap|as soon as possible|au plus vite|des que possible|rapidement|promptly|shortly|sous peu|bientot|soon|dans les (?:prochains|meilleurs) (?:jours|delais)|in the (?:coming|next few) days)\b/;

// "je ne pourrai pas payer avant le 15": still a promise, for that day.
export const NOT_BEFORE = /\b(avant|before|until|till|pas avant|not before|only (after|on|once))\b/;

// "Would you mind if I paid this in two instalments?": a payment supposed, not made.
export const HYPOTHETICAL = /\b(if|si|whether|would you mind)\b/;
// "je pensais vraiment que c'était réglé", "I thought we'd paid that": a payment only believed, found not to be.
export const BELIEVED =
  /\b(?:je pensais|je croyais|on pensait|on croyait|nous pensions|nous croyions|j'etais (?:persuadee?|sure?|convaincue?)|i thought|we thought|i assumed|we assumed|i was sure|i believed|we believed|i was under the impression)\b/;
// "Could we…? Let me know": what follows is offered for agreement (instalments proposed, not promised).
export const PROPOSAL =
  /\b(let me know|dites-moi si|dis-moi si|if (that'?s|this is|it'?s) (ok|okay|fine|agreeable|acceptable)|does (that|this) work|would (that|this) work|would you be (ok|okay|happy|willing)|would you mind|is it possible|serait-il possible|est-ce possible|est-ce que (tu|vous) (accepterais|accepteriez|serais|seriez)|ca (te|vous) (va|irait)|please confirm|(je|nous) (vous|te) propos\w+|we propose|i propose|how about)\b/;
// "you should see it come through on the 15th": an arrival expected on a day to come.
export const EXPECTED = /\b(should|devriez|devrait|devraient)\b/;
// "je viens de programmer le virement pour le 10", "scheduled the transfer for the 20th": set up now, paid on a day to come.
export const SCHEDULED = /\b(?:programm|planifi|schedul|dat(?:e|ed|ing)\b|post-?dat)\w*/;
// "je vous paie toujours à temps", "we always pay on time": a habit, not this payment.
// Also who pays, as a procedure says it ("le paiement est effectué par le comptable public", "payments are made by our head office").
export const HABITUAL =
  /\b(?:toujours|d'habitude|habituellement|en general|always|usually|normally|generally)\b|\b(?:est|sont) (?:effectuee?s?|realisee?s?|assuree?s?|fait|faits) par (?:le|la|les|l'|notre|nos)\b|\b(?:is|are) (?:made|handled|processed|done) by (?:the|our)\b/;
// How often payments go ("nos paiements fournisseurs sont effectués deux fois par mois"): no payment made, though a run
// to come may be named beside it ("twice a month, and yours is on the 4/17 run").
export const FREQUENCY =
  /\b(?:(?:deux|une|trois) fois par (?:mois|semaine)|(?:twice|once) (?:a|per) (?:month|week)|every other (?:week|monday|tuesday|wednesday|thursday|friday))\b/;
// "released for payment", "libérée pour paiement": approved to be paid, so still to come.
export const APPROVED_FOR_PAYMENT =
  /\b(?:released|approved|cleared|signed off|liberee?s?|validee?s?|bonne?s?) (?:for|pour|au|a) (?:payment|paiement|reglement|mise en paiement)\b/;

// Words that look like paying and are not the debtor paying: a mail forwarded ("transféré au service concerné"), the
// accounts payable department, checking on a payment ("I will check the status on the payment side"), not knowing which
// invoices are paid ("some confusion about which invoices are already paid"), checking with a team ("we shall check with
// our treasury team regarding the status of the remittance"), who will handle payments from now on
// ("votre interlocuteur pour les questions de paiement sera M. …", "X takes over … the withholding question"), not being
// the one who pays ("je ne m'occupe pas des paiements"), who handles them ("c'est lui qui gère les virements", "will handle
// all the accounts and payments"), who will make them from a date ("supplier payments will be made by Northgate").
export const NOT_ABOUT_PAYING =
  // "…cela créerait un doublon", "to avoid duplicates": a ticket system's advice, not a refusal of a double payment.
  /\b(?:(?:creerait|creer|eviter|would create|to avoid|avoid) (?:un |des |les |a |any )?(?:doublons?|duplicates?)|(?:toute )?utilisation de ce message non conforme\b[^.\n]{0,60}|(?:we|i) (?:will|shall) never (?:notify|inform|contact|ask|e-?mail|tell) you\b[^.\n]{0,100}|(?:votre|your|ce|cet|this|le|the|mon|my) (?:courriel|courrier|lettre|letter|message|mail|e-?mail|relance|reminder|demande|request)\b(?:[^.!?\n]{0,12}?\b(?:relati\w*|concernant|regarding|about|au sujet de)\b[^.!?\n]{0,30}?)?.{0,40}?\b(?:transfere|forwarded|transmis|passed on|redirige)e?s?|(?:transfere|forwarded|transmis|redirige)e?s? (?:a|au|aux|par|to) (?:ma |mon |notre |nos |le |la |les |the |our |my )?(?:\w+ )?(?:collegue|service|department|colleague|team|equipe|comptabilite|personne|person|concerne)\w*|accounts? payable|comptes? fournisseurs|(?:check|verify|look into|find out|verifier|regarder|me renseigner|voir) (?:\w+ ){0,3}?(?:the )?(?:status|statut|where|ou en est|if|whether|si|what)\b[^.!?\n]{0,60}|(?:check|verify|verifier) with (?:our|the|my|notre|nos) (?:\w+ ){0,2}?(?:team|department|dept|colleagues?|bank|accountant|treasury)\b(?:(?! (?:and|et|then|puis|but|mais) )[^.!?\n]){0,80}|(?:confusion|unclear|unsure|not sure|doubts?|doutes?|pas clair|pas sur)\b[^.!?\n]{0,20}\b(?:about|as to|regarding|on|sur|quant a|concernant)\s+(?:which|what|whether|if|quelles?|lesquelles?|si)\b[^.!?\n]{0,60}|(?:votre|your|notre|our|new|nouvel|nouveau|nouvelle) (?:interlocut(?:eur|rice)|correspondant|correspondante|contact|point of contact)\b[^.!?\n]{0,50}\b(?:sera|will be|devient|becomes|is now|est desormais)\b[^!?\n]{0,60}|\b(?:takes? over|will take over|is taking over|prend(?:ra)? le relais|reprend(?:ra)? (?:le|les) dossiers?)\b[^.!?\n]{0,100}|(?:ne|n')\s?(?:m'occupe|s'occupe|nous occupons|gere|gerons)\s+(?:pas|plus)\s+(?:du tout\s+)?(?:des|de la|du)\s+(?:paiements?|factur\w*|compta\w*|reglements?)|(?:i|we) (?:don'?t|do not) (?:handle|deal with|look after|manage|do) (?:the )?(?:payments|invoices|accounts|billing)|(?:gere|gerent|gerera|geront|s'occupe(?:ra|nt)? des|handles?|will handle|'ll handle|manages?|will manage|looks? after|will look after|(?:is|will be) in charge of|(?:est|sera) en charge des)\s+(?:(?:all|tous|toutes|the|les|our|nos|des)\s+)*(?:\w+\s+(?:and|et)\s+(?:the\s+|les\s+)?)?(?:paiements|virements|reglements|payments|transfers|accounts|comptes|finances)\b|(?:supplier |vendor |fournisseurs? )?(?:payments|paiements|reglements|virements)\b(?: \w+){0,4} (?:will be|seront) (?:made|handled|processed|issued|effectues|geres|traites|emis) (?:by|par)\b[^.!?\n]{0,60})/g;
// Money paid TO the debtor ("notre client nous verse le solde le 12", "once they pay us", "I get paid on the 27th", "je
// touche ma paie le 5") is not the debtor paying: "nous" with a verb in the third person is the object.
export const PAID_TO_THEM =
  /\bnous (?:a |ont |avait |avaient |aura |auront )?(?:vers|pai|pay|regl|vir|rembours)(?:e|ent|era|eront)\b|\b(?:pays|paid|pay|paying|will pay|transfers?|transferred|remits?) us\b|\b(?:i|we) (?:get|got|will get|'ll get|ll get|am getting|are getting) paid\b|\b(?:je|on) (?:touche|toucherai|touchera|toucherons) (?:ma |mon |notre |nos |la |le |les )?(?:paie|paye|salaire|virement|reglement|subvention|aide)s?\b/g;
// "ne sera versé qu'en fin de mois" restricts, it does not deny.
export const RESTRICTIVE_NE =
  /\bn(?:e\b|')\s?(?:\w+ ){0,2}?(?:vers|pai|pay|regl|vir|sold)\w*(?: \w+){0,2}? qu(?:e |')(?:en |au |a la |le |la |a partir d[eu] )?(?:toute )?(?:une fois|fin|debut|mi-|\d|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|demain)/g;
// A time already gone: the payment it dates is done, whatever arrival is announced after it ("paid yesterday, you should
// receive it tomorrow").
export const PAST_TIME =
  /\b(?:by now|already|deja|hier|yesterday|ce matin|this morning|earlier today|last (?:week|night|friday|monday|tuesday|wednesday|thursday)|(?:lundi|mardi|mercredi|jeudi|vendredi|semaine) derniere?|just now|a l'?instant)\b/;
// A day that is today, said with a past auxiliary ("le paiement est passé ce soir"): done, not to come.
export const SAME_DAY = /\b(?:tonight|ce soir|later today|this evening)\b/;
export const PAST_AUXILIARY =
  /(?:\b(?:est|sont|a ete|ont ete|has been|have been|was|were|went|gone|ai|avons|a|ont|have|has|had|just)|'ve)\s(?:\w+\s)?(?:passe|parti|fait|regle|paye|vire|verse|paid|sent|made|done|through|out|settled|transferred|wired)\b/;
// Talk of future business, not of this invoice ("a quote for September", "à l'avenir, mettez la compta en copie").
export const FUTURE_BUSINESS =
  /\b(?:a l'avenir|desormais|dorenavant|going forward|in (?:the )?future|for future|future invoices|next time|la prochaine fois|prochaines factures|new (?:project|work|job)|nouveau projet|(?:send|envoyer|adresser|transmettre|etablir|faire|chiffrer|price|provide|give) (?:\w+ ){0,2}(?:a quote|un devis)|availability|disponibilit\w*|creneau|brief)\b/;
