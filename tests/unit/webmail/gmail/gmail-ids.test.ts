import { describe, expect, it } from 'vitest';
import { legacyHexId, legacyIdTime } from '../../../../utils/webmail/gmail/gmail-ids';
import { isoWithOffset } from '../../../../utils/webmail/iso-with-offset';

describe('Gmail ids', () => {
  it('reads both spellings of the same id as the hex legacy id', () => {
    const hex = '14662e24b986a664';
    const decimal = BigInt(`0x${hex}`).toString();
    expect(legacyHexId(hex)).toBe(hex);
    expect(legacyHexId(hex.toUpperCase())).toBe(hex);
    expect(legacyHexId(`thread-f:${decimal}`)).toBe(hex);
    expect(legacyHexId(`#thread-f:${decimal}`)).toBe(hex);
    expect(legacyHexId(`#msg-f:${decimal}`)).toBe(hex);
    expect(legacyHexId('#msg-a:r-8324712')).toBe('');
    expect(legacyHexId('FMfcgzQXJWDsKmmrJzVkBh')).toBe('');
    expect(legacyHexId(null)).toBe('');
  });

  it('takes the date from a legacy id, as Gmail showed it on the real 2014 inbox page', () => {
    // Rows of InboxSDK's real page: "Tue, Jun 3, 2014 at 10:58 AM" and "Thu, Dec 18, 2014 at 12:35 PM", US Pacific time.
    expect(new Date(legacyIdTime('14662e24b986a664')).toISOString()).toBe('2014-06-03T17:58:56.152Z');
    expect(new Date(legacyIdTime('14a5f1c6f7aeeebc')).toISOString().slice(0, 16)).toBe('2014-12-18T20:35');
    expect(legacyIdTime('0000000000000001')).toBeNaN();
    expect(legacyIdTime('not-an-id')).toBeNaN();
  });

  it('writes ISO 8601 with an offset that names the same instant', () => {
    const ms = Date.parse('2026-11-06T18:31:00+01:00');
    const iso = isoWithOffset(ms);
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(iso)).toBe(ms);
  });
});
