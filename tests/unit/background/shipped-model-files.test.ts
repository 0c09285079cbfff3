import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://relance${path}` } } }));

import invoicePacked from '../../../public/invoice-model.json';
import packed from '../../../public/reply-kind-model.json';
import { shippedModelFiles } from '../../../utils/background/shipped-model-files';
import { provideShippedModel, shippedModel } from '../../../utils/detect/shipped-models';
import { trainReplyKindModel } from '../../../scripts/learned-readers/train';

// A model that knows two words, so which one the readers hold shows.
const TINY = trainReplyKindModel(
  [
    { features: ['zebra'], kind: 'paid' },
    { features: ['zebra'], kind: 'paid' },
  ],
  { alpha: 0.5, minReplies: 1, minSpread: 0, step: 0.1, temperature: 1 },
);

/** Both readers holding TINY, and the package's files served as they are shipped: the fetch, to see what was read. */
function packagedFilesAfterTinyModels() {
  provideShippedModel('reply-kind', TINY);
  provideShippedModel('invoice', TINY);
  const files: Record<string, unknown> = { '/reply-kind-model.json': packed, '/invoice-model.json': invoicePacked };
  const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(files[url.replace('chrome-extension://relance', '')]), { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe("the worker's learned readers' models, read from the package (issue 17)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    provideShippedModel('reply-kind', packed);
    provideShippedModel('invoice', invoicePacked);
  });

  it('hands the packaged files to the readers, reading each once', async () => {
    const fetch = packagedFilesAfterTinyModels();
    const ready = shippedModelFiles();
    await ready();
    await ready();
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
      'chrome-extension://relance/invoice-model.json',
      'chrome-extension://relance/reply-kind-model.json',
    ]);
    expect(shippedModel('reply-kind')?.starts.length).toBe(packed.vocab.split('|').length);
    expect(shippedModel('invoice')?.starts.length).toBe(invoicePacked.vocab.split('|').length);
  });

  it('leaves the readers as they were when the file cannot be read, and reads it on the next ask', async () => {
    provideShippedModel('reply-kind', TINY);
    let calls = 0;
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('/reply-kind-model.json') && ++calls === 1 ? new Response('', { status: 404 }) : new Response(JSON.stringify(packed), { status: 200 }),
    );
    const ready = shippedModelFiles();
    await ready();
    expect(shippedModel('reply-kind')?.starts.length).toBe(1);
    await ready();
    expect(shippedModel('reply-kind')?.starts.length).toBe(packed.vocab.split('|').length);
  });

  it("reads only the model of the reader about to read: a new thread's invoice does not wait for the reply model", async () => {
    const fetch = packagedFilesAfterTinyModels();
    const ready = shippedModelFiles();
    await ready('invoice');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['chrome-extension://relance/invoice-model.json']);
    expect(shippedModel('invoice')?.starts.length).toBe(invoicePacked.vocab.split('|').length);
    expect(shippedModel('reply-kind')?.starts.length).toBe(1);
    await ready('reply-kind');
    await ready();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(shippedModel('reply-kind')?.starts.length).toBe(packed.vocab.split('|').length);
  });
});
