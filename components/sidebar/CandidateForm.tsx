import { useState } from 'preact/hooks';
import type { RequestOf } from '../../utils/messages';
import type { CandidateView } from '../../utils/model/view';
import type { DebtorKind } from '../../utils/model/client';
import { formatAmountInput, parseAmountInput } from '../../utils/forms/amount-input';
import type { Translate } from '../../utils/i18n/translator';
import { refuseSyntheticClick, userOnly } from '../common/user-only';
import type { Language } from '../../utils/model/language';

type TrackFields = RequestOf<'invoice:track'>['fields'];

interface Props {
  candidate: CandidateView;
  language: Language;
  t: Translate;
  onTrack: (fields: TrackFields) => Promise<void>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The invoice found in the thread, every field editable, and the Track button. */
export function CandidateForm({ candidate, language, t, onTrack }: Props) {
  const [number, setNumber] = useState(candidate.number ?? '');
  const [amount, setAmount] = useState(candidate.amountDue ? formatAmountInput(candidate.amountDue.minor, language) : '');
  const [currency, setCurrency] = useState(candidate.amountDue?.currency ?? 'EUR');
  const [issueDate, setIssueDate] = useState(candidate.issueDate ?? '');
  const [dueDate, setDueDate] = useState(candidate.dueDate ?? '');
  const [name, setName] = useState(candidate.debtor?.name ?? '');
  const [email, setEmail] = useState(candidate.debtor?.email ?? '');
  const [kind, setKind] = useState<DebtorKind>('business');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const minor = parseAmountInput(amount);
    const bad = [
      !number.trim() && t('sb_field_number'),
      minor === null && t('sb_field_amount'),
      !/^[A-Z]{3}$/.test(currency) && t('sb_field_currency'),
      issueDate !== '' && !ISO.test(issueDate) && t('sb_field_issue'),
      !ISO.test(dueDate) && t('sb_field_due'),
      !/^[^@\s]+@[^@\s]+$/.test(email.trim()) && t('sb_field_debtor_email'),
    ].filter(Boolean);
    if (bad.length) return setProblem(t('sb_field_invalid', bad.join(', ')));
    setProblem('');
    setBusy(true);
    try {
      await onTrack({
        number: number.trim(),
        amountDue: { minor: minor!, currency },
        ...(issueDate ? { issueDate } : {}),
        dueDate,
        debtor: { name: name.trim() || undefined, email: email.trim() },
        debtorKind: kind,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" onSubmit={userOnly(submit)} aria-labelledby="relance-candidate-title">
      <h2 id="relance-candidate-title">
        {candidate.chasing
          ? t('sb_candidate_chasing', candidate.number ?? '')
          : candidate.confidence >= 0.9
            ? t('sb_candidate_title')
            : t('sb_candidate_question')}
      </h2>
      {candidate.fromEInvoice && <p class="badge ok">{t('sb_candidate_einvoice')}</p>}
      {candidate.learned && (
        <p class="muted" role="note">
          {t('sb_candidate_learned')}
        </p>
      )}
      <label>
        {t('sb_field_number')}
        <input name="number" value={number} onInput={(e) => setNumber(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label class="grow">
          {t('sb_field_amount')}
          <input name="amount" inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
        </label>
        <label class="narrow">
          {t('sb_field_currency')}
          <input name="currency" maxLength={3} value={currency} onInput={(e) => setCurrency(e.currentTarget.value.toUpperCase())} />
        </label>
      </div>
      <div class="row">
        <label class="grow">
          {t('sb_field_issue')}
          <input name="issueDate" type="date" value={issueDate} onInput={(e) => setIssueDate(e.currentTarget.value)} />
          {candidate.chasing && <span class="muted hint">{t('sb_candidate_chasing_issue')}</span>}
        </label>
        <label class="grow">
          {t('sb_field_due')}
          <input name="dueDate" type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
        </label>
      </div>
      {candidate.mailDateAmbiguous && !issueDate && (
        <p class="muted" role="note">
          {t('sb_issue_date_ambiguous')}
        </p>
      )}
      <label>
        {t('sb_field_debtor_name')}
        <input name="debtorName" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {t('sb_field_debtor_email')}
        <input name="debtorEmail" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <label>
        {t('sb_field_kind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as DebtorKind)}>
          <option value="business">{t('sb_kind_business')}</option>
          <option value="consumer">{t('sb_kind_consumer')}</option>
          <option value="public">{t('sb_kind_public')}</option>
        </select>
      </label>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy} onClick={refuseSyntheticClick}>
        {busy ? t('sb_tracking') : t('sb_track')}
      </button>
    </form>
  );
}
