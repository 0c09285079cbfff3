import { describe, expect, it } from 'vitest';
import { tracedCost, type TraceEvent } from '../../../scripts/bench/traced-cpu-time';

const ORIGIN = 'chrome-extension://abc/';
const node = (id: number, url: string, functionName = 'f') => ({ id, callFrame: { url, functionName, lineNumber: 0, columnNumber: 0 } });
const task = (ts: number, dur: number, tdur: number, name = 'ThreadControllerImpl::RunTask'): TraceEvent => ({ name, ph: 'X', pid: 1, tid: 7, ts, dur, tdur });

/** A profile of thread `pid`/7 starting at 0 whose samples (node ids) are `step` µs apart; node 1 runs `script`. */
function profile(samples: number[], step: number, pid = 1, script = 'content.js'): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', pid, tid: 7, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid,
      tid: 7,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: { nodes: [node(1, `${ORIGIN}${script}`, 'ours'), node(2, 'https://mail.google.com/app.js')], samples },
          timeDeltas: samples.map(() => step),
        },
      },
    },
  ];
}

describe('tracedCost', () => {
  it("charges our frames their share of each task's thread time, not the wall time the OS gave away", () => {
    // Ten 1 ms samples inside one task of 10 ms wall, 4 ms on the CPU: 7 ours, 3 Gmail's (the last sample closes the profile).
    const events = [task(500, 10_000, 4_000), ...profile([1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2], 1_000)];
    const cost = tracedCost(events, ORIGIN);
    expect(cost.sampledMs).toBeCloseTo(7);
    expect(cost.cpuMs).toBeCloseTo(2.8);
    expect(cost.top).toEqual([['ours@content.js:1:1', 2.8]]);
  });

  it('charges wall time where no task was traced, and counts a nested task inside its outer one', () => {
    const events = [task(500, 4_000, 2_000), task(1_000, 1_000, 1_000, 'Receive mojo message'), ...profile([1, 1, 1, 2, 1, 1, 2], 1_000)];
    const cost = tracedCost(events, ORIGIN);
    // Samples at 1..4 ms are in the outer task (3 of them ours; 2 of its 4 ms on the CPU), ours at 5 and 6 ms in none.
    expect(cost.sampledMs).toBeCloseTo(5);
    expect(cost.cpuMs).toBeCloseTo(2 * (3 / 4) + 2);
  });

  it("measures the thread running the scripts asked for: the trace is the browser's, and the worker runs our other scripts", () => {
    // The service worker (pid 2) reads replies during the page's mutations; its profile comes first in the trace.
    const events = [...profile([1, 1, 1, 1, 1, 1, 1, 1, 1], 1_000, 2, 'background.js'), ...profile([1, 2, 2], 1_000, 1, 'content-scripts/outlook.js')];
    expect(tracedCost(events, `${ORIGIN}content-scripts/`).sampledMs).toBeCloseTo(1);
    expect(tracedCost(events, ORIGIN).sampledMs).toBeCloseTo(8);
  });

  it('finds nothing when no profiled thread runs our frames', () => {
    const events = profile([2, 2, 2], 1_000);
    expect(tracedCost(events, 'chrome-extension://other/')).toEqual({ sampledMs: 0, cpuMs: 0, top: [], longTasks: [] });
  });

  it('lists the tasks long by the wall clock that ran our frames, with their CPU time and our share of it', () => {
    // Task A: 60 ms wall, 12 ms CPU, our frames in half its samples. Task B: 80 ms wall, only Gmail's frames. Task C: 30 ms.
    const samples = [
      ...Array(60)
        .fill(0)
        .map((_, i) => (i % 2 ? 2 : 1)),
      ...Array(80).fill(2),
      ...Array(30).fill(1),
      2,
    ];
    const events = [task(500, 60_000, 12_000), task(60_500, 80_000, 70_000), task(140_500, 30_000, 30_000), ...profile(samples, 1_000)];
    const { longTasks } = tracedCost(events, ORIGIN);
    expect(longTasks).toHaveLength(1);
    expect(longTasks[0].name).toBe('ThreadControllerImpl::RunTask');
    expect(longTasks[0].wallMs).toBe(60);
    expect(longTasks[0].cpuMs).toBe(12);
    expect(longTasks[0].oursMs).toBeCloseTo(6, 0);
  });

  it('leaves out the task that started the profiler: the trace costs it, not our script', () => {
    // The DevTools message starting the profile (its Profile event at 0) runs 70 ms; our frames are sampled in it.
    const events = [task(-100, 70_000, 68_000, 'Receive mojo message'), ...profile([1, 1, 1, 2], 1_000)];
    expect(tracedCost(events, ORIGIN).longTasks).toEqual([]);
    expect(tracedCost(events, ORIGIN).sampledMs).toBeCloseTo(3);
  });
});
