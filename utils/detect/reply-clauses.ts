/**
 * Clause-level reading of a reply's own text (folded, quotes and signature already removed): the text is cut into
 * sentences and clauses, each clause is read for what it is about (a payment, the invoice, the mailbox, an absence),
 * its tense (done vs. to come), its polarity and whether it asks; the sentence gives the time. Phrases may be worded
 * in endless ways, but they keep these few features, so this reads mail the listed phrases (reply-phrases.ts,
 * reply-grammar.ts) never saw. reply.ts merges these readings with the phrases' hits.
 */
import type { PromisedDate } from './promised-date';
import type { ReplyKind } from './reply-kind';
import {
  APPROVED_FOR_PAYMENT,
  BELIEVED,
  CONDITION,
  HABITUAL,
  HARMLESS_NEGATION,
  HYPOTHETICAL,
  NEGATION,
  NOT_BEFORE,
  PAST_TIME,
  PURPOSE,
  SOON,
} from './reply-modality';

export interface ClauseReading {
  kind: Exclude<ReplyKind, 'other'>;
  weight: number;
  start: number;
  end: number;
  /** A promise that waits on something: it names no day of its own. */
  conditional?: boolean;
}

interface Clause {
  start: number;
  end: number;
  text: string;
  /** Bounds of its sentence: the time of a clause may sit in a neighbouring one ("the transfer, as agreed, goes Friday"). */
  sentenceStart: number;
  sentenceEnd: number;
  question: boolean;
}

// A sentence ends at ! ? ; or a line break, or a full stop followed by a space (not "05.11", "1,240.00").
// "invoice no. 112", "réf. 4471", "Mr. Lim" do not end a sentence.
export const SENTENCE_END = /[!?;\n]|(?<!\b(?:no|nr|ref|inv|mr|mrs|ms|dr|st|art|cf))\.(?=\s|$)/g;
// Clauses: commas (not "1,5"), colons, dashes, "mais"/"but"/"car"/"because" ("donc"/"so" keep a negation with its verb).
const CLAUSE_END = /,(?!\d)|:| --? | (?:mais|but|car|because) /g;
// A question typed without its mark still opens like one.
const ASKING =
  /^\s*(?:(?:would|could|can|may|should|shall|is|are|do|does|did) (?:it|we|i|you|they|the|this|our|that)\b|who|which|what|where|how|is there|serait-il|est-il|est-ce|peut-on|pourrait-on|pourrions|pourriez|pouvez|puis-je|pourrais-je|quel|quelle|a qui|de quelle)/;

