// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elementText } from '../../../../utils/webmail/element-text';
import { insertAtTop, setRecipients, setSubject } from '../../../../utils/webmail/gmail/write-compose';
import { loadFragment } from './load-fragment';

function replyEditor(): HTMLElement {
  // A Gmail reply body: an empty first line, then the quoted history.
  document.body.replaceChildren();
  const editor = document.createElement('div');
  editor.setAttribute('g_editable', 'true');
  editor.setAttribute('contenteditable', 'true');
  const first = document.createElement('div');
  first.appendChild(document.createElement('br'));
  const quote = document.createElement('div');
  quote.className = 'gmail_quote';
  quote.textContent = 'Le lun. 2 nov. 2026 à 10:14, Sophie a écrit : Bonjour';
  editor.append(first, document.createElement('br'), quote);
  document.body.appendChild(editor);
  return editor;
}

/** happy-dom has no execCommand: give the document one for the test. */
function stubExec(impl: (command: string, ui: boolean, value: string) => boolean) {
  const exec = vi.fn(impl);
  (document as unknown as { execCommand: typeof exec }).execCommand = exec;
  return exec;
}

const TEXT = 'Bonjour Sophie,\n\nLa facture n° F-2026-027 (850,00 €) reste due.\nCamille';

describe('writing into a Gmail compose', () => {
  afterEach(() => {
    delete (document as unknown as { execCommand?: unknown }).execCommand;
  });

  it('puts the text above the quote as lines when execCommand is refused, and fires input', () => {
    const editor = replyEditor();
    stubExec(() => false);
    const inputs: Event[] = [];
    editor.addEventListener('input', (event) => inputs.push(event));
    expect(insertAtTop(editor, TEXT)).toBe(true);
    expect(elementText(editor)).toBe(`${TEXT}\n\nLe lun. 2 nov. 2026 à 10:14, Sophie a écrit : Bonjour`);
    expect(Array.from(editor.children, (el) => el.textContent).slice(0, 4)).toEqual([
      'Bonjour Sophie,',
      '',
      'La facture n° F-2026-027 (850,00 €) reste due.',
      'Camille',
    ]);
    expect(inputs).toHaveLength(1);
    expect(editor.innerHTML).not.toContain('<script');
  });

  it('keeps mail text as text, never markup', () => {
    const editor = replyEditor();
    stubExec(() => false);
    insertAtTop(editor, 'Facture <img src=x onerror=alert(1)>');
    expect(editor.querySelector('img')).toBeNull();
    expect(editor.firstElementChild!.textContent).toBe('Facture <img src=x onerror=alert(1)>');
  });

  it('uses execCommand when the browser takes it, and never inserts twice', () => {
    const editor = replyEditor();
    const exec = stubExec((_command, _ui, value) => {
      editor.firstElementChild!.textContent = String(value);
      return true;
    });
    expect(insertAtTop(editor, TEXT)).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, TEXT);
    expect(elementText(editor).split('F-2026-027').length).toBe(2);
  });

  it('does not insert a second copy when execCommand changed the body but the read-back differs', () => {
    const editor = replyEditor();
    stubExec(() => {
      editor.firstElementChild!.textContent = 'Bonjour Sophie, (mangled)';
      return true;
    });
    expect(insertAtTop(editor, TEXT)).toBe(false);
    expect(elementText(editor).match(/Bonjour Sophie/g)).toHaveLength(1);
  });

  it('does not call it verified when the text landed below the quote', () => {
    const editor = replyEditor();
    stubExec((_command, _ui, value) => {
      editor.appendChild(document.createTextNode(String(value)));
      return true;
    });
    expect(insertAtTop(editor, 'Relance F-2026-027')).toBe(false);
    expect(elementText(editor).match(/Relance F-2026-027/g)).toHaveLength(1);
  });

  it('adds a line break when the first line already holds what the user typed', () => {
    const editor = replyEditor();
    editor.firstElementChild!.textContent = 'Déjà écrit';
    stubExec(() => false);
    insertAtTop(editor, 'Relance');
    expect(elementText(editor).startsWith('Relance\nDéjà écrit')).toBe(true);
  });

  it('sets the subject and types recipients into a new mail (Gmail chips them on blur)', () => {
    loadFragment('sim-new-mail-en');
    const compose = document.querySelector('[role=dialog] .M9')!;
    expect(setSubject(compose, 'Relance : facture n° F-2026-031')).toBe(true);
    expect((compose.querySelector('input[name=subjectbox]') as HTMLInputElement).value).toBe('Relance : facture n° F-2026-031');
    const input = compose.querySelector<HTMLInputElement>('[name=to] input[role=combobox]')!;
    const blurs: string[] = [];
    input.addEventListener('blur', () => blurs.push(input.value));
    // julien.morel@… is already a chip in the saved page: only the missing address is typed.
    setRecipients(compose, [{ email: 'julien.morel@studio-lumen.fr' }, { email: 'compta@studio-lumen.fr' }]);
    expect(blurs).toEqual(['compta@studio-lumen.fr']);
  });
});
