import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { formFieldOf, formToSettings, settingsToForm } from '../../../utils/validate/settings-form';
import { settingsProblems } from '../../../utils/validate/settings-problems';

describe('settings form', () => {
  it('round-trips stored settings', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      contractualRate: 12.5,
      creditor: { name: 'Atelier Durand', address: ['12 rue des Lilas', '75011 Paris'], iban: 'FR7630006000011234567890189' },
    };
    const form = settingsToForm(stored);
    expect(form.iban).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(form.address).toBe('12 rue des Lilas\n75011 Paris');
    expect(form.rateMode).toBe('contract');
    expect(formToSettings(form, stored)).toEqual({
      ...stored,
      creditor: {
        ...stored.creditor,
        legalForm: undefined,
        siren: undefined,
        vatId: undefined,
        city: undefined,
        email: undefined,
        representative: undefined,
        bic: undefined,
        signature: undefined,
      },
    });
  });

  it('reads a decimal comma, drops the rate in legal mode, and leaves typos for the validator', () => {
    const form = { ...settingsToForm(DEFAULT_SETTINGS), name: 'X', contractualRate: '10,5', rateMode: 'contract' as const, reminder2: 'quinze' };
    const settings = formToSettings(form, DEFAULT_SETTINGS);
    expect(settings.contractualRate).toBe(10.5);
    expect(settings.ladder.reminder2).toBeNaN();
    expect(settingsProblems(settings).map((p) => formFieldOf(p.field))).toEqual(['reminder2']);
    expect(formToSettings({ ...form, rateMode: 'legal' }, DEFAULT_SETTINGS).contractualRate).toBeUndefined();
  });

  it('maps problem paths to form inputs', () => {
    expect(formFieldOf('creditor.iban')).toBe('iban');
    expect(formFieldOf('ladder.last-reminder')).toBe('lastReminder');
    expect(formFieldOf('paymentTermsDays')).toBe('paymentTermsDays');
  });
});
