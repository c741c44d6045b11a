// What the benchmarks share: the V8 CPU profiler and the trace through the DevTools
// protocol (who spent main-thread time, and the page's tasks), and small statistics.

const SAMPLING_INTERVAL_US = 100;
const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline';

export async function startProfiler(session) {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.send('Profiler.start');
}

export async function stopProfiler(session) {
  const { profile } = await session.send('Profiler.stop');
  await session.send('Profiler.disable');
  return profile;
}

export async function startTracing(session) {
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await session.send('Tracing.start', {
    categories: TRACE_CATEGORIES,
    transferMode: 'ReportEvents',
  });
  return events;
}

export async function stopTracing(session, events) {
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  await complete;
  return events;
}

/**
 * The samples of a V8 CPU profile, each with its time (µs, the trace's clock) and duration
 * (until the next sample), and whether it is "ours": its own frame's URL matches (`self`),
 * or its frame or any caller's does (`inclusive`: the code plus the native/DOM work it
 * called, such as TreeWalker, Range or RegExp). Idle samples are marked too.
 */
export function profileSamples(profile, matches) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const memo = new Map();
  const inclusive = (id) => {
    if (!memo.has(id)) {
      const own = matches(byId.get(id).callFrame.url);
      memo.set(id, own || (parent.has(id) && inclusive(parent.get(id))));
    }
    return memo.get(id);
  };
  const { samples, timeDeltas } = profile;
  let time = profile.startTime;
  return samples.map((id, i) => {
    time += timeDeltas[i];
    const frame = byId.get(id).callFrame;
    return {
      time,
      duration: i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0,
      self: matches(frame.url),
      inclusive: inclusive(id),
      idle: frame.functionName === '(idle)',
      frame,
    };
  });
}

/**
 * Main-thread time from profile samples, in ms: `inclusiveMs` (the figure used),
 * `selfMs`, and `nonIdleMs` (every sample but "(idle)": JS, GC and "(program)", which is
 * native work such as parsing, style and layout). Plus the top own frames by self time.
 */
export function profileTimes(samples) {
  const sum = (list) => list.reduce((total, s) => total + s.duration, 0) / 1000;
  const top = new Map();
  for (const s of samples.filter((x) => x.self)) {
    const key = `${s.frame.functionName || '(anonymous)'} ${s.frame.url.split('/').pop()}:${s.frame.lineNumber + 1}:${s.frame.columnNumber + 1}`;
    top.set(key, (top.get(key) ?? 0) + s.duration / 1000);
  }
  return {
    inclusiveMs: sum(samples.filter((s) => s.inclusive)),
    selfMs: sum(samples.filter((s) => s.self)),
    nonIdleMs: sum(samples.filter((s) => !s.idle)),
    topFrames: [...top.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([frame, ms]) => ({ frame, ms: round(ms) })),
    urls: [...new Set(samples.filter((s) => s.self).map((s) => s.frame.url))],
  };
}

/** The page's renderer main thread in a trace: where its HTML was parsed, else its frame's. */
export function pageMainThread(events, pageUrl, origin) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => f.url?.startsWith(origin));
  const thread = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      e.pid === frame?.processId,
  );
  return thread ? { pid: thread.pid, tid: thread.tid } : null;
}

/** The top-level tasks ("RunTask") on a thread, as { start, end, ms }, in time order. */
export function tasksOf(events, thread) {
  if (!thread) return [];
  return events
    .filter(
      (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === thread.pid && e.tid === thread.tid,
    )
    .map((e) => ({ start: e.ts, end: e.ts + e.dur, ms: e.dur / 1000 }))
    .sort((a, b) => a.start - b.start);
}

export const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.ms));

export function median(values) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(n, digits = 1) {
  return n === null || n === undefined ? null : Math.round(n * 10 ** digits) / 10 ** digits;
}

/**
 * What a task spent its time on: the events directly inside it on its thread (the first
 * level under RunTask: script, style, layout, paint, parsing, GC…), summed by name, longest
 * first, in ms. Tells a long task that is our script from one that is the browser's
 * rendering of what was painted.
 */
export function taskBreakdown(events, thread, task) {
  if (!thread || !task) return [];
  const inside = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.name !== 'RunTask' &&
        e.ts >= task.start &&
        e.ts + (e.dur ?? 0) <= task.end,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byName = new Map();
  let coveredUntil = -Infinity;
  for (const e of inside) {
    if (e.ts < coveredUntil) continue; // nested in an event already counted
    coveredUntil = e.ts + e.dur;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, ms]) => ({ name, ms: round(ms) }));
}
