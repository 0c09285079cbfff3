import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmWhenIdle } from '../../../utils/background/warm-when-idle';

describe('warming the readers when the worker is idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment after the last answer, then warms once for the life of the worker', () => {
    const warm = vi.fn();
    const readers = warmWhenIdle(warm, 300);
    readers.answered();
    vi.advanceTimersByTime(200);
    readers.answered(); // a second request within the quiet time postpones it
    vi.advanceTimersByTime(200);
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(warm).toHaveBeenCalledTimes(1);
    readers.answered();
    vi.advanceTimersByTime(1_000);
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('a reader that throws while warming reaches no one', () => {
    const readers = warmWhenIdle(() => {
      throw new Error('boom');
    }, 10);
    readers.answered();
    expect(() => vi.advanceTimersByTime(10)).not.toThrow();
  });
});
