import { EInvoiceError } from '../einvoice-error';

/** ASCIIHexDecode (ISO 32000 §7.4.2). */
export function decodeAsciiHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const c of data) {
    if (c === 62) break; // '>' ends the data
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out.push(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return new Uint8Array(out);
}

/** ASCII85Decode (ISO 32000 §7.4.3). */
export function decodeAscii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 126) break; // '~>' ends the data
    if (c <= 32) continue;
    if (c === 122 && group.length === 0) {
      out.push(0, 0, 0, 0); // 'z'
      continue;
    }
    if (c < 33 || c > 117) throw new EInvoiceError('corrupt', 'bad ASCII85 data');
    group.push(c - 33);
    if (group.length === 5) {
      pushGroup(out, group, 4);
      group.length = 0;
    }
  }
  if (group.length > 0) {
    const kept = group.length - 1;
    while (group.length < 5) group.push(84);
    pushGroup(out, group, kept);
  }
  return new Uint8Array(out);
}

function pushGroup(out: number[], group: number[], count: number): void {
  let value = 0;
  for (const digit of group) value = value * 85 + digit;
  for (let k = 3; k >= 4 - count; k--) out.push((value >>> (k * 8)) & 0xff);
}
