import { IMPORT_FIELDS, type ImportField } from '../../utils/import/column-mapping';
import type { Language, MessageKey, Translate } from '../../utils/i18n/translator';
import type { ImportActions, ImportFlow } from './import-flow';
import { ImportPreviewTable } from './ImportPreviewTable';

export interface CsvImportProps {
  /** The import in progress, once a file is chosen. */
  flow?: ImportFlow;
  busy: boolean;
  language: Language;
  t: Translate;
  actions: ImportActions;
}

const FIELD_LABELS: Record<ImportField, MessageKey> = {
  number: 'import_field_number',
  clientName: 'import_field_client_name',
  clientEmail: 'import_field_client_email',
  amountDue: 'import_field_amount_due',
  total: 'import_field_total',
  currency: 'import_field_currency',
  issueDate: 'import_field_issue_date',
  dueDate: 'import_field_due_date',
  clientKind: 'import_field_client_kind',
};

/** CSV import: choose a file, check the column mapping, read the preview, then import. */
export function CsvImport({ flow, busy, language, t, actions }: CsvImportProps) {
  const { fileName, mapping = {}, preview } = flow ?? {};
  const chooseFile = (files: FileList | null) => files?.[0] && actions.chooseFile(files[0]);
  const counts = { create: 0, merge: 0, skip: 0 };
  for (const row of preview?.rows ?? []) counts[row.action]++;
  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import_title')}</h2>
      <p class="hint">{t('import_help')}</p>
      <div class="field">
        <label for="import-file">{t('import_file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => chooseFile(e.currentTarget.files)} />
        {fileName && <p class="hint">{fileName}</p>}
      </div>
      {preview && (
        <>
          <fieldset>
            <legend>{t('import_mapping')}</legend>
            <p class="hint">{t('import_mapping_help')}</p>
            <div class="grid-2">
              {IMPORT_FIELDS.map((field) => (
                <div class="field" key={field}>
                  <label for={`map-${field}`}>{t(FIELD_LABELS[field])}</label>
                  <select id={`map-${field}`} value={mapping[field] ?? ''} disabled={busy} onChange={(e) => actions.setMapping(field, e.currentTarget.value)}>
                    <option value="">{t('import_none')}</option>
                    {preview.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
          <h3>{t('import_preview')}</h3>
          <p role="status" data-testid="import-summary">
            {t('import_summary', counts.create, counts.merge, counts.skip)}
          </p>
          <ImportPreviewTable rows={preview.rows} language={language} t={t} />
          <div class="toolbar">
            <button type="button" class="primary" disabled={busy || counts.create + counts.merge === 0} onClick={actions.commit}>
              {t('import_commit')}
            </button>
            <button type="button" onClick={actions.cancel}>
              {t('import_cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
