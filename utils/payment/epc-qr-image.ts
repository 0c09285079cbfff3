import encodeQR from '@paulmillr/qr';

/**
 * The QR code of an EPC payload as a GIF (black on white, 4-module quiet zone). Error correction level M, as EPC069-12
 * requires; `scale` pixels per module (5 prints at about 2.5 cm on A4 for a typical 60-module code).
 */
export function epcQrGif(payload: string, scale = 5): Uint8Array {
  return encodeQR(payload, 'gif', { ecc: 'medium', encoding: 'byte', border: 4, scale });
}
