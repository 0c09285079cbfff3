import type { Handlers } from '../router';
import { browserEraseDeps } from '../browser-erase-deps';
import { cancelProgress, exportBackup, restoreBackup } from './backup';
import { sidebarCatalog } from './catalog';
import { setClientLanguage } from './client-language';
import { createInvoice, csvCommit, csvPreview, listClients, updateClient } from './dashboard';
import { readEInvoiceFile } from './einvoice';
import { eraseEverything } from './erase';
import { exportCourtDocument, exportEvidence, exportFormalNotice, exportPaymentQr, letterDocument } from './exports';
import { openLetter } from './letter-page';
import { addEvent, get, list, pause, setStatus, track, setWorkFinished } from './invoice';
import { correctReply } from './reply-correction';
import { reminderInserted, reminderSent, renderReminder } from './reminder';
import { getSettings, saveSettings } from './settings';
import { chips, threadView, today } from './thread';
import { roundGet, roundStart, roundStep, roundStop } from './round';
import { connectorConnect, connectorDisconnect, connectorList, connectorRefresh } from './connectors';
import { registryLookupHandler } from './registry';
import { trackingConnect, trackingDisconnect, trackingGet, trackingRefresh } from './tracking';
import { getTemplates, resetTemplate, saveTemplate } from './templates';

/** Every request type and the handler that answers it (utils/messages.ts declares the shapes). */
export const handlers: Handlers = {
  'thread:view': threadView,
  'invoice:track': track,
  'invoice:get': get,
  'invoice:list': list,
  'invoice:set-status': setStatus,
  'invoice:pause': pause,
  'invoice:set-work-finished': setWorkFinished,
  'event:add': addEvent,
  'reply:correct': correctReply,
  'reminder:render': renderReminder,
  'reminder:inserted': reminderInserted,
  'reminder:sent': reminderSent,
  'chips:get': chips,
  'today:list': today,
  'round:get': roundGet,
  'round:start': roundStart,
  'round:step': roundStep,
  'round:stop': roundStop,
  'settings:get': getSettings,
  'settings:save': saveSettings,
  'export:formal-notice': exportFormalNotice,
  'export:evidence': exportEvidence,
  'export:court-document': exportCourtDocument,
  'export:payment-qr': exportPaymentQr,
  'letter:open': openLetter,
  'letter:get': letterDocument,
  'backup:export': exportBackup,
  'backup:restore': restoreBackup,
  'progress:cancel': cancelProgress,
  'data:erase': eraseEverything(browserEraseDeps()),
  'einvoice:read': readEInvoiceFile,
  'i18n:catalog': sidebarCatalog,
  'invoice:create': createInvoice,
  'import:csv-preview': csvPreview,
  'import:csv-commit': csvCommit,
  'templates:get': getTemplates,
  'templates:save': saveTemplate,
  'templates:reset': resetTemplate,
  'clients:list': listClients,
  'client:update': updateClient,
  'client:language': setClientLanguage,
  'connector:list': connectorList,
  'connector:connect': connectorConnect,
  'connector:disconnect': connectorDisconnect,
  'connector:refresh': connectorRefresh,
  'registry:lookup': registryLookupHandler,
  'tracking:get': trackingGet,
  'tracking:connect': trackingConnect,
  'tracking:disconnect': trackingDisconnect,
  'tracking:refresh': trackingRefresh,
};
