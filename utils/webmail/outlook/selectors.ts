import { selectorLookup, type SelectorVariants } from '../selector-lookup';

/**
 * Every Outlook on the web selector, in one table. Outlook (Fluent UI) hashes its class names and rotates them often
 * (evicypher went `.QMubUjbS-BOly_BTHEZj7` → `.fEEQb`), so each hook is an id, a `data-*` attribute, a role or an icon
 * name; a hashed class only ever appears as the last, dated fallback; labels are never used (translated: "Message
 * body", "Nachrichtentext", "Reading Pane", "Lesebereich"). Variants are tried in order, newest first.
 * Sources: ../shared/research/webmail-dom.md §1.5 (mailvelope outlookIntegration.js + its OWA DOM mocks, Briskine
 * plugins/outlook.js, public OWA scrapers using `data-testid="SentReceivedSavedTime"` and `[id$="_SUBJECT"]`) and
 * webmail-dom-2026.md (mailvelope 6.2.1 outlook branch 2025-12, Briskine outlook.js 2026-03, a live ARIA capture of
 * Outlook 2026-04). The same page is served at every host of outlook-hosts.ts.
 */

export const OUTLOOK_SELECTORS = {
  /** The signed-in account button: its title or label carries the address (never taken for the debtor). */
  account: [
    '#O365_MainLink_Me', // 2020-2025 suite header
    '[data-app-section="O365_MainLink_Me"]',
  ],
  /** The conversation list (inbox, sent, search). */
  mailList: [
    '#MailList [role=listbox]', // 2024-2026 (mailvelope, fperezdev/wd-extension-poc)
    '[data-app-section="MessageList"] [role=listbox]', // 2025-2026
  ],
  /** One row of the list; its `data-convid` is the conversation id. */
  listRow: ['[role=option][data-convid]', '[data-convid]'],
  /** The reading pane (split view) or the full-page read view. */
  readingPane: [
    '[role=main][data-app-section="MailReadCompose"]', // 2025-2026 (live ARIA capture 2026-04, mailvelope 2025-12)
    '#ReadingPaneContainerId', // 2023-2025
    '#ConversationReadingPaneContainer', // 2024-2026
    '[data-app-section="MailReadCompose"]', // 2024
  ],
  /** The block holding the messages of the open conversation. */
  conversation: [
    '[data-app-section="ConversationContainer"]', // 2024-2026
    '#ConversationReadingPaneContainer', // 2024-2026
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
    '[role=document][id^="UniqueMessageBody_"]', // 2025-2026: one element carries both (mailvelope 6.2.1)
    '[role=document]', // 2023-2025
    '[id^="UniqueMessageBody"]', // 2023-2026
  ],
  /** Attachment cards: a listbox inside the message item (the mail list is outside it). */
  attachmentCard: ['[role=listbox] [role=option]'],
  /** The file name inside a card: the titled element whose title is its own text. */
  attachmentName: ['[title]'],
  /** Reply / new mail buttons by their Fluent icon (language-agnostic). */
  replyIcon: [
    '[data-icon-name="ArrowReplyRegular"]', // Fluent 2, 2023-2026
    '[data-icon-name="Reply"]', // Fabric MDL2, before 2023
  ],
  newMailIcon: [
    '[data-icon-name="ComposeRegular"]', // 2023-2026
    '[data-icon-name="EditRegular"]',
    '[data-icon-name="Edit"]', // Fabric MDL2, before 2023
  ],
  /** A compose form (inline reply, reading-pane compose or pop-out). */
  compose: [
    '[id*="docking_InitVisiblePart"]', // 2024-2026
    '[data-app-section="Form_Content"]', // pop-out, 2024-2026
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
  /** Send when it has no known icon: new Outlook's Fluent 9 split button draws an SVG icon without a name, with
   *  "More send options" beside it (looked up in the compose only: New mail is a split button too). */
  sendButton: [
    'button.fui-SplitButton__primaryActionButton', // 2025-2026 (Briskine outlook.js 2026-03, live capture 2026-04)
    '[data-testid="ComposeSendButton"]',
    'button.ms-Button--primary', // Fabric, before 2025
  ],
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

export const { findFirst, findAll, findClosest } = selectorLookup(OUTLOOK_SELECTORS);
