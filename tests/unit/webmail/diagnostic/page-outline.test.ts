// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import { GMAIL_SELECTORS } from '../../../../utils/webmail/gmail/selectors';
import { createOutlookAdapter } from '../../../../utils/webmail/outlook/index';
import { diagnosticReport, routeShape } from '../../../../utils/webmail/diagnostic/diagnostic-report';
import { pageOutline } from '../../../../utils/webmail/diagnostic/page-outline';
import { loadFragment as loadGmailFragment } from '../gmail/load-fragment';
import { GMAIL_DOM_VARIANTS, navigate, startGmailSim } from '../gmail/gmail-sim-harness';
import { fragmentPath, loadFragment as loadOutlookFragment } from '../outlook/load-fragment';

/**
 * The outline users copy into a bug report must carry the page's structure and nothing a mail or an account says.
 * Proof on fixture pages: every word of their text and every attribute value (addresses, names, ids, URLs, dates) is
 * looked for among the outline's words; only structural names (tags, classes, roles, attribute names) may be there.
 */

const WORD = /[\p{L}\p{N}_@.+-]+/gu;

/** What the page says (text, attribute values) and what its structure is called (tags, classes, roles, attribute names). */
function pageWords(root: Element): { said: Set<string>; structure: Set<string> } {
  const said = new Set<string>();
  const structure = new Set<string>();
  const addWords = (into: Set<string>, text: string) => {
    for (const word of text.match(WORD) ?? []) {
      into.add(word);
      for (const piece of word.split(/[.@+-]/)) if (piece) into.add(piece);
    }
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) addWords(said, node.nodeValue ?? '');
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    addWords(structure, el.localName);
    for (const name of Array.from(el.classList)) addWords(structure, name);
    for (const attribute of Array.from(el.attributes)) {
      addWords(structure, attribute.name);
      if (attribute.name === 'role') addWords(structure, attribute.value);
      else if (attribute.name !== 'class') addWords(said, attribute.value);
    }
  }
  return { said, structure };
}

/** Words of the page's text and attribute values found in the outline (structural names excepted). */
function leaks(outline: string, root: Element): string[] {
  const { said, structure } = pageWords(root);
  const outlineWords = new Set<string>();
  // The outline's own words ("{mail content, 12 elements}") are ours, not the page's.
  const signatures = outline.replace(/\{mail content, \d+ elements\}|… \d+ (more )?elements.*$/gm, '');
  for (const word of signatures.match(WORD) ?? []) {
    outlineWords.add(word);
    for (const piece of word.split(/[.@+-]/)) if (piece) outlineWords.add(piece);
  }
  return [...said].filter((word) => word.length >= 3 && outlineWords.has(word) && !structure.has(word));
}

const GMAIL_OPAQUE = [...GMAIL_SELECTORS.messageBody, ...GMAIL_SELECTORS.messageSnippet, ...GMAIL_SELECTORS.composeBody];

