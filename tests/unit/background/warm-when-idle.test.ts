import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundTimers, warmWhenIdle } from '../../../utils/background/warm-when-idle';

describe('warming the readers when the worker is idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment after the last answer, then runs each step once for the life of the worker', () => {
    const steps = [vi.fn(), vi.fn(), vi.fn()];
    const readers = warmWhenIdle(steps, 300);
    readers.answered();
    vi.advanceTimersByTime(200);
    readers.answered(); // a second request within the quiet time postpones it
    vi.advanceTimersByTime(200);
    expect(steps[0]).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    vi.runAllTimers();
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
    readers.answered();
    vi.advanceTimersByTime(1_000);
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('a request arriving between steps pauses the rest until the worker is quiet again', () => {
    const steps = [vi.fn(), vi.fn(), vi.fn()];
    const readers = warmWhenIdle(steps, 300);
    readers.answered();
    vi.advanceTimersByTime(300); // first step runs
    expect(steps[0]).toHaveBeenCalledTimes(1);
    readers.busy(); // a thread opens: nothing else runs while it is served
    vi.advanceTimersByTime(5_000);
    expect(steps[1]).not.toHaveBeenCalled();
    readers.answered();
    vi.advanceTimersByTime(300);
    vi.runAllTimers();
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('after an answer that asked for it (a thread about to open), the steps start at once, and a request still pauses them', () => {
    const steps = [vi.fn(), vi.fn(), vi.fn()];
    const readers = warmWhenIdle(steps, 300);
    readers.busy();
    readers.soon();
    readers.answered();
    vi.advanceTimersByTime(0);
    expect(steps[0]).toHaveBeenCalledTimes(1);
    readers.busy(); // the thread's view arrives
    vi.advanceTimersByTime(1_000);
    expect(steps[1]).not.toHaveBeenCalled();
    readers.answered(); // an ordinary answer: the quiet time again
    vi.advanceTimersByTime(299);
    expect(steps[1]).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('a thread about to open hurries only the steps it needs: the long ones wait for the quiet time after them', () => {
    const steps = [vi.fn(), vi.fn(), vi.fn(), vi.fn()];
    const readers = warmWhenIdle(steps, 300, undefined, 2);
    readers.busy();
    readers.soon();
    readers.answered();
    vi.advanceTimersByTime(10);
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 0, 0]);
    vi.advanceTimersByTime(280);
    expect(steps[2]).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(steps[2]).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });

  it('started by the quiet time, the same steps run back to back', () => {
    const steps = [vi.fn(), vi.fn(), vi.fn()];
    const readers = warmWhenIdle(steps, 300, undefined, 1);
    readers.answered();
    vi.advanceTimersByTime(310);
    expect(steps.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('a step that throws reaches no one and the others still run', () => {
    const last = vi.fn();
    const readers = warmWhenIdle(
      [
        () => {
          throw new Error('boom');
        },
        last,
      ],
      10,
    );
    readers.answered();
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(last).toHaveBeenCalledTimes(1);
  });

  it('a step that reads a file holds the next until the file is read, and a request meanwhile sends it back to the idle wait', async () => {
    let read!: () => void;
    const file = vi.fn(() => new Promise<void>((resolve) => (read = resolve)));
    const after = vi.fn();
    const readers = warmWhenIdle([file, after], 300);
    readers.answered();
    vi.advanceTimersByTime(300);
    expect(file).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(after).not.toHaveBeenCalled();
    readers.busy(); // a thread opens while the file is read
    read();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(after).not.toHaveBeenCalled();
    readers.answered();
    await vi.advanceTimersByTimeAsync(300);
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('without a request, the step after a file read runs once it is read', async () => {
    let read!: () => void;
    const after = vi.fn();
    const readers = warmWhenIdle([() => new Promise<void>((resolve) => (read = resolve)), after], 300);
    readers.answered();
    vi.advanceTimersByTime(300);
    read();
    await vi.advanceTimersByTimeAsync(0);
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('a step given later (a thread read again to confirm its answer) waits for the same quiet time, after the others, and never ahead of a request', async () => {
    const first = vi.fn();
    const readers = warmWhenIdle([first], 300);
    readers.answered();
    vi.advanceTimersByTime(300);
    expect(first).toHaveBeenCalledTimes(1);
    let settle = () => {};
    const confirm = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)));
    const another = vi.fn();
    readers.later(confirm);
    readers.later(another);
    vi.advanceTimersByTime(299);
    expect(confirm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(confirm).toHaveBeenCalledTimes(1);
    // The next waits for the confirming reading to settle.
    vi.advanceTimersByTime(1_000);
    expect(another).not.toHaveBeenCalled();
    settle();
    await vi.runAllTimersAsync();
    expect(another).toHaveBeenCalledTimes(1);
    // A request under way: a step given then waits until it is answered and the worker is quiet again.
    const third = vi.fn();
    readers.busy();
    readers.later(third);
    readers.busy();
    vi.advanceTimersByTime(200);
    readers.answered();
    vi.advanceTimersByTime(299);
    expect(third).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(third).toHaveBeenCalledTimes(1);
  });
});

describe('the warm-up’s timers', () => {
  it('are background-priority tasks where the browser schedules them, a step cancelled when a request comes', async () => {
    const posted: Array<{ run: () => void; options: { priority: string; delay: number; signal: AbortSignal } }> = [];
    const scheduler = {
      postTask: (run: () => void, options: { priority: 'background'; delay: number; signal: AbortSignal }) => {
        posted.push({ run, options });
        return new Promise<void>((_, reject) => options.signal.addEventListener('abort', () => reject(new Error('aborted'))));
      },
    };
    const timers = backgroundTimers(scheduler);
    const first = timers.set(() => undefined, 0);
    timers.set(() => undefined, 300);
    expect(posted.map((p) => [p.options.priority, p.options.delay])).toEqual([
      ['background', 0],
      ['background', 300],
    ]);
    timers.clear(first);
    expect(posted[0].options.signal.aborted).toBe(true);
    expect(posted[1].options.signal.aborted).toBe(false);
    // The rejection of the cancelled task is handled.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('are plain timers where there is no scheduler', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    backgroundTimers(undefined).set(run, 10);
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
