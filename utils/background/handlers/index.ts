import type { Handlers } from '../router';
import { backupHandlers } from './backup';
import { chipsHandlers } from './chips';
import { clientHandlers } from './client';
import { connectorHandlers } from './connector';
import { dataHandlers } from './data';
import { einvoiceHandlers } from './einvoice';
import { eventHandlers } from './event';
import { exportHandlers } from './export';
import { i18nHandlers } from './i18n';
import { importHandlers } from './import';
import { invoiceHandlers } from './invoice';
import { letterHandlers } from './letter';
import { progressHandlers } from './progress';
import { registryHandlers } from './registry';
import { reminderHandlers } from './reminder';
import { replyHandlers } from './reply';
import { roundHandlers } from './round';
import { settingsHandlers } from './settings';
import { templatesHandlers } from './templates';
import { threadHandlers } from './thread';
import { todayHandlers } from './today';
import { trackingHandlers } from './tracking';

/**
 * Every message's handler: one file per namespace (`handlers/invoice.ts` answers `invoice:*`), each exporting its own.
 * A message without a handler, or a namespace left out here, does not compile.
 */
export const handlers: Handlers = {
  ...backupHandlers,
  ...chipsHandlers,
  ...clientHandlers,
  ...connectorHandlers,
  ...dataHandlers,
  ...einvoiceHandlers,
  ...eventHandlers,
  ...exportHandlers,
  ...i18nHandlers,
  ...importHandlers,
  ...invoiceHandlers,
  ...letterHandlers,
  ...progressHandlers,
  ...registryHandlers,
  ...reminderHandlers,
  ...replyHandlers,
  ...roundHandlers,
  ...settingsHandlers,
  ...templatesHandlers,
  ...threadHandlers,
  ...todayHandlers,
  ...trackingHandlers,
};
