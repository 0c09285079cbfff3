import { toPlainText } from '../mail/plain-text';
import type { MailAddress, Money } from '../mail/types';
import type { DebtorKind } from '../model/client';
import type { Invoice, InvoiceSource } from '../model/invoice';
import type { Settings } from '../model/settings';
import type { StoredClient } from '../store/schema';
import type { EventPayloads } from '../model/event';
import { httpsLink } from '../validate/https-link';

/** A debtor record for an address seen for the first time. */
export function newClient(debtor: MailAddress, kind: DebtorKind, settings: Settings, at: string, siren?: string): StoredClient {
  const email = debtor.email.trim();
  return {
    id: crypto.randomUUID(),
    name: toPlainText(debtor.name ?? '').trim() || email,
    siren,
    emails: [{ name: debtor.name, email }],
    emailKeys: [email.toLowerCase()],
    kind,
    language: settings.language,
    languageSource: 'settings',
    createdAt: at,
    updatedAt: at,
    rev: 1,
  };
}

export interface NewInvoiceFields {
  number: string;
  amountDue: Money;
  total?: Money;
  issueDate: string;
  /** No source gave the issue date: `issueDate` only stands in for computations (see Invoice). */
  issueDateUnknown?: boolean;
  dueDate: string;
  contractualRate?: number;
  threadId?: string;
  threadUrl?: string;
  paymentLink?: string;
  directDebitDate?: string;
}

/** A fresh open invoice; the ladder fields are filled by `deriveInvoice` before it is stored. */
export function newInvoice(fields: NewInvoiceFields, clientId: string, source: InvoiceSource, at: string): Invoice {
  return {
    id: crypto.randomUUID(),
    number: fields.number.trim(),
    clientId,
    issueDate: fields.issueDate,
    ...(fields.issueDateUnknown ? { issueDateUnknown: true } : {}),
    dueDate: fields.dueDate,
    total: fields.total ?? fields.amountDue,
    amountDue: fields.amountDue,
    status: 'open',
    stage: 'none',
    contractualRate: fields.contractualRate,
    sources: [source],
    threadIds: fields.threadId ? [fields.threadId] : [],
    threadUrl: httpsLink(fields.threadUrl),
    paymentLink: httpsLink(fields.paymentLink),
    directDebitDate: fields.directDebitDate,
    createdAt: at,
    updatedAt: at,
    rev: 0,
  };
}

/** The `invoice-tracked` event of a new invoice: its facts go into the chain, since letters and exports use them. */
export function trackedEventData(invoice: Invoice, source: string): EventPayloads['invoice-tracked'] {
  return { source, number: invoice.number, amountDue: invoice.amountDue, issueDate: invoice.issueDate, dueDate: invoice.dueDate };
}
