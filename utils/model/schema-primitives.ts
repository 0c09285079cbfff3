import { z } from '../validate/zod';
import { toDayNumber } from '../calendar/iso-date';
import { STAGES } from './stage';
import { httpsLink } from '../validate/https-link';

/** Zod building blocks shared by the event schemas and the backup schemas, so a value is judged the same everywhere. */

export const text = (max: number) => z.string().check(z.maxLength(max));
export const recordId = z.string().check(z.minLength(1), z.maxLength(200));
export const isoDate = z.string().check(
  z.refine((value) => {
    try {
      toDayNumber(value);
      return true;
    } catch {
      return false;
    }
  }, 'expected a YYYY-MM-DD date'),
);
export const timestamp = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO 8601 timestamp'));
export const money = z.object({ minor: z.int(), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) });
export const mailAddress = z.object({ name: z.optional(text(500)), email: text(320) });
export const stage = z.enum(STAGES);
export const invoiceStatus = z.enum(['open', 'promised', 'disputed', 'payment-claimed', 'paid', 'cancelled']);
export const sha256Digest = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'));
/** A link the UI renders as `href`: https only (a restored `javascript:` or `data:` link must never reach a page). */
export const httpsUrl = text(4_000).check(z.refine((value) => httpsLink(value) !== undefined, 'expected an https:// link'));
