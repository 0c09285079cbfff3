import { useState } from 'preact/hooks';
import { emptyNewInvoiceForm, formFromEInvoice, readNewInvoiceForm, type NewInvoiceErrors, type NewInvoiceForm as Form } from './new-invoice-form';
import type { Translate } from '../../utils/i18n/translator';
import type { EInvoiceFacts, RequestOf } from '../../utils/messages';
import { EInvoiceDrop } from '../common/EInvoiceDrop';
import { TextField } from '../common/TextField';
import type { Language } from '../../utils/model/language';

export interface NewInvoiceFormProps {
  today: string;
  busy: boolean;
  t: Translate;
  language: Language;
  onCreate: (fields: RequestOf<'invoice:create'>['fields']) => Promise<boolean>;
  /** Reads a dropped PDF/XML; answers its facts, or a message saying why it holds none. */
  onReadEInvoice: (file: File) => Promise<EInvoiceFacts | string>;
}

/** Manual entry of an invoice; problems are shown beside their field, nothing is sent until the form reads. */
export function NewInvoiceForm({ today, busy, t, language, onCreate, onReadEInvoice }: NewInvoiceFormProps) {
  const [form, setForm] = useState<Form>(emptyNewInvoiceForm(today));
  const [errors, setErrors] = useState<NewInvoiceErrors>({});
  const [fileNote, setFileNote] = useState('');
  const readFile = async (file: File) => {
    const facts = await onReadEInvoice(file);
    if (typeof facts === 'string') return setFileNote(t('sb_drop_failed', facts));
    if (facts.creditNote) return setFileNote(t('sb_creditnote'));
    setForm(formFromEInvoice(form, facts, language));
    setFileNote(t('sb_candidate_einvoice'));
  };
  const field = (key: keyof Form) => ({
    id: `new-${key}`,
    value: form[key],
    error: errors[key] && t(errors[key]!),
    onInput: (value: string) => setForm({ ...form, [key]: value }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const read = readNewInvoiceForm(form);
    if ('errors' in read) {
      setErrors(read.errors);
      document.getElementById(`new-${Object.keys(read.errors)[0]}`)?.focus();
      return;
    }
    setErrors({});
    if (await onCreate(read.fields)) setForm(emptyNewInvoiceForm(today));
  };
  return (
    <section class="card" aria-labelledby="new-title">
      <h2 id="new-title">{t('dash_new_title')}</h2>
      <EInvoiceDrop t={t} onFile={(file) => void readFile(file)} />
      {fileNote && <p role="status">{fileNote}</p>}
      <form onSubmit={submit} noValidate>
        <div class="grid-2">
          <TextField {...field('number')} label={t('dash_new_number')} required />
          <TextField {...field('clientName')} label={t('dash_new_client')} required autoComplete="organization" />
          <TextField {...field('clientEmail')} label={t('dash_new_email')} type="email" required autoComplete="email" />
          <div class="field">
            <label for="new-kind">{t('dash_new_kind')}</label>
            <select id="new-kind" value={form.debtorKind} onChange={(e) => setForm({ ...form, debtorKind: e.currentTarget.value as Form['debtorKind'] })}>
              <option value="business">{t('dash_new_business')}</option>
              <option value="consumer">{t('dash_new_consumer')}</option>
              <option value="public">{t('dash_new_public')}</option>
            </select>
          </div>
          <TextField {...field('amount')} label={t('dash_new_amount')} inputMode="decimal" required />
          <TextField {...field('currency')} label={t('dash_new_currency')} />
          <TextField {...field('issueDate')} label={t('dash_new_issue')} type="date" required />
          <TextField {...field('dueDate')} label={t('dash_new_due')} type="date" />
          <TextField {...field('rate')} label={t('dash_new_rate')} inputMode="decimal" />
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {t('dash_new_save')}
        </button>
      </form>
    </section>
  );
}
