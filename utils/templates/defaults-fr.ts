import type { TemplateText } from './render';
import type { TemplateId } from './template-id';

/** How to pay, shown in every mail that asks for payment; lines drop out when the detail is not set. */
const PAYMENT = `{{#paymentLink}}Vous pouvez régler en ligne : {{paymentLink}}
{{/paymentLink}}{{#iban}}Règlement par virement :
IBAN : {{iban}}{{#bic}}
BIC : {{bic}}{{/bic}}
Référence à indiquer : {{invoiceNumber}}
{{/iban}}`;

/** What is owed, one invoice or several, with the verb agreeing: `owed('reste impayée', 'restent impayées')`. */
const owed = (single: string, plural: string) =>
  `{{^invoiceList}}la facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, d’un montant de {{amountDue}}, échue le {{dueDate}}, ${single}.{{/invoiceList}}{{#invoiceList}}les factures suivantes, d’un montant total de {{amountDue}}, ${plural} :
{{invoiceList}}{{/invoiceList}}`;

const ATTACHMENT = `{{#invoiceAttached}}Je vous la joins de nouveau pour plus de commodité.{{/invoiceAttached}}{{^invoiceAttached}}Vous la retrouverez dans notre échange ci-dessous ; je vous la renvoie volontiers si besoin.{{/invoiceAttached}}`;

/** The penalties: one rate, or each period with its own rate (semesters, several invoices) so the sum can be checked. */
const PENALTIES = `{{#penaltyRate}}des {{lateChargesName}} au taux annuel de {{penaltyRate}}, soit {{penaltyAmount}} au {{today}}{{/penaltyRate}}{{^penaltyRate}}des {{lateChargesName}} de {{penaltyAmount}} au {{today}}{{#penaltyBreakdown}}, calculées ainsi :
{{penaltyBreakdown}}
{{/penaltyBreakdown}}{{/penaltyRate}}`;

/** The 40 € of D441-5; on an invoice in another currency it is owed in euros, apart from the total. */
const INDEMNITY = `une indemnité forfaitaire pour frais de recouvrement de {{indemnity}} ({{indemnityLaw}}){{#indemnityApart}}, due en euros en sus du total ci-dessous{{/indemnityApart}}`;

const B2B_CHARGES = `{{#business}}Conformément à l’{{lateChargesLaw}}{{^publicBuyer}} et à nos conditions de paiement{{/publicBuyer}}, ce retard entraîne de plein droit{{#publicBuyer}}, sans qu’une demande soit nécessaire{{/publicBuyer}} :
- ${PENALTIES} ;
{{#indemnity}}- ${INDEMNITY} ;
{{/indemnity}}soit un total dû de {{totalDue}}.
{{/business}}`;

