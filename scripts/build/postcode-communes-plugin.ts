import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'virtual:postcode-communes';
const RESOLVED = `\0${ID}`;

interface EtalabCommune {
  nom: string;
  type: string;
  codesPostaux?: string[];
}

/**
 * Builds, from Etalab's @etalab/decoupage-administratif (8.6 MB of JSON), the small table the court step needs:
 * one line per postcode, "69003=Lyon", communes joined by "|" (≈ 0.5 MB, only current communes, names only). It is a
 * chunk of its own, loaded by the pages that name the debtor's commune (utils/legal/postcode-communes.ts reads it),
 * never by a content script or the worker.
 */
export function postcodeCommunes(): Plugin {
  return {
    name: 'relance-postcode-communes',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const file = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
      const byPostcode = new Map<string, string[]>();
      for (const commune of JSON.parse(readFileSync(file, 'utf8')) as EtalabCommune[]) {
        if (commune.type !== 'commune-actuelle') continue;
        for (const postcode of commune.codesPostaux ?? []) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune.nom]);
      }
      const table = [...byPostcode]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([postcode, names]) => `${postcode}=${names.join('|')}`)
        .join('\n');
      return `export default ${JSON.stringify(table)};`;
    },
  };
}
