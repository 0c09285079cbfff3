/**
 * Our content script's cost on the page's main thread from a Chrome trace that holds both the V8 sampler's profile
 * (disabled-by-default-v8.cpu_profiler) and the thread's tasks with their thread time (`toplevel`: `tdur`, the CPU the
 * thread itself used). A sample's wall time includes the moments the OS gave the core to another process: on a loaded
 * 2-core machine a sample can be charged milliseconds the thread never ran. So each task's CPU time is shared between
 * its functions in proportion to their sampled wall time in that task (`cpuMs`), beside the plain sampled self time
 * (`sampledMs`, what a DevTools profile shows).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: { data?: ProfileData };
}

interface ProfileNode {
  id: number;
  callFrame: { url?: string; functionName: string; lineNumber: number; columnNumber: number };
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface TracedCost {
  /** Self time of the matching frames by the sampler's wall clock, ms. */
  sampledMs: number;
  /** The same share of each task's thread (CPU) time, ms. */
  cpuMs: number;
  /** Heaviest matching functions, by their share of thread time in ms, keyed "name@url-after-origin:line:col". */
  top: Array<[string, number]>;
  /**
   * The thread's tasks over 50 ms of wall time in which the matching frames were sampled: their wall time, their thread
   * (CPU) time and the matching frames' share of it, ms. A task long by the wall clock only was kept off the CPU.
   */
  longTasks: Array<{ name: string; wallMs: number; cpuMs: number; oursMs: number }>;
}

/** A long task, as the Long Tasks API counts them (by wall time). */
export const LONG_TASK_MS = 50;

/** The cost of frames whose script URL starts with `origin`, on the thread whose profile runs them. */
export function tracedCost(events: TraceEvent[], origin: string): TracedCost {
  const profiles = new Map<
    string,
    { pid: number; tid: number; at: number; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }
  >();
  for (const event of events) {
    const key = `${event.pid}:${event.id}`;
    if (event.name === 'Profile') {
      profiles.set(key, {
        pid: event.pid,
        tid: event.tid,
        at: event.ts,
        start: event.args?.data?.startTime ?? event.ts,
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    } else if (event.name === 'ProfileChunk') {
      const profile = profiles.get(key);
      const data = event.args?.data;
      if (!profile || !data) continue;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(data.cpuProfile?.samples ?? []));
      profile.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  const ours = [...profiles.values()].find((p) => [...p.nodes.values()].some((n) => n.callFrame.url?.startsWith(origin)));
  if (!ours) return { sampledMs: 0, cpuMs: 0, top: [], longTasks: [] };

  // The profiled thread's outermost traced spans (tasks, mojo messages, microtask checkpoints), in time order.
  const tasks = events
    .filter((e) => e.pid === ours.pid && e.tid === ours.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts)
    .reduce<TraceEvent[]>((outer, task) => {
      const last = outer[outer.length - 1];
      // A task run inside another (a nested run loop) is part of the outer one's time.
      if (!last || task.ts >= last.ts + (last.dur ?? 0)) outer.push(task);
      return outer;
    }, []);
  const taskAt = (ts: number) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].ts > ts) hi = mid - 1;
      else if (tasks[mid].ts + (tasks[mid].dur ?? 0) < ts) lo = mid + 1;
      else return mid;
    }
    return -1;
  };

  let time = ours.start;
  const times = ours.deltas.map((delta) => (time += delta));
  // Sample i lasts until sample i + 1; its share of its task's thread time is its share of the task's sampled time.
  const sampleCount = Math.max(0, ours.samples.length - 1);
  const taskOf = Array.from({ length: sampleCount }, (_, i) => taskAt(times[i]));
  const sampledIn = new Float64Array(tasks.length);
  for (let i = 0; i < sampleCount; i++) if (taskOf[i] >= 0) sampledIn[taskOf[i]] += ours.deltas[i + 1];
  const byFunction = new Map<string, number>();
  const oursIn = new Float64Array(tasks.length);
  let sampled = 0;
  let cpu = 0;
  for (let i = 0; i < sampleCount; i++) {
    const frame = ours.nodes.get(ours.samples[i])?.callFrame;
    if (!frame?.url?.startsWith(origin)) continue;
    const wall = ours.deltas[i + 1];
    const task = tasks[taskOf[i]];
    // Outside any task the wall time is all there is to charge.
    const thread = task ? (wall * (task.tdur ?? task.dur ?? 0)) / sampledIn[taskOf[i]] : wall;
    sampled += wall;
    cpu += thread;
    if (task) oursIn[taskOf[i]] += thread;
    const key = `${frame.functionName || '(anonymous)'}@${frame.url.slice(origin.length)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + thread);
  }
  const top = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, us]): [string, number] => [name, Math.round(us) / 1000]);
  // The task that started the profiler (a DevTools message, ~70 ms of CPU on these machines) is the trace's own cost.
  const profilerStart = taskAt(ours.at);
  const longTasks = tasks.flatMap((task, i) =>
    (task.dur ?? 0) > LONG_TASK_MS * 1000 && oursIn[i] > 0 && i !== profilerStart
      ? [{ name: task.name, wallMs: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? task.dur ?? 0) / 1000, oursMs: oursIn[i] / 1000 }]
      : [],
  );
  return { sampledMs: sampled / 1000, cpuMs: cpu / 1000, top, longTasks };
}
