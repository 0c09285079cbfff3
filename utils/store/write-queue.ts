/**
 * Runs writes one after another. The background is the only writer, so this order is the database's order:
 * two tabs appending to one invoice's timeline cannot interleave between reading the chain's tail and writing.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
