import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SidebarApp } from './SidebarApp';
import type { WebmailAdapter } from '../../utils/webmail/adapter';
import { SidebarController } from '../../utils/content/sidebar-controller';
import { answerDiagnosticRequests } from '../../utils/content/answer-diagnostic-requests';
import { keepAttached } from '../../utils/content/keep-attached';
import { pageIsDark } from '../../utils/content/page-theme';
import { downloadFile } from '../../utils/content/download-file';
import { listenRoundKeys } from '../../utils/content/round-keys';
import { shownThreadKey, shownThreadState } from '../../utils/model/shown-thread';
import { localDate } from '../../utils/calendar/today';
import { warmFormattersWhenIdle } from './warm-formatters';

const OPEN_KEY = 'sidebarOpen';
/**
 * Closed: the webmail page's scripts cannot read the sidebar, click in it or see its download links (issue 23).
 * Only the browser-test build (`wxt build --mode e2e`, its own output folder) opens it, so Playwright can reach inside.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** Mounts the sidebar in a shadow root (styles and keyboard events isolated from the webmail) and starts it. */
export async function mountSidebar(ctx: ContentScriptContext, adapter: WebmailAdapter, webmailName: string): Promise<void> {
  let downloads: ParentNode | undefined;
  const controller = new SidebarController(
    adapter,
    {
      load: async () => ((await browser.storage.local.get(OPEN_KEY))[OPEN_KEY] as boolean | undefined) ?? true,
      save: (open) => browser.storage.local.set({ [OPEN_KEY]: open }),
      shownThread: async (threadId) => {
        const key = shownThreadKey(adapter.webmail, threadId);
        return shownThreadState((await browser.storage.local.get(key))[key], localDate());
      },
    },
    (file) => downloadFile(file, downloads),
  );
  const ui = await createShadowRootUi(ctx, {
    name: 'relance-sidebar',
    mode: SHADOW_MODE,
    position: 'overlay',
    zIndex: 2147483000,
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      downloads = container;
      host.setAttribute('data-theme', pageIsDark(document) ? 'dark' : 'light');
      render(<SidebarApp controller={controller} webmailName={webmailName} />, container);
      return container;
    },
    onRemove(container) {
      controller.stop();
      if (container) render(null, container);
    },
  });
  ui.mount();
  warmFormattersWhenIdle(window, () => controller.store.get().language);
  const stopAnswering = answerDiagnosticRequests(adapter);
  const stopKeeping = keepAttached(ui.shadowHost);
  const stopKeys = listenRoundKeys(window, controller.roundKey);
  ctx.onInvalidated(() => {
    stopAnswering();
    stopKeeping();
    stopKeys();
    ui.remove();
  });
  await controller.start();
}
