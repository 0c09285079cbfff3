/**
 * Canonical JSON (the RFC 8785 "JCS" rules): object keys sorted by UTF-16 code units, no whitespace,
 * `undefined` object members omitted, numbers in ECMAScript shortest form. Two equal values always give
 * the same string, so hashes over it do not depend on insertion order or on who serialised the value.
 */

/** Serialises `value` canonically; throws on values JSON cannot represent faithfully (NaN, Infinity, functions, cycles, class instances). */
export function canonicalJson(value: unknown): string {
  return write(value, []);
}

function write(value: unknown, ancestors: object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      // -0 and 0 must hash alike; String() is the shortest round-trip form the spec fixes.
      return Object.is(value, -0) ? '0' : String(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
  const object = value as object;
  // Events nest a few levels deep: a linear scan of the ancestors beats a Set here.
  if (ancestors.includes(object)) throw new TypeError('canonicalJson: cyclic value');
  ancestors.push(object);
  let out: string;
  if (Array.isArray(object)) {
    out = '[';
    for (let i = 0; i < object.length; i++) {
      // An undefined slot becomes null, as JSON.stringify does: dropping it would shift the others.
      out += (i > 0 ? ',' : '') + (object[i] === undefined ? 'null' : write(object[i], ancestors));
    }
    out += ']';
  } else {
    const proto = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError('canonicalJson: only plain objects and arrays are accepted');
    }
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    out = '{';
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      out += (first ? '' : ',') + JSON.stringify(key) + ':' + write(member, ancestors);
      first = false;
    }
    out += '}';
  }
  ancestors.pop();
  return out;
}
