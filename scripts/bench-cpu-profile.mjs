// Optional CPU profile of the page for the bench scripts: set BENCH_CPU_PROFILE=<dir> and the measured
// phase is profiled through CDP (Profiler domain). The .cpuprofile opens in Chromium's DevTools; the
// top functions by self time are printed, so a long task can be traced to its code without a UI.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export async function startPageProfile(page, name) {
  const dir = process.env.BENCH_CPU_PROFILE;
  if (!dir) return async () => {};
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return async () => {
    const { profile } = await cdp.send("Profiler.stop");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`\n${name}: CPU profile in ${file}; top self time:`);
    for (const row of topSelfTime(profile, 20)) console.log(`  ${row.ms.toFixed(1).padStart(8)} ms  ${row.fn}  ${row.where}`);
    await cdp.detach();
  };
}

/** Self time per function (sample counts times the sampling interval), largest first. */
export function topSelfTime(profile, n) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  const rows = new Map();
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || "(anonymous)"}|${f.url.split("/").pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    rows.set(key, (rows.get(key) ?? 0) + us);
  }
  return [...rows]
    .filter(([key]) => !key.startsWith("(idle)") && !key.startsWith("(program)|"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => ({ fn: key.split("|")[0], where: key.split("|")[1], ms: us / 1000 }));
}

/**
 * With BENCH_CPU_PROFILE set, also a Chromium trace of the phase: every main-thread task over 50 ms
 * is printed with what it spent its time on (trace events by name, self time), e.g. JSON parsing,
 * layout, style recalculation or script.
 */
export async function startPageTrace(page, name) {
  const dir = process.env.BENCH_CPU_PROFILE;
  if (!dir) return async () => {};
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink", transferMode: "ReportEvents" });
  return async () => {
    const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
    await cdp.send("Tracing.end");
    await done;
    await cdp.detach();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
    for (const line of longTaskBreakdown(events)) console.log(line);
  };
}

export function longTaskBreakdown(events) {
  const complete = events.filter((e) => e.ph === "X" && typeof e.dur === "number");
  const tasks = complete.filter((e) => e.name === "RunTask" && e.dur > 50_000).sort((a, b) => b.dur - a.dur).slice(0, 8);
  const out = [];
  for (const task of tasks) {
    const inside = complete.filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    // Self time: an event's duration minus its direct children's (events nest by time on one thread).
    inside.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
      self.set(e, self.get(e) ?? e.dur);
      stack.push(e);
    }
    const byName = new Map();
    for (const [e, us] of self) {
      const label = e.name === "FunctionCall" || e.name === "EvaluateScript" ? `${e.name} ${e.args?.data?.functionName ?? ""} ${e.args?.data?.url?.split("/").pop() ?? ""}:${e.args?.data?.lineNumber ?? ""}` : e.name;
      byName.set(label, (byName.get(label) ?? 0) + us);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
    out.push(`task ${(task.dur / 1000).toFixed(0)} ms: ` + top.map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`).join(", "));
  }
  return out;
}
