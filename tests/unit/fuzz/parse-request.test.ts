/** Fuzz: the message protocol's gate. Random objects never throw; a wrong shape is never accepted; an accepted request is clean. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES, parseRequest, type RequestType } from '../../../utils/messages';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const TYPES = Object.keys(MESSAGES) as RequestType[];
const address = { name: 'Jean Dupont', email: 'jean@dupont.fr' };
const money = { minor: 125000, currency: 'EUR' };
const message = {
  id: 'm1',
  threadId: 't1',
  subject: 'Facture F-1',
  from: address,
  to: [address],
  date: '2026-11-23T10:00:00+01:00',
  text: 'Bonjour',
  attachments: [{ name: 'F-1.pdf' }],
};

/** One valid request per type (the shapes the product sends); types added later are still covered by the random cases. */
const VALID: Partial<Record<RequestType, Record<string, unknown>>> = {
  'thread:view': { webmail: 'gmail', thread: { threadId: 't1', subject: 'Facture', url: 'https://mail.google.com/mail/u/0/#inbox/t1', messages: [message] } },
  'invoice:track': {
    webmail: 'gmail',
    threadId: 't1',
    fields: { number: 'F-1', amountDue: money, issueDate: '2026-10-01', dueDate: '2026-10-31', debtor: address, debtorKind: 'business' },
  },
  'invoice:get': { invoiceId: 'i1' },
  'invoice:list': {},
  'invoice:set-status': { invoiceId: 'i1', status: 'paid' },
  'invoice:pause': { invoiceId: 'i1', paused: true },
  'event:add': { invoiceId: 'i1', kind: 'note', occurredOn: '2026-11-23', data: { text: 'appel' } },
  'reminder:render': { invoiceId: 'i1' },
  'reminder:inserted': { invoiceId: 'i1', templateId: 'reminder1', subject: 'Relance', body: 'Bonjour' },
  'reminder:sent': { invoiceId: 'i1', templateId: 'reminder1', to: [address], cc: [], subject: 'Relance', body: 'Bonjour' },
  'chips:get': { threadIds: ['t1', 't2'] },
  'today:list': {},
  'settings:get': {},
  'export:formal-notice': { invoiceIds: ['i1'] },
  'export:evidence': { invoiceId: 'i1', format: 'csv' },
  'backup:export': {},
  'backup:restore-begin': { progressId: 'p1', size: 2 },
  'backup:restore-piece': { progressId: 'p1', index: 0, text: '{}' },
  'backup:restore-end': { progressId: 'p1' },
  'einvoice:read': { base64: 'JVBERi0=', fileName: 'f.pdf' },
  'invoice:create': {
    fields: { number: 'F-1', clientName: 'Dupont', clientEmail: 'jean@dupont.fr', debtorKind: 'business', amountDue: money, issueDate: '2026-10-01' },
  },
  'import:csv-preview': { text: 'a;b\n1;2' },
  'import:csv-commit': { text: 'a;b\n1;2', fileName: 'x.csv', mapping: { number: 'a' } },
  'templates:reset': { templateId: 'reminder1', language: 'fr' },
};

/** Values of the wrong kind for any field: every field of every request is a string, number, boolean, array or object of a set shape. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: { polluted: true } }),
  fc.string({ minLength: 0, maxLength: 3 }),
  hostileString(20),
  fc.constant('x'.repeat(5_000_001)),
);

function accepted(raw: unknown): boolean {
  const result = parseRequest(raw);
  if (result.ok) {
    // An accepted request is exactly what its schema allows, with its type.
    expect(MESSAGES[result.request.type].schema.safeParse(result.request).success).toBe(true);
    expect(result.request.type).toBe((raw as { type: unknown }).type);
  } else {
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeLessThan(1_200);
  }
  return result.ok;
}

describe('fuzz: parseRequest', () => {
  it('has a valid example for most message types, and accepts each', () => {
    for (const [type, body] of Object.entries(VALID)) expect(accepted({ type, ...body }), type).toBe(true);
    expect(Object.keys(VALID).length).toBeGreaterThanOrEqual(20);
  });

  it('random values and objects with a real or fake type: never a throw, answers in bounded time', async () => {
    const raw = fc.oneof(
      fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true }),
      fc
        .tuple(
          fc.constantFrom(...TYPES, '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
          fc.dictionary(hostileString(12), fc.anything({ maxDepth: 2 })),
        )
        .map(([type, rest]) => ({ ...rest, type })),
    );
    await fuzz(
      'parseRequest random',
      raw,
      (value) => {
        accepted(value);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
      { runs: 3_000, caseMs: 250 },
    );
  });

  it('a valid request with one field made wrong (removed when required, or of the wrong kind) is refused', async () => {
    const typed = Object.keys(VALID) as RequestType[];
    const input = fc.tuple(fc.constantFrom(...typed), fc.nat(), wrongValue);
    let refused = 0;
    await fuzz(
      'parseRequest wrong shape',
      input,
      ([type, pick, value]) => {
        const schema = MESSAGES[type].schema as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> };
        const fields = Object.keys(schema.shape);
        if (fields.length === 0) return; // "{}" requests carry nothing to get wrong
        const field = fields[pick % fields.length];
        // Only a value the field itself refuses makes the shape wrong ("undefined" for an optional field is fine).
        if (schema.shape[field].safeParse(value).success) return;
        expect(accepted({ ...VALID[type], type, [field]: value }), `${type}.${field} = ${String(value).slice(0, 40)}`).toBe(false);
        refused++;
      },
      { runs: 2_000, caseMs: 250 },
    );
    expect(refused).toBeGreaterThan(500);
  });
});