/** Default French templates: vouvoiement, tone rising from courteous to formal, nothing beyond what the law allows. */
export const TEMPLATES_FR: Record<TemplateId, TemplateText> = {
  courtesy: {
    subject: 'Facture {{invoiceNumber}} : échéance le {{dueDate}}',
    body: `{{greeting}}

Je me permets de vous rappeler que la facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, d’un montant de {{amountDue}}, arrive à échéance le {{dueDate}}.

${ATTACHMENT}

${PAYMENT}
Si le règlement est déjà en cours, je vous en remercie et vous prie de ne pas tenir compte de ce message.

Je vous souhaite une excellente journée.

Bien cordialement,

{{signature}}`,
  },
  reminder1: {
    subject: 'Rappel : {{invoiceRef}} en attente de règlement',
    body: `{{greeting}}

Sauf erreur de ma part, ${owed('n’a pas encore été réglée à ce jour', 'n’ont pas encore été réglées à ce jour')}

Il s’agit sans doute d’un simple oubli. {{^invoiceList}}${ATTACHMENT}{{/invoiceList}}

${PAYMENT}
Si vous avez procédé au règlement entre-temps, je vous en remercie et vous prie de ne pas tenir compte de ce message. Je reste à votre disposition pour toute question.

Bien cordialement,

{{signature}}`,
  },
  reminder2: {
    subject: 'Deuxième relance : {{invoiceRef}} impayée',
    body: `{{greeting}}

Malgré ma précédente relance, ${owed('reste impayée à ce jour, soit {{daysLate}} de retard', 'restent impayées à ce jour')}

${B2B_CHARGES}
Je vous remercie de bien vouloir procéder au règlement au plus tard le {{deadlineDate}}.

${PAYMENT}
Si une difficulté vous empêche de régler cette somme, je vous invite à me contacter rapidement afin que nous trouvions ensemble une solution.{{^business}} À défaut de règlement, je devrai vous adresser une mise en demeure, à compter de laquelle des intérêts au taux légal seront dus (article 1231-6 du Code civil).{{/business}}

Dans l’attente de votre règlement, je vous prie d’agréer mes salutations distinguées.

{{signature}}`,
  },
  'last-reminder': {
    subject: 'Dernière relance avant mise en demeure : {{invoiceRef}}',
    body: `Madame, Monsieur,

Malgré mes relances précédentes, ${owed('demeure impayée ({{daysLate}} de retard)', 'demeurent impayées')}

${B2B_CHARGES}
Sans règlement de votre part au plus tard le {{deadlineDate}}, je vous adresserai une mise en demeure par lettre recommandée avec accusé de réception, préalable, le cas échéant, à une action en justice.

Je souhaite naturellement éviter d’en arriver là. Si vous rencontrez une difficulté, je vous invite à me contacter avant cette date : une solution amiable, par exemple un échéancier, reste possible.

${PAYMENT}
Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{signature}}`,
  },
  'formal-notice': {
    subject: 'Mise en demeure de payer : {{invoiceRef}}',
    body: `Madame, Monsieur,

Je vous adresse ce jour une mise en demeure par lettre recommandée avec accusé de réception ; en voici la copie par courriel.

Malgré mes relances, ${owed('demeure impayée', 'demeurent impayées')}

{{#business}}Par la présente, je vous mets en demeure de me régler la somme de {{totalDue}} dans un délai de {{formalNoticeDeadlineDays}} jours, soit au plus tard le {{deadlineDate}}.

Cette somme comprend le principal de {{amountDue}} et ${PENALTIES} ({{lateChargesLaw}}){{#indemnity}}, ainsi qu’${INDEMNITY}{{/indemnity}}. Les {{lateChargesName}} continuent de courir jusqu’au complet paiement.{{/business}}{{^business}}Par la présente, je vous mets en demeure de me régler la somme de {{amountDue}} en principal dans un délai de {{formalNoticeDeadlineDays}} jours, soit au plus tard le {{deadlineDate}}.

À compter de la présente mise en demeure, cette somme en principal porte intérêts au taux légal (articles 1231-6 et 1344-1 du Code civil), jusqu’à complet paiement.{{/business}}

À défaut de paiement dans ce délai, je me réserve la possibilité de saisir la juridiction compétente afin d’obtenir le recouvrement de ma créance, sans autre avis.

${PAYMENT}
Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{signature}}`,
  },
  'formal-notice-reminder': {
    subject: 'Rappel de ma mise en demeure du {{formalNoticeDate}} : {{invoiceRef}}',
    body: `Madame, Monsieur,

Je vous rappelle ma mise en demeure du {{formalNoticeDate}}{{#formalNoticeTracking}} (lettre recommandée n° {{formalNoticeTracking}}){{/formalNoticeTracking}}, qui vous impartissait un délai expirant le {{formalNoticeDeadline}} pour régler {{^invoiceList}}la facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}.{{/invoiceList}}{{#invoiceList}}les factures suivantes :
{{invoiceList}}{{/invoiceList}}

{{#business}}À ce jour, vous me devez {{totalDue}} : le principal de {{amountDue}} et ${PENALTIES} ({{lateChargesLaw}}){{#indemnity}}, ainsi qu’${INDEMNITY}{{/indemnity}}. Les {{lateChargesName}} continuent de courir jusqu’au complet paiement.{{/business}}{{^business}}À ce jour, vous me devez la somme de {{amountDue}} en principal{{#interestDue}}, augmentée des intérêts au taux légal courus depuis la mise en demeure, soit {{interestDue}} au {{today}}{{/interestDue}} (articles 1231-6 et 1344-1 du Code civil). Les intérêts continuent de courir sur le principal jusqu’à complet paiement.{{/business}}

Sans règlement de votre part, je saisirai la juridiction compétente afin d’obtenir un titre exécutoire, sans autre avis.

${PAYMENT}
Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{signature}}`,
  },
  'instalment-missed': {
    subject: 'Facture {{invoiceNumber}} : échéance de votre échéancier non réglée',
    body: `{{greeting}}

Nous étions convenus d’un échéancier pour régler la facture n° {{invoiceNumber}}. Sauf erreur de ma part, l’échéance du {{promisedDate}} ne m’est pas parvenue ; il reste dû {{amountDue}}.

Je vous remercie de la régler sans tarder. Comme convenu, à défaut, le solde restant dû deviendrait immédiatement exigible et je reprendrais la procédure de recouvrement.

Rappel de l’échéancier :
{{instalments}}

${PAYMENT}
Bien cordialement,

{{signature}}`,
  },
  'promise-not-kept': {
    subject: 'Facture {{invoiceNumber}} : règlement attendu le {{promisedDate}}',
    body: `{{greeting}}

Vous m’aviez indiqué que la facture n° {{invoiceNumber}}, d’un montant de {{amountDue}}, serait réglée au plus tard le {{promisedDate}}. Sauf erreur de ma part, ce règlement ne m’est pas parvenu à ce jour.

Je vous remercie de bien vouloir y procéder sans tarder, ou de m’indiquer la date à laquelle je peux compter sur ce paiement.

{{#business}}Je vous rappelle que les {{lateChargesName}} ({{penaltyAmount}} au {{today}}){{#indemnity}} et l’indemnité forfaitaire pour frais de recouvrement de {{indemnity}}{{/indemnity}} sont dues de plein droit ({{lateChargesLaw}}).
{{/business}}
${PAYMENT}
Bien cordialement,

{{signature}}`,
  },
  'payment-plan': {
    subject: 'Facture {{invoiceNumber}} : proposition d’échéancier',
    body: `{{greeting}}

Suite à votre demande, je vous propose de régler le solde de la facture n° {{invoiceNumber}}, soit {{amountDue}}, selon l’échéancier suivant :

{{instalments}}

Je vous remercie de me confirmer votre accord par retour de courriel. Il est entendu que, si une échéance n’était pas réglée à sa date, le solde restant dû deviendrait immédiatement exigible.

${PAYMENT}
Je reste à votre disposition pour en discuter.

Bien cordialement,

{{signature}}`,
  },
  'dispute-answer': {
    subject: 'Facture {{invoiceNumber}} : votre réclamation',
    body: `{{greeting}}

Je vous remercie de votre message concernant la facture n° {{invoiceNumber}}{{#issueDate}} du {{issueDate}}{{/issueDate}}, d’un montant de {{amountDue}}.

Afin d’examiner votre réclamation avec toute l’attention qu’elle mérite, pourriez-vous me préciser par écrit les points que vous contestez (prestation ou ligne concernée, nature du désaccord) et me transmettre tout élément utile à l’appui ?

Je reviendrai vers vous dès réception. Dans l’attente, la facture demeure exigible ; je vous remercie de bien vouloir en régler dès à présent la partie que vous ne contestez pas.

Bien cordialement,

{{signature}}`,
  },
  'resend-invoice': {
    subject: 'Facture {{invoiceNumber}} et coordonnées de paiement',
    body: `{{greeting}}

Comme suite à votre demande, {{#invoiceAttached}}vous trouverez ci-joint la facture n° {{invoiceNumber}}{{/invoiceAttached}}{{^invoiceAttached}}voici les références de la facture n° {{invoiceNumber}}, que vous retrouverez également dans notre échange ci-dessous{{/invoiceAttached}} :
{{#issueDate}}- date : {{issueDate}}
{{/issueDate}}- montant : {{amountDue}}
- échéance : {{dueDate}}

${PAYMENT}
Je reste à votre disposition pour tout complément.

Bien cordialement,

{{signature}}`,
  },
};
