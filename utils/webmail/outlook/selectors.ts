/**
 * Every Outlook on the web selector, in one table. Outlook (Fluent UI) hashes its class names and rotates them often
 * (evicypher went `.QMubUjbS-BOly_BTHEZj7` → `.fEEQb`), so each hook is an id, a `data-*` attribute, a role or an icon
 * name; a hashed class only ever appears as the last, dated fallback. Variants are tried in order, newest first.
 * Sources: ../shared/research/webmail-dom.md §1.5 (mailvelope outlookIntegration.js + its OWA DOM mocks, Briskine
 * plugins/outlook.js, public OWA scrapers using `data-testid="SentReceivedSavedTime"` and `[id$="_SUBJECT"]`).
 */

/** One lookup: CSS selectors tried in order; the dates say when each variant was seen. */
export type SelectorVariants = readonly string[];

export const OUTLOOK_SELECTORS = {
  /** The signed-in account button: its title or label carries the address (never taken for the debtor). */
  account: [
    '#O365_MainLink_Me', // 2020-2025 suite header
    '[data-app-section="O365_MainLink_Me"]',
  ],
  /** The conversation list (inbox, sent, search). */
  mailList: [
    '#MailList [role=listbox]', // 2024-2025
    '[data-app-section="MessageList"] [role=listbox]', // 2025
  ],
  /** One row of the list; its `data-convid` is the conversation id. */
  listRow: ['[role=option][data-convid]', '[data-convid]'],
  /** The reading pane (split view) or the full-page read view. */
  readingPane: [
    '#ReadingPaneContainerId', // 2023-2025
    '#ConversationReadingPaneContainer', // 2024
    '[data-app-section="MailReadCompose"]', // 2024
  ],
  /** The block holding the messages of the open conversation. */
  conversation: [
    '[data-app-section="ConversationContainer"]', // 2024-2025
    '#ConversationReadingPaneContainer', // 2024
  ],
  /** The conversation subject (`CONV_<id>_SUBJECT`). */
  subject: [
    '[role=heading][id$="_SUBJECT"]', // 2025
    '[id^="CONV_"][id$="_SUBJECT"]', // 2025
    '[role=heading][aria-level="2"]', // 2023
  ],
  /** A message's date: each message item has exactly one. */
  messageTime: [
    '[data-testid="SentReceivedSavedTime"]', // 2024-2025
    'time[datetime]',
  ],
  /** Walk up from the date to the message item; `aria-expanded` says expanded or collapsed. */
  messageItem: [
    '[aria-expanded]', // 2024-2025
    '.aVla3', // 2025 hashed, last resort
  ],
  /** Sender of one message (`<itemid>_FROM`). */
  messageFrom: [
    '[id$="_FROM"]', // 2025
    '[data-testid="SenderPersona"]',
    '.OZZZK', // 2025 hashed
  ],
  messageTo: ['[id$="_TO"]', '[data-testid="RecipientWell"]'],
  messageCc: ['[id$="_CC"]'],
  /** The rendered body of an expanded message. */
  messageBody: [
    '[role=document]', // 2023-2025
    '[id^="UniqueMessageBody"]', // 2023-2025
  ],
  /** Attachment cards: a listbox inside the message item (the mail list is outside it). */
  attachmentCard: ['[role=listbox] [role=option]'],
  /** The file name inside a card: the titled element whose title is its own text. */
  attachmentName: ['[title]'],
  /** Reply / new mail buttons by their Fluent icon (language-agnostic). */
  replyIcon: [
    '[data-icon-name="ArrowReplyRegular"]', // Fluent 2, 2023-2025
    '[data-icon-name="Reply"]', // Fabric MDL2, before 2023
  ],
  newMailIcon: [
    '[data-icon-name="ComposeRegular"]', // 2023-2025
    '[data-icon-name="EditRegular"]',
    '[data-icon-name="Edit"]', // Fabric MDL2, before 2023
  ],
  /** A compose form (inline reply, reading-pane compose or pop-out). */
  compose: [
    '[id*="docking_InitVisiblePart"]', // 2024-2025
    '[data-app-section="Form_Content"]', // pop-out, 2024
  ],
  /** The compose body editor (Briskine, 2024-2025); its aria-label is localized, so never used. */
  composeBody: ['[role=textbox][contenteditable=true][aria-multiline=true]', 'div[contenteditable=true][aria-multiline=true]'],
  /** To, Cc, Bcc wells in order (Briskine `updateContactField`). */
  composeRecipientFields: ['[contenteditable=true]:not([aria-multiline=true])'],
  /** Subject: the text input of a compose (the last one; Briskine). */
  composeSubject: ['input[type=text][autocomplete=off]', 'input[type=text]'],
  sendIcon: [
    '[data-icon-name="SendRegular"]', // 2023-2025
    '[data-icon-name="Send"]', // Fabric MDL2
  ],
  /** Send when it has no known icon (new Outlook's labelled primary button). */
  sendButton: ['[data-testid="ComposeSendButton"]', 'button.ms-Button--primary'],
  discardIcon: [
    '[data-icon-name="DeleteRegular"]', // 2023-2025
    '[data-icon-name="Delete"]', // Fabric MDL2
  ],
  /** Quoted history in a compose: new text goes above it (Outlook's own reply markup). */
  composeQuote: ['#appendonsend', '#divRplyFwdMsg', '[id*="divRplyFwdMsg"]'],
  /** A blocking error dialog after Send (e.g. "this message has no recipient"). */
  sendErrorDialog: ['[role=alertdialog]'],
  /** An error bar inside the compose itself (looked up in the compose only: `role=alert` is common elsewhere). */
  sendErrorBar: ['[role=alert]'],
} as const satisfies Record<string, SelectorVariants>;

export type OutlookSelectorName = keyof typeof OUTLOOK_SELECTORS;

/** The first element matching any variant of `name`, trying variants in order. */
export function findFirst(root: ParentNode, name: OutlookSelectorName): HTMLElement | null {
  for (const selector of OUTLOOK_SELECTORS[name]) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matching the first variant of `name` that matches anything. */
export function findAll(root: ParentNode, name: OutlookSelectorName): HTMLElement[] {
  for (const selector of OUTLOOK_SELECTORS[name]) {
    const found = root.querySelectorAll<HTMLElement>(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The nearest ancestor (or self) matching any variant of `name`. */
export function findClosest(el: Element, name: OutlookSelectorName): HTMLElement | null {
  for (const selector of OUTLOOK_SELECTORS[name]) {
    const found = el.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}
