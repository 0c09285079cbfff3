import { describe, expect, it } from 'vitest';
import { defaultDueDate } from '../../../utils/legal/payment-period';

describe('the due date when no source gave one', () => {
  it('gives a business at most 60 days (L441-10 I), a public buyer 30, a consumer the user’s terms', () => {
    expect(defaultDueDate('2026-01-05', 'business', 90)).toBe('2026-03-06');
    expect(defaultDueDate('2026-01-05', 'business', 45)).toBe('2026-02-19');
    expect(defaultDueDate('2026-01-05', 'public', 90)).toBe('2026-02-04');
    expect(defaultDueDate('2026-01-05', 'consumer', 90)).toBe('2026-04-05');
  });
});
