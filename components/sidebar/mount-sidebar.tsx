import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SidebarApp } from './SidebarApp';
import type { WebmailAdapter } from '../../utils/webmail/adapter';
import { SidebarController } from '../../utils/content/sidebar-controller';
import { pageIsDark } from '../../utils/content/page-theme';

const OPEN_KEY = 'sidebarOpen';

/** Mounts the sidebar in a shadow root (styles and keyboard events isolated from the webmail) and starts it. */
export async function mountSidebar(ctx: ContentScriptContext, adapter: WebmailAdapter, webmailName: string): Promise<void> {
  const controller = new SidebarController(adapter, {
    load: async () => ((await browser.storage.local.get(OPEN_KEY))[OPEN_KEY] as boolean | undefined) ?? true,
    save: (open) => browser.storage.local.set({ [OPEN_KEY]: open }),
  });
  const ui = await createShadowRootUi(ctx, {
    name: 'relance-sidebar',
    position: 'overlay',
    zIndex: 2147483000,
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
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
  ctx.onInvalidated(() => ui.remove());
  await controller.start();
}
