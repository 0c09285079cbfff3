import { browser } from 'wxt/browser';
import { progressEventSchema, type ProgressEvent } from '../../utils/messages';

/** Hears the background's progress on the task this page started (its progressId); returns the stop function. */
export function listenProgress(progressId: string, onProgress: (event: ProgressEvent) => void): () => void {
  // Returns nothing: this listener never answers, so other listeners' answers are not taken over.
  const listener = (message: unknown): undefined => {
    const parsed = progressEventSchema.safeParse(message);
    if (parsed.success && parsed.data.progressId === progressId) onProgress(parsed.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
