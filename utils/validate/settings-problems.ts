import type { Settings } from '../model/settings';
import { isValidBic } from './bic';
import { ibanProblem } from './iban';
import { sirenProblem } from './siren';
import { vatProblem } from './vat-number';

/** One invalid field: `field` is a dotted path in Settings, `message` a catalog key (utils/i18n). */
export interface FieldProblem {
  field: string;
  message:
    | 'opt_err_name_required'
    | 'opt_err_siren_format'
    | 'opt_err_siren_checksum'
    | 'opt_err_vat_format'
    | 'opt_err_vat_checksum'
    | 'opt_err_vat_siren'
    | 'opt_err_iban_format'
    | 'opt_err_iban_length'
    | 'opt_err_iban_checksum'
    | 'opt_err_bic'
    | 'opt_err_email'
    | 'opt_err_terms'
    | 'opt_err_rate'
    | 'opt_err_deadline'
    | 'opt_err_delay'
    | 'opt_err_ladder_order';
}

const LADDER_ORDER = ['reminder1', 'reminder2', 'last-reminder', 'formal-notice'] as const;

function wholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Every problem in the settings a user is about to save; empty when they can be saved. */
export function settingsProblems(settings: Settings): FieldProblem[] {
  const out: FieldProblem[] = [];
  const c = settings.creditor;
  if (!c.name.trim()) out.push({ field: 'creditor.name', message: 'opt_err_name_required' });
  if (c.siren?.trim()) {
    const p = sirenProblem(c.siren);
    if (p) out.push({ field: 'creditor.siren', message: p === 'format' ? 'opt_err_siren_format' : 'opt_err_siren_checksum' });
  }
  if (c.vatId?.trim()) {
    const p = vatProblem(c.vatId, c.siren?.trim() && !sirenProblem(c.siren) ? c.siren : undefined);
    if (p)
      out.push({ field: 'creditor.vatId', message: p === 'format' ? 'opt_err_vat_format' : p === 'checksum' ? 'opt_err_vat_checksum' : 'opt_err_vat_siren' });
  }
  if (c.iban?.trim()) {
    const p = ibanProblem(c.iban);
    if (p)
      out.push({ field: 'creditor.iban', message: p === 'format' ? 'opt_err_iban_format' : p === 'length' ? 'opt_err_iban_length' : 'opt_err_iban_checksum' });
  }
  if (c.bic?.trim() && !isValidBic(c.bic)) out.push({ field: 'creditor.bic', message: 'opt_err_bic' });
  if (c.email?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim())) out.push({ field: 'creditor.email', message: 'opt_err_email' });
  // L441-10 I caps agreed terms at 60 days from issue; we allow up to 120 for the rare sector agreements.
  if (!wholeIn(settings.paymentTermsDays, 0, 120)) out.push({ field: 'paymentTermsDays', message: 'opt_err_terms' });
  if (
    settings.contractualRate !== undefined &&
    !(typeof settings.contractualRate === 'number' && settings.contractualRate >= 0 && settings.contractualRate <= 100)
  ) {
    out.push({ field: 'contractualRate', message: 'opt_err_rate' });
  }
  if (!wholeIn(settings.formalNoticeDeadlineDays, 1, 60)) out.push({ field: 'formalNoticeDeadlineDays', message: 'opt_err_deadline' });
  if (!wholeIn(settings.ladder.courtesy, -30, 0)) out.push({ field: 'ladder.courtesy', message: 'opt_err_delay' });
  let previous = 0;
  for (const stage of LADDER_ORDER) {
    const days = settings.ladder[stage];
    if (!wholeIn(days, 0, 365)) out.push({ field: `ladder.${stage}`, message: 'opt_err_delay' });
    else if (days <= previous && stage !== 'reminder1') out.push({ field: `ladder.${stage}`, message: 'opt_err_ladder_order' });
    if (wholeIn(days, 0, 365)) previous = days;
  }
  return out;
}
