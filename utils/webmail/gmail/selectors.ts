import { selectorLookup, type SelectorVariants } from '../selector-lookup';

/**
 * Every Gmail selector, in one table. Gmail's class names are obfuscated and change in staged, per-account rollouts,
 * so each hook prefers what Gmail itself depends on (`data-*` ids, `span[email]`, `name=` inputs, `g_editable`, `gh=`,
 * roles); a class name only appears as a dated variant beside the newer one, never a localised label.
 * Variants are tried in order, newest first; each comment says when it was seen and who relies on it. Sources:
 * ../shared/research/webmail-dom.md §1.2 (InboxSDK gmail-element-getter.ts, gmail-message-view.ts,
 * gmail-compose-view.ts, gmail-butter-bar-driver.ts; gmail.js) and webmail-dom-2026.md (InboxSDK 2.2.18, gmail.js
 * 1.1.16, FlowCrypt's 2025-11-12 selector fix, Briskine 2026-01). Id attributes are read through `idAttribute`
 * (../id-attribute.ts), which refuses Gmail's "undefined" placeholders.
 */

export const GMAIL_SELECTORS = {
  /** Gmail's app shell: present on every mail view once Gmail has loaded. */
  shell: [
    'div.aeF [role=main]', // 2018-2026
    '[role=main][gh]', // older
    'div.aeF', // 2014-2026, before the main view renders
  ],
  /** Gmail's own loading screen. */
  loading: ['#loading'],
  /** Google's account button: its label "Google Account: Name (address)" is the signed-in address (the title holds subjects too). */
  account: [
    'a[href^="https://accounts.google.com/SignOutOptions"]', // 2018-2026
    'header[role=banner] .gb_d', // 2023-2026
  ],
  /** A thread-list table (inbox, sent, search, labels). */
  threadList: ['[gh=tl]'],
  /** One row of a thread list. */
  listRow: [
    'tr.zA', // 2014-2026
    '[gh=tl] [role=row]',
  ],
  /** The element carrying a row's thread ids (the subject span since 2018; some builds put it on the row). */
  rowThreadId: ['[data-legacy-thread-id]', '[data-thread-id]'],
  /** Where a row shows its subject and labels: our chip goes first in it. */
  rowChipSlot: [
    'td.a4W .xT', // 2014-2026
    'td.a4W', // 2014-2026
    '[role=link]',
  ],
  /** The subject of an open thread, carrying its ids. */
  threadSubject: [
    'h2[data-legacy-thread-id]', // 2018-2026; since 2025-11 the perm id may read "undefined" (InboxSDK's fix: legacy id first)
    'h2[data-thread-perm-id]', // 2018-2025-10
    '.ha h2.hP', // 2014-2026
  ],
  /** The block holding one open thread (full page or reading pane); walk up from the subject. */
  threadContainer: [
    '.a98.iY', // since 2023-11-16 (InboxSDK PR #1073)
    '.ao9', // reading pane, 2023 (PR #1095)
    'table.Bs > tr', // before 2023-11
    '.nH.if', // gmail.js, before 2023
    '[role=main]',
  ],
  /** One message of a thread, expanded or collapsed; hidden ones are not in the DOM. A reply just sent has
   *  `data-message-id="#msg-a:r…"` and no legacy id until Gmail syncs it (InboxSDK polls for it). */
  message: [
    '[data-message-id]', // 2018-2026
    '[data-legacy-message-id]', // 2018-2025
    'div.adn', // 2014-2026
  ],
  /** Sender of one message. */
  messageFrom: [
    'h3 span[email]', // 2014-2026
    'span.gD[email]', // 2014-2026
    '[data-hovercard-id][email]',
  ],
  /** Recipients of one message, as listed in its header. */
  messageTo: [
    'span.g2[email]', // 2014-2026
    '.hb span[email]', // 2014-2026
  ],
  /** Message date: its title is the full date, in the interface language. */
  messageDate: [
    'span.g3[title]', // 2014-2026
    '.gK [title]', // 2014-2025
  ],
  /** Rendered body of an expanded message. */
  messageBody: [
    'div.a3s', // 2014-2026 (`.aiL`, `.aXjCH` variants share it)
    'div.ii.gt', // 2014-2026
    '.adP', // before 2023, obsolete in the 2026 survey
  ],
  /** Snippet of a collapsed message (`.kv`/`.ky` item: Gmail renders no body until it is expanded). Nobody else relies
   *  on it (2026 survey), so a collapsed message without a known snippet is read with an empty text, never skipped. */
  messageSnippet: [
    '.iA.g6', // 2016-2025
    'span.y2', // list-style snippet
  ],
  /** Attachment cards of one message. */
  attachment: [
    '[download_url]', // Chrome, 2014-2026 ("mime:filename:url")
    '.aQH > span', // 2015-2026
    'span.aZo',
  ],
  attachmentName: ['.aV3', '.aQA > span', '[title]'],
  attachmentLink: ['a[href]'],
  /** The control opening a reply to the last message (bottom of the thread, then the header button). Since 2025-11
   *  the bottom bar `.amn` is rendered twice (A/B test, one copy hidden): only a visible control is ever clicked. */
  replyControl: [
    '.amn [role=link].bkH', // 2018-2026, "Reply" under the last message
    'span.ams.bkH', // 2014-2026
    'td.acX .DILLkc', // header reply button since 2025-11 (FlowCrypt fix 2025-11-12)
    '.bsQ[role=button]', // header reply button in text-label mode, 2024-03
    '[role=button].aaq', // header reply button, 2018-2025-10 (`.aaq.L3`)
  ],
  /** Gmail's Compose button. */
  composeButton: [
    '[gh=cm]', // 2014-2026
    '.T-I.T-I-KE[role=button]', // 2018-2025
  ],
  /** A compose window or inline reply: the form's root. */
  compose: [
    'div.M9', // 2014-2026 (gmail.js, Briskine)
    '[role=dialog] form', // new-mail window, 2018-2026
  ],
  /** Gmail's id of a compose (hidden inputs). */
  composeId: ['input[name=composeid]', 'input[name=draft]'],
  composeSubject: ['input[name=subjectbox]'],
  composeSubjectHidden: ['input[name=subject]'],
  composeBody: [
    '[g_editable=true][contenteditable=true]', // 2014-2026
    '.Ap [contenteditable=true]', // InboxSDK
    'div[role=textbox][contenteditable=true]',
  ],
  /** Quoted history inside a compose body: our text goes above it. */
  composeQuote: ['.gmail_quote', 'blockquote', '.gmail_extra'],
  /** Recipient fields by name (the name attribute is not localised). */
  composeTo: ['[name=to]', 'textarea[name=to]'],
  composeCc: ['[name=cc]', 'textarea[name=cc]'],
  /** One recipient chip: its email and display name. */
  recipientChip: [
    '[role=option][data-hovercard-id]', // 2021-2026
    'span[email]', // 2018-2021 (`.vR` chips)
  ],
  recipientInput: ['input[role=combobox]', 'textarea', 'input[type=text]'],
  /** Send and Send+Archive; the schedule menu (`aria-haspopup`) is not a send. */
  sendButton: [
    '.IZ .Up div > div[role=button]:not([aria-haspopup=true])', // 2018-2026 (InboxSDK)
    '.dC > div[role=button]:not([aria-haspopup=true])', // 2018-2025
    'div[role=button].T-I-atl:not([aria-haspopup=true])', // gmail.js
  ],
  /** Validation dialogs Gmail opens instead of sending ("no recipient"). */
  sendBlocked: ['[role=alertdialog]'],
  /** Gmail's notice bar ("Message sent", "Sending undone"): `div.b8[role=alert] .vh` in InboxSDK, gmail.js and
   *  FlowCrypt; its text `.bAq` is localised and never read. */
  notice: [
    'div.b8[role=alert] .vh', // 2014-2026
  ],
  /** The notice's Undo link, looked up inside the notice. No maintained project relies on `#link_undo` any more: the
   *  notice's actions `.bAo` hold Undo then View message while the send can be undone, View message alone afterwards. */
  sentUndo: [
    '.bAo [role=link]:first-child:not(:last-child)', // 2014-2026 (position among the notice's links)
    '#link_undo', // 2016-2025
  ],
  /** The notice's View-message link, looked up inside the notice. */
  sentView: [
    '.bAo [role=link]:last-child', // 2014-2026
    '#link_vsm', // 2016-2025
  ],
} as const satisfies Record<string, SelectorVariants>;

export type GmailSelectorName = keyof typeof GMAIL_SELECTORS;

export const { findFirst, findAll, findClosest, matchesAny } = selectorLookup(GMAIL_SELECTORS);