describe('the page outline', () => {
  it.each(['sim-thread-fr', 'sim-message-sent-fr', 'sim-reply-filled-fr', 'sim-inbox-fr'])('of the Gmail page %s holds no text, address or id', (name) => {
    loadGmailFragment(name);
    const outline = pageOutline(document.body, { opaque: GMAIL_OPAQUE, skip: [] });
    expect(outline.split('\n').length).toBeGreaterThan(30);
    expect(outline).toMatch(/tr\.zA|h2\.hP\[data-legacy-thread-id,data-thread-perm-id\]/);
    expect(outline).not.toMatch(/@/);
    expect(outline).not.toMatch(/F-2026|Sophie|Camille|Facture|1a0a4173/);
    expect(leaks(outline, document.body)).toEqual([]);
  });

  it.each(['conversation-fr', 'conversation-en', 'reply-compose-fr', 'variant-2024-de'])('of the Outlook page %s holds no text, address or id', (name) => {
    loadOutlookFragment(fragmentPath(name));
    const outline = pageOutline(document.body, {
      opaque: ['[role=document]', '[id^="UniqueMessageBody"]', '[contenteditable=true][aria-multiline=true]'],
      skip: [],
    });
    expect(outline).toContain('data-convid');
    expect(outline).not.toMatch(/@|AAQk|AAMk|UniqueMessageBody_/);
    expect(leaks(outline, document.body)).toEqual([]);
  });

  it('counts repeated siblings instead of listing them, and says when an element has an id without its value', () => {
    loadGmailFragment('sim-inbox-fr');
    const outline = pageOutline(document.body, { opaque: GMAIL_OPAQUE, skip: [] });
    expect(outline).toMatch(/tr\.zA\.(zE|yO)\[draggable\]? ×\d|tr\.zA\.yO\[role=row\] ×\d/);
    expect(outline).toMatch(/div#\.la-b/);
  });

  it('leaves out names that do not look like code, mail content and our own UI', () => {
    document.body.className = '';
    document.body.innerHTML = [
      '<div class="nH jean.dupont@client.fr m_1234567890abc ok-name" role="Jean Dupont" data-hovercard-id="jean@client.fr" email="jean@client.fr">',
      '  <div class="a3s aiL"><div class="facture-durand-sarl">Montant dû 1 200 €</div></div>',
      '  <relance-sidebar><div class="secret-panel">Relance</div></relance-sidebar>',
      '</div>',
    ].join('');
    const outline = pageOutline(document.body, { opaque: GMAIL_OPAQUE, skip: ['relance-sidebar'] });
    expect(outline).toBe(['body', '  div.nH.ok-name.?[role=?][data-hovercard-id,email]', '    div.a3s.aiL {mail content, 1 elements}'].join('\n'));
  });

  it('is cut at its size limit, saying how much was left out', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<div class="c${i}"><span></span></div>`).join('');
    const outline = pageOutline(document.body, { opaque: [], skip: [], maxLines: 10 });
    expect(outline.split('\n')).toHaveLength(11);
    expect(outline.split('\n').at(-1)).toMatch(/^… \d+ more elements \(outline cut at 10 lines\)$/);
  });
});

describe('the diagnostic report', () => {
  it('keeps only the webmail’s own view names in the route', () => {
    expect(routeShape(new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWwKqZcHbbbbb'))).toBe('mail.google.com/mail/u/0/#inbox/…');
    expect(routeShape(new URL('https://mail.google.com/mail/u/0/#search/facture+durand/1a0a417372039f83'))).toBe('mail.google.com/mail/u/0/#search/…/…');
    expect(routeShape(new URL('https://outlook.cloud.microsoft/mail/Clients%20Durand/id/AAQkADAwATM0'))).toBe('outlook.cloud.microsoft/mail/…/id/…');
    expect(routeShape(new URL('https://outlook.live.com/mail/0/sentitems'))).toBe('outlook.live.com/mail/0/sentitems');
  });

  it.each(GMAIL_DOM_VARIANTS)('of a Gmail thread (DOM %s) lists every hook with its matches and leaks nothing', async (dom) => {
    const sim = startGmailSim('thread-reply', { dom });
    try {
      await navigate('#inbox/1a0a417372039f83');
      const report = createGmailAdapter(document, window).diagnose();
      expect(report).toContain('Page: mail.google.com/mail/u/0/#inbox/…');
      expect(report).toContain('Read as: thread (');
      for (const hook of Object.keys(GMAIL_SELECTORS)) expect(report).toMatch(new RegExp(`^[✓✗] ${hook}: `, 'm'));
      expect(report).toMatch(/^✓ threadSubject: 1\) ×1 h2\[data-legacy-thread-id\]/m);
      expect(report).toMatch(dom ? /^✓ replyControl: .*×1 td\.acX \.DILLkc/m : /^✓ replyControl: .*×1 \[role=button\]\.aaq/m);
      const [, outline] = report.split('Page outline');
      expect(outline).not.toMatch(/@|1a0a417372039f83|F-2026-027|Sophie/);
      expect(leaks(outline, document.body)).toEqual([]);
    } finally {
      sim.stop();
    }
  });

  it('of an unknown layout says which hooks are missing', () => {
    loadGmailFragment('unknown-layout');
    const report = createGmailAdapter(document, window).diagnose();
    expect(report).toMatch(/^Read as: unreadable: /m);
    expect(report).toMatch(/^✗ threadSubject: /m);
    expect(report).toMatch(/^✗ message: /m);
    expect(report).not.toMatch(/camille|F-2026-031|atelier-martin/i);
  });

  it('of an Outlook conversation holds the hooks and no address or id', () => {
    loadOutlookFragment(fragmentPath('conversation-fr'));
    const report = createOutlookAdapter(document, window).diagnose();
    expect(report).toMatch(/^✓ messageTime: /m);
    expect(report).toMatch(/^✓ conversation: 1\) ×1 \[data-app-section="ConversationContainer"\]/m);
    expect(report).not.toMatch(/@|AAQk|AAMk/);
  });

  it('is built from the page alone: no mail state goes in beyond the page kind', () => {
    loadGmailFragment('sim-thread-fr');
    const report = diagnosticReport({
      webmail: 'gmail',
      doc: document,
      url: new URL(window.location.href),
      state: { kind: 'other' },
      hooks: { shell: ['div.aeF'] },
      opaque: GMAIL_OPAQUE,
    });
    expect(report.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^Relance diagnostic \(gmail\), \d{4}-\d\d-\d\dT/),
      'Page: mail.google.com/mail/u/0/#inbox/…',
      'Read as: other',
    ]);
  });
});
