import { readFileSync } from 'node:fs';
import { fragmentPath } from './load-fragment';

/** The body of a saved fragment, parsed into a detached container (to take parts of another saved state). */
export function fragmentBody(name: string): HTMLElement {
  const holder = document.createElement('div');
  // Test fixtures only: our own saved pages.
  holder.innerHTML = readFileSync(fragmentPath(name), 'utf8').match(/<body[^>]*>([\s\S]*)<\/body>/)![1];
  return holder;
}

/** Now as French Outlook shows it ("03/12/2026 23:15"). */
function shownNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const button = (root: ParentNode, icon: string) => root.querySelector(`[data-icon-name="${icon}"]`)!.closest('button')!;

/**
 * Makes the loaded page answer clicks the way Outlook does, with parts of the states saved from the simulator:
 * New mail opens the saved new compose; Discard closes the compose; Send closes it (after `sendDelayMs`) and, for
 * a reply, shows the saved sent message in the conversation. `refuseSend` shows an error dialog instead.
 */
export function actLikeOutlook(
  options: { sendDelayMs?: number; refuseSend?: boolean; sentMessageAppears?: boolean; sentMessageDatedNow?: boolean } = {},
): void {
  const pane = document.querySelector('#ReadingPaneContainerId')!;
  const newMail = button(document, 'ComposeRegular');
  newMail.addEventListener('click', () => {
    const compose = fragmentBody('new-compose-fr').querySelector('[id^="docking_InitVisiblePart"]')!;
    pane.replaceChildren(compose);
    wireCompose(compose as HTMLElement);
  });
  const open = document.querySelector<HTMLElement>('[id^="docking_InitVisiblePart"]');
  if (open) wireCompose(open);
  for (const reply of Array.from(document.querySelectorAll('[data-icon-name="ArrowReplyRegular"]'))) {
    reply.closest('button')!.addEventListener('click', () => {
      const compose = fragmentBody('reply-compose-fr').querySelector('[id^="docking_InitVisiblePart"]')!;
      document.querySelector('[data-app-section="ConversationContainer"]')!.prepend(compose);
      wireCompose(compose as HTMLElement);
    });
  }

  function wireCompose(compose: HTMLElement): void {
    button(compose, 'DeleteRegular').addEventListener('click', () => compose.remove());
    const send = () => {
      if (options.refuseSend) {
        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'alertdialog');
        dialog.textContent = 'Ce message doit comporter au moins un destinataire.';
        document.body.appendChild(dialog);
        return;
      }
      setTimeout(() => {
        const inConversation = compose.closest('[data-app-section="ConversationContainer"]');
        compose.remove();
        if (inConversation && options.sentMessageAppears !== false) {
          const sentItem = fragmentBody('reply-sent-fr').querySelector('[id^="AAMkSim"][id$="_FROM"]')!.closest('.aVla3')!;
          // Outlook dates the message it just sent now, not when the fragment was saved.
          const time = sentItem.querySelector('[data-testid="SentReceivedSavedTime"]')!;
          if (options.sentMessageDatedNow !== false) {
            time.textContent = shownNow();
            time.setAttribute('title', shownNow());
          }
          inConversation.prepend(sentItem);
        }
      }, options.sendDelayMs ?? 20);
    };
    button(compose, 'SendRegular').addEventListener('click', send);
    compose.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.ctrlKey) send();
    });
  }
}
