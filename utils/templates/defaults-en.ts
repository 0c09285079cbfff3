import type { TemplateText } from './render';
import type { TemplateId } from './template-id';

/** How to pay, shown in every mail that asks for payment; lines drop out when the detail is not set. */
const PAYMENT = `{{#paymentLink}}You can pay online: {{paymentLink}}
{{/paymentLink}}{{#iban}}Payment by bank transfer:
IBAN: {{iban}}{{#bic}}
BIC: {{bic}}{{/bic}}
Reference: {{invoiceNumber}}
{{/iban}}`;

/** What is owed, one invoice or several, with the verb agreeing. */
const owed = (single: string, plural: string) =>
  `{{^invoiceList}}invoice {{invoiceNumber}}{{#issueDate}} of {{issueDate}}{{/issueDate}} for {{amountDue}}, due on {{dueDate}}, ${single}.{{/invoiceList}}{{#invoiceList}}the following invoices, totalling {{amountDue}}, ${plural}:
{{invoiceList}}{{/invoiceList}}`;

const ATTACHMENT = `{{#invoiceAttached}}I attach it again for convenience.{{/invoiceAttached}}{{^invoiceAttached}}You will find it in our exchange below; I will gladly send it again if needed.{{/invoiceAttached}}`;

/** The penalties: one rate, or each period with its own rate (semesters, several invoices) so the sum can be checked. */
const PENALTIES = `{{#penaltyRate}}{{lateChargesName}} at an annual rate of {{penaltyRate}}, i.e. {{penaltyAmount}} as of {{today}}{{/penaltyRate}}{{^penaltyRate}}{{lateChargesName}} of {{penaltyAmount}} as of {{today}}{{#penaltyBreakdown}}, computed as follows:
{{penaltyBreakdown}}
{{/penaltyBreakdown}}{{/penaltyRate}}`;

/** The €40 of D441-5; on an invoice in another currency it is owed in euros, on top of the total. */
const INDEMNITY = `a fixed recovery indemnity of {{indemnity}} ({{indemnityLaw}}){{#indemnityApart}}, owed in euros on top of the total below{{/indemnityApart}}`;

const B2B_CHARGES = `{{#business}}Under {{lateChargesLaw}}{{^publicBuyer}} and our payment terms{{/publicBuyer}}, late payment automatically incurs{{#publicBuyer}}, without any demand being needed{{/publicBuyer}}:
- ${PENALTIES};
{{#indemnity}}- ${INDEMNITY};
{{/indemnity}}bringing the total due to {{totalDue}}.
{{/business}}`;

