// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import { mailbox, navigate, startGmailSim } from './gmail-sim-harness';

const REPLY_THREAD = mailbox('thread-reply').threads[0].id;
const demo = mailbox('demo');
const PROMISE = demo.threads.find((t) => t.subject === 'Facture F-2026-027')!.id;
const DISPUTE = demo.threads.find((t) => t.subject.startsWith('Facture F-2026-025'))!.id;

describe('Gmail insertReminder', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('never writes into another thread when the user switches while the reply opens', async () => {
    stop = startGmailSim('demo').stop;
    await navigate(`#inbox/${PROMISE}`);
    const adapter = createGmailAdapter(document, window);
    const pending = adapter.insertReminder({ threadId: PROMISE, to: [], subject: '', body: 'Relance F-2026-027' });
    await navigate(`#inbox/${DISPUTE}`);
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: 'thread-changed' });
    expect(document.querySelector('h2.hP')!.getAttribute('data-legacy-thread-id')).toBe(DISPUTE);
    expect(document.body.textContent).not.toContain('Relance F-2026-027');
  });

  it('reuses the reply the user already opened instead of opening another', async () => {
    stop = startGmailSim('thread-reply').stop;
    await navigate(`#inbox/${REPLY_THREAD}`);
    document.querySelector<HTMLElement>('.amn .bkH')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const opened = document.querySelector('.M9 input[name=composeid]')!.getAttribute('value');
    const adapter = createGmailAdapter(document, window);
    const result = await adapter.insertReminder({ threadId: REPLY_THREAD, to: [], subject: '', body: 'Relance F-2026-027' });
    expect(result).toMatchObject({ ok: true, verified: true, composeId: `gmail-compose:${opened}` });
    expect(document.querySelectorAll('.M9')).toHaveLength(1);
    const body = document.querySelector('.M9 [g_editable=true]')!;
    expect(body.firstElementChild!.textContent).toBe('Relance F-2026-027');
    expect(body.querySelector('.gmail_quote')!.textContent).toContain('Je vous règle la facture le 30 novembre');
  });

  it('adds the debtor to a reply when Gmail addresses it to someone else', async () => {
    stop = startGmailSim('demo').stop;
    await navigate(`#inbox/${DISPUTE}`);
    const adapter = createGmailAdapter(document, window);
    const result = await adapter.insertReminder({ threadId: DISPUTE, to: [{ email: 'compta@agence-nordique.fr' }], subject: '', body: 'Relance F-2026-025' });
    expect(result.ok).toBe(true);
    const chips = Array.from(document.querySelectorAll('.M9 [name=to] [role=option]'), (chip) => chip.getAttribute('data-hovercard-id'));
    expect(chips).toEqual(['marc.lefebvre@agence-nordique.fr', 'compta@agence-nordique.fr']);
  });

  it('leaves a reply already addressed to the debtor as Gmail made it', async () => {
    stop = startGmailSim('demo').stop;
    await navigate(`#inbox/${DISPUTE}`);
    const adapter = createGmailAdapter(document, window);
    await adapter.insertReminder({ threadId: DISPUTE, to: [{ email: 'marc.lefebvre@agence-nordique.fr' }], subject: '', body: 'Relance F-2026-025' });
    const chips = Array.from(document.querySelectorAll('.M9 [name=to] [role=option]'), (chip) => chip.getAttribute('data-hovercard-id'));
    expect(chips).toEqual(['marc.lefebvre@agence-nordique.fr']);
  });

  it('reports a failure instead of throwing when Gmail offers no way to compose', async () => {
    document.body.replaceChildren();
    const adapter = createGmailAdapter(document, window);
    await expect(adapter.insertReminder({ to: [], subject: 's', body: 'b' })).resolves.toMatchObject({ ok: false, error: 'compose-not-opened' });
  });
});
