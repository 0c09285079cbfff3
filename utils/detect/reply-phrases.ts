/** The phrases that decide what a debtor's reply means, as data: each with its kind and weight (read on folded own text). */
import type { ReplyKind } from './reply-kind';

export interface ReplyPhrase {
  kind: Exclude<ReplyKind, 'other'>;
  re: RegExp;
  weight: number;
  /** The phrase does not count when the words just before it match (future or past tense that flips its meaning). */
  unless?: RegExp;
}

// "will be paid by Friday", "make sure it's paid": a promise, not a payment.
export const FUTURE_BEFORE = /(will|'ll|shall|going to|make sure|sure it'?s|get it|get this|to be|should be|be)\s*(be\s*)?$/;

const FR_FUTURE_PAY =
  'reglerai|reglerons|reglera|paierai|paierons|paiera|payerai|payerons|payera|verserai|verserons|virerai|virerons|ferai le virement|ferons le virement|procederai|procederons|effectuerai|effectuerons';
// Sending verbs: they promise money only when what they send is no paper ("je vous enverrai le chèque", not "un brief").
const FR_FUTURE_SEND = 'adresserai|adresserons|ferai parvenir|ferons parvenir|enverrai|enverrons';
// "je vous enverrai un brief", "que je mettrai en copie", "je transmettrai les tickets Z": sending, putting or passing
// on something that is no money (after a sending verb only: "nous réglerons la facture" pays it).
export const NO_MONEY_NEXT = String.raw`(?!\s+(?:(?:un|une|le|la|les|des|mes|nos|votre|vos|ces|l')\s*(?:\S+\s+){0,2}?(?:brief|cahiers?|rapports?|comptes? rendus?|programmes?|propositions?|presentations?|textes?|retours?|documents?|pieces?|justificatifs?|tickets?|factures?|releves?|devis|contrats?|formulaires?|attestations?|planning|dossiers?|fichiers?|photos?|maquettes?|liens?|nouvelles|infos?|informations?|elements?|copies?|messages?|courriers?|coordonnees|rib|iban)\b|en (?:copie|relation|contact)\b|au courant\b))`;
const WHEN =
  "sous|dans|d'ici|avant|demain|aujourd'hui|cette semaine|la semaine|ce soir|lundi|mardi|mercredi|jeudi|vendredi|fin|debut|le \\d|within|by|tomorrow|today|next|on|this|end";

