import type { Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chrome stops an idle one (DevTools' ServiceWorker domain), and waits
 * until the browser reports it stopped: the call itself returns before the worker is down.
 */
export async function stopWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) stopped = true;
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let waited = 0; !stopped; waited += 50) {
      if (waited > 5_000) throw new Error('the service worker did not stop within 5 s');
      await page.waitForTimeout(50);
    }
  } finally {
    await cdp.detach();
  }
}
