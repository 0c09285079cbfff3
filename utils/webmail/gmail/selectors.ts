/**
 * Every Gmail selector, in one table. Gmail's class names are obfuscated and change in staged, per-account rollouts,
 * so each hook prefers what Gmail itself depends on (`data-*` ids, `span[email]`, `name=` inputs, `g_editable`, `gh=`,
 * roles); a class name only appears as a dated variant beside the newer one, never a localised label.
 * Variants are tried in order, newest first. Sources: ../shared/research/webmail-dom.md §1.2 (InboxSDK
 * gmail-element-getter.ts, gmail-message-view.ts, gmail-compose-view.ts, gmail-butter-bar-driver.ts; gmail.js).
 */

/** One lookup: CSS selectors tried in order; the comments say when each variant was seen. */
export type SelectorVariants = readonly string[];

export const GMAIL_SELECTORS = {
  /** Gmail's app shell: present on every mail view once Gmail has loaded. */
  shell: [
    'div.aeF [role=main]', // 2018-2025
    '[role=main][gh]', // older
    'div.aeF', // 2014-2025, before the main view renders
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
    'tr.zA', // 2014-2025
    '[gh=tl] [role=row]',
  ],
  /** The element carrying a row's thread ids (the subject span since 2018; some builds put it on the row). */
  rowThreadId: ['[data-legacy-thread-id]', '[data-thread-id]'],
  /** Where a row shows its subject and labels: our chip goes first in it. */
  rowChipSlot: [
    'td.a4W .xT', // 2014-2025
    'td.a4W', // 2014-2025
    '[role=link]',
  ],
  /** The subject of an open thread, carrying its ids. */
  threadSubject: [
    'h2[data-thread-perm-id]', // 2018-2025
    'h2[data-legacy-thread-id]', // 2018-2025
    '.ha h2.hP', // 2014-2025
  ],
  /** The block holding one open thread (full page or reading pane); walk up from the subject. */
  threadContainer: [
    '.a98.iY', // since 2023-11-16 (InboxSDK PR #1073)
    '.ao9', // reading pane, 2023 (PR #1095)
    'table.Bs > tr', // before 2023-11
    '.nH.if', // gmail.js, before 2023
    '[role=main]',
  ],
  /** One message of a thread, expanded or collapsed; hidden ones are not in the DOM. */
  message: [
    '[data-message-id]', // 2018-2025
    '[data-legacy-message-id]', // 2018-2025
    'div.adn', // 2014-2025
  ],
  /** Sender of one message. */
  messageFrom: [
    'h3 span[email]', // 2014-2025
    'span.gD[email]', // 2014-2025
    '[data-hovercard-id][email]',
  ],
  /** Recipients of one message, as listed in its header. */
  messageTo: [
    'span.g2[email]', // 2014-2025
    '.hb span[email]', // 2014-2025
  ],
  /** Message date: its title is the full date, in the interface language. */
  messageDate: [
    'span.g3[title]', // 2014-2025
    '.gK [title]', // 2014-2025
  ],
  /** Rendered body of an expanded message. */
  messageBody: [
    'div.a3s', // 2014-2025 (`.aiL`, `.aXjCH` variants share it)
    'div.ii.gt', // 2014-2025
    '.adP', // older
  ],
  /** Snippet of a collapsed message (Gmail renders no body until it is expanded). */
  messageSnippet: [
    '.iA.g6', // 2016-2025
    'span.y2', // list-style snippet
  ],
  /** Attachment cards of one message. */
  attachment: [
    '[download_url]', // Chrome, 2014-2025 ("mime:filename:url")
    '.aQH > span', // 2015-2025
    'span.aZo',
  ],
  attachmentName: ['.aV3', '.aQA > span', '[title]'],
  attachmentLink: ['a[href]'],
  /** The control opening a reply to the last message (bottom of the thread, then the header button). */
  replyControl: [
    '.amn [role=link].bkH', // 2018-2025, "Reply" under the last message
    'span.ams.bkH', // 2014-2025
    '[role=button].aaq', // header reply button, 2018-2025
  ],
  /** Gmail's Compose button. */
  composeButton: [
    '[gh=cm]', // 2014-2025
    '.T-I.T-I-KE[role=button]', // 2018-2025
  ],
  /** A compose window or inline reply: the form's root. */
  compose: [
    'div.M9', // 2014-2025 (gmail.js, Briskine)
    '[role=dialog] form', // new-mail window, 2018-2025
  ],
  /** Gmail's id of a compose (hidden inputs). */
  composeId: ['input[name=composeid]', 'input[name=draft]'],
  composeSubject: ['input[name=subjectbox]'],
  composeSubjectHidden: ['input[name=subject]'],
  composeBody: [
    '[g_editable=true][contenteditable=true]', // 2014-2025
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
    '[role=option][data-hovercard-id]', // 2021-2025
    'span[email]', // 2018-2021 (`.vR` chips)
  ],
  recipientInput: ['input[role=combobox]', 'textarea', 'input[type=text]'],
  /** Send and Send+Archive; the schedule menu (`aria-haspopup`) is not a send. */
  sendButton: [
    '.IZ .Up div > div[role=button]:not([aria-haspopup=true])', // 2018-2025 (InboxSDK)
    '.dC > div[role=button]:not([aria-haspopup=true])', // 2018-2025
    'div[role=button].T-I-atl:not([aria-haspopup=true])', // gmail.js
  ],
  /** Validation dialogs Gmail opens instead of sending ("no recipient"). */
  sendBlocked: ['[role=alertdialog]'],
  /** The "Message sent" notice's Undo and View-message links (ids are not localised). */
  sentUndo: [
    '#link_undo', // 2016-2025
    '[role=alert] [role=link][id*=undo]',
  ],
  sentView: ['#link_vsm'],
} as const satisfies Record<string, SelectorVariants>;

export type GmailSelectorName = keyof typeof GMAIL_SELECTORS;

/** The first element matching any variant of `name`, trying variants in order. */
export function findFirst(root: ParentNode, name: GmailSelectorName): HTMLElement | null {
  for (const selector of GMAIL_SELECTORS[name]) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matching the first variant of `name` that matches anything. */
export function findAll(root: ParentNode, name: GmailSelectorName): HTMLElement[] {
  for (const selector of GMAIL_SELECTORS[name]) {
    const found = root.querySelectorAll<HTMLElement>(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The nearest ancestor (or self) matching any variant of `name`. */
export function findClosest(el: Element, name: GmailSelectorName): HTMLElement | null {
  for (const selector of GMAIL_SELECTORS[name]) {
    const found = el.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Whether the element matches any variant of `name`. */
export function matchesAny(el: Element, name: GmailSelectorName): boolean {
  return GMAIL_SELECTORS[name].some((selector) => el.matches(selector));
}
