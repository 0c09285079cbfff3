/** Byte-level search in a PDF buffer, with ASCII patterns. */

function encode(pattern: string): number[] {
  return Array.from(pattern, (ch) => ch.charCodeAt(0));
}

/** First index of `pattern` in `bytes` at or after `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: string, from = 0, to = bytes.length): number {
  const p = encode(pattern);
  const last = Math.min(to, bytes.length) - p.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < p.length; j++) if (bytes[i + j] !== p[j]) continue outer;
    return i;
  }
  return -1;
}

/** Last index of `pattern` in `bytes` starting at or after `from`, or -1. */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: string, from = 0): number {
  const p = encode(pattern);
  outer: for (let i = bytes.length - p.length; i >= Math.max(0, from); i--) {
    for (let j = 0; j < p.length; j++) if (bytes[i + j] !== p[j]) continue outer;
    return i;
  }
  return -1;
}
