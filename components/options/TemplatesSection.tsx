import { keyFor, type Language, type Translate } from '../../utils/i18n/translate';
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
  onSelect: (id: string, language: Language) => void;
  onDraft: (patch: Partial<Pick<TemplateDraft, 'subject' | 'body'>>) => void;
  onSave: () => void;
  onReset: () => void;
}

/** The template editor: pick a template and a language, edit, watch the preview, save or go back to the default. */
export function TemplatesSection({ templates, draft, preview, busy, uiLanguage, t, onSelect, onDraft, onSave, onReset }: TemplatesSectionProps) {
  const current = templates.find((x) => x.id === draft?.id);
  const custom = current && draft ? current.custom[draft.language] : false;
  return (
    <section aria-labelledby="templates-title" class="card">
      <h2 id="templates-title">{t('opt_templates')}</h2>
      <div class="toolbar">
        <div class="field">
          <label for="tpl-id">{t('opt_template')}</label>
          <select id="tpl-id" value={draft?.id} onChange={(e) => onSelect(e.currentTarget.value, draft?.language ?? uiLanguage)}>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {t(keyFor('opt_tpl_', x.id))} {x.custom.fr || x.custom.en ? t('opt_template_custom') : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="tpl-lang">{t('opt_template_lang')}</label>
          <select id="tpl-lang" value={draft?.language} onChange={(e) => draft && onSelect(draft.id, e.currentTarget.value as Language)}>
            <LanguageOptions t={t} />
          </select>
        </div>
      </div>
      {draft && (
        <div class="grid-2">
          <div lang={draft.language}>
            <TextField id="tpl-subject" label={t('opt_subject')} value={draft.subject} onInput={(subject) => onDraft({ subject })} />
            <TextField
              id="tpl-body"
              label={t('opt_body')}
              value={draft.body}
              onInput={(body) => onDraft({ body })}
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
              <button type="button" class="primary" disabled={busy} onClick={onSave}>
                {t('opt_template_save')}
              </button>
              <button type="button" disabled={busy || !custom} onClick={onReset}>
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