// ---- what a clause is about
// Paying, by its verbs and nouns (FR and EN, any form; "vir/vers" only as verbs so "vers vous" does not count), or
// sending through the bank ("will send via bank on Tuesday"); not a "short-pay" (an underpayment is a deduction).
export const PAYMENT =
  /\b(?:(?:le|un|ton|ce|du) vir\b|deposits?|depot direct|direct debit|prelevements?|credited|credite[es]{0,2}|crediter|(?:payment|pay|cheque|check|bacs|supplier|fournisseurs?) (?:runs?|cycles?|batch\w*)|(?:lot|campagne|run|cycle) de (?:paiements?|virements?|reglements?)|vir+e?m+e*n?t|paie?m\w{0,2}nt|paym\w{0,2}nt|payemnt|tran?s?fer\w*|trasnf\w*|regl(?:e|ee|es|ees|ent|er|ons|ez|ement|ements|erai\w*|eron\w*|era\w*|ais|ait)|(?<!short[- ])pay(?:e|ee|es|er|ons|ez|ent|erai\w*|era\w*|ais|ait|ment|ments|ing|s|able)?|(?<!short[- ])paid|paie\w*|paiements?|vir(?:e|ee|es|er|ons|ez|ement|ements|ment|erai\w*|era\w*)|vers(?:e|ee|es|er|ons|ez|ement|ements|erai\w*|era\w*)|sold(?:e|ee|er|erai\w*|era\w*)|honor\w*|acquitt\w*|debit\w*|cheques?|(?:a|the|your|my|our) check|check (?:#|no\.? ?|number )?\d+|checks|fonds|funds|money|sommes?|sum|montants?|amount|balance|ordres? de (?:virement|paiement)|(?:l'|cette |l')operation|transferts?|transfer\w*|wir(?:e|ed|es|ing)|settl\w*|remit\w*|remittance|bacs|ach|sepa|tt|clear(?:ed)?|payouts?|zelle|venmo|paypal|wise|revolut|lydia|interac|e-?transfer|(?:send|sent|sending|envoi\w*|envoy\w*) (?:\w+ )?(?:via|by|through|par) (?:the |la )?(?:bank|banque))\b/;
// Doing "it" when "it" is the invoice: "je m'en occupe", "je m'occupe de votre facture", "le nécessaire sera fait",
// "I'll action it", "get it sorted", "will arrange the payment".
const DOING_IT =
  /\b(?:le necessaire|(?:m'occupe|nous occupons|s'occupe)\w* (?:de (?:votre|la|ta|cette) facture|du (?:paiement|virement|reglement))|(?:take care of|sort out|deal with|arrange) (?:your|the|this) (?:invoice|payment|transfer|bill)|m'en occupe\w*|nous en occup\w*|s'en occup\w*|vous fais (?:ca|le)|fais ca|ce sera fait|c'est fait|(?:action|actioned|sort|sorted|handle|handled|do|done) (?:it|this|that)|(?:get|got|have|has) (?:it|this|that) (?:sorted|done|actioned|handled|paid|cleared)|take care of (?:it|this|that)|(?:it|this|that)(?:'ll| will) go out|go(?:es|ing)? out|get (?:it|this|that|the money|payment) (?:over|across|through|to you)|put(?:ting)? (?:it|this|that|the payment) through|(?:will|'ll|ill|gonna|going to) send (?:it|this|that|the money|you the money)|releases? (?:it|the payment|payment|the funds|funds)|sorted (?:on|at|from) (?:our|my) (?:end|side)|^\s*sorted|c fait|(?:ca|cela|tout|le tout) (?:va |devrait |doit |pourra )?part(?:ir|ira)?|it (?:goes|leaves|will go|will leave)|(?:it|this|that)(?:'ll| will)? be (?:taken care of|dealt with|handled|sorted|done)|fix (?:you|u) up|get on(?: ?to)? it|je m'y (?:mets|attelle)|on s'y met|square (?:you|u|it|that|this) (?:up|away)|squared (?:away|up)|settle up|(?:it|this|that) (?:went|has gone|'s gone) (?:through|out|over|across)|c'est (?:passe|parti)|(?:ca|cela|tout) est (?:passe|parti)|(?:will|'ll|ill|gonna|going to) (?:sort|action|handle)|(?:it'?s|it is|c'est|ca sera|ce sera) (?:booked|scheduled|planned|prevue?|programmee?|planifiee?)|(?:pay|payer|regler) (?:you )?(?:bit by bit|petit a petit|little by little|in stages|par tranches))\b/;
// The money arriving, said of "it" or with no subject at all ("Will be with you Tuesday", "ça devrait arriver lundi",
// "finance have it on their list for next week's run"): about paying only when a day to come is named with it.
const ARRIVING =
  /\b(?:(?:it|this|that|ce|ca|cela|elle|il)(?:'ll| will|'s| sera| devrait| doit| va)? (?:\w+ )?(?:be with you|etre chez vous|chez vous|land|arriv\w*|reach you|tomb\w*|parvenir)|(?:should|devrait|devraient) (?:land|arriv\w*|reach you|come through)|expect (?:it|the money|funds|payment)|top of (?:the|my) list|en haut de la pile|en tete de (?:liste|pile)|on (?:their|our|the) list|dans le lot|(?:mise?|inscrite?) dans le (?:lot|run|prochain)|(?:next|this) week'?s? (?:run|batch))\b|^\s*(?:will|should|it'?ll) (?:be with you|land|arrive|reach you)/;
// The money seen from the freelancer's side: "vous recevrez les fonds", "funds should reach you", "you'll have it".
const TO_YOU =
  /\b(?:(?:sur|dans) (?:votre|ton) compte|(?:in|on|into|to) your (?:account|bank)|vous (?:le |la |les )?(?:recevrez|aurez|verrez)|tu (?:le |la |les )?(?:recevras|auras)|(?:you'?ll|you will|you should) (?:have|get|receive|see) (?:it|the|your|payment|funds|the money)|(?:reach|hit|land in|arrive (?:in|on)) (?:you|your)\b)/;

// ---- tense
// A payment to come: future or periphrastic future, scheduling words.
const TO_COME =
  /\b(?:will|shall|'ll|ill|gonna|going to|down for|inscrit|plan(?:ning)? to|intend to|aim to|due to|set to|scheduled|planned|queued|booked|lined up|upcoming|next|sera|seront|va|vont|vais|allons|allez|devrait|devraient|doit|doivent|pourra|pourrai|pourrons|pourront|partira|partiront|interviendra|interviendront|suivra|prevue?s?|programmee?s?|planifiee?s?|prochaine?s?|promis|\w{2,}(?:erai|erons|eront|era|irai|irons|iront|ira))\b|\bpour (?:le |la |demain|lundi|mardi|mercredi|jeudi|vendredi|fin)|\b(?:in|into|with|avec|dans|lors de) (?:our|the|notre|la|le|nos|les)? ?(?:next |prochaine? |upcoming )?\w*'?s? ?(?:payment|pay|cheque|check|bacs|supplier) ?(?:runs?|cycles?|batch\w*|payments)\b/;
// A payment done: auxiliary then a participle (paying, or sending the cheque: "a été remis au facteur", "was couriered"),
// the simple past, a day already gone, or the payment named then a bare participle ("TT remittance done"; not "on vous
// fait le virement", a present).
const DONE =
  /\b(?:(?:ai|as|a|avons|avez|ont|avait|avions|avaient|est|sont|etait|ete|has|have|had|'ve|was|were|been|is now|has now|just|already|deja|viens de|venons de)\s+(?:\w+\s+){0,3}?(?:regle|paye|vire|verse|solde|honore|acquitte|debite|credite|transfere|effectue|execute|fait|emis|envoye|passe|lance|transmis|parti|realise|procede|poste|expedie|remis|depose|paid|settled|transferred|wired|remitted|released|cleared|sent|mailed|couriered|dispatched|handed|processed|made|actioned|completed|executed|gone|debited|credited|initiated|issued)e?s?|(?:went|gone) (?:out|through|over|across)|ce matin|hier|yesterday|this morning|earlier today|last (?:week|night|friday|monday|tuesday|wednesday|thursday)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine) derniere?|(?:the )?other day)\b|^\s*(?:regle|paye|vire|paid|settled|transferred|wired|cleared|sorted|c fait)\b|\b(?:i|we|they|he|she)\s+(?:\w+\s+)?(?:paid|settled|transferred|wired|remitted|cleared|released)\b|^\s*(?!(?:on|je|nous|vous|tu|il|elle|ils|elles)\b)(?:\S+ ){1,3}(?:done|fait|effectue|sent|envoye|made|completed?)\b|\b(?:just now|a l'?instant|tout juste|by now|a l'heure qu'il est)\b|\b(?:it'?s|that'?s|this is|it is|that is)\s+(?:now\s+|all\s+)?(?:paid|settled|sorted|done|cleared)\b|\b(?:left|has left|a quitte|est sortie?) (?:our|my|the|notre|mon|le) (?:account|bank|compte|banque)\b/;
// Done words that still announce a later day ("c'est réglé mardi prochain", "released for tomorrow").
const LATER =
  /\b(?:demain|tomorrow|prochaine?|next|d'ici|sous \d|within|dans \d|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end|end of|next)|for (?:tomorrow|monday|tuesday|wednesday|thursday|friday)|pour (?:demain|lundi|mardi|mercredi|jeudi|vendredi)|(?:a la |en )?fin (?:de (?:la )?semaine|du mois)|(?:at the |by the )?end of the (?:week|month))\b/;
// A later time asked for ("un peu plus tard", "a few weeks").
const LATER_ON = /\b(?:later|plus tard|a few (?:more )?(?:days|weeks)|quelques (?:jours|semaines)|next month|le mois prochain)\b/;
// The conditional supposes ("je réglerais si…"), except "devrait", which expects.
const CONDITIONAL_MOOD = /\b(?!devr)\w{3,}(?:rais|rait|rions|raient)\b|\bwould\b/;
// Not paying by choice, not by inability: "not prepared to", "hors de question", "we will not be settling".
const REFUSAL =
  /\b(?:not comfortable|pas a l'aise|reluctant|hors de question|pas question|refus\w*|not prepared|not willing|no intention|aucune intention|pas l'intention|(?:do not|don'?t|n'avons pas|n'ai pas) (?:the )?inten\w*|decline|turn(?:ed)? down|reject\w*|rejet\w*|won'?t|will not|ne (?:sera|seront|vais|allons|va)|pourquoi|why (?:should|would))\b/;
const REFUSAL_DENIED = /\b(?:ce n'est pas|c'est pas|it'?s not|not) (?:que|that) (?:nous|je|on|we|i)\b/;
// A refusal said on its own ("Not happening.", "Hors de question !").
const REFUSAL_ALONE =
  /^\s*(?:not happening|no way|certainly not|absolutely not|out of the question|hors de question|pas question|jamais de la vie|non merci)\b|\b(?:you'?ll|you will) get nothing|vous n'aurez rien|pas un (?:centime|sou)\b|not a (?:penny|cent)\b/;
// "Our system doesn't accept links", "notre logiciel n'accepte pas…": the debtor's tools set a format, they refuse nothing.
const MACHINE_REFUSES =
  /\b(?:system|software|portal|platform|tool|erp|app|logiciel|systeme|portail|plateforme|outil|application)s? (?:\w+ )?(?:doesn'?t|does not|dont|won'?t|will not|cannot|can'?t|n'accept\w*|ne (?:peut|prend|gere|lit))\b/;
// Accepting the invoice, whose negation in the future is a refusal ("nous ne validerons pas ce montant").
const ACCEPTING = /\b(?:valid\w*|accept\w*|approuv\w*|approv\w*|sign\w* (?:\w+ )?off|signer\w*|signe(?:rai|rons|ra))\b/;
// "I can commit to settling your invoice in full within 14 days", "je m'engage à vous régler".
const COMMITTING = /\b(?:commit(?:ted)? to|undertake to|m'engage a|nous (?:nous )?engageons a|we (?:can )?guarantee)\b/;
const GRAMMATICAL_FUTURE = /\b(?:will|shall|won'?t|'ll|\w{3,}(?:erai|erons|eront|era|irai|irons|iront|ira))\b/;
// "tant que j'ai pas ça", phone-typed without its "ne", is the same condition.
const PRECONDITION = /\b(?:without|sans|until (?:we|i) (?:receive|get|have)|tant que (?:nous n'avons|je n'ai|on n'a|j'ai|on a|nous avons) (?:pas|rien))\b/;
const INABILITY = /\b(?:pouvoir|pourr\w*|peux|peut|pouvons|en mesure|can'?t|cannot|could not|couldn'?t|unable|able|afford)\b/;

// ---- other subjects
// The invoice's own facts questioned: its addressee, entity, order, content.
const INVOICE_FACTS =
  /\b(?:beneficiar\w*|titulaire|payee|account name|(?:which|what|quel|a quel) (?:name|nom)|vat|tva|ht|ttc|tax|included|inclus|figure|ligne|line|rate|taux|site|sites|addressed|made out|entity|office|company|entite|societe|raison sociale|au nom|adress\w*|purchase order|po|bon de commande|numero de commande|commande|order|reference|prestation|timesheets?|frais|costs?|charges?|fees?|correspond\w*|compte|account|(?:which|what|quel(?:le)?) (?:project|projet|mission|job|chantier))\b/;
const INVOICE = /\b(?:factures?|invoices?|bills?)\b/;
const INTERROGATIVE = /\b(?:who|which|what|where|how|quel(?:le)?s?|qui|quoi|comment)\b/;
// A document the freelancer must provide first.
const DOCUMENT =
  /\b(?:breakdown|detail\w*|hours|heures|receipts?|explanation|explication\w*|informations?|precisions?|document\w*|justificatif\w*|proof|releve d'heures|timesheet\w*|bon de livraison|delivery note|proces-verbal|piece jointe|attachment|fichier|file|version|illisible|unreadable|attestation|certificate|certificat|registration|immatriculation|kbis|siret|insurance|assurance|w-?9|form|formulaire|copie|copy|duplicata|pdf|portail|portal|numero de tva|vat number|rib|iban|bank details|coordonnees)\b/;
const NEEDING =
  /\b(?:sans (?:le|la|ce|cette|les|ces|votre|vos)|without (?:the|a|this|your)|il (?:me|nous) faut|il (?:me|nous) faudrait|(?:j'ai|nous avons|on a) besoin|(?:i|we) (?:need|require|will need|would need)|(?:before|avant (?:de|que)) (?:we|i|nous|je)\b|possible de (?:la |le )?(?:deposer|envoyer|transmettre))/;
// Asked for outright: "envoie-moi le détail", "send us the timesheets", "merci de nous transmettre le PV".
const SEND_US =
  /\b(?:envoie|envoyez|transmets|transmettez|renvoie|renvoyez)-(?:moi|nous)\b|\b(?:send|forward|email|e-mail) (?:me|us) (?:over )?(?:the|a|your|an)\b|\bmerci de (?:me|nous) (?:envoyer|transmettre|faire parvenir|communiquer)\b/;
const INVOICE_MISSING =
  /\b(?:il manque|missing|manquante?s?)\b.{0,40}\b(?:facture|invoice)\b|\b(?:no|pas de|aucune?|sans|without)\b.{0,20}\b(?:piece jointe|attachment|(?:invoice|facture) (?:attached|jointe?))|\b(?:pas|jamais|never|not|haven'?t|n'avons|n'ai|no)\b.{0,25}\b(?:recu|retrouve|trouve|received|had|got|found|record of)\b.{0,25}\b(?:facture|invoice)|\b(?:facture|invoice)\b.{0,40}\b(?:ne mentionne pas|n'indique pas|doesn'?t (?:show|mention|include)|missing|manque)\b/;
// Instalments asked for: a part now and the rest later, or an amount per period.
const INSTALMENTS =
  /\b(?:half|la moitie|une partie|part|some|a portion|\d[\d ,.]{0,12}\s?(?:€|\$|£|eur|euros?|k)?) (?:now|today|this month|tout de suite|maintenant|ce mois-?ci|d'abord|first)\b|\b(?:the rest|the balance|the remainder|le reste|le solde)\b|(?<!\b(?:\d ?x|une fois|once|deux fois|twice) )\b(?:a|per|par|each|chaque) (?:month|mois|week|semaine)\b|\ben (?:deux|trois|quatre|\d) (?:fois|versements)\b|\bin (?:two|three|four|five|six|\d) (?:instal\w*|payments|parts|chunks|tranches|goes|stages|transfers)\b/;
// The mailbox answering for itself.
const MAILBOX =
  /\b(?:this (?:mailbox|inbox|address)|cette (?:boite|adresse)|(?:your|votre|vos|my|mes) (?:message|email|e-mail|mail|courriel|demande|request)s?|messages?)\b (?:\w+ ){0,4}?(?:is|are|will be|has been|sera|seront|a ete|ont ete|est|sont|won'?t be|will not be)(?: pas)? (?:\w+ )?(?:checked|reviewed|monitored|read|dealt with|handled|processed|picked up|registered|logged|consultee?|relevee?|traitee?s?|transferee?s?|pris en charge|enregistree?|lue?s?|created|creee?|opened|ouverte?|received|recue?)\b|\b(?:genere|generated) (?:par|by|automatiquement|automatically)\b|\b(?:(?:no|sans|without)|(?:limited|intermittent|restricted|patchy|sporadic|occasional|restreint|limite|intermittent)\w*) (?:access to|acces a (?:mes|mon|ma)) ?(?:e-?mails?|messagerie|mails?|courriels?)\b/;
// A robot acknowledging (its ticket number bare or in brackets: "ticket #5107", "ticket (#5107)"; its answer time in
// business days or hours; a menu "for other requests…"), or a part-timer answering on their next day.
const ACKNOWLEDGING =
  /\b(?:responses? (?:may|will|can) take|(?:le )?delai de (?:reponse|traitement) (?:peut|est|sera)|due to (?:high|heavy|a high) volumes?|en raison d'un (?:fort|grand|important) volume|(?:this|ce) (?:message|e-?mail|courriel|mail) (?:\w+ ){0,2}(?:confirm\w*|accus\w*)|(?:request|demande|ticket|case) ?\(?(?:#|n ?o|number|numero) ?\d{3,}|only (?:handles?|deals? with|answers?|processes|checks?)|ne (?:traite|traitent|repond|repondent|lit|lisent) (?:\w+ ){0,3}que|accus\w* (?:de )?reception(?! de (?:votre|ta) (?:relance|mise en demeure|courrier|lettre|facture|rappel))|acknowledge\w* receipt(?! of your (?:reminder|letter|invoice|notice))|robot|automated system|systeme automatique|(?:numero de (?:ticket|demande|dossier)|ticket (?:number|id|no)|reference (?:du |de la )?(?:ticket|demande))\s*:?\s*#?\s*[\w-]*\d{3,}|(?:a |un |your |votre )?(?:ticket|case) (?:\w+ ){0,2}(?:has been|a ete|was) (?:created|opened|cree|ouvert|logged)|(?:reply|respond|repondez|saisir votre reponse|ecrivez) (?:\w+ ){0,2}(?:above|au-dessus de) (?:this|cette) (?:line|ligne)|(?:votre )?demande (?:\(?n ?o? ?\d+\)? )?a bien ete (?:prise en compte|recue|enregistree)|reduced (?:hours|staff)|skeleton staff|effectifs? reduits?|equipe reduite|part-time|\b(?:we|team|staff|someone|agents?|advis[eo]rs?)\b(?:'ll| will| aim to| shall)? (?:\w+ ){0,2}?(?:get back to|respond to|reply to|answer) (?:you|your \w+|(?:all |every )?(?:queries|enquiries|inquiries|requests|emails|messages|query|enquiry|request|email|message))\b.{0,20}\bwithin \d+(?:-\d+)? (?:(?:business|working) days|hours)|(?:revenir vers|repondre a) vous (?:sous|dans les|d'ici) \d+ (?:jours|heures|h)\b|\b(?:repond\w*|trait\w*) (?:a )?(?:toutes )?(?:les |vos )?(?:demandes|messages|questions|courriels|e-?mails) (?:sous|dans les|d'ici|en) \d+ ?(?:jours|heures|h)\b|allow \d+ (?:business |working )?(?:hours|days) for (?:a )?(?:response|reply)|(?:pour|for) (?:toutes )?(?:les |all )?autres demandes|for (?:all )?other (?:enquiries|inquiries|requests|questions)|(?:reply|respond|answer)\w* on my next working day|my next working day|mon prochain jour (?:de travail|ouvre|travaille))\b/;
// An office or team closed, as a notice says it ("The accounts office is closed for stocktaking until 1 March").
const CLOSED =
  /\b(?:office|offices|bureaux?|service|department|team|equipe|agence|cabinet|comptabilite|shop|store|boutique|magasin|atelier|we|nous)\b.{0,30}\b(?:is|are|'re|est|sont|sommes|will be|sera|seront) (?:\w+ )?(?:closed|fermee?s?)\b|\b(?:reouverture|reopen(?:s|ing)? on)\b/;
// A notice's short form: "Absent toute la semaine…", "Back Monday." (weak: a person may write it and still promise).
const AWAY_SHORT =
  /^\s*(?:absente?s? (?:toute la|cette|jusqu)|(?:de retour|back)(?: in the office| au bureau)? (?:le |on )?(?:lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|\d))/;
const AWAY =
  /\b(?:i'?m|i am|we are|we'?re|je suis|nous sommes) (?:off|away|out|en conge\w*|absente?s?|en deplacement|on (?:a |an )?(?:\w+ )?(?:shoot|trip|leave|holiday|vacation|assignment|mission|tour)|abroad|travell?ing|overseas|en vacances|en voyage|a l'etranger)\b.{0,40}\b(?:until|till|jusqu'(?:au|a)|through|back|retour)\b|\b(?:spotty|patchy|limited|intermittent) (?:connection|connectivity|signal|wifi|reception)\b/;

// ---- requests without a question
// The invoice lacks a mention the debtor's books need ("ne comporte pas le nom du demandeur interne").
const LACKS_A_MENTION =
  /\b(?:doesn'?t|does not|do not|don'?t|ne|n')\s?(?:\w+ )?(?:include|contain|show|mention|state|comporte|contient|mentionne|indique|porte)s?\b(?: pas)? (?:the |le |la |les |de |d'|du |any |a |un |une )?(?:name|nom|numero|number|reference|mention|po|purchase order|bon de commande|siret|siren|adresse|address|code)\b/;
// Suppliers must register on a portal first ("register their details on our portal", "renseigne ses coordonnées sur notre plateforme").
const REGISTER_FIRST =
  /\b(?:register\w*|enrol\w*|onboard\w*|sign up|s'inscrire|inscri\w*|s'enregistrer|renseign\w*|creer (?:un|votre) compte)\b.{0,50}\b(?:portal|portail|plateforme|platform|supplier (?:site|system)|espace fournisseurs?)\b/;

// ---- disputes without the usual words
// The invoice's price set against another one agreed ("uses a rate of 0.14, but we agreed on 0.11").
const OTHER_PRICE_AGREED =
  /\b(?:but|whereas|alors que|mais|however|cependant|pourtant|while)\b,? (?:we|nous|on|you|vous) (?:had |avions |avait |aviez |have |avons )?(?:agreed|convenu|quoted|annonce|devise|decided|decide|fixe) (?:on |de |d'|upon )?(?:a |an |un |une |le |la |the )?(?:\d|rate|price|fee|tarif|prix|montant|amount|forfait|fixed|total)/;
// Asked to redo the invoice at the right price: the amount is contested ("Please reissue for the right amount").
const REISSUE_RIGHT =
  /\b(?:reissue|re-issue|redo|refaire|refais|corrig\w*|correct|rectifi\w*|amend|revise)\b.{0,40}\b(?:right|correct|agreed|bon|juste|convenue?)\w* (?:amount|rate|price|tarif|montant|prix|figure)\b/;
// Not owed as invoiced: deducted, accepted with reservations, not (yet) due, not justified, nothing owed.
const NOT_OWED_AS_INVOICED =
  /\b(?:ne rien (?:vous )?devoir|nothing is owed|deduct\w*|dedui\w*|set(?:ting)? off against|offset\w* against|(?:avec|sous) reserves?|with (?:snags|reservations)|n'a pas lieu d'etre|pas lieu de (?:nous )?(?:facturer|payer|regler)|nothing to (?:invoice|pay|bill)|rien a (?:facturer|payer|regler)|(?:non |pas |in)justifiee?s?|unjustified|not justified|(?:isn'?t|is not|not|pas) (?:yet )?(?:over ?due|en retard)|ne (?:vous )?(?:dois|devons|doit) rien|(?:owe|owes) (?:you )?nothing|(?:don'?t|do not) owe|(?:isn'?t|not|pas|n'est pas|is not) (?:yet )?(?:due|payable|exigible|du|dus|due)|premature|prematuree?|falls? due (?:only )?after|only (?:falls?|becomes?) due)\b/;
const BILLED_TWICE =
  /\b(?:factur(?:e|ee|ez|er|ent)|compt(?:e|ez|er|ent)|bill(?:ed|ing)?|charg(?:ed|ing)|invoiced)\b.{0,30}\b(?:deuxieme fois|seconde fois|second time|twice|deux fois)\b/;
// Paid with an amount taken off ("we have paid your invoice minus CHF 40 for bank charges", "réglé moins 50 € de frais"):
// the debtor deducts, whatever the reason given.
const PAID_LESS =
  /\b(?:paid|settled|transferred|wired|regle|reglee|paye|payee|vire|viree|verse|versee)\b[^.!?\n]{0,50}?\b(?:minus|less|moins|net of|after deducting|deduction faite d[eu]s?|en deduisant)\s+(?:the |our |your |les? |la |nos |vos )?(?:[a-z]{3} ?)?[€$£]?\s?\d/;
// Holding the money back on purpose.
const WITHHOLDING =
  /\b(?:garde|gardons|keep(?:ing)? (?:back|the money|the payment|payment|the balance|the amount|\d)|retain\w*|hold(?:ing)?|held|withh\w*|suspend\w*|bloqu\w*|gel\w*|retenir|retenons|retient|retenu\w*|freez\w*|frozen|block\w*)\b/;
// "bon à payer" is an approval, "qui doit nous régler" money coming to the debtor: neither is the debtor paying ("pouvons-nous
// régler", the subject inverted, is).
// Also someone else's payment named by its owner: "notre donneur d'ordre nous a confirmé son règlement pour le 10".
const NOT_THE_DEBTOR_PAYING =
  /\bbon a payer\b|\b(?:son|sa|leur|their|his|her) (?:reglement|paiement|virement|versement|payment|transfer|wire)\b|(?<!-)\b(?:nous|me|m') (?!\w*ons\b)(?:regl|pai|pay|vir|vers)\w*|\b(?:pays?|paid|paying|settles?) (?:us|me)\b/g;
// Paying only once the work is finished: withholding, whatever the tense ("je réglerai quand le site sera terminé").
const UNTIL_WORK_DONE =
  /\b(?:quand|lorsque|une fois que|des que|until|once|when|as soon as|tant que|avant que|qu'apres|only after|not until)\b.{0,60}\b(?:reimpression|correction|reparation|remplacement|reprise|terminee?s?|finie?s?|livree?s?|reparee?s?|corrigee?s?|fixed|finished|completed?|delivered|working|works|stable|resolved|repaired|put right|rectifi\w*|remedied|lifted|levees?|fonctionne\w*|marche|live|en ligne|operationnele?s?|resolved|resolue?s?)\b/;
// Paying part and no more ("we'll settle the agreed figure and nothing more").
const NOTHING_MORE = /\b(?:and nothing more|not a (?:penny|cent) more|pas un centime de plus|et rien de plus|rien de plus)\b/;
// A share of the invoice, with no rest to follow ("we will therefore pay 90% of the invoice"): the rest is refused.
const SHARE_OF_INVOICE = /\b\d{1,2} ?% (?:of|de) (?:the |la |l'|votre |your |ce |this )?(?:invoice|facture|amount|montant|total|bill)\b/;
// Paying one thing "but not" another ("we'll pay the fee, but not the interest", "je paie la facture, pas les frais",
// "la facture je la paye, vos pénalités non"): what follows "not" is refused, unless it is only a time ("but not before
// Friday"), a comfort ("pas de souci", "not to worry") or the way it is paid ("je règle la totalité, pas en plusieurs fois").
const NOT_REFUSING =
  /(?! (?:by|par|via|before|avant|until|jusqu|till|later|plus tard|yet|encore|today|tomorrow|aujourd'hui|demain|now|maintenant|tout de suite|right away|this week|cette semaine|this month|ce mois|the \d+(?:st|nd|rd|th)?|le \d+|on \w+day|next|la semaine|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|a problem|an issue|to worry|de (?:souci|soucis|probleme|problemes)|d'inquietude|en (?:plusieurs|deux|trois|\d) (?:fois|versements)|in (?:instal+ments|parts|several payments))\b)/;
const PAYING_BUT_NOT = new RegExp(
  // After a comma, "not" refuses only in the clause of the paying verb ("happy to pay but I only have the estimate, not an invoice").
  String.raw`\b(?:pay|settl|regl|vers|pai|vir)\w* (?:.{0,60}?\b(?:but|mais)\b,?|(?:(?!\b(?:but|mais)\b)[^,]){0,60},) (?:not|pas|certainly not|surement pas)\b${NOT_REFUSING.source}` +
    String.raw`|\b(?:pay|settl|regl|vers|pai|vir)\w*\b.{0,20}, (?:but |mais )?(?:the|your|these|vos|les|ces|votre|la|le|l') ?\w+(?: \w+)? (?:non|no|not)\b`,
);
// Paying only a part named (what was agreed, the net, the principal), when no day is given: the rest is refused.
const ONLY_A_PART =
  /\b(?:pay|settle|pai\w*|pay\w*|regl\w*|vers\w*) (?:(?:only|seulement|uniquement|que) )?(?:for )?(?:what (?:was|we|we'd|we had) agreed|the agreed (?:figure|amount|price|fee|sum)|ce qui (?:etait|avait ete|a ete) (?:convenu|prevu|annonce)|ce (?:qu'on|que nous|que l'on|que j'avais|que je) (?:avait |avions |a |avons |ai )?(?:convenu|prevu|dit|annonce|accepte)|le (?:montant|prix|tarif) (?:convenu|annonce|prevu))\b|\b(?:pay|settle|pai\w*|pay\w*|regl\w*|vers\w*) (?:(?:only|seulement|uniquement|que) (?:the |le |la |l')?(?:net|principal|base|ht|montant (?:net|ht|hors taxes?|principal|de base))|(?:the |le |la |l')?(?:net|principal|base|montant (?:net|ht|hors taxes?|principal|de base))(?: amount| sum| figure| fee)? (?:only|seulement|uniquement))\b/;
// Paying in stages, offered rather than asked: per period (an amount, not "the 25th of each month"), bit by bit, a
// first part then the rest, or paying "in 2 rates" / "en trois mensualités" (a count of parts, whatever they are called,
// but not of days or weeks: "pay in 2 weeks" is a time).
const STAGED =
  /\b(?:pay|settle|payer|regler)\w* (?:\w+ ){0,3}?(?:in|en|via|par|through|by|with|avec) (?:two|three|four|five|six|deux|trois|quatre|cinq|six|[2-9]) (?!(?:days|weeks|months|years|hours|minutes|working|business|jours|semaines|mois|ans|heures|minutes|ouvres)\b)\w+s\b|\d[\d ,.]{0,12}\s?(?:€|\$|£|eur|euros?|k)?\s?(?:now|today|this (?:month|week)|tout de suite|maintenant|ce mois-?ci|cette semaine)\b.{0,60}\b(?:remaining|restants?|le reste|the rest|the balance|le solde|the remainder)\b|\b\d+(?:[ ,.]\d{3})*(?:[.,]\d{1,2})?(?![\d.,]|(?:st|nd|rd|th|er)\b|\s(?:of|de)\s)\s?(?:€|\$|£|eur|euros?|k)?.{0,25}?\b(?:chaque|each|every|per|par|a) (?:debut |fin |start |end )?(?:de |of )?(?:the )?(?:month|mois|week|semaine)\b|\b(?:over (?:the )?(?:next |coming )?(?:two|three|four|five|six|\d+) months|sur les (?:deux|trois|quatre|cinq|six|\d+) (?:prochains )?mois|(?:in|par|en) (?:equal|montants|versements|mensualites) ?(?:amounts|instal\w*|parts|egaux|egales)?|bit by bit|petit a petit|little by little|in stages|par tranches|(?:petit )?bout par (?:petit )?bout|au fur et a mesure|in dribs and drabs)\b|\b(?:un premier|une premiere|a first|an initial|un acompte|a part)\b.{0,90}\b(?:le reste|the rest|le solde|the balance|the remainder)\b|\b\d{1,2} ?%.{0,60}\b(?:and|et|puis|then) (?:\w+ )?(?:le reste|the rest|le solde|the balance|the remainder)\b|\b(?:each|every|chaque) (?:other |of the )?(?:following |next |coming )?(?:\w+ )?(?:months?|weeks?|fridays?|mondays?|mois|semaines?)\b.{0,40}\b(?:until|jusqu'a)\b|\b(?:until|till|jusqu'a ce que|jusqu'a)\b.{0,40}\b(?:balance|solde|soldee?|paid off|cleared|rembourse\w*|apuree?)\b/;
// A schedule named as such, offered or imposed ("creditors are being offered a repayment plan", "règlement en deux temps").
const PLAN_NAMED =
  /\b(?:(?:re)?payment (?:plan|schedule)|plan (?:de (?:reglement|remboursement|paiement|apurement)|d'apurement)|echeancier(?! (?:des |de paiement des )?fournisseurs| du \d)|(?:payment|reglement|paiement) en (?:deux|trois|quatre|\d) (?:temps|fois|versements|etapes)|(?:payment|pay) in (?:two|three|four|\d) (?:steps|stages|parts|instal\w*)|mensualites)\b/;
// Not paying in full: a partial refusal, unless the sentence gives the budget as the reason (then a plan).
const NOT_IN_FULL =
  /\b(?:full (?:price|amount|invoice|fee)|(?:the|le) (?:plein|full) (?:tarif|prix|price)|plein tarif|prix plein|totalite|integralite|l'integralite|in full)\b/;
const UNFAIR = /\b(?:not fair|unfair|pas juste|injuste)\b/;
// A bank's charges taken on the way ("charges shared (SHA), a small deduction may appear"): not the debtor deducting.
const BANK_DEDUCTION =
  /\b(?:bank|banque|bancaires?|sha|swift|intermediary|intermediaire|shared|partages)\b.{0,60}\b(?:deduct\w*|dedui\w*)|\b(?:deduct\w*|dedui\w*)\b.{0,30}\b(?:by the bank|par la banque|bank charges|frais bancaires)\b/;
const BUDGET = /\b(?:budget\w*|tresorerie|cash|exercice|financial year|fiscal year|funds|fonds|liquidit\w*)\b/;
// The invoice set against what was agreed, negatively ("le taux appliqué n'est pas celui du contrat").
const REFERENCE = /\b(?:contrat|contract|devis|quote|estimate|commande\w*|order\w*|convenu|agreed|agreement|accord|signe|signed|prevue?s?)\b/;
const INVOICED_THING =
  /\b(?:factur\w*|invoice\w*|montant|amount|taux|rate|quantit\w*|frais|costs?|charges?|heures|hours|jours|days|prix|price|fees?|tarif|total)\b/;
const MISMATCH =
  /\b(?:(?:don'?t|doesn'?t|do not|does not|ne) (?:\w+ )?(?:match|correspond\w*|reflect\w*|reflet\w*)|(?:isn'?t|is not|aren'?t|are not|n'est pas|ne sont pas) (?:the one|the ones|celui|celle|ceux|celles|ce qui|what))\b/;
// Charged for something, although… ("vous nous facturez le déplacement alors que tout s'est fait à distance").
const CHARGED_ALTHOUGH = /\b(?:factur\w*|invoic\w*|charg\w*|bill\w*|compt(?:ez|e))\b.{0,60}\b(?:alors que|although|even though|whereas|despite|bien que)\b/;
// Paying once a credit note or corrected invoice arrives: the invoice as it stands is refused.
const ON_CORRECTION =
  /\b(?:des|a|apres|upon|on|after) (?:reception|receipt) (?:de |of )?(?:l'|un |une |the |a )?(?:avoir|credit note|facture (?:corrigee|rectifiee|rectificative)|corrected invoice|revised invoice)\b/;
// Billed for what should not have been ("les semaines suivantes n'ont pas à être facturées").
const SHOULD_NOT_BILL =
  /\b(?:should(?:n'?t| not)(?: have)?(?: be(?:en)?)? |ought not to be |(?:n'ont|n'a|n'avait|n'avaient) pas a (?:etre )?|ne (?:devrait|devraient|doit|doivent|devait|devaient) pas (?:etre )?)(?:\w+ )?(?:invoiced|billed|charged|factur\w*)/;
// Two amounts on two days to come in one sentence: instalments laid out ("£500 on 30 September, £500 on 31 October").
const AMOUNT = /(?:[€$£]\s?\d[\d ,.]{0,12}|\b\d[\d ,.]{0,12}\s?(?:€|\$|£|eur\b|euros?\b|gbp\b|usd\b|k\b))/g;
// "dû" folds to "du": the participle ends its clause or takes a complement ("pas dû à ce jour"), the article takes a noun ("au nom du club").
const DUE =
  /\b(?:due(?! (?:to|date|on|by|in))|dus?(?=\s*(?:[.,;:!?)]|$|(?:a|au|par|pour|avant|tant|en|puisque|car)\b))|dues|exigibles?|owed|redevables?|liable)\b/;
// Displeasure with the work or the bill itself.
const DISPLEASED =
  /\b(?:(?:daylight )?robbery|c'est du vol|extortion|taking the piss|foutage de gueule|exager\w*|exaggerat\w*|excessi\w*|overstated|inflated|surfactur\w*|disproportion\w*|(?:tres )?decue?s?|disappointed|unacceptable|inacceptable|scandaleu\w*|outrageous|ridiculous|ridicule|vous abusez|rip-?off|arnaque|scandalous|unusable|inutilisables?|bacle\w*|botched|shoddy)\b|\b(?:not|pas) (?:\w+ ){0,2}(?:what|ce que) (?:we|i|nous|j'|on) (?:\w+ ){0,2}(?:asked|ordered|agreed|wanted|expected|demande|commande|convenu|voulu|attendu)\w*/;
// A proof of payment sent along.
const PROOF_ATTACHED =
  /\b(?:remittance(?: advice)?|avis de (?:virement|paiement|debit)|proof of (?:payment|transfer)|preuve de (?:virement|paiement)|payment confirmation|confirmation de (?:virement|paiement))\b.{0,20}\b(?:attached|ci-?joint|en pj|en piece jointe|enclosed)\b|\b(?:attached|ci-?joint|joins?|enclosed?) (?:\w+ ){0,2}(?:remittance|avis de (?:virement|paiement)|proof of (?:payment|transfer)|preuve de (?:virement|paiement)|justificatif de (?:virement|paiement))\b/;
// The deposit or a payment left out of the invoice ("ne tient pas compte de l'acompte déjà versé").
const LEFT_OUT =
  /\b(?:doesn'?t|does not|don'?t|do not|ne|n')\s?(?:\w+ )?(?:take into account|tien\w* (?:pas )?compte|include|inclu\w*|deduct|dedui\w*|mention\w*|reflect\w*)\b.{0,40}\b(?:deposit|acompte|advance|avance|down payment|versement|paiement|payment)\b/;
// Putting the due date back ("push the due date to the end of February", "reporter l'échéance").
const DEFERRING =
  /\b(?:push\w*|mov\w*|postpon\w*|defer\w*|extend\w*|delay\w*|report\w*|decal\w*|repouss\w*|prolong\w*)\b.{0,20}\b(?:due date|deadline|payment date|echeance|date (?:de paiement|limite))\b/;
// Told it was included, free or not needed ("on nous avait dit que le déplacement était inclus").
const TOLD_OTHERWISE =
  /\b(?:told|said|dit|annonce|assure)\w*\b.{0,40}\b(?:inclu\w*|compris|offert|free|gratuit|not needed|pas necessaire)\b|\brevenir sur (?:les|la|le|ces|cette|ce) (?:frais|facture|montant|ligne|tarif|prix)\b/;
// The work not done, never ordered, or done only in part ("n'a été réalisée qu'à moitié", "no record of engaging you").
const NOT_DONE =
  /\b(?:n'a pas eu lieu|n'ont pas eu lieu|did not take place|didn'?t take place|never (?:took place|happened)|(?:pas|jamais) ete realisee?s?)\b|\b(?:nobody|no one|personne)\b.{0,20}\b(?:mentioned|discussed|agreed|evoque|parle|annonce|mentionne)\w*|\b(?:never|jamais)\b.{0,20}\b(?:accept|agree|sign|order|commission|approv|valid|command|demand|request|ask|us(?:e|ed)\b|utilis)\w*|\b(?:toujours pas|still not|still hasn'?t|not yet|pas encore)\b.{0,20}\b(?:fini|termine|livre|finished|done|delivered|complete\w*)\b|\bno record of (?:agreeing|ordering|approving|engaging|hiring|commissioning|instructing|booking|contracting)\b|\bonly (?:half|partly|partially|in part) (?:done|delivered|completed|finished|carried out)\b|\b(?:realisee?s?|livree?s?|faite?s?|effectuee?s?|executee?s?|assuree?s?|terminee?s?) qu'(?:a moitie|en partie|partiellement)\b|\b(?:turned|turn) down\b/;

// Words a time-only sentence may hold besides its time ("Comptez", "Allow", "au plus tard").
const TIME_ONLY_SLACK = 16;
// What a reply means sits in its first clauses; a pasted log of thousands must not cost milliseconds, nor must an
// unpunctuated blob be read as one clause of thousands of characters.
const MAX_CLAUSES = 80;
const MAX_CLAUSE_CHARS = 400;

function sentenceClauses(folded: string): Clause[] {
  const clauses: Clause[] = [];
  let sentenceStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(folded); ; m = SENTENCE_END.exec(folded)) {
    const sentenceEnd = m ? m.index : folded.length;
    const question = m?.[0] === '?';
    const sentence = folded.slice(sentenceStart, sentenceEnd);
    if (sentence.trim()) {
      const asking = question || ASKING.test(sentence);
      let clauseStart = 0;
      CLAUSE_END.lastIndex = 0;
      for (let c = CLAUSE_END.exec(sentence); ; c = CLAUSE_END.exec(sentence)) {
        const clauseEnd = c ? c.index : sentence.length;
        const text = sentence.slice(clauseStart, Math.min(clauseEnd, clauseStart + MAX_CLAUSE_CHARS));
        if (clauses.length === MAX_CLAUSES) return clauses;
        if (text.trim()) {
          clauses.push({ start: sentenceStart + clauseStart, end: sentenceStart + clauseEnd, text, sentenceStart, sentenceEnd, question: asking });
        }
        if (!c) break;
        clauseStart = clauseEnd + c[0].length;
      }
    }
    if (!m) break;
    sentenceStart = sentenceEnd + m[0].length;
  }
  return clauses;
}

type Reading = Omit<ClauseReading, 'start' | 'end'>;

interface ClauseFeatures {
  /** The clause, without words that are not the debtor paying. */
  text: string;
  /** The same without harmless negations ("pas de souci"). */
  plain: string;
  negative: boolean;
  aboutPayment: boolean;
  /** A day to come is named in the clause's sentence, in the clause itself. */
  timed: boolean;
  clauseTimed: boolean;
  /** Its whole sentence: the reason for a clause may sit in the one before the comma ("Budget spent, we cannot pay in full"). */
  sentence: string;
}

/** How one clause reads, or undefined when it says nothing the ladder cares about. */
function readClause(clause: Clause, sentence: string, timed: boolean, clauseTimed: boolean): Reading | undefined {
  const text = clause.text.replace(NOT_THE_DEBTOR_PAYING, ' ');
  const plain = text.replace(HARMLESS_NEGATION, ' ');
  const aboutPayment = PAYMENT.test(text) || DOING_IT.test(text) || TO_YOU.test(text) || (clauseTimed && ARRIVING.test(text));
  const f: ClauseFeatures = { text, plain, negative: NEGATION.test(plain), aboutPayment, timed, clauseTimed, sentence };
  return noticeReading(text) ?? (clause.question ? questionReading(f) : (claimReading(f) ?? (aboutPayment ? paymentReading(f) : undefined)));
}

/** An out-of-office, a robot or a mailbox speaking. */
function noticeReading(text: string): Reading | undefined {
  if (MAILBOX.test(text) || AWAY.test(text) || ACKNOWLEDGING.test(text) || CLOSED.test(text)) return { kind: 'auto-reply', weight: 2.5 };
  if (AWAY_SHORT.test(text)) return { kind: 'auto-reply', weight: 2 };
  return undefined;
}

/** A question: for time or instalments (a plan), or about the invoice itself (a request). */
function questionReading({ text, aboutPayment, timed }: ClauseFeatures): Reading | undefined {
  if (REISSUE_RIGHT.test(text)) return { kind: 'dispute', weight: 3.5 };
  // "Could we pay on the 20th?" asks for time; "it was paid on the 20th, could you check?" does not.
  const askingForTime = aboutPayment && (timed || LATER_ON.test(text)) && !INVOICE_FACTS.test(text) && !DONE.test(text);
  if (INSTALMENTS.test(text) || STAGED.test(text) || DEFERRING.test(text) || askingForTime) return { kind: 'plan', weight: 2.5 };
  // "Is this the final invoice?" asks about it; "would you be open to us paying…?" proposes, it asks nothing of the invoice.
  const askingAboutIt = ((INVOICE.test(text) && ASKING.test(text)) || ((INVOICE.test(text) || aboutPayment) && INTERROGATIVE.test(text))) && !DONE.test(text);
  if (INVOICE_FACTS.test(text) || DOCUMENT.test(text) || askingAboutIt) return { kind: 'info-request', weight: 2.5 };
  return undefined;
}

/** What the clause says of the invoice, paying or not: not owed, wrong, left out, deferred, proven paid, lacking a document. */
function claimReading({ text, negative, sentence }: ClauseFeatures): Reading | undefined {
  if (LACKS_A_MENTION.test(text) || REGISTER_FIRST.test(text)) return { kind: 'info-request', weight: 3.5 };
  if (REISSUE_RIGHT.test(text)) return { kind: 'dispute', weight: 3.5 };
  if (PLAN_NAMED.test(text) && !negative) return { kind: 'plan', weight: 3 };
  if (NOT_IN_FULL.test(text) && negative) return BUDGET.test(sentence) ? { kind: 'plan', weight: 2.5 } : { kind: 'dispute', weight: 3 };
  if (UNFAIR.test(text) && PAYMENT.test(text)) return { kind: 'dispute', weight: 3.5 };
  if (PAID_LESS.test(text)) return { kind: 'dispute', weight: 3.5 };
  if ((NOT_OWED_AS_INVOICED.test(text) && !BANK_DEDUCTION.test(sentence)) || NOT_DONE.test(text) || REFUSAL_ALONE.test(text) || NOTHING_MORE.test(text))
    return { kind: 'dispute', weight: 3.5 };
  if (DISPLEASED.test(text) || TOLD_OTHERWISE.test(text)) return { kind: 'dispute', weight: 2.5 };
  if (SHOULD_NOT_BILL.test(text)) return { kind: 'dispute', weight: 3 };
  if (LEFT_OUT.test(text)) return { kind: 'dispute', weight: 3.5 };
  if (DEFERRING.test(text)) return { kind: 'plan', weight: 3 };
  // "we do not consider that part of the invoice to be due"
  if (DUE.test(text) && negative && !NOT_BEFORE.test(text)) return { kind: 'dispute', weight: 3 };
  if (PROOF_ATTACHED.test(text)) return { kind: 'paid', weight: 4 };
  // "Please return the form so we can pay": a document needed, as "we need the form" says.
  if (INVOICE_MISSING.test(text) || ((NEEDING.test(text) || PURPOSE.test(text) || SEND_US.test(text)) && (DOCUMENT.test(text) || INVOICE_FACTS.test(text)))) {
    return { kind: 'info-request', weight: 2.5 };
  }
  if (BILLED_TWICE.test(text) || CHARGED_ALTHOUGH.test(text) || ON_CORRECTION.test(text)) return { kind: 'dispute', weight: 3 };
  if (MISMATCH.test(text) && REFERENCE.test(text) && INVOICED_THING.test(text)) return { kind: 'dispute', weight: 3 };
  // Not approving the invoice, whether by refusal or by "not in a position to": a dispute unless something is asked for,
  // or unless a machine is what does not accept it (a format to change, not a refusal).
  if (ACCEPTING.test(text) && negative && !PRECONDITION.test(text) && !DOCUMENT.test(text) && !MACHINE_REFUSES.test(text))
    return { kind: 'dispute', weight: 3.5 };
  return undefined;
}

const MAIL_PASSED_ON =
  /\b(?:transfere|transmis|forwarded|passed on|fait suivre)e?s?\s+(?:\w+\s+){0,2}?(?:relance|mail|e-?mail|message|courriel|demande|reminder|note|reclamation|facture|tienne)s?\b|\b(?:relance|mail|e-?mail|message|courriel|demande|reminder|reclamation)s?\b[^.!?\n]{0,60}\b(?:transfere|transmis|forwarded|passed on)e?s?\b/;

// "this matter is now settled", "le litige est enfin réglé": a question closed, not money paid.
const QUESTION_CLOSED =
  /\b(?:matter|issue|question|problem|dispute|misunderstanding|affaire|probleme|litige|malentendu|sujet)\s+(?:is|est|has been|a ete|was|etait)\s+(?:now\s+|enfin\s+|maintenant\s+|finally\s+|bien\s+)?(?:settled|resolved|closed|sorted|reglee?|resolue?|clos)\b/;

/** A clause about paying, read by its structure, polarity, mood and tense. */
function paymentReading({ text, plain, negative, timed, clauseTimed }: ClauseFeatures): Reading | undefined {
  // "Ce n'est pas que nous refusons de payer : nous avons déjà payé" denies a refusal; the next clause says what is.
  // "Je lui ai transféré votre relance", "votre réclamation a été transmise": a mail passed on, not money; "this matter is
  // now settled": a question closed.
  if (REFUSAL_DENIED.test(text) || MAIL_PASSED_ON.test(text) || QUESTION_CLOSED.test(text)) return undefined;
  if (UNTIL_WORK_DONE.test(text) || (ONLY_A_PART.test(text) && !clauseTimed)) return { kind: 'dispute', weight: 3.5 };
  // "j'ai payé en deux fois (une partie le 3, le reste ce matin)" is paid, not a plan.
  if (STAGED.test(text) && !(DONE.test(text) && !TO_COME.test(text))) return { kind: 'plan', weight: 3 };
  if (SHARE_OF_INVOICE.test(text) && !DONE.test(text)) return { kind: 'dispute', weight: 3.5 };
  // "without the PO our team blocks the payment" asks for the PO.
  if (WITHHOLDING.test(text) && !PRECONDITION.test(text)) return { kind: 'dispute', weight: 3 };
  if (negative) {
    // "je ne pourrai pas payer avant le 20": a promise for that day; "we will not be settling this": a refusal.
    if (NOT_BEFORE.test(plain) && clauseTimed) return { kind: 'promise', weight: 2.5 };
    // "won't pay anything without it" asks for something rather than refusing.
    const refusing = (REFUSAL.test(plain) || GRAMMATICAL_FUTURE.test(plain)) && !INABILITY.test(plain) && !PRECONDITION.test(plain);
    return refusing ? { kind: 'dispute', weight: 4 } : undefined;
  }
  if (REFUSAL.test(plain)) return { kind: 'dispute', weight: 2.5 };
  if (COMMITTING.test(text)) return { kind: 'promise', weight: 3.5 };
  if (HYPOTHETICAL.test(plain) || CONDITIONAL_MOOD.test(plain) || BELIEVED.test(plain)) return undefined;
  if (CONDITION.test(plain)) return { kind: 'promise', weight: 1.2, conditional: true };
  // "je vous paie toujours à temps" tells a habit, not this payment.
  if (HABITUAL.test(plain)) return undefined;
  const approved = APPROVED_FOR_PAYMENT.test(text);
  const done = DONE.test(text) && !approved;
  // "credited to your account" names where the money goes, not when: with a done verb it is done.
  const toCome = TO_COME.test(text) || approved || (TO_YOU.test(text) && !done);
  // "booked and executed yesterday": a day gone outweighs the scheduling words.
  if (done && (!toCome || PAST_TIME.test(text)) && !LATER.test(text)) return { kind: 'paid', weight: 2.5 };
  // "soon" promises only with a payment word ("paiement asap"), not "hope to do it again soon".
  if (toCome || timed || (SOON.test(text) && PAYMENT.test(text))) return { kind: 'promise', weight: 2.5 };
  return undefined;
}

/** Every clause of a folded own text that reads as one kind, given the promised dates found in that text. */
export function readClauses(folded: string, dates: PromisedDate[]): ClauseReading[] {
  const readings: ClauseReading[] = [];
  const clauses = sentenceClauses(folded);
  let laidOut = -1;
  let sentenceStart = -1;
  let sentenceDates = 0;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (clause.sentenceStart !== sentenceStart) {
      sentenceStart = clause.sentenceStart;
      sentenceDates = datesIn(dates, clause.sentenceStart, clause.sentenceEnd) + timeOnlySentenceAfter(clauses, i, dates);
    }
    if (i === 0 || clauses[i - 1].sentenceStart !== sentenceStart) {
      const sentence = folded.slice(sentenceStart, clause.sentenceEnd);
      if (OTHER_PRICE_AGREED.test(sentence)) readings.push({ kind: 'dispute', weight: 3.5, start: sentenceStart, end: clause.sentenceEnd });
      // The refusal sits where "but not" is, after the payment it concedes (reply.ts drops that conceded promise).
      const butNot = PAYING_BUT_NOT.exec(sentence);
      if (butNot) readings.push({ kind: 'dispute', weight: 3.5, start: sentenceStart + butNot.index + refusedPartStart(butNot[0]), end: clause.sentenceEnd });
    }
    if (sentenceDates >= 2 && sentenceStart !== laidOut && (folded.slice(sentenceStart, clause.sentenceEnd).match(AMOUNT) ?? []).length >= 2) {
      laidOut = sentenceStart;
      readings.push({ kind: 'plan', weight: 3, start: sentenceStart, end: clause.sentenceEnd });
    }
    const reading = readClause(clause, folded.slice(clause.sentenceStart, clause.sentenceEnd), sentenceDates > 0, datesIn(dates, clause.start, clause.end) > 0);
    if (reading) readings.push({ ...reading, start: clause.start, end: clause.end });
  }
  return readings;
}

/** Where the refused part of a "paying X but not Y" match starts: at its last "but", "mais" or comma. */
function refusedPartStart(match: string): number {
  let start = 0;
  for (const m of match.matchAll(/\b(?:but|mais)\b|,/g)) start = m.index;
  return start;
}

/** How many dates start between `start` and `end` (a date may take the full stop after it: "le 30 nov."). */
function datesIn(dates: PromisedDate[], start: number, end: number): number {
  let n = 0;
  for (const d of dates) if (d.start >= start && d.start < end) n++;
  return n;
}

/** 1 when the sentence after clause `i`'s is only a time ("…ensuite ça part. Comptez 72h."): it dates that one. */
function timeOnlySentenceAfter(clauses: Clause[], i: number, dates: PromisedDate[]): number {
  let j = i + 1;
  while (j < clauses.length && clauses[j].sentenceStart === clauses[i].sentenceStart) j++;
  if (j === clauses.length) return 0;
  const { sentenceStart, sentenceEnd } = clauses[j];
  let found = 0;
  let rest = sentenceEnd - sentenceStart;
  for (const d of dates) {
    if (d.start < sentenceStart || d.start >= sentenceEnd) continue;
    found++;
    rest -= Math.min(d.end, sentenceEnd) - d.start;
  }
  return found > 0 && rest <= TIME_ONLY_SLACK ? 1 : 0;
}
