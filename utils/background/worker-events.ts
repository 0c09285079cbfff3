/** What a message's sender says about itself (runtime.MessageSender, the part the background reads). */
export interface WorkerSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * The browser events the background answers, as the worker's own script (entrypoints/background.ts) hands them to
 * the engine it loads on demand (utils/background/engine.ts): registered by the first, answered by the second.
 */
export interface WorkerEvents {
  message(message: unknown, sender: WorkerSender): Promise<unknown>;
  external(message: unknown): Promise<unknown>;
  alarm(alarm: { name: string }): void;
  startup(): void;
  installed(details: { reason: string }): void;
  notificationClicked(id: string): void;
}
