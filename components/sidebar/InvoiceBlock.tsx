import { useMemo, useRef } from 'preact/hooks';
import type { SidebarController } from '../../utils/content/sidebar-controller';
import type { Translate } from '../../utils/i18n/translator';
import type { Language } from '../../utils/model/language';
import type { InvoiceView } from '../../utils/model/view';
import { memo } from '../common/memo';
import { useWithout } from '../common/without-field';
import { AddEventForm } from './AddEventForm';
import { ClientLanguage } from './ClientLanguage';
import { ExportButtons } from './ExportButtons';
import { InvoiceCard } from './InvoiceCard';
import { LegalNotes } from './LegalNotes';
import { LetterFollowUp } from './LetterFollowUp';
import { PaymentPlanCard } from './PaymentPlanCard';
import { RegistryNotice } from './RegistryNotice';
import { ReplyList } from './ReplyList';
import { TimelineList } from './TimelineList';

// Each part renders again only when what it shows changed: a reply arriving leaves the forms and the exports alone.
const Card = memo(InvoiceCard);
const LanguageChoice = memo(ClientLanguage);
const Replies = memo(ReplyList);
const Legal = memo(LegalNotes);
const FollowUp = memo(LetterFollowUp);
const Registry = memo(RegistryNotice);
const Plan = memo(PaymentPlanCard);
const AddEvent = memo(AddEventForm);
const Exports = memo(ExportButtons);
const Timeline = memo(TimelineList);

interface Props {
  view: InvoiceView;
  language: Language;
  today: string;
  t: Translate;
  busy: boolean;
  openThreadId?: string;
  controller: SidebarController;
}

/** One tracked invoice of the open thread: where it stands, its replies, the law, the forms, the exports and its timeline. */
function InvoiceBlockParts({ view, language, today, t, busy, openThreadId, controller }: Props) {
  const id = view.invoice.id;
  // The actions read the view they act on when clicked, so they stay the same functions while the invoice is shown.
  const latest = useRef(view);
  latest.current = view;
  const actions = useMemo(
    () => ({
      insertReminder: () => void controller.insertReminder(id),
      markPaid: () => void controller.markPaid(id),
      confirmPayment: () => {
        const offer = latest.current.paymentOffers?.[0];
        void (offer ? controller.confirmPayment(offer) : controller.markPaid(id));
      },
      togglePause: () => void controller.togglePause(id, !latest.current.invoice.paused),
      chooseLanguage: (chosen: Language) => void controller.setClientLanguage(id, chosen),
      correct: (eventId: string, correction: Parameters<SidebarController['correctReply']>[2]) => controller.correctReply(id, eventId, correction),
      workFinished: (date: string) => controller.setWorkFinished(id, date),
      courtDocx: (document: Parameters<SidebarController['exportFile']>[1]) => void controller.exportFile(id, document),
      courtPrint: (document: Parameters<SidebarController['openLetter']>[1]) => void controller.openLetter(id, document),
      addEvent: (event: Parameters<SidebarController['addEvent']>[1]) => controller.addEvent(id, event),
      export: (kind: Parameters<SidebarController['exportFile']>[1]) => void controller.exportFile(id, kind),
      printNotice: () => void controller.openLetter(id, 'formal-notice'),
    }),
    [controller, id],
  );
  const facts = useWithout(view, 'timeline');
  // The page's address is read once per invoice shown, not on every change of the thread.
  const searchUrl = useMemo(() => controller.searchUrl(view.invoice.number), [controller, view.invoice.number]);
  const open = view.invoice.status !== 'paid' && view.invoice.status !== 'cancelled';
  const card = (
    <Card
      view={facts}
      language={language}
      t={t}
      busy={busy}
      onInsertReminder={actions.insertReminder}
      onMarkPaid={actions.markPaid}
      onConfirmPayment={actions.confirmPayment}
      searchUrl={searchUrl}
      openThreadId={openThreadId}
      onTogglePause={actions.togglePause}
    />
  );
  // Just tracked, its replies still being read: the card alone. What follows it (the replies, the law's figures, the
  // plan, the forms, the exports, the timeline) depends on the replies or acts on the invoice, and the card paints
  // sooner without it (issue 17).
  if (view.readingReplies) return <div class="invoice">{card}</div>;
  return (
    <div class="invoice">
      {card}
      <LanguageChoice client={view.client} t={t} onChoose={actions.chooseLanguage} />
      <Replies timeline={view.timeline} language={language} t={t} onCorrect={actions.correct} />
      {open && (
        <Legal
          view={facts}
          language={language}
          today={today}
          t={t}
          onWorkFinished={actions.workFinished}
          onCourtDocx={actions.courtDocx}
          onCourtPrint={actions.courtPrint}
        />
      )}
      {open && view.letter && <FollowUp letter={view.letter} language={language} today={today} t={t} onAdd={actions.addEvent} />}
      <Registry client={view.client} claimDeadline={view.claimDeadline} today={today} language={language} t={t} />
      {open && <Plan view={facts} language={language} today={today} t={t} onAdd={actions.addEvent} />}
      <AddEvent currency={view.invoice.amountDue.currency} today={today} t={t} onAdd={actions.addEvent} />
      <Exports t={t} onExport={actions.export} onPrintNotice={actions.printNotice} />
      <Timeline timeline={view.timeline} chain={view.chain} language={language} t={t} />
    </div>
  );
}

export const InvoiceBlock = memo(InvoiceBlockParts);
