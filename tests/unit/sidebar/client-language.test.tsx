// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClientLanguage } from '../../../components/sidebar/ClientLanguage';
import { createTranslator } from '../../../utils/i18n/translate';
import type { Client } from '../../../utils/model/client';

const client: Client = {
  id: 'c-1',
  name: 'Hughes Design',
  emails: [{ email: 'oliver@hughes-design.co.uk' }],
  kind: 'business',
  language: 'en',
  languageSource: 'replies',
  createdAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-10-01T09:00:00Z',
  rev: 1,
};

function show(c: Client, ui: 'fr' | 'en', chosen: string[] = []) {
  const root = document.createElement('div');
  render(<ClientLanguage client={c} t={createTranslator(ui)} onChoose={(l) => chosen.push(l)} />, root);
  return root;
}

describe('ClientLanguage (sidebar)', () => {
  it('says in the user’s language which language the client gets and where it was read, with a one-click switch', () => {
    const chosen: string[] = [];
    const root = show(client, 'fr', chosen);
    expect(root.textContent).toContain('Relances en anglais (d’après ses messages)');
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Écrire en français');
    // A click dispatched by a script in the webmail page is not the user's choice (the browser test clicks for real).
    button?.click();
    expect(chosen).toEqual([]);
  });

  it('names the user’s choice, and the default when nothing was read; in English too', () => {
    expect(show({ ...client, language: 'fr', languageSource: 'user' }, 'fr').textContent).toContain('Relances en français (votre choix)');
    expect(show({ ...client, language: 'fr', languageSource: undefined }, 'en').textContent).toContain(
      'Reminders in French (your language, nothing read yet) Write in English',
    );
  });
});
