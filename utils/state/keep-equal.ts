/**
 * `next` with every part that deep-equals the same part of `previous` replaced by that part, and `previous` itself when
 * the whole is equal (issue 17). Every answer from the background arrives as new objects; keeping the identity of what
 * did not change lets memoised components skip it, so a new reply in an open thread renders only what it changed.
 * Arrays are matched by index (a timeline grows at its end); only plain data is shared, anything else is taken as new.
 * `sealedBy` names objects whose key says all they hold (a timeline event by its id and hash): equal keys are equal
 * objects, not walked into.
 */
export function keepEqual<T>(previous: unknown, next: T, sealedBy?: (value: object) => string | undefined): T {
  if (Object.is(previous, next) || !isPlain(previous) || !isPlain(next)) return next;
  const sealed = sealedBy?.(next);
  if (sealed !== undefined) return (sealed === sealedBy?.(previous) ? previous : next) as T;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const kept = next.map((item, i) => {
      const part = keepEqual(previous[i], item, sealedBy);
      if (part !== previous[i]) same = false;
      return part;
    });
    return (same ? previous : kept) as T;
  }
  if (Array.isArray(previous)) return next;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    const part = keepEqual(before[key], after[key], sealedBy);
    if (part !== before[key] || !(key in before)) same = false;
    kept[key] = part;
  }
  return (same ? previous : kept) as T;
}

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}
