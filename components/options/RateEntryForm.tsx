import { useState } from 'preact/hooks';
import type { SemesterRates } from '../../utils/legal/rates';
import { parseAmountInput } from '../../utils/forms/amount-input';
import type { Translate } from '../../utils/i18n/translator';
import { TextField } from '../common/TextField';

interface Props {
  /** Semester offered first: the one in force when it is missing from the table. */
  semester: string;
  t: Translate;
  /** Resolves false when nothing was saved: the form keeps what was typed. */
  onAdd: (rates: SemesterRates) => Promise<boolean>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A semester missing from the table, typed by the user with its date and source (JORF arrêté, ECB decision). */
export function RateEntryForm({ semester: initial, t, onAdd }: Props) {
  const [f, setF] = useState({ semester: initial, ecb: '', since: '', pro: '', priv: '', reference: '', source: '' });
  const [problem, setProblem] = useState('');
  const field = (key: keyof typeof f, label: Parameters<Translate>[0], hint?: string) => (
    <TextField
      id={`rate-${key}`}
      label={t(label)}
      hint={hint}
      value={f[key]}
      onInput={(value) => setF({ ...f, [key]: value })}
      type={key === 'since' ? 'date' : 'text'}
      inputMode={['ecb', 'pro', 'priv'].includes(key) ? 'decimal' : undefined}
    />
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    // Percent with two decimals is basis points exactly: "2,15" → 215.
    const [ecb, pro, priv] = [f.ecb, f.pro, f.priv].map((v) => parseAmountInput(v));
    if (!/^\d{4}-S[12]$/.test(f.semester.trim())) return setProblem(t('opt_rate_bad_semester'));
    if (ecb === null || pro === null || priv === null || !ISO_DATE.test(f.since) || !f.reference.trim() || !f.source.trim())
      return setProblem(t('opt_rate_incomplete'));
    setProblem('');
    const ok = await onAdd({
      semester: f.semester.trim(),
      ecbRefiBp: ecb,
      ecbRefiSince: f.since,
      legalRateOtherBp: pro,
      legalRateNonProCreditorBp: priv,
      legalRateReference: f.reference.trim(),
      sources: [f.source.trim()],
    });
    if (ok) setF({ semester: '', ecb: '', since: '', pro: '', priv: '', reference: '', source: '' });
  };
  return (
    <form onSubmit={submit} class="rate-entry" aria-labelledby="rate-entry-title" noValidate>
      <h3 id="rate-entry-title">{t('opt_rate_add')}</h3>
      <div class="grid-2">
        {field('semester', 'opt_col_semester', t('opt_rate_semester_hint'))}
        {field('ecb', 'opt_col_ecb')}
        {field('since', 'opt_rate_since')}
        {field('pro', 'opt_col_legal_pro')}
        {field('priv', 'opt_col_legal_private')}
        {field('reference', 'opt_rate_reference', t('opt_rate_reference_hint'))}
        {field('source', 'opt_rate_source')}
      </div>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      <button type="submit">{t('opt_rate_save')}</button>
    </form>
  );
}
