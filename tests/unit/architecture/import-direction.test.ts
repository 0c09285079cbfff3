/**
 * Imports run one way (INTERNALS.md): the core knows neither the edges (webmail DOM, content script, background, store,
 * network layers, protocol) nor the UI; the network layers fetch and map but never write; components never import an
 * entrypoint. This test reads every import of the sources and fails on one that runs backwards.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sources } from './source-files';

/** utils/ folders (and files) that touch the browser, the page, the store, the network or the protocol. */
const EDGES = [
  'utils/webmail',
  'utils/content',
  'utils/background',
  'utils/connectors',
  'utils/registry',
  'utils/store',
  'utils/messaging',
  'utils/messages.ts',
];

/** Every relative import of a file, resolved to a path from the root (without extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
}

const within = (target: string, folder: string) => target === folder.replace(/\.ts$/, '') || target.startsWith(`${folder}/`);
const isEdge = (target: string) => EDGES.some((edge) => within(target, edge));

function violations(files: string[], forbidden: (target: string, file: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden(target, file))
      .map((target) => `${file} → ${target}`),
  );
}

describe('imports run one way', () => {
  const utils = sources('utils');
  const core = utils.filter((f) => !isEdge(f.replace(/\.tsx?$/, '')));

  it('the core (utils/ outside the edges) imports no edge: webmail, content, background, connectors, registry, store, messaging, messages', () => {
    expect(core.length).toBeGreaterThan(50);
    expect(violations(core, isEdge)).toEqual([]);
  });

  it('the network layers (connectors, registry) fetch and map: they import neither the background nor the store', () => {
    const remote = utils.filter((f) => f.startsWith('utils/connectors/') || f.startsWith('utils/registry/'));
    expect(violations(remote, (t) => within(t, 'utils/background') || within(t, 'utils/store'))).toEqual([]);
  });

  it('nothing under utils/ imports a component or an entrypoint', () => {
    expect(violations(utils, (t) => within(t, 'components') || within(t, 'entrypoints'))).toEqual([]);
  });

  it('components never import an entrypoint', () => {
    expect(violations(sources('components'), (t) => within(t, 'entrypoints'))).toEqual([]);
  });
});