/** Default English templates, the same letters as the French ones in a British business register. */
export const TEMPLATES_EN: Record<TemplateId, TemplateText> = {
  courtesy: {
    subject: 'Invoice {{invoiceNumber}}: due on {{dueDate}}',
    body: `{{greeting}}

This is a friendly reminder that invoice {{invoiceNumber}}{{#issueDate}} of {{issueDate}}{{/issueDate}}, for {{amountDue}}, falls due on {{dueDate}}.

${ATTACHMENT}

${PAYMENT}
If payment is already on its way, thank you, and please disregard this message.

Kind regards,

{{signature}}`,
  },
  reminder1: {
    subject: 'Reminder: {{invoiceRef}} awaiting payment',
    body: `{{greeting}}

Unless I am mistaken, ${owed('has not yet been paid', 'have not yet been paid')}

This is most likely an oversight. {{^invoiceList}}${ATTACHMENT}{{/invoiceList}}

${PAYMENT}
If you have paid in the meantime, thank you, and please disregard this message. I remain at your disposal for any question.

Kind regards,

{{signature}}`,
  },
  reminder2: {
    subject: 'Second reminder: {{invoiceRef}} unpaid',
    body: `{{greeting}}

Despite my previous reminder, ${owed('remains unpaid, now {{daysLate}} overdue', 'remain unpaid')}

${B2B_CHARGES}
I would be grateful if you could settle this amount by {{deadlineDate}} at the latest.

${PAYMENT}
If something prevents you from paying, please contact me promptly so that we can find a solution together.{{^business}} Failing payment, I will have to send you a formal notice, from which interest at the statutory rate will accrue (Article 1231-6 of the French Civil Code).{{/business}}

I look forward to your payment.

Yours sincerely,

{{signature}}`,
  },
  'last-reminder': {
    subject: 'Final reminder before formal notice: {{invoiceRef}}',
    body: `Dear Sir or Madam,

Despite my previous reminders, ${owed('remains unpaid ({{daysLate}} overdue)', 'remain unpaid')}

${B2B_CHARGES}
If I have not received payment by {{deadlineDate}}, I will send you a formal notice by registered letter with acknowledgement of receipt, which may be followed, if necessary, by legal proceedings.

I would naturally prefer to avoid this. If you are facing a difficulty, please contact me before that date: an amicable solution, such as a payment plan, remains possible.

${PAYMENT}
Yours faithfully,

{{signature}}`,
  },
  'formal-notice': {
    subject: 'Formal notice to pay: {{invoiceRef}}',
    body: `Dear Sir or Madam,

Today I am sending you a formal notice (mise en demeure) by registered letter with acknowledgement of receipt; this email is a copy of it.

Despite my reminders, ${owed('remains unpaid', 'remain unpaid')}

{{#business}}I hereby give you formal notice to pay me the sum of {{totalDue}} within {{formalNoticeDeadlineDays}} days, that is by {{deadlineDate}} at the latest.

This sum comprises the principal of {{amountDue}} and ${PENALTIES} ({{lateChargesLaw}}){{#indemnity}}, as well as ${INDEMNITY}{{/indemnity}}. {{^publicBuyer}}Penalties continue{{/publicBuyer}}{{#publicBuyer}}Interest continues{{/publicBuyer}} to accrue until payment in full.{{/business}}{{^business}}I hereby give you formal notice to pay me the principal sum of {{amountDue}} within {{formalNoticeDeadlineDays}} days, that is by {{deadlineDate}} at the latest.

From this formal notice, this principal bears interest at the statutory rate (Articles 1231-6 and 1344-1 of the French Civil Code) until payment in full.{{/business}}

Failing payment within this period, I reserve the right to bring the matter before the competent court to recover the debt, without further notice.

${PAYMENT}
Yours faithfully,

{{signature}}`,
  },
  'formal-notice-reminder': {
    subject: 'Reminder of my formal notice of {{formalNoticeDate}}: {{invoiceRef}}',
    body: `Dear Sir or Madam,

I remind you of my formal notice of {{formalNoticeDate}}{{#formalNoticeTracking}} (registered letter no. {{formalNoticeTracking}}){{/formalNoticeTracking}}, which gave you until {{formalNoticeDeadline}} to pay {{^invoiceList}}invoice {{invoiceNumber}}{{#issueDate}} of {{issueDate}}{{/issueDate}}.{{/invoiceList}}{{#invoiceList}}the following invoices:
{{invoiceList}}{{/invoiceList}}

{{#business}}To date, you owe me {{totalDue}}: the principal of {{amountDue}} and ${PENALTIES} ({{lateChargesLaw}}){{#indemnity}}, as well as ${INDEMNITY}{{/indemnity}}. {{^publicBuyer}}Penalties continue{{/publicBuyer}}{{#publicBuyer}}Interest continues{{/publicBuyer}} to accrue until payment in full.{{/business}}{{^business}}To date, you owe me the principal sum of {{amountDue}}{{#interestDue}}, plus statutory interest accrued since the formal notice, i.e. {{interestDue}} as of {{today}}{{/interestDue}} (Articles 1231-6 and 1344-1 of the French Civil Code). Interest continues to accrue on the principal until payment in full.{{/business}}

Failing payment, I will bring the matter before the competent court to obtain an enforceable title, without further notice.

${PAYMENT}
Yours faithfully,

{{signature}}`,
  },
  'instalment-missed': {
    subject: 'Invoice {{invoiceNumber}}: instalment of your payment plan not received',
    body: `{{greeting}}

We agreed on a payment plan for invoice {{invoiceNumber}}. Unless I am mistaken, the instalment due on {{promisedDate}} has not reached me; {{amountDue}} remains due.

I would be grateful if you could pay it without delay. As agreed, failing that, the whole remaining balance would become immediately due and I would resume recovery.

The agreed schedule:
{{instalments}}

${PAYMENT}
Kind regards,

{{signature}}`,
  },
  'promise-not-kept': {
    subject: 'Invoice {{invoiceNumber}}: payment expected on {{promisedDate}}',
    body: `{{greeting}}

You told me that invoice {{invoiceNumber}}, for {{amountDue}}, would be paid by {{promisedDate}}. Unless I am mistaken, I have not received this payment yet.

I would be grateful if you could pay it without delay, or let me know the date on which I can expect it.

{{#business}}May I remind you that {{lateChargesName}} ({{penaltyAmount}} as of {{today}}){{#indemnity}} and the fixed recovery indemnity of {{indemnity}}{{/indemnity}} are due by law ({{lateChargesLaw}}).
{{/business}}
${PAYMENT}
Kind regards,

{{signature}}`,
  },
  'payment-plan': {
    subject: 'Invoice {{invoiceNumber}}: proposed payment plan',
    body: `{{greeting}}

Further to your request, I propose that you settle the balance of invoice {{invoiceNumber}}, that is {{amountDue}}, according to the following schedule:

{{instalments}}

Please confirm your agreement by return email. It is understood that, should an instalment not be paid on its date, the whole remaining balance would become immediately due.

${PAYMENT}
I remain at your disposal to discuss it.

Kind regards,

{{signature}}`,
  },
  'dispute-answer': {
    subject: 'Invoice {{invoiceNumber}}: your query',
    body: `{{greeting}}

Thank you for your message about invoice {{invoiceNumber}}{{#issueDate}} of {{issueDate}}{{/issueDate}}, for {{amountDue}}.

So that I can look into it carefully, could you tell me in writing which points you dispute (the service or line concerned, and the nature of the disagreement) and send me any supporting documents?

I will come back to you as soon as I receive them. In the meantime, the invoice remains due; I would be grateful if you could already pay the part you do not dispute.

Kind regards,

{{signature}}`,
  },
  'resend-invoice': {
    subject: 'Invoice {{invoiceNumber}} and payment details',
    body: `{{greeting}}

As requested, {{#invoiceAttached}}please find attached invoice {{invoiceNumber}}{{/invoiceAttached}}{{^invoiceAttached}}here are the details of invoice {{invoiceNumber}}, which you will also find in our exchange below{{/invoiceAttached}}:
{{#issueDate}}- date: {{issueDate}}
{{/issueDate}}- amount: {{amountDue}}
- due date: {{dueDate}}

${PAYMENT}
Do not hesitate to contact me if you need anything else.

Kind regards,

{{signature}}`,
  },
};
