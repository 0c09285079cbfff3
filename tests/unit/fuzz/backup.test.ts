/** Fuzz: backup restore parsing. Random and mutated files are refused with a reason or accepted clean; Object.prototype is never touched. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupStores } from '../../../utils/export/backup';
import { checkedStores } from '../export/checked-stores';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { CLIENT, INVOICES } from '../export/sample-case';
import { eventDraft, sealChain } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const CODES = ['not-json', 'not-a-backup', 'newer-version', 'forbidden-key', 'invalid', 'inconsistent'];

function prototypeIsClean(): void {
  for (const key of ['polluted', 'isAdmin', 'toString2', 'x']) expect((Object.prototype as Record<string, unknown>)[key]).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Every object in a parsed value: no own key that could reach a prototype. */
function hasDangerousKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value)) return true;
  return Object.keys(value).some((key) => ['__proto__', 'constructor', 'prototype'].includes(key) || hasDangerousKey((value as Record<string, unknown>)[key]));
}

async function validStores(drafts: Parameters<typeof sealChain>[1]): Promise<BackupStores> {
  return { clients: [CLIENT], invoices: [INVOICES[0]], events: await sealChain(INVOICES[0].id, drafts), settings: DEFAULT_SETTINGS, templates: [] };
}

/** Sets `value` at a random path of a JSON tree (object keys as given: "__proto__" becomes an own key, as JSON.parse makes it). */
function mutate(root: unknown, path: number[], key: string, value: unknown): unknown {
  let node = root as Record<string, unknown>;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const next = node[keys[step % keys.length]];
    if (typeof next !== 'object' || next === null) break;
    node = next as Record<string, unknown>;
  }
  if (typeof node === 'object' && node !== null) Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
  return root;
}

describe('fuzz: backup parsing', () => {
  it('random text: refused with a known code and a message, never a throw', async () => {
    await fuzz(
      'parseBackup random text',
      fc.oneof(
        hostileString(200),
        fc.json({ maxDepth: 4 }),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      async (text) => {
        const result = await parseBackup(text);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(CODES).toContain(result.code);
          expect(result.error.length).toBeGreaterThan(10);
        }
        prototypeIsClean();
      },
      { runs: 1_000, caseMs: 250 },
    );
  });

  it('a valid backup with one mutation (extra, missing or wrong-typed field, prototype keys, escaped or not): refused, or accepted with nothing dangerous', async () => {
    const input = fc.tuple(
      fc.array(eventDraft, { maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 6 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', 'minor', 'kind', 'hash', 'version', 'format'),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true, isAdmin: true }), fc.constant(undefined)),
      fc.boolean(),
    );
    await fuzz(
      'parseBackup mutated file',
      input,
      async ([drafts, path, key, value, escaped]) => {
        const tree = JSON.parse(serializeBackup(await validStores(drafts), '2026-11-23T10:00:00.000Z'));
        let text = JSON.stringify(mutate(tree, path, key, value));
        // "\u005f_proto__" is "__proto__" once JSON.parse has read it: a filter on the raw text must not be the only guard.
        if (escaped) text = text.replace(/"(__proto__|constructor|prototype)":/g, (_m, k: string) => `"\\u005f${k.slice(1)}":`);
        const result = await parseBackup(text, 'en');
        if (result.ok) {
          expect(hasDangerousKey(checkedStores(result.backup))).toBe(false);
          expect(checkedStores(result.backup).invoices.length).toBeGreaterThan(0);
        } else {
          expect(CODES).toContain(result.code);
        }
        prototypeIsClean();
      },
      { runs: 400, caseMs: 1_000 },
    );
  });

  it('round trip: serializeBackup → parseBackup gives the same stores back, every chain intact', async () => {
    await fuzz(
      'backup round trip',
      fc.array(eventDraft, { maxLength: 6 }),
      async (drafts) => {
        const stores = await validStores(drafts);
        const result = await parseBackup(serializeBackup(stores));
        // ok means every chain verified: a broken one is refused (code 'broken-chain').
        expect(result.ok).toBe(true);
        if (result.ok) expect(JSON.parse(JSON.stringify(checkedStores(result.backup)))).toEqual(JSON.parse(JSON.stringify(stores)));
      },
      { runs: 200, caseMs: 1_000 },
    );
  });
});
