import { sha256Hex } from '../../evidence/sha256';
import type { StageId } from '../../model/stage';
import { templateFor } from '../../templates/default-templates';
import { renderTemplate, type Template } from '../../templates/render';
import { TEMPLATE_IDS, type TemplateId } from '../../templates/template-id';
import { buildTemplateVariables } from '../../templates/variables';
import { STAGES } from '../../model/stage';
import type { TemplateOverride } from '../../model/template-override';
import { computeClientLadder } from '../../legal/ladder';
import { ladderFor } from '../derive-invoice';
import { fullInvoiceView } from '../full-invoice-view';
import { mutateInvoice, readInvoice } from '../mutate-invoice';
import type { Handler } from '../router';
import { UserInputError } from '../user-input-error';

/** The reminder of the right tone for where the invoice stands, rendered in the client's language. */
export const renderReminder: Handler<'reminder:render'> = async ({ invoiceId, templateId, openThreadId }, ctx) => {
  const today = ctx.today();
  const { invoice, client, timeline, settings } = await readInvoice(ctx, invoiceId);
  const ladder = ladderFor(invoice, client, timeline, settings, today);
  const id = (templateId ?? ladder.next?.templateId ?? ladder.sendNow?.templateId ?? 'reminder1') as TemplateId;
  if (!TEMPLATE_IDS.includes(id)) throw new UserInputError(`Unknown template ${id}.`);
  let group;
  if (settings.groupByClient) {
    // One reminder per client: the ladder says which overdue invoices it covers (not those held by a promise or dispute).
    const invoices = await ctx.store.invoicesByClient(client.id);
    const withEvents = await Promise.all(invoices.map(async (i) => ({ invoice: i, events: i.id === invoice.id ? timeline : await ctx.store.timeline(i.id) })));
    const covered = computeClientLadder({ client, invoices: withEvents, today, settings }).covered;
    if (covered.length > 1) group = covered.map((id) => ({ invoice: invoices.find((i) => i.id === id)! }));
  }
  const variables = buildTemplateVariables({ invoice, client, settings, today, promisedDate: ladder.promisedDate, formalNoticeDate: ladder.formalNoticeReceivedOn ?? ladder.formalNoticeOn, group });
  const template = templateFor(id, overridesById(await ctx.store.templateOverrides()));
  const { subject, body } = renderTemplate(template, variables, client.language ?? settings.language);
  // Reply in a thread the debtor is in; a service's notice to the user (Stripe, Pennylane…) is not one: write a new mail.
  const notices = new Set(invoice.sources.filter((src) => src.service).map((src) => src.ref));
  const replyThreads = invoice.threadIds.filter((t) => !notices.has(t));
  const threadId = openThreadId && replyThreads.includes(openThreadId) ? openThreadId : replyThreads[0];
  return { templateId: id, subject, body, to: client.emails.map(({ name, email }) => ({ name, email })), threadId };
};

/** A reminder put into a compose but not (yet) sent: evidence that it was prepared, not that it left. */
export const reminderInserted: Handler<'reminder:inserted'> = async ({ invoiceId, templateId, subject, body, threadId }, ctx) => {
  const today = ctx.today();
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice }) => ({
    events: [{ kind: 'reminder-inserted', occurredOn: today, data: { stage: stageOf(templateId, invoice.stage), templateId, subject, body, threadId } }],
  }));
  return fullInvoiceView(ctx, snapshot);
};

/** A send the webmail confirmed: recorded once, with the exact text and its SHA-256. */
export const reminderSent: Handler<'reminder:sent'> = async ({ invoiceId, templateId, to, cc, subject, body, threadId }, ctx) => {
  const today = ctx.today();
  const bodySha256 = await sha256Hex(body);
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice, timeline }) => {
    // The same text confirmed twice (two notices for one send) is one send.
    const already = timeline.some((e) => e.kind === 'reminder-sent' && e.occurredOn === today && (e.data as { bodySha256?: string }).bodySha256 === bodySha256 && (e.data as { subject?: string }).subject === subject);
    if (already) return undefined;
    return { events: [{ kind: 'reminder-sent', occurredOn: today, data: { stage: stageOf(templateId, invoice.stage), templateId, to, cc, subject, body, bodySha256, threadId } }] };
  });
  return fullInvoiceView(ctx, snapshot);
};

/** Stage templates carry their stage; reply templates (promise not kept, plan...) keep the invoice's current one. */
function stageOf(templateId: string, current: StageId): StageId {
  return (STAGES as readonly string[]).includes(templateId) ? (templateId as StageId) : current;
}

function overridesById(overrides: TemplateOverride[]): Partial<Record<TemplateId, Partial<Template>>> {
  const out: Partial<Record<TemplateId, Partial<Template>>> = {};
  for (const o of overrides) {
    const entry = (out[o.templateId as TemplateId] ??= {});
    entry[o.language] = { subject: o.subject, body: o.body };
  }
  return out;
}
