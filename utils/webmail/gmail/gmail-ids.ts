/**
 * Gmail's ids come in two spellings: the legacy hex id (`data-legacy-thread-id`, `#inbox/<hex>` URLs) and the
 * decimal "perm" id (`thread-f:<dec>`, `#msg-f:<dec>`) of the same number. Relance uses the hex form everywhere.
 * A legacy message id also carries its date: the upper bits are milliseconds since 1970 (id >> 20), which gives
 * a language-free timestamp (checked on InboxSDK's real 2014 inbox page against Gmail's own dates).
 */

const HEX_ID = /^[0-9a-f]{12,16}$/i;

/** The hex thread/message id from either spelling (`18c2…`, `thread-f:178…`, `#msg-f:178…`); '' when not one. */
export function legacyHexId(raw: string | null | undefined): string {
  const value = (raw ?? '').trim();
  if (HEX_ID.test(value)) return value.toLowerCase();
  const perm = /^#?(?:thread|msg)-f:(\d{1,20})$/.exec(value);
  if (!perm) return '';
  try {
    return BigInt(perm[1]).toString(16);
  } catch {
    return '';
  }
}

/** Milliseconds since 1970 encoded in a legacy hex id, or NaN when the id is not one. */
export function legacyIdTime(hex: string): number {
  if (!HEX_ID.test(hex)) return NaN;
  const ms = Number(BigInt(`0x${hex}`) >> 20n);
  // Gmail started in 2004; anything outside 2004..2100 is not a timestamped id.
  return ms > 1_072_915_200_000 && ms < 4_102_444_800_000 ? ms : NaN;
}