export const REPLY_PHRASES: ReplyPhrase[] = [
  // auto-reply: strong markers first, absence notices weaker (a human may mention a trip and still promise)
  {
    kind: 'auto-reply',
    weight: 6,
    re: /\b(reponse automatique|message automatique|reponse auto|automatic reply|auto-?reply|automated (response|reply|message)|autoreply|ne pas repondre a ce (message|mail)|do not reply to this (email|message)|(is|mailbox is) not monitored|n'est (pas|plus) (consultee|active|utilisee|surveillee|lue)|(boite|adresse) (mail )?non (surveillee|consultee)|no longer (monitored|in use|active)|this is an automated|automated processing|traitement automatique|(e-?mail|courriel) automatique)\b/,
  },
  {
    kind: 'auto-reply',
    weight: 3,
    // "Notre comptable est en congé": a colleague's absence, told by a person.
    unless:
      /\b(etais|etait|etions|was|were|have been|j'ai ete)\s*$|\b(notre|ma|mon|sa|son|our|my|his|her) (\w+ ){1,2}(est|is|sera|will be) $|\b(qui|who) (est|is) $/,
    re: /\b(absente? (du bureau|jusqu)|je suis absente?|out of (the )?office|en conges?|en vacances|on (annual |parental |maternity |paternity |sick )?leave|on holiday|on vacation|away from (the office|my desk)|acces limite|limited access|de retour le|retour (le|prevu)|will return on|back in the office)\b/,
  },
  {
    kind: 'auto-reply',
    weight: 3,
    re: /\b(accuse de reception automatique|votre message a bien ete recu|votre demande (\(\d+\) )?a (bien )?ete recue|your request (\(?#?\d+\)? )?has been received|ce message a ete envoye par zendesk|veuillez repondre au-dessus de cette ligne|please type your reply above this line|(we have|we'?ve) received your (message|email|request)|your (message|email) has been received|confirm we have received your message|delai de traitement)\b/,
  },
  // A bounce: the reminder reached nobody (mailbox full, address unknown), whatever its diagnostic lines say.
  {
    kind: 'auto-reply',
    weight: 7,
    re: /\b(undeliverable|(message|mail|e-?mail|courriel) (not|non) (delivered|remis|distribue)|(message|mail|e-?mail) (couldn'?t|could not|cannot|can'?t|wasn'?t|was not) be(en)? delivered|(couldn'?t|could not) deliver (your|the|this) (message|mail|e-?mail)|delivery (has )?failed|delivery status notification|mail delivery (failed|failure|subsystem)|(mailbox|inbox) (is )?(full(?! of)|over quota|out of (storage|space))|over quota|recipient address rejected|n'a pas pu etre (remis|distribue|delivre)e?|echec de (la )?(remise|distribution) (du|de votre|de ce) (message|courriel|mail)|boite (aux lettres |de reception |mail )?(du destinataire )?(est )?pleine(?! de))\b/,
  },
  { kind: 'auto-reply', weight: 1.5, re: /\b(pour toute urgence|for urgent matters|in case of emergency|en cas d'urgence)\b/ },

  // paid
  // "Réglé.", "Paid!": the whole first sentence says it is done.
  { kind: 'paid', weight: 6, re: /(?:^|\n)\s*(?:c'est\s+)?(?:regle|reglee|paye|payee|vire|viree|paid|settled|all paid)\s*(?=[.!]|$)/m },
  {
    kind: 'paid',
    weight: 3.5,
    // "le paiement est effectué par le comptable public" says who pays, not that it is paid.
    re: /\b(virement|paiement|reglement|cheque|versement|transfert)s?\s+(a ete|ont ete|est|a bien ete|a deja ete)\s+(effectue|fait|envoye|emis|expedie|parti|passe|realise|execute|valide|poste|regle)e?s?\b(?! par (le|la|les|l'|notre|nos|un|une|leur)\b)/,
  },
  { kind: 'paid', weight: 3.5, re: /\b(facture|somme|montant|solde)\s+(a ete|est|a bien ete|a deja ete)\s+(reglee?|payee?|soldee?|virees?)\b/ },
  { kind: 'paid', weight: 3.5, re: /\b(payment|transfer|check|cheque|wire|money) (went out|left|cleared)\b|\bpaiement (est )?passe\b/ },
  {
    kind: 'paid',
    weight: 3.5,
    re: /\b(j'ai|j ai|nous avons|on a|j'avais|nous avions)\s+(bien\s+)?(deja\s+)?(regle|paye|vire|verse|effectue le (virement|paiement|reglement)|fait le (virement|paiement|cheque)|envoye (le|un|votre) (cheque|virement|paiement|reglement)|procede au (paiement|reglement|virement))\b/,
  },
  {
    kind: 'paid',
    weight: 3,
    re: /(?<!(des que|quand|une fois|lorsque) )\b(c'est|c est) (deja )?(paye|regle|fait|vire)\b|\bdeja (ete )?(paye|regle|vire)\b|\b(paye|regle) depuis\b/,
  },
  {
    kind: 'paid',
    weight: 3,
    re: /\b(preuve|justificatif|avis|confirmation|capture) (de|du) (virement|paiement|l'operation|reglement)\b|\bavis d'opere\b|\bavis d'operation\b|\butr (no|number|details)\b|\b(payment|paiement) (done|made|effected|effectue) (on|le)\b/,
  },
  { kind: 'paid', weight: 3.5, re: /\b(cheque|virement|paiement|reglement) (envoye|poste|expedie|parti|fait|effectue|emis)\b/ },
  {
    kind: 'paid',
    weight: 3.5,
    re: /\b(i|we|i've|we've|i have|we have|just|already|i just|we just)\s+(just\s+|already\s+)?(paid|sent (the |a |your |over the )?(payment|wire|transfer|check|cheque|money|funds)|wired|transferred (the|it|you)|mailed (a|the|your) (check|cheque)|made (the |a )?payment|settled (it|this|the invoice))\b/,
  },
  {
    kind: 'paid',
    weight: 3.5,
    re: /\b(payment|it|this|invoice|balance|check|cheque|transfer|wire|money|amount)(\s+has been|'s been|\s+was|\s+were|\s+has already been|'s already been|\s+was already)\s+(paid|sent|made|settled|processed|wired|transferred|mailed|(?<!invoice(\s+has been|'s been|\s+was)\s+)released|remitted|effected)\b/,
  },
  {
    kind: 'paid',
    weight: 3.5,
    unless: FUTURE_BEFORE,
    re: /\bpaid (this morning|today|yesterday|on|via|by|last|earlier|in full|it)\b|\bsent (it )?via (zelle|venmo|paypal|ach|wire|bank transfer)\b/,
  },
  {
    kind: 'paid',
    weight: 2,
    unless: /(your|votre)\s*$/,
    re: /\bremittance( advice)?\b(?! address)|\b(payment|transfer|wire) (confirmation|receipt|reference)\b/,
  },

  // "Vous avez dû recevoir le règlement": the debtor supposes it arrived, so it left.
  {
    kind: 'paid',
    weight: 3.5,
    re: /\bvous avez (bien )?du recevoir (le|mon|notre|votre|ce) (reglement|paiement|virement|cheque|versement)\b|\byou (should|must) have (received|got) (the|my|our) (payment|transfer|cheque|check|wire|money)\b/,
  },
  // A payment advice as a robot sends it, under its own heading ("REMITTANCE ADVICE", "Avis de paiement").
  { kind: 'paid', weight: 7, re: /(^|\n)\s*(remittance advice|payment advice|avis de (paiement|virement|reglement))\s*(\n|$)/ },

  // dispute
  {
    kind: 'dispute',
    weight: 5.5,
    // "We have no dispute with the invoice", "nous ne contestons pas": a dispute denied.
    unless: /\b(no|not|n'?t|never|ne|aucune?|sans|without)\s+$/,
    re: /\bcontest(e|ons|ez|ation|er)\b|\b(pas|plus) d'accord\b|\bdesaccord\b|\bdisput(e|es|ing|ed)\b|\b(don'?t|do not) agree\b|\bdisagree\b/,
  },
  {
    kind: 'dispute',
    weight: 4.5,
    re: /(?<!(ce n'est pas|c'est pas|not|not that|it'?s not that) (que )?(nous |je |on |we |i )?)\brefus(e|ons|ez|er)? de (payer|regler)\b|\bne (paierons|paierai|payerons|payerai|reglerons|reglerai|la reglerons|la paierons|vais pas payer|paierai rien) (pas|rien|donc pas)?|\bj'?(paierai|payerai|reglerai)s? (pas|rien)\b|\b(paierai|paierons|payerai|reglerai|reglerons) (pas|rien) tant que\b|\bpas question de payer\b|\b(je|on|nous) (vais|va|allons) pas (payer|regler)\b|\bpourquoi je (paierais|payerais)\b|\b(won'?t|will not|refuse to|not going to) (be )?pay(ing)?\b|\bnot paying\b/,
  },
  {
    kind: 'dispute',
    weight: 3.5,
    re: /\bne correspond(ent)? pas\b|\b(is|was|seems|looks) (wrong|incorrect|inaccurate)\b|\bamount is (wrong|incorrect|not right)\b|\bover(billed|charged)\b|\b(doesn'?t|does not) match\b/,
  },
  { kind: 'dispute', weight: 3, re: /\b(est|etait) une erreur\b|\berreur (sur|dans) (la|cette|votre) facture\b|\bfacture erronee\b/ },
  {
    kind: 'dispute',
    weight: 3,
    re: /\b(pas|jamais|toujours pas) (ete )?(termine|livree?s?|conforme|realisee?|validee?s?|commandee?s?|effectuee?)\b|\bnever (ordered|agreed|approved|requested|asked for)\b|\b(wasn'?t|was not|weren'?t|were not|isn'?t|not) (done|finished|completed|delivered)\b/,
  },
  {
    kind: 'dispute',
    weight: 3,
    re: /\b(abime|endommage|defectueu|casse|non conforme|malfacon)\w*|\b(ne|pas) (fonctionne|marche)\b|\bstill (doesn'?t|does not|isn'?t|is not|not) (work|load|working)\b|\b(doesn'?t|does not) work\b/,
  },
  {
    kind: 'dispute',
    weight: 3,
    re: /\b(annule|annulee|annulation)\b|\bcancel+ed\b|\bcancellation\b|\bnothing is owed\b|\bnot owed\b|\b(don'?t|do not) owe\b|\breject(ed|ing)?\b|\bwere never part\b|\bnever part of\b/,
  },
  {
    kind: 'dispute',
    weight: 3.5,
    re: /\b(do not|don'?t) recogni[sz]e\b|\bnever (commissioned|signed)\b|\bshould(n'?t| not) (have to )?pay\b|\bdon'?t think (i|we) should (have to |be )?pay(ing)?\b|\brather [a-z ]{0,60}\bthan pay\b|\b(pay|paying|regler|payer) (the|this|cette|la) (invoice|facture) (as it stands|en l'etat)\b|(?<!\b(run|batch|cycle|payment|payments) (got |was |were |has been )?)\bskipped\b|\bbilled (us )?twice\b|\bfactur(e|ee) deux fois\b|\bne reconnais(sons)? pas\b/,
  },
  { kind: 'dispute', weight: 2, re: /\b(correct|fix) the invoice\b|\bcharg(ed|ing) (us|me) for\b|\bcorriger la facture\b/ },
  {
    kind: 'dispute',
    weight: 2.5,
    re: /\b(pas satisfaite?s?|insatisfaite?s?|mecontente?s?|not happy|unhappy|(dis|un)satisfied|poor quality|mauvaise qualite|quality)\b/,
  },
  { kind: 'dispute', weight: 1.5, re: /\b(facture (rectifiee|corrigee|modifiee)|corrected invoice|reduction|remise|discount|refund|rembourse)\b/ },
  { kind: 'dispute', weight: 1, re: /\b(penalites|indemnite|late fees?)\b/ },

  // plan
  {
    kind: 'plan',
    weight: 4,
    re: /(?<!\b(?:pas|non|sans|not|no) )\ben (deux|trois|quatre|cinq|six|plusieurs|\d) (fois|versements|mensualites|echeances|tranches)\b|\bpayment plan\b|(?<!(funding|loan|grant|subsidy|tax|vat|first|second|third|fourth|next|final|last|remaining|1st|2nd|3rd|4th|not in|no) )\binstal+ments?\b|\bsplit (the|this|it|into|in)\b|\b(two|three|four|\d) (monthly )?payments\b|\bmonthly payments\b|\bpartial payment\b|\bpay (it )?in (parts|chunks)\b/,
  },
  {
    kind: 'plan',
    weight: 3.5,
    re: /\b(etaler|echelonner|echelonne|(?<!\bnotre )echeancier(?! (des )?fournisseurs)|etalement|mensualites|paiement partiel|plusieurs versements|virements mensuels)\b|\b(le|the) (reste|solde|rest|remainder|balance) (le mois prochain|en fin de mois|plus tard|next month|later|in \w+ weeks)\b/,
  },
  {
    kind: 'plan',
    weight: 4,
    re: /\b(half|la moitie|une moitie|moitie)( de la facture| du montant| of the invoice| of it| of the amount)? (now|maintenant|today|tout de suite|d'abord|first)\b|\b\d{1,2} ?% (in|en|now|maintenant|by|au|on|this)\b[^.?!\n]{0,40}\b(and|et|then|puis) (the )?\d{1,2} ?%|[$€£]?\d[\d,. ]{0,12} ?(€|\$|£|euros?)? ?(a|per|par) (month|mois)\b/,
  },
  { kind: 'plan', weight: 3, re: /\bgive (us|me) until\b|\b(nous|me) laisser jusqu'|\bjusqu'a (la fin|fin) (du mois|de|d')\b.{0,30}\?/ },
  {
    kind: 'plan',
    weight: 3,
    re: /\b(delai supplementaire|delai de paiement|accorder un delai|(?<!dans |sous )un (petit )?delai(?! de \d)|plus de temps|un peu de temps|(reporter|decaler) ((le |la |l'|notre |mon |votre |ce |cette )?(paiement|reglement|virement|echeance|date de paiement)|de (quelques|deux|trois|\d+) (jours|semaines)))\b|\b((?<!(seed|series \w|bridge|funding|loan|round|visa|contract) )extension|more time|extra time|bit longer|postpone|defer)\b/,
  },

  // info-request
  {
    kind: 'info-request',
    weight: 3.5,
    re: /(?<!(ne pas|n'hesitez pas a|inutile de) )\b(renvoyer|renvoyez|reenvoyer|retransmettre|transmettre a nouveau|envoyer a nouveau|faire parvenir|reediter)\b.{0,40}\b(facture|copie|pdf|duplicata)|\b(me|nous) (la |le )?(renvoyer|renvoyez|transmettre)\b|\bcopie de (la|votre) facture\b|\bduplicata\b/,
  },
  // "let me know if you need the SWIFT confirmation" offers a document rather than asking for one.
  {
    kind: 'info-request',
    weight: 3.5,
    unless: /\b(if you need|si (vous avez|tu as) besoin|si besoin|if needed)\b/,
    re: /\b(rib|iban|bic|coordonnees bancaires|releve d'identite bancaire|bank details|banking details|bank info|account details|routing number|account number|swift|sort code|w-?9|w-8ben|tax form)\b/,
  },
  { kind: 'info-request', weight: 2.5, re: /\b(bon de commande|numero de commande|po|purchase order|numero de po|reissue|re-issue)\b/ },
  // A training paid once its attendance is proven: the signed sheets or the certificate first.
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(feuilles? d'emargement|emargements?|attestations? de (presence|formation|fin de formation|realisation)|certificats? de realisation|attendance (register|sheets?|records?|list)|sign-?in sheets?|certificates? of (attendance|completion))\b/,
  },
  // "La compta a besoin que tu ajoutes l'ISBN", "we need you to add the project code": a detail to add before paying.
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(?:besoin|il (?:nous|leur|lui) faut|faudrait) que (?:tu|vous) (?:ajout|rajout|indiqu|precis|mentionn|mett|fass|modifi|complet)\w*|\bneeds? (?:you|u) to (?:add|include|put|quote|mention|state|amend|update)\b/,
  },
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(jamais|pas) (encore )?recu (cette|la|votre|de|vos) factures?\b|\b(haven'?t|have not|didn'?t|did not|don'?t seem to have|never) (received|got|get|gotten) (the|this|your|an|any) invoice\b|\bcan'?t find (it|the invoice|this invoice)\b|\bne (la )?(retrouve|trouve) pas\b/,
  },
  {
    kind: 'info-request',
    weight: 3,
    re: /\badresse (de facturation|du siege|de notre siege)\b|\bbonne adresse\b|\blibellee? a\b|\bbilling address\b|\b(l'envoyer|envoyez-la|l'adresser) a\b|\bsend (a |the )?copy\b|(?<!(not|never|ne pas|n't) )\b(resend|re-send)\b|\bsend (it|this) again\b/,
  },
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(remittance|mailing|postal) address\b|\b(a )?quelle adresse\b|\b(which|what) address\b|\bwhere (should|do) (i|we) (send|mail)\b/,
  },
  {
    kind: 'info-request',
    weight: 3,
    re: /\bitemi[sz]ed\b|\bdetailed invoice\b|\bfacture detaillee\b|\b(what'?s|what is) the invoice number\b|\binvoice number for\b|\b(vat|gst|tax|ust-?id) (number|id|no)\b|\bgstin\b|\bsend (me|us) (an|the|a) [a-z -]{0,20}invoice\b/,
  },
  {
    kind: 'info-request',
    weight: 3,
    re: /\b(quelle|de quelle|a quelle) facture\b|\bc'est laquelle\b|\bwhich one (is it|is this|do you mean|are you (talking|chasing))\b|\bquel (montant|numero)\b|\b(pourriez|pouvez)-vous preciser\b|\bwhich invoice\b|\bstatement of account\b|\bwhat is this (for|invoice)\b|\b(siret|numero de tva|kbis|attestation urssaf)\b/,
  },

  // promise
  {
    kind: 'promise',
    weight: 3,
    re: /\b(virement|paiement|reglement|cheque|versement|facture|solde)s?\s+(vous\s+)?(sera|seront|va|vont|partira|partiront|interviendra|est programme|est prevu|est planifie|sera programme)\b/,
  },
  {
    kind: 'promise',
    weight: 3,
    re: new RegExp(String.raw`\b(je|nous|on)\s+(vous\s+)?(la\s+|le\s+)?(?:(?:${FR_FUTURE_PAY})\b|(?:${FR_FUTURE_SEND})\b${NO_MONEY_NEXT})`),
  },
  {
    kind: 'promise',
    weight: 2.5,
    re: /\b(je|nous|on)\s+(vous\s+)?(la\s+)?(regle|paye|paie|vire|envoie le (virement|cheque|paiement)|fais le (virement|paiement|reglement)|fait le (virement|paiement))\b(?! pas)/,
  },
  {
    kind: 'promise',
    weight: 3,
    re: /\b(elle|il|ce|cela|ca|tout) (vous )?sera (payee?|reglee?|viree?|fait|effectuee?|envoyee?|postee?|expediee?|deposee?|remise?|partie?)\b|\bje m'engage a (vous )?(regler|payer|verser)\b|\b(je|nous|on) (lance|lancerai|lancerons|declenche|programme|programmerai|programmons) (le |un )?(paiement|virement|reglement)\b|\bvous aurez (le|votre) (paiement|virement|reglement)\b/,
  },
  {
    kind: 'promise',
    weight: 3,
    re: /\byou('ll| will) (get |be )paid\b|\b(we're|i'm|we are|i am) (paying|sending|transferring|wiring)\b|^paying (it|this|the invoice)\b|\b(drop|put) the (check|cheque) in the mail\b|\bmake sure (it'?s|it is|this is|the invoice is) paid\b|\b(i|we) can pay (on|by|next|tomorrow|friday|monday|tuesday|wednesday|thursday|\d)|\b(will|shall) be (made|paid|sent|processed|released|wired)\b/,
  },
  { kind: 'promise', weight: 2.5, re: /\bje fais le necessaire\b|\b(ce|ca) sera (regle|paye|fait|vire)\b/ },
  {
    kind: 'promise',
    weight: 3,
    re: /\b(vous serez|vous allez etre) (regle|paye|rembourse)e?s?\b|\b(va|vont|allons|vais) (etre )?(regler|payer|virer|proceder|effectuer|lancer le (virement|paiement))\b/,
  },
  {
    kind: 'promise',
    weight: 2,
    re: /\b(comite de paiement|campagne de paiements?|prochain (run|batch) de paiement|payment run|check run|cheque run)\b|\b(your invoice|it) (is|will be) included\b/,
  },
  { kind: 'promise', weight: 2.5, re: new RegExp(String.raw`\b(paiement|virement|reglement|payment|transfer|(?:the|a|your|our) check)\s+(${WHEN})\b`) },
  {
    kind: 'promise',
    weight: 3,
    re: /\b(i|we)('ll| will| shall| are going to|'re going to| am going to|'m going to)\s+(pay|send(?! (you )?(a|the|our|my) (brief|quote|proposal|spec|list|details|document|file|contract|po)\b)|transfer|wire|settle|process|get (it|this|that|the invoice|you) paid|make (the )?payment|effect (the )?payment|remit|mail|release)\b/,
  },
  {
    kind: 'promise',
    weight: 3,
    re: /\b(payment|check|cheque|transfer|wire|invoice|it|this|money)\s+(will|should|is going to)\s+(go out|be (paid|sent|made|mailed|processed|wired|transferred|settled|issued|released))\b|\b(payment|it|this|invoice) (is|has been) (scheduled|set up|queued|booked|planned)\b|\bexpect (the )?payment\b|\bwill (pay|settle|transfer|wire)\b/,
  },
  // A payables system's answer: "Scheduled pay date: 09/30/2027"; a run it will go out in: "elle passera donc le 25".
  {
    kind: 'promise',
    weight: 5,
    re: /\b(scheduled (pay|payment) date|(pay|payment) date scheduled|date de (paiement|reglement) (prevue|programmee)|(elle|la facture|votre facture|il|le paiement|le reglement) passera (donc )?(le|au|dans|avec|sur))\b/,
  },
  // Withholding a part or all of it until something is done: a dispute, whatever the politeness.
  {
    kind: 'dispute',
    weight: 4,
    unless: /\b(would|'d|might|may) have to\s*$/,
    re: /\b(holding back|hold back|withhold\w*|retain\w* \d+ ?%|(can'?t|cannot|won'?t|unable to|not able to) release(?![^.]{0,60}\b(without|until (we|i) (receive|get|have)))|(ne|n') ?(pouvons|peut|pourrons|pouvez) (donc )?pas (liberer|debloquer)|retenue de garantie)\b/,
  },
  // An invoice the debtor says repeats one already paid.
  {
    kind: 'dispute',
    weight: 6,
    re: /(?<!\b(send|need|want|provide|get)( us| me)? a )\b(duplicate of|is a duplicate|looks like a duplicate|duplicate (invoice|charge|billing))\b|\b(paying|pay) (it |this |the invoice )?(twice|two times|2 times)\b|\bpayer (deux|2) fois\b|\b(en double|doublon)\b/,
  },
  // A mailbox nobody reads says so.
  {
    kind: 'auto-reply',
    weight: 6,
    re: /\bunmonitored (mailbox|inbox|address|account)\b|\b(replies|messages|emails) (sent to [^ ]+ )?(are|is) not (read|monitored)\b|\b(ne sont|n'est) pas (lus?|lues?)\b/,
  },
  // Who to pay, what to send first.
  {
    kind: 'info-request',
    weight: 4,
    re: /\b(who|to whom) (should|do|shall|must) (we|i) (be )?(mak\w+ (the )?payment|pay|send (the )?payment|pay this)\b|\ba qui (devons|dois|faut-il) (nous |je )?(payer|regler|verser)\b/,
  },
  {
    kind: 'info-request',
    weight: 4,
    re: /\b(we|i)('ll| will)? need [a-z ]{0,40}\bbefore (this|it|the invoice|we can|payment)\b|\bavant (tout |de proceder au |le )?(paiement|reglement)\b.{0,40}\b(devons avoir|avons besoin|il nous faut|nous faut)\b|\b(nous|on) (devons|doit) (avoir|recevoir|disposer) (de )?(votre|vos)\b/,
  },
  // The invoice made out again to another name or address.
  {
    kind: 'info-request',
    weight: 4,
    re: /\b(reemettre|re-emettre|refaire|reediter|etablir) (la facture |cette facture |la |le document )?(a|au) (ce|notre|leur) (nom|adresse|siege)\b|\b(reissue|share|send|issue|make out|address) (it|the invoice|an invoice|a new invoice) (to|in the name of|addressed to)\b|\b(?:au nom de|a l'ordre de) (notre|la) (filiale|entite|societe|maison mere)\b/,
  },
  // Money on its way today or soon, said of the payment going out; "first to be paid".
  {
    kind: 'promise',
    weight: 3,
    re: /\b(it'?s|it is|payment is|cheque is|check is|transfer is|the payment'?s) going out\b|\b(i|we)('ll| will) (have|get) (it|this|the payment|the money|payment|the funds) (to you|over to you|across)\b/,
  },
  // "Le paiement est effectué par le comptable public. Il interviendra sous 30 jours": the pronoun is the payment.
  { kind: 'promise', weight: 2.5, re: /(?<=\b(paiement|reglement|virement|versement)\b[^.!?\n]{0,80}[.:;]\s*)\b(il|celui-ci) (interviendra|partira)\b/ },
  {
    kind: 'promise',
    weight: 2.5,
    re: /\b(first (thing|one|invoice|bill) (getting|to get|to be|we'?ll have|we) ?paid|en tete de liste|top of the (list|pile)|(vous etes|vous serez|tu es|tu seras|you'?re|you are|you'?ll be|you will be) (la |le )?(premiere?|first) (sur|dans|on|in) (la|ma|notre|the|my|our) (liste|list|line|queue|pile|file)(?! of\b| du\b| des (?!qu))|first in (line|the queue))\b/,
  },
  // An elliptical promise: a day and a word of certainty ("Monday for sure.", "Demain sans faute").
  {
    kind: 'promise',
    weight: 3,
    re: /(^|[.!?\n] *)(on |by |d'ici )?(monday|tuesday|wednesday|thursday|friday|tomorrow|lundi|mardi|mercredi|jeudi|vendredi|demain)[ ,]+(for sure|without fail|i promise|promise|at the latest|latest|sans faute|promis|au plus tard|c'est sur)\b/,
  },
  // A reduction the debtor applies by itself, or the principal without the charges: a dispute.
  {
    kind: 'dispute',
    weight: 5,
    re: /\b(refaction|rabais unilateral|decote)\b|\b(\d[\d  .,]*) ?(€|eur|euros?|\$|£)?,? (et non|and not|not|pas|instead of|au lieu de) (les )?[€$£]?\d|\b(pay|regler|payer) (the principal|le principal) (only|uniquement|seulement)\b/,
  },
  // Charges added to the invoice refused outright: a dispute, whatever the debtor then promises for the principal.
  {
    kind: 'dispute',
    weight: 6,
    re: /\b(do not|don'?t|will not|won'?t|n'acceptons pas|n'accepte pas|n'accepterons pas|refusons|refuse) (accept )?(these|the|this|your|any|ces|les|vos|votre|cette|ce|le|la) ([\w-]+ ){0,3}?(charges?|fees?|surcharges?|penalt(y|ies)|interest|penalites?|frais|indemnites?|interets|majorations?)\b/,
  },
  // Requests put politely, as notaries and public offices write them.
  {
    kind: 'info-request',
    weight: 3.5,
    re: /\b(je vous remercie de|merci de) (bien vouloir )?(nous |me )?(communiquer|transmettre|adresser|faire parvenir|fournir)\b/,
  },
  // "Done 👍", "C'est fait.", "Fait ! Désolé du retard" opening the reply under the reminder: paid.
  { kind: 'paid', weight: 3.5, re: /^\s*(done|all done|sorted|c'?est fait|c est fait|fait|paid|paye|regle|vire)\s*([.!]|\p{Extended_Pictographic}|$)/u },
  // "The invoice was included in our payment run of 14/08", "processed in today's payment run": it went with that run.
  {
    kind: 'paid',
    weight: 4,
    re: /\b(?:was|were|has been|have been|a ete|ont ete)\s(?:\w+\s)?(?:included|processed|paid|inclus|incluse|integree?)\s(?:in|dans)\s(?:our|the|notre|la|le|today's|yesterday's|this (?:morning|week)'s|last (?:night|week)'s)\s(?:\w+\s)?(?:payment|bacs|supplier|vendor|paiement|virements?|reglement)s?\s?(?:run|batch|cycle|campagne|lot)\b/,
  },
  // "That's it paid", "All paid up!", "My nephew and I did the transfer on Saturday".
  {
    kind: 'paid',
    weight: 4,
    re: /\b(?:that'?s|thats) (?:it |you |that |us )?(?:all )?paid\b|\ball paid(?: up)?\b|\bpaid up\b|\b(?:i|we|he|she|they|and i) (?:did|made|sent|have done|have made|have sent|'ve done|'ve made|'ve sent) (?:the|a|my|our|your) (?:bank )?(?:transfer|payment|wire)\b/,
  },
  // "On paiera quand vous aurez fixé la poignée": the money waits on a defect put right; a refusal, not a promise.
  {
    kind: 'dispute',
    weight: 5,
    re: /\b(?:paier\w*|payer\w*|regler\w*|reglerons|pay|paying|settle)\b[^.?!\n]{0,30}\b(?:quand|lorsque|des que|une fois que|once|when|after|as soon as|until)\b[^.?!\n]{0,25}\b(?:vous aurez|tu auras|you'?ve|you have|you'?ll have|you)\b[^.?!\n]{0,12}\b(?:fixe|repare|corrige|termine|fini|repris|change|remplace|refait|fixed|repaired|finished|sorted|replaced|redone|corrected|fix|repair|finish|replace|redo|correct)\b/,
  },
  // "That's gone through now", "the cheque's in the post": sent, in the words people use for it.
  {
    kind: 'paid',
    weight: 4,
    re: /\b(?:that'?s|it'?s|payment'?s|transfer'?s|(?:it|that|the payment|the transfer) has) (?:now |just )?gone (?:through|out)\b|\b(?:cheque|check)(?:'s| is| has been| was)? (?:already )?(?:in the (?:post|mail)|posted|mailed)\b/,
  },
  // "Doing it first thing tomorrow, promise", "elle part avec le batch de mardi", "tu vas recevoir ton argent".
  {
    kind: 'promise',
    weight: 3,
    re: /\b(doing it|will do it|on le fait|je le fais|elle le fera|il le fera|je le ferai|on le fera)( (first thing|des|first))? (tomorrow|today|monday|tuesday|wednesday|thursday|friday|demain|lundi|mardi|mercredi|jeudi|vendredi)\b|\b(elle|il|ca|la facture) part(ira)? (avec|dans|le|au) [^.\n]{0,30}\b(batch|lot|run|virement|paiement|lundi|mardi|mercredi|jeudi|vendredi)\b|\b(tu vas|vous allez) recevoir (ton|votre|le|la|les|l')\b/,
  },
  // Charges refused beside a principal paid, unrequested work billed, "this was included": disputes however they are said.
  {
    kind: 'dispute',
    weight: 5,
    re: /\b(indemnite|penalites?|frais de recouvrement|late (fees?|payment compensation)|interest)\b[^.]{0,140}\b(pas question|hors de question|n'en est pas question|refusons|won'?t (be )?pay|not paying|do not accept|n'acceptons pas)\b|\b(factur\w*|charg\w*|bill\w*) [^.?!]{0,30}\b(pour|for) (corriger|fixing|fix) (vos|your) (propres |own )?(bugs?|erreurs?|mistakes?)\b|\b(n'etai(en)?t|was|were) (pas|not) (prevue?s?|inclus|included|agreed|planned)\b|\bwe agreed\b[^.]{0,60}\b(were|was) included\b|\b(invoice|facture) (is|n'est|est) (not|pas) (correct|correcte|juste)\b|\buntil (that|this|it)('s| is| has been)? (fixed|corrected|sorted)\b/,
  },
  // Two cheques, one now and one later; a schedule of amounts and dates; two shares of a percentage.
  {
    kind: 'plan',
    weight: 4.5,
    re: /\b(two|three|deux|trois) (cheques|checks|payments|virements|versements)\b[^.]{0,80}\b(one|un|une) (now|maintenant|encaissable|today|tout de suite)\b|\bpost-?dated\b|\b(repayment|payment) (arrangement|schedule)\b|\barrangement de paiement\b|(\n\s*[-•*]\s*[£$€]?\s?\d[\d,. ]*\s?(€|eur|euros)?\s+(on|le|au|by|avant le)\s+[^\n]+){2,}|\b\d{1,2} ?%[^.?!\n]{0,80}\b(et|and|puis|then) (les |the )?\d{1,2} ?%/,
  },
  // "Would it be OK if we settle on the 28th?": one later day asked for is a promise, not a plan.
  {
    kind: 'promise',
    weight: 6,
    re: /\b(would it be (ok|okay|alright|fine)|is it (ok|okay|alright)|est-ce que (ca|cela) vous (irait|va)|ca vous irait) (if (we|i) |si (je|nous|on) )?(settle|pay|regle|paie|paye|reglons|payons)\b[^.?\n]{0,30}\b(on|by|le|the|d'ici|avant|demain|tomorrow|next|prochain|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)\b/,
  },
  // "Would the 28th work for you?", "Est-ce que le 25 vous irait pour le règlement ?": the day first, asked for; not a
  // meeting's ("would Monday work for a call?").
  {
    kind: 'promise',
    weight: 6,
    re: /\b(?:(?:would|could|does|will|is) (?:the \d{1,2}(?:st|nd|rd|th)?|(?:next )?(?:monday|tuesday|wednesday|thursday|friday)|(?:the )?end of (?:the |this |next )?month) (?:work|suit|be (?:ok|okay|alright|fine|acceptable))|est-ce que (?:le \d{1,2}|(?:lundi|mardi|mercredi|jeudi|vendredi)(?: prochain)?|la fin du mois) vous (?:irait|conviendrait|va)|(?:le \d{1,2}|(?:lundi|mardi|mercredi|jeudi|vendredi)(?: prochain)?),? (?:ca|cela) vous (?:irait|va|convient))\b(?![^.?!\n]{0,40}\b(?:call|meeting|chat|visit|appel|rdv|rendez-vous|reunion|visio|livraison|delivery|shoot|tournage)\b)/,
  },
  // A French public body pays through its accountant: "le mandat a été émis" is the order to pay given, "le mandat sera
  // émis la semaine prochaine" (or "le mandatement interviendra d'ici la fin du mois") the promise of it.
  { kind: 'paid', weight: 4, re: /\bmandat (?:de paiement )?(?:a ete |est |vient d'etre )?emis\b/ },
  {
    kind: 'promise',
    weight: 4.5,
    re: /\bmandat (?:de paiement )?(?:sera|va etre|devrait etre|pourra etre) emis\b|\b(?:sera|va etre|devrait etre) mandatee?\b|\ble mandatement (?:interviendra|sera (?:fait|effectue|realise)|aura lieu)\b/,
  },
  // A payment run that left with the invoice in it; a status that says paid; "sent this morning".
  {
    kind: 'paid',
    weight: 4,
    re: /\b(payment run|run de paiements?|batch|lot de paiements?) (went out|left|est parti|a ete execute)\b|\b(statut|status) [«"' ]*(reglee?|payee?|paid|settled)\b|^\s*sent (this morning|today|yesterday|earlier)\b/,
  },
  // Cheques cut, money going out, "he'd sort your invoice out then".
  {
    kind: 'promise',
    weight: 3.5,
    re: /\b(cut|write|issue) (the|a) (check|cheque)\b|\b(it|this|payment)('ll| will) go out\b|\b(he|she|they)('d| would| will|'ll) (sort|pay|settle|deal with) (your invoice|it|this)\b/,
  },
];
