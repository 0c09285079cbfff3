/** Issue 23: an attachment's size is checked before (Content-Length) or while (stream) reading it, never after. */
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../../utils/webmail/read-capped';

/** A body of `chunks` chunks of 1 KiB, counting how many were pulled. */
function streamed(chunks: number, headers: Record<string, string> = {}): { response: Response; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(1024).fill(pulled));
    },
  });
  return { response: new Response(body, { headers }), pulled: () => pulled };
}

describe('readCapped', () => {
  it('returns the whole body when it fits', async () => {
    const { response } = streamed(3);
    const bytes = await readCapped(response, 4096);
    expect(bytes.length).toBe(3072);
    expect([bytes[0], bytes[1024], bytes[2048]]).toEqual([1, 2, 3]);
  });

  it('refuses from the declared length without reading anything', async () => {
    const { response, pulled } = streamed(100, { 'content-length': String(100 * 1024) });
    await expect(readCapped(response, 10 * 1024)).rejects.toThrow(RangeError);
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading as soon as an undeclared body passes the cap', async () => {
    const { response, pulled } = streamed(1_000);
    await expect(readCapped(response, 10 * 1024)).rejects.toThrow(RangeError);
    expect(pulled()).toBeLessThan(15);
  });
});
