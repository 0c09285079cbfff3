// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../../../utils/webmail/gmail/selectors';

const ADAPTER_DIR = join(__dirname, '../../../../utils/webmail/gmail');

describe('the Gmail selector table', () => {
  it.each(Object.entries(GMAIL_SELECTORS))('%s: every variant is valid CSS', (_name, variants) => {
    for (const selector of variants) expect(() => document.querySelector(selector)).not.toThrow();
  });

  it('every entry is used by the adapter (no dead hooks)', () => {
    const code = readdirSync(ADAPTER_DIR)
      .filter((file) => file.endsWith('.ts') && file !== 'selectors.ts')
      .map((file) => readFileSync(join(ADAPTER_DIR, file), 'utf8'))
      .join('\n');
    const unused = Object.keys(GMAIL_SELECTORS).filter((name) => !code.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });

  it('never hooks on a localised label', () => {
    const all = Object.values(GMAIL_SELECTORS).flat().join('\n');
    expect(all).not.toMatch(/aria-label|data-tooltip|title=|:contains/);
  });
});
