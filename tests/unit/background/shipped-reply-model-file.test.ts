import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://relance${path}` } } }));

import packed from '../../../public/reply-kind-model.json';
import { shippedReplyModelFile } from '../../../utils/background/shipped-reply-model-file';
import { provideShippedReplyKindModel, shippedReplyKindModel } from '../../../utils/detect/shipped-reply-model';
import { trainReplyKindModel } from '../../../scripts/reply-model/train';

// A model that knows two words, so which one the readers hold shows.
const TINY = trainReplyKindModel(
  [
    { features: ['zebra'], kind: 'paid' },
    { features: ['zebra'], kind: 'paid' },
  ],
  { alpha: 0.5, minReplies: 1, minSpread: 0, step: 0.1, temperature: 1 },
);

describe("the worker's learned reply model, read from the package (issue 17)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    provideShippedReplyKindModel(packed);
  });

  it('hands the packaged file to the readers, reading it once', async () => {
    provideShippedReplyKindModel(TINY);
    const fetch = vi.fn(async () => new Response(JSON.stringify(packed), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const ready = shippedReplyModelFile();
    await ready();
    await ready();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('chrome-extension://relance/reply-kind-model.json');
    expect(shippedReplyKindModel()?.index.size).toBe(packed.vocab.split('|').length);
  });

  it('leaves the readers as they were when the file cannot be read, and reads it on the next ask', async () => {
    provideShippedReplyKindModel(TINY);
    let calls = 0;
    vi.stubGlobal('fetch', async () => (++calls === 1 ? new Response('', { status: 404 }) : new Response(JSON.stringify(packed), { status: 200 })));
    const ready = shippedReplyModelFile();
    await ready();
    expect(shippedReplyKindModel()?.index.size).toBe(1);
    await ready();
    expect(shippedReplyKindModel()?.index.size).toBe(packed.vocab.split('|').length);
  });
});
