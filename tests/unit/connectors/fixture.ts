import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A JSON fixture from tests/fixtures/connectors. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/connectors', name), 'utf8'));
}

/** Unix seconds → UTC day: the tests' calendar, so they do not depend on the machine's time zone. */
export const UTC_DAYS = { dayOf: (s: number) => new Date(s * 1000).toISOString().slice(0, 10) };
