import type { Plugin } from 'vite';

const STUB = '\0relance-model-file-stub';

/**
 * Keeps the learned readers' models (public/*-model.json, ~570 KB) out of every bundle: the files are packaged as they
 * are and the worker reads them when it wakes (utils/background/shipped-model-files.ts), instead of parsing them with
 * its code on every wake-up (issue 17). Node, which runs no build, imports the files itself.
 */
export function modelFiles(): Plugin {
  return {
    name: 'relance-model-files',
    enforce: 'pre',
    resolveId: (source, importer) => (source.endsWith('-model.json') && importer?.endsWith('/utils/detect/shipped-models.ts') ? STUB : undefined),
    load: (id) => (id === STUB ? 'export default undefined;' : undefined),
  };
}
