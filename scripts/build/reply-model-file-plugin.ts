import type { Plugin } from 'vite';

const STUB = '\0relance-reply-model-stub';

/**
 * Keeps the learned reply model (public/reply-kind-model.json, ~113 KB) out of every bundle: the file is packaged as
 * it is and the worker reads it when first needed (utils/background/shipped-reply-model-file.ts), instead of
 * parsing it with its code on every wake-up (issue 17). Node, which runs no build, imports the file itself.
 */
export function replyModelFile(): Plugin {
  return {
    name: 'relance-reply-model-file',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source.endsWith('/reply-kind-model.json') && importer?.endsWith('/utils/detect/shipped-reply-model.ts') ? STUB : undefined,
    load: (id) => (id === STUB ? 'export default undefined;' : undefined),
  };
}
