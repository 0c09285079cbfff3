/**
 * A value built on first use, then kept. The service worker wakes for one message: it builds the schemas that message
 * needs, not every schema of the extension (constructing them all cost ~4 ms of each wake-up, measured in Node).
 */
export function lazily<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
