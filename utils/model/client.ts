import type { MailAddress } from '../mail/types';

export type DebtorKind = 'business' | 'consumer';

/** A debtor. */
export interface Client {
  id: string;
  name: string;
  company?: string;
  emails: MailAddress[];
  kind: DebtorKind;
  address?: string[];
  siren?: string;
  vatId?: string;
  language: 'fr' | 'en';
  /** Ladder paused for every invoice of this client. */
  paused?: boolean;
  createdAt: string;
  updatedAt: string;
  rev: number;
}
