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
import { mentions } from '../ingest-thread';
import { mutateInvoice, readInvoice } from '../mutate-invoice';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import type { Client } from '../../model/client';
import type { TimelineEvent } from '../../model/event';
import type { Settings } from '../../model/settings';
import { UserInputError } from '../user-input-error';
import { replyThreadOf } from '../../model/reply-thread';

/** The reminder of the right tone for where the invoice stands, rendered in the client's language. */
export const renderReminder: Handler<'reminder:render'> = async ({ invoiceId, templateId, openThreadId }, ctx) => {
  const today = ctx.today();
  const { invoice, client, timeline, settings } = await readInvoice(ctx, invoiceId);
  const ladder = ladderFor(invoice, client, timeline, settings, today);
  let id = (templateId ?? ladder.next?.templateId ?? ladder.sendNow?.templateId ?? 'reminder1') as TemplateId;
  let group: Parameters<typeof buildTemplateVariables>[0]['group'];
  if (settings.groupByClient) {
    // One reminder per client: the ladder says which overdue invoices it covers (not those held by a promise or dispute)
    // and at which stage: the most advanced of them, whichever thread is open.
    const clientLadder = await groupLadder(ctx, client, invoice.id, timeline, today, settings);
    if (clientLadder.ladder.covered.length > 1) {
      group = clientLadder.ladder.covered.map((cid) => ({
        invoice: clientLadder.invoices.find((i) => i.invoice.id === cid)!.invoice,
        events: clientLadder.invoices.find((i) => i.invoice.id === cid)!.events,
      }));
      const groupTemplate = clientLadder.ladder.next?.templateId ?? clientLadder.ladder.sendNow?.templateId;
      if (!templateId && groupTemplate) id = groupTemplate;
    }
  }
  if (!TEMPLATE_IDS.includes(id)) throw new UserInputError(`Unknown template ${id}.`);
  const variables = buildTemplateVariables({
    invoice,
    client,
    settings,
    today,
    events: timeline,
    promisedDate: ladder.promisedDate,
    instalments: ladder.plan?.instalments,
    group,
  });
  const template = templateFor(id, overridesById(await ctx.store.templateOverrides()));
  const { subject, body } = renderTemplate(template, variables, client.language ?? settings.language);
  const threadId = replyThreadOf(invoice, openThreadId);
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

/**
 * A send the webmail confirmed: recorded once, with the exact text and its SHA-256. A grouped reminder is recorded on
 * every invoice it covers that the mail names, so each of them advances.
 */
export const reminderSent: Handler<'reminder:sent'> = async ({ invoiceId, templateId, to, cc, subject, body, threadId }, ctx) => {
  const today = ctx.today();
  const bodySha256 = await sha256Hex(body);
  const record = (id: string, stage?: StageId) =>
    mutateInvoice(ctx, id, ({ invoice, timeline }) => {
      // The same text confirmed twice (two notices for one send) is one send.
      const already = timeline.some(
        (e) => e.kind === 'reminder-sent' && e.occurredOn === today && e.data.bodySha256 === bodySha256 && e.data.subject === subject,
      );
      if (already) return undefined;
      return {
        events: [
          {
            kind: 'reminder-sent',
            occurredOn: today,
            data: { stage: stage ?? stageOf(templateId, invoice.stage), templateId, to, cc, subject, body, bodySha256, threadId },
          },
        ],
      };
    });
  const snapshot = await record(invoiceId);
  if (snapshot.settings.groupByClient) {
    const { ladder, invoices } = await groupLadder(ctx, snapshot.client, invoiceId, snapshot.timeline, today, snapshot.settings);
    const stage = stageOf(templateId, snapshot.invoice.stage);
    for (const other of invoices) {
      if (other.invoice.id === invoiceId || !ladder.covered.includes(other.invoice.id)) continue;
      if (mentions({ id: '', subject, from: { email: '' }, to, date: '', text: body, attachments: [] }, other.invoice.number))
        await record(other.invoice.id, stage);
    }
  }
  return fullInvoiceView(ctx, await readInvoice(ctx, invoiceId));
};

/** The client's invoices with their timelines and the grouped ladder over them. */
async function groupLadder(ctx: HandlerContext, client: Client, invoiceId: string, timeline: TimelineEvent[], today: string, settings: Settings) {
  const all = await ctx.store.invoicesByClient(client.id);
  const invoices = await Promise.all(all.map(async (i) => ({ invoice: i, events: i.id === invoiceId ? timeline : await ctx.store.timeline(i.id) })));
  return { ladder: computeClientLadder({ client, invoices, today, settings }), invoices };
}

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

export const reminderHandlers = {
  'reminder:render': renderReminder,
  'reminder:inserted': reminderInserted,
  'reminder:sent': reminderSent,
} satisfies HandlersIn<'reminder'>;
