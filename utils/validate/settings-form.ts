import type { Settings } from '../model/settings';
import { formatIban } from './iban';
import type { Language } from '../model/language';

/** The settings as the options form edits them: text for every input, address as one line per line. */
export interface SettingsForm {
  name: string;
  legalForm: string;
  siren: string;
  vatId: string;
  address: string;
  city: string;
  email: string;
  representative: string;
  iban: string;
  bic: string;
  signature: string;
  paymentTermsDays: string;
  rateMode: 'legal' | 'contract';
  contractualRate: string;
  formalNoticeDeadlineDays: string;
  courtesy: string;
  reminder1: string;
  reminder2: string;
  lastReminder: string;
  formalNotice: string;
  courtesyEnabled: boolean;
  groupByClient: boolean;
  /** '' = elsewhere in France; '57', '67', '68' = Alsace-Moselle holidays. */
  department: '' | '57' | '67' | '68';
  secondOpinion: boolean;
  language: Language;
}

const text = (value: string | undefined) => value ?? '';
const trimmed = (value: string) => value.trim() || undefined;
// A field that is not a whole number becomes NaN, which settingsProblems reports against that field.
const whole = (value: string) => (/^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN);

/** Stored settings → the form's fields. */
export function settingsToForm(s: Settings): SettingsForm {
  const c = s.creditor;
  return {
    name: c.name,
    legalForm: text(c.legalForm),
    siren: text(c.siren),
    vatId: text(c.vatId),
    address: (c.address ?? []).join('\n'),
    city: text(c.city),
    email: text(c.email),
    representative: text(c.representative),
    iban: c.iban ? formatIban(c.iban) : '',
    bic: text(c.bic),
    signature: text(c.signature),
    paymentTermsDays: String(s.paymentTermsDays),
    rateMode: s.contractualRate === undefined ? 'legal' : 'contract',
    contractualRate: s.contractualRate === undefined ? '' : String(s.contractualRate),
    formalNoticeDeadlineDays: String(s.formalNoticeDeadlineDays),
    courtesy: String(s.ladder.courtesy),
    reminder1: String(s.ladder.reminder1),
    reminder2: String(s.ladder.reminder2),
    lastReminder: String(s.ladder['last-reminder']),
    formalNotice: String(s.ladder['formal-notice']),
    courtesyEnabled: s.courtesyEnabled,
    groupByClient: s.groupByClient,
    department: s.department ?? '',
    secondOpinion: s.secondOpinion === true,
    language: s.language,
  };
}

/** The form's fields → settings to validate and save; numbers the user mistyped stay NaN for the validator. */
export function formToSettings(f: SettingsForm, base: Settings): Settings {
  const address = f.address
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const rate = Number(f.contractualRate.replace(',', '.').trim() || Number.NaN);
  return {
    ...base,
    creditor: {
      ...base.creditor,
      name: f.name.trim(),
      legalForm: trimmed(f.legalForm),
      siren: trimmed(f.siren.replace(/\s/g, '')),
      vatId: trimmed(f.vatId.replace(/\s/g, '').toUpperCase()),
      address: address.length ? address : undefined,
      city: trimmed(f.city),
      email: trimmed(f.email),
      representative: trimmed(f.representative),
      iban: trimmed(f.iban.replace(/\s/g, '').toUpperCase()),
      bic: trimmed(f.bic.replace(/\s/g, '').toUpperCase()),
      signature: trimmed(f.signature),
    },
    language: f.language,
    paymentTermsDays: whole(f.paymentTermsDays),
    contractualRate: f.rateMode === 'legal' ? undefined : rate,
    formalNoticeDeadlineDays: whole(f.formalNoticeDeadlineDays),
    ladder: {
      courtesy: whole(f.courtesy),
      reminder1: whole(f.reminder1),
      reminder2: whole(f.reminder2),
      'last-reminder': whole(f.lastReminder),
      'formal-notice': whole(f.formalNotice),
    },
    courtesyEnabled: f.courtesyEnabled,
    groupByClient: f.groupByClient,
    department: f.department || undefined,
    // Off is the default: stored as absent, like a settings object saved before the switch existed.
    secondOpinion: f.secondOpinion ? true : undefined,
  };
}

/** Which form input shows a problem reported on a settings path ('creditor.iban' → 'iban', 'ladder.last-reminder' → 'lastReminder'). */
export function formFieldOf(path: string): keyof SettingsForm {
  const last = path.split('.').pop()!;
  return last.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof SettingsForm;
}
