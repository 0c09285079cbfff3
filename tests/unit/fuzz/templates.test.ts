/** Fuzz: the template renderer, with hostile names, numbers and user templates. Output is plain text and nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../utils/model/client';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { DEFAULT_TEMPLATES } from '../../../utils/templates/default-templates';
import { renderTemplate, type TemplateText } from '../../../utils/templates/render';
import { TEMPLATE_IDS } from '../../../utils/templates/template-id';
import { buildTemplateVariables } from '../../../utils/templates/variables';
import { isoDay } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const language = fc.constantFrom('fr' as const, 'en' as const);
// Bidi overrides and C0/C1 controls have no business in a mail a court may read: the renderer removes them.
const FORBIDDEN_IN_OUTPUT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const scene = fc.record({
  number: hostileString(30),
  clientName: hostileString(40),
  company: fc.option(hostileString(40), { nil: undefined }),
  kind: fc.constantFrom('business' as const, 'consumer' as const),
  creditorName: hostileString(40),
  signature: fc.option(hostileString(60), { nil: undefined }),
  iban: fc.option(hostileString(34), { nil: undefined }),
  paymentLink: fc.option(hostileString(40), { nil: undefined }),
  minor: fc.integer({ min: 0, max: 10_000_000_00 }),
  issueDate: isoDay,
  termDays: fc.integer({ min: 0, max: 120 }),
  today: isoDay,
  language,
  templateId: fc.constantFrom(...TEMPLATE_IDS),
});

type Scene = typeof scene extends fc.Arbitrary<infer T> ? T : never;

function invoiceOf(s: Scene): { invoice: Invoice; client: Client; settings: Settings } {
  const dueDate = new Date(Date.parse(s.issueDate) + s.termDays * 86_400_000).toISOString().slice(0, 10);
  const money = { minor: s.minor, currency: 'EUR' };
  const invoice: Invoice = {
    id: 'i1',
    number: s.number,
    clientId: 'c1',
    issueDate: s.issueDate,
    dueDate,
    total: money,
    amountDue: money,
    status: 'open',
    stage: 'reminder1',
    sources: [],
    threadIds: [],
    paymentLink: s.paymentLink,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    rev: 1,
  };
  const client: Client = {
    id: 'c1',
    name: s.clientName,
    company: s.company,
    emails: [{ email: 'a@b.fr' }],
    kind: s.kind,
    language: s.language,
    createdAt: '',
    updatedAt: '',
    rev: 1,
  };
  const settings: Settings = { ...DEFAULT_SETTINGS, creditor: { name: s.creditorName, signature: s.signature, iban: s.iban } };
  return { invoice, client, settings };
}

const strip = (value: string) => value.replace(/\r\n?/g, '\n').replace(new RegExp(FORBIDDEN_IN_OUTPUT.source, 'g'), '');
const mentionsUndefined = (...values: Array<string | undefined>) => values.some((v) => v !== undefined && /undefined|NaN/.test(v));

describe('fuzz: templates', () => {
  it('every default template, hostile names: no "undefined"/"NaN", no {{, no controls or bidi overrides, one-line subject, values verbatim', async () => {
    await fuzz(
      'renderTemplate (defaults, hostile data)',
      scene,
      (s) => {
        const { invoice, client, settings } = invoiceOf(s);
        const variables = buildTemplateVariables({ invoice, client, settings, today: s.today, language: s.language });
        const out = renderTemplate(DEFAULT_TEMPLATES[s.templateId], variables, s.language);
        for (const text of [out.subject, out.body]) {
          expect(text).not.toMatch(FORBIDDEN_IN_OUTPUT);
          if (!mentionsUndefined(s.number, s.clientName, s.company, s.creditorName, s.signature, s.iban, s.paymentLink)) {
            expect(text).not.toMatch(/undefined|NaN|\[object /);
          }
        }
        expect(out.subject).not.toContain('\n');
        // A value is inserted as text: "{{amountDue}}" typed in a client's name stays written, it is not expanded.
        if (out.body.includes('{{') || out.subject.includes('{{')) {
          expect([s.number, s.clientName, s.company, s.creditorName, s.signature, s.iban, s.paymentLink].some((v) => v?.includes('{{'))).toBe(true);
        }
        if (variables.invoiceNumber && /\{\{\s*invoiceNumber\s*\}\}/.test(DEFAULT_TEMPLATES[s.templateId][s.language].body)) {
          expect(out.body).toContain(strip(variables.invoiceNumber).split('\n')[0].trim());
        }
      },
      { runs: 600, caseMs: 250 },
    );
  });

  it('any user template and any values: renders plain text, missing values leave a visible gap, never "undefined"', async () => {
    const piece = fc.oneof(
      hostileString(20),
      fc.constantFrom(
        '{{',
        '}}',
        '{{#',
        '{{^',
        '{{/',
        '{{ invoiceNumber }}',
        '{{#amountDue}}',
        '{{/amountDue}}',
        '{{^paymentLink}}',
        '{{/paymentLink}}',
        '{{nope}}',
        '{{#a}}{{#a}}',
        '{{/a}}',
      ),
    );
    const template = fc.record({
      subject: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
      body: fc.array(piece, { maxLength: 20 }).map((p) => p.join('')),
    });
    const values = fc.dictionary(
      fc.constantFrom('invoiceNumber', 'amountDue', 'paymentLink', 'a', 'nope', '__proto__', 'constructor'),
      fc.option(hostileString(30), { nil: undefined }),
    );
    await fuzz(
      'renderTemplate (any template)',
      fc.tuple(template, values, language),
      ([text, vars, lang]: [TemplateText, Record<string, string | undefined>, 'fr' | 'en']) => {
        const out = renderTemplate(text, vars, lang);
        expect(typeof out.subject).toBe('string');
        expect(typeof out.body).toBe('string');
        expect(out.subject).not.toContain('\n');
        expect(out.body + out.subject).not.toMatch(FORBIDDEN_IN_OUTPUT);
        const given = [text.subject, text.body, ...Object.values(vars)].join('');
        if (!/undefined|NaN|object/.test(given)) expect(out.body + out.subject).not.toMatch(/undefined|NaN|\[object /);
      },
      { runs: 1_500, caseMs: 250 },
    );
  });
});
