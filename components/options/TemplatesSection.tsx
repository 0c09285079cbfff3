import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';
import type { TemplatesState } from '../../utils/messages';
import { VARIABLE_LABELS } from '../../utils/templates/variable-labels';
import { LanguageOptions } from '../common/LanguageOptions';
import { TextField } from '../common/TextField';

export interface TemplateDraft {
  id: string;
  language: Language;
  subject: string;
  body: string;
}

export interface TemplatesSectionProps {
  templates: TemplatesState['templates'];
  draft?: TemplateDraft;
  preview?: { subject: string; body: string };
  busy: boolean;
  uiLanguage: Language;
  t: Translate;
  actions: TemplateActions;
}

/** What the editor asks of the page's store (options-store.ts). */
export interface TemplateActions {
  selectTemplate: (id: string, language: Language) => void;
  editTemplate: (patch: Partial<Pick<TemplateDraft, 'subject' | 'body'>>) => void;
  saveTemplate: () => void;
  resetTemplate: () => void;
}

/** The template editor: pick a template and a language, edit, watch the preview, save or go back to the default. */
export function TemplatesSection({ templates, draft, preview, busy, uiLanguage, t, actions }: TemplatesSectionProps) {
  const current = templates.find((x) => x.id === draft?.id);
  const custom = current && draft ? current.custom[draft.language] : false;
  return (
    <section aria-labelledby="templates-title" class="card">
      <h2 id="templates-title">{t('opt_templates')}</h2>
      <div class="toolbar">
        <div class="field">
          <label for="tpl-id">{t('opt_template')}</label>
          <select id="tpl-id" value={draft?.id} onChange={(e) => actions.selectTemplate(e.currentTarget.value, draft?.language ?? uiLanguage)}>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {t(keyFor('opt_tpl_', x.id))} {x.custom.fr || x.custom.en ? t('opt_template_custom') : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="tpl-lang">{t('opt_template_lang')}</label>
          <select id="tpl-lang" value={draft?.language} onChange={(e) => draft && actions.selectTemplate(draft.id, e.currentTarget.value as Language)}>
            <LanguageOptions t={t} />
          </select>
        </div>
      </div>
      {draft && (
        <div class="grid-2">
          <div lang={draft.language}>
            <TextField id="tpl-subject" label={t('opt_subject')} value={draft.subject} onInput={(subject) => actions.editTemplate({ subject })} />
            <TextField
              id="tpl-body"
              label={t('opt_body')}
              value={draft.body}
              onInput={(body) => actions.editTemplate({ body })}
              multiline
              rows={16}
              hint={t(
                'opt_placeholders',
                Object.keys(VARIABLE_LABELS)
                  .map((v) => `{{${v}}}`)
                  .join(' '),
              )}
            />
            <div class="toolbar">
              <button type="button" class="primary" disabled={busy} onClick={actions.saveTemplate}>
                {t('opt_template_save')}
              </button>
              <button type="button" disabled={busy || !custom} onClick={actions.resetTemplate}>
                {t('opt_template_reset')}
              </button>
            </div>
          </div>
          <div>
            <h3 id="tpl-preview-title">{t('opt_preview')}</h3>
            <div class="card" role="region" aria-labelledby="tpl-preview-title" lang={draft.language} data-testid="template-preview">
              <p>
                <strong>{preview?.subject}</strong>
              </p>
              <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{preview?.body}</pre>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
