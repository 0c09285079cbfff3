import { refreshRemoteSources } from '../refresh-remote-sources';
import { backupHandlers } from './backup';
import { clientHandlers } from './client';
import { connectorHandlers } from './connector';
import { dataHandlers } from './data';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { letterHandlers } from './letter';
import { registryHandlers } from './registry';
import { settingsHandlers } from './settings';
import { templatesHandlers } from './templates';
import { trackingHandlers } from './tracking';
import type { RarePart } from './rare-part';

/**
 * What the worker needs only when the user asks for it (exports, imports, backups, connections, registries, letters,
 * settings, the daily remote refresh): bundled apart, so a worker woken for a thread does not parse it (issue 17).
 */
export const rarePart: RarePart = {
  handlers: {
    ...backupHandlers,
    ...clientHandlers,
    ...connectorHandlers,
    ...dataHandlers,
    ...exportHandlers,
    ...importHandlers,
    ...letterHandlers,
    ...registryHandlers,
    ...settingsHandlers,
    ...templatesHandlers,
    ...trackingHandlers,
  },
  refreshRemoteSources,
};
