import { EInvoiceError } from '../einvoice-error';

/**
 * Inflates zlib data (PDF FlateDecode) with the platform's DecompressionStream, reading the output as it comes
 * and stopping as soon as it passes `maxBytes` (a zip bomb costs at most that much). Data cut short or with a bad
 * checksum keeps what was inflated before the error, as PDF readers do.
 */
export async function inflate(data: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // The writer's promises reject when the reader is cancelled or the data is bad; the read loop reports those.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new EInvoiceError('too-large', `a compressed stream inflates past ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof EInvoiceError) throw error;
    if (total === 0) throw new EInvoiceError('corrupt', 'a compressed stream cannot be inflated');
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
