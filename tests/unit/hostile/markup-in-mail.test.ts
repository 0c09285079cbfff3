// @vitest-environment happy-dom
/** HTML and script in names, subjects and bodies: nothing becomes markup, nothing runs, the text stays as written. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReplyList } from '../../../components/sidebar/ReplyList';
import { TimelineList } from '../../../components/sidebar/TimelineList';
import { detectInvoice } from '../../../utils/detect/invoice';
import { classifyReply } from '../../../utils/detect/reply';
import { createTranslator } from '../../../utils/i18n/translate';
import type { TimelineEvent } from '../../../utils/model/event';
import { insertAtTop } from '../../../utils/webmail/gmail/write-compose';
import { insertTextAtTop } from '../../../utils/webmail/outlook/write-compose';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1"></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">payer</a>',
];
const INJECTED = 'script, img, svg, iframe, a[href^="javascript"]';

describe('markup from mail never becomes HTML', () => {
  it('no product code writes HTML from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML)', () => {
    const offenders: string[] = [];
    for (const dir of ['components', 'entrypoints', 'utils']) {
      for (const file of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|tsx)$/.test(file)) continue;
        const source = readFileSync(path.join(ROOT, dir, file), 'utf8');
        for (const [n, line] of source.split('\n').entries()) {
          if (/\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment/.test(line))
            offenders.push(`${dir}/${file}:${n + 1}: ${line.trim()}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('Gmail compose: a reminder body carrying markup is inserted as text, no element created', () => {
    for (const payload of PAYLOADS) {
      document.body.replaceChildren();
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('g_editable', 'true');
      editor.appendChild(document.createElement('div')).appendChild(document.createElement('br'));
      document.body.appendChild(editor);
      const body = `Bonjour ${payload},\nLa facture F-2026-014 reste impayée.`;
      expect(insertAtTop(editor, body)).toBe(true);
      expect(editor.querySelectorAll(INJECTED)).toHaveLength(0);
      expect(editor.textContent).toContain(payload);
      expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    }
  });

  it('Outlook compose: the same', () => {
    for (const payload of PAYLOADS) {
      document.body.replaceChildren();
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('aria-multiline', 'true');
      document.body.appendChild(editor);
      insertTextAtTop(editor, `Bonjour ${payload},\nLa facture F-2026-014 reste impayée.`);
      expect(editor.querySelectorAll(INJECTED)).toHaveLength(0);
      expect(editor.textContent).toContain(payload);
    }
  });

  it('sidebar: a debtor reply and notes full of markup render as text', () => {
    const t = createTranslator('fr');
    const event = (seq: number, kind: TimelineEvent['kind'], data: unknown): TimelineEvent =>
      ({
        id: `e${seq}`,
        invoiceId: 'i1',
        seq,
        kind,
        data,
        recordedAt: '2026-11-20T10:00:00.000Z',
        occurredOn: '2026-11-20',
        prevHash: '',
        hash: 'a'.repeat(64),
      }) as TimelineEvent;
    const timeline = PAYLOADS.flatMap((payload, i) => [
      event(i * 2, 'reply-received', {
        messageId: `m${i}`,
        from: { name: payload, email: 'x@y.fr' },
        excerpt: payload,
        kind: 'promise',
        phrase: `Je paierai ${payload}`,
        receivedAt: '2026-11-20T10:00:00Z',
      }),
      event(i * 2 + 1, 'note', { text: payload }),
    ]);
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    render(
      h(
        'div',
        null,
        h(ReplyList, { timeline, language: 'fr', t, onCorrect: async () => true }),
        h(TimelineList, { timeline, chain: { intact: true }, language: 'fr', t }),
      ),
      host,
    );
    expect(host.querySelectorAll(INJECTED)).toHaveLength(0);
    for (const payload of PAYLOADS) expect(host.textContent).toContain(payload.slice(0, 60));
    render(null, host);
  });

  it('detection reads through markup: fields carry no tags, a script in the subject is not an invoice number', () => {
    const candidate = detectInvoice({
      id: 'm1',
      subject: `Facture F-2026-014 ${PAYLOADS[0]}`,
      from: { name: PAYLOADS[1], email: 'camille@atelier.fr' },
      to: [{ name: PAYLOADS[2], email: 'client@exemple.fr' }],
      date: '2026-11-15T10:00:00+01:00',
      text: `<div>Veuillez trouver ci-joint la facture <b>F-2026-014</b> de 1 250,00 € à régler avant le 15/12/2026.</div>${PAYLOADS.join('')}`,
      attachments: [{ name: 'F-2026-014.pdf' }],
    });
    expect(candidate).toMatchObject({ number: 'F-2026-014', amountDue: { minor: 125000, currency: 'EUR' }, dueDate: '2026-12-15' });
    const reply = classifyReply(`<p>Bonjour,</p><p>nous réglerons la facture le 15/12/2026.</p>${PAYLOADS.join('')}`, '2026-11-20T10:00:00+01:00');
    expect(reply).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
    expect(reply.phrase ?? '').not.toMatch(/<|>/);
  });
});
