/**
 * A map that keeps the `max` entries set last (a Map iterates in insertion order): the worker's memories of what it
 * read, wrote or computed lately, bounded however long it runs.
 */
export class LatestEntries<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Sets `key` as the newest entry; returns the key pushed out to stay within `max`, if one was. */
  set(key: K, value: V): K | undefined {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size <= this.max) return undefined;
    const oldest = this.entries.keys().next().value as K;
    this.entries.delete(oldest);
    return oldest;
  }

  clear(): void {
    this.entries.clear();
  }
}
