import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../../../utils/model/compare-code-units';

describe('compareCodeUnits', () => {
  it('orders ISO dates and timestamps written alike chronologically', () => {
    const days = ['2026-10-01', '2026-09-30', '2025-12-31', '2026-09-01'];
    expect([...days].sort(compareCodeUnits)).toEqual(['2025-12-31', '2026-09-01', '2026-09-30', '2026-10-01']);
    const times = ['2026-09-02T13:20:00+02:00', '2026-09-01T09:00:00+02:00', '2026-09-01T18:05:00+02:00'];
    expect([...times].sort(compareCodeUnits)).toEqual(['2026-09-01T09:00:00+02:00', '2026-09-01T18:05:00+02:00', '2026-09-02T13:20:00+02:00']);
  });

  it('orders codes by their code units, whatever the locale would say, and keeps equal ones equal', () => {
    // A collation puts "a" before "B"; code units put the capitals first, the same on every machine.
    expect(['a', 'B', 'A', 'b'].sort(compareCodeUnits)).toEqual(['A', 'B', 'a', 'b']);
    expect(compareCodeUnits('EUR', 'EUR')).toBe(0);
    expect(compareCodeUnits('CHF', 'EUR')).toBeLessThan(0);
    expect(compareCodeUnits('USD', 'EUR')).toBeGreaterThan(0);
  });
});
