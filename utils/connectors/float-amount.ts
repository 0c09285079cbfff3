import { decimalToMinor } from '../einvoice/minor-units';

/**
 * A JSON number in major units (Invoice Ninja's 1234.5) → integer minor units. `String()` gives the shortest decimal
 * that reads back as the same double, i.e. what the server wrote; from there it is string arithmetic, never ×100.
 */
export function floatToMinor(value: number, currency: string): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  // Exponent notation only appears below 1e-6 or from 1e21: no real invoice amount.
  if (/e/i.test(text)) return Math.abs(value) < 1 ? 0 : undefined;
  return decimalToMinor(text, currency);
}
