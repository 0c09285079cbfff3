import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { settingsProblems } from '../../../utils/validate/settings-problems';

const valid: Settings = {
  ...DEFAULT_SETTINGS,
  creditor: {
    name: 'Atelier Durand',
    siren: '443061841',
    vatId: 'FR64443061841',
    iban: 'FR7630006000011234567890189',
    bic: 'BNPAFRPP',
    email: 'contact@durand.fr',
  },
};

describe('settingsProblems', () => {
  it('has nothing to say about valid settings', () => expect(settingsProblems(valid)).toEqual([]));

  it('names each invalid field with its message', () => {
    const problems = settingsProblems({
      ...valid,
      creditor: { ...valid.creditor, name: ' ', siren: '443061842', iban: 'FR7630006000011234567890188', bic: 'XX', email: 'nope' },
    });
    expect(problems).toEqual([
      { field: 'creditor.name', message: 'opt_err_name_required' },
      { field: 'creditor.siren', message: 'opt_err_siren_checksum' },
      { field: 'creditor.iban', message: 'opt_err_iban_checksum' },
      { field: 'creditor.bic', message: 'opt_err_bic' },
      { field: 'creditor.email', message: 'opt_err_email' },
    ]);
  });

  it('checks the VAT number against the SIREN', () => {
    expect(settingsProblems({ ...valid, creditor: { ...valid.creditor, vatId: 'FR40303265045' } })).toEqual([
      { field: 'creditor.vatId', message: 'opt_err_vat_siren' },
    ]);
  });

  it('refuses out-of-range defaults and a ladder out of order', () => {
    const problems = settingsProblems({
      ...valid,
      paymentTermsDays: 200,
      contractualRate: -1,
      formalNoticeDeadlineDays: 0,
      ladder: { courtesy: 2, reminder1: 1, reminder2: 30, 'last-reminder': 20, 'formal-notice': 45 },
    });
    expect(problems.map((p) => `${p.field}:${p.message}`)).toEqual([
      'paymentTermsDays:opt_err_terms',
      'contractualRate:opt_err_rate',
      'formalNoticeDeadlineDays:opt_err_deadline',
      'ladder.courtesy:opt_err_delay',
      'ladder.last-reminder:opt_err_ladder_order',
    ]);
  });
});
