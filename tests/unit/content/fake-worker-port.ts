/**
 * browser.runtime.connect as a fake background answers it (utils/messaging/worker-presence.ts): every port stays open
 * until the test stops the worker, or the tab lets it go.
 */
const ports: Array<{ name: string; open: boolean; stop(): void }> = [];

export function connectFakeWorker({ name }: { name: string }) {
  const listeners: Array<() => void> = [];
  const port = {
    name,
    open: true,
    stop() {
      if (!port.open) return;
      port.open = false;
      for (const listener of listeners) listener();
    },
  };
  ports.push(port);
  return { onDisconnect: { addListener: (listener: () => void) => void listeners.push(listener) }, disconnect: () => void (port.open = false) };
}

/** The ports opened so far, by name, and whether each is still open. */
export const fakeWorkerPorts = (): Array<[string, boolean]> => ports.map((p) => [p.name, p.open]);

/** As Chrome stopping the worker: every port still open is disconnected. */
export function stopFakeWorker(): void {
  for (const port of ports) port.stop();
}

export function forgetFakeWorkerPorts(): void {
  ports.length = 0;
}
