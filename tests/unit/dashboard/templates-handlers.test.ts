import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getTemplates, resetTemplate, saveTemplate } from '../../../utils/background/handlers/templates';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { DEFAULT_TEMPLATES } from '../../../utils/templates/default-templates';

describe('template handlers', () => {
  it('saves one language of a template, flags it customised, and resets it to the default', async () => {
    const ctx = { store: new RelanceStore((onClose) => openRelanceDb(`relance-tpl-${Math.random()}`, undefined, onClose)), today: () => '2026-03-10' };
    const initial = await getTemplates({ type: 'templates:get' } as never, ctx);
    expect(initial.templates.find((x) => x.id === 'reminder1')).toEqual({
      id: 'reminder1',
      fr: DEFAULT_TEMPLATES.reminder1.fr,
      en: DEFAULT_TEMPLATES.reminder1.en,
      custom: { fr: false, en: false },
    });
    const saved = await saveTemplate(
      { type: 'templates:save', templateId: 'reminder1', language: 'fr', subject: 'Petit rappel {{invoiceNumber}}', body: 'Bonjour' },
      ctx,
    );
    expect(saved.templates.find((x) => x.id === 'reminder1')).toMatchObject({
      fr: { subject: 'Petit rappel {{invoiceNumber}}', body: 'Bonjour' },
      en: DEFAULT_TEMPLATES.reminder1.en,
      custom: { fr: true, en: false },
    });
    const reset = await resetTemplate({ type: 'templates:reset', templateId: 'reminder1', language: 'fr' }, ctx);
    expect(reset.templates.find((x) => x.id === 'reminder1')).toMatchObject({ fr: DEFAULT_TEMPLATES.reminder1.fr, custom: { fr: false } });
  });
  it('refuses an unknown template or an empty one', async () => {
    const ctx = { store: new RelanceStore((onClose) => openRelanceDb(`relance-tpl-${Math.random()}`, undefined, onClose)), today: () => '2026-03-10' };
    await expect(saveTemplate({ type: 'templates:save', templateId: 'nope', language: 'fr', subject: 'a', body: 'b' }, ctx)).rejects.toThrow(
      /Unknown template/,
    );
    await expect(saveTemplate({ type: 'templates:save', templateId: 'reminder1', language: 'fr', subject: ' ', body: 'b' }, ctx)).rejects.toThrow(
      /subject and a body/,
    );
  });
});
