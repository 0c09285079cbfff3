import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://relance${path}` } } }));

import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { packagedStrings } from '../../../utils/background/packaged-strings';
import { uiTranslator } from '../../../utils/background/ui-strings';

const CATALOGS: Record<string, unknown> = {
  'chrome-extension://relance/_locales/fr/messages.json': fr,
  'chrome-extension://relance/_locales/en/messages.json': { ...en, notif_title: undefined },
};

function fakeFetch(failFirst = 0) {
  let failures = failFirst;
  return vi.fn(async (url: string) => {
    if (failures-- > 0) return new Response('', { status: 404 });
    return new Response(JSON.stringify(CATALOGS[url]), { status: 200 });
  });
}

describe('the worker reads its UI strings from the packaged catalogues (issue 17)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the user's language, French under a key it lacks, each catalogue once", async () => {
    const fetch = fakeFetch();
    vi.stubGlobal('fetch', fetch);
    const strings = packagedStrings();
    const t = await uiTranslator({ strings }, 'en');
    expect(t('stage_formal_notice')).toBe(en.stage_formal_notice.message);
    expect(t('notif_title')).toBe(fr.notif_title.message);
    await uiTranslator({ strings }, 'en');
    await uiTranslator({ strings }, 'fr');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again after a catalogue could not be read, instead of keeping the failure', async () => {
    vi.stubGlobal('fetch', fakeFetch(1));
    const strings = packagedStrings();
    await expect(strings('fr')).rejects.toThrow(/404/);
    expect((await strings('fr')).stage_formal_notice).toBe(fr.stage_formal_notice.message);
  });
});
