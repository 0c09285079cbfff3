// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { RateEntryForm } from '../../../components/options/RateEntryForm';
import { createTranslator } from '../../../utils/i18n/translate';
import type { SemesterRates } from '../../../utils/legal/rates';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function type(root: HTMLElement, id: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(`#rate-${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

async function submit(root: HTMLElement): Promise<void> {
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

describe('RateEntryForm (options, issue 22 point 12): a semester missing from the table, typed by the user', () => {
  it('saves the rates in basis points with their date and source, then empties the form', async () => {
    const root = document.createElement('div');
    const onAdd = vi.fn(async (_rates: SemesterRates) => true);
    render(<RateEntryForm semester="2027-S1" t={createTranslator('fr')} onAdd={onAdd} />, root);
    expect(root.querySelector<HTMLInputElement>('#rate-semester')!.value).toBe('2027-S1');
    await type(root, 'ecb', '2,15');
    await type(root, 'since', '2026-12-17');
    await type(root, 'pro', '3,5');
    await type(root, 'priv', '6,67');
    await type(root, 'reference', 'Arrêté du 22 décembre 2026');
    await type(root, 'source', 'https://www.legifrance.gouv.fr/');
    await submit(root);
    expect(onAdd).toHaveBeenCalledWith({
      semester: '2027-S1',
      ecbRefiBp: 215,
      ecbRefiSince: '2026-12-17',
      legalRateOtherBp: 350,
      legalRateNonProCreditorBp: 667,
      legalRateReference: 'Arrêté du 22 décembre 2026',
      sources: ['https://www.legifrance.gouv.fr/'],
    });
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('#rate-ecb')!.value).toBe('');
  });

  it('says what is wrong and saves nothing for a bad semester or a missing source; keeps what was typed when saving failed', async () => {
    const root = document.createElement('div');
    const onAdd = vi.fn(async (_rates: SemesterRates) => false);
    const t = createTranslator('fr');
    render(<RateEntryForm semester="2027-S3" t={t} onAdd={onAdd} />, root);
    await submit(root);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('opt_rate_bad_semester'));
    await type(root, 'semester', '2027-S1');
    await type(root, 'ecb', '2,15');
    await submit(root);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('opt_rate_incomplete'));
    expect(onAdd).not.toHaveBeenCalled();
    for (const [id, value] of [
      ['since', '2026-12-17'],
      ['pro', '3,5'],
      ['priv', '6,67'],
      ['reference', 'Arrêté'],
      ['source', 'JORF'],
    ])
      await type(root, id, value);
    await submit(root);
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(root.querySelector<HTMLInputElement>('#rate-ecb')!.value).toBe('2,15');
  });
});
