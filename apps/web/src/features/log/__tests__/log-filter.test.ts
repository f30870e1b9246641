import { describe, expect, it } from "vitest";
import { ExchangeIndex } from "../exchange-index";
import { FilteredFrames } from "../filtered-frames";
import { DEFAULT_FILTER, matchesFilter, type LogFilter } from "../log-filter";
import { parseQuery } from "../log-query";
import { builder } from "./frames";

function session() {
  const b = builder();
  const echo = b.req(1, "tools/call", { name: "echo", arguments: { message: "hello" } }, 0);
  const echoRes = b.res(1, { content: [{ type: "text", text: "hello" }] }, 40);
  const slow = b.req(2, "tools/call", { name: "slow_task" }, 100);
  const slowRes = b.res(2, { content: [], isError: true }, 2100);
  const list = b.req(3, "tools/list", undefined, 2200);
  const bad = b.err(3, "boom", 2210);
  const log = b.note("server->client", "notifications/message", { level: "info", data: "a log line" });
  const line = b.stderr("server ready");
  const index = new ExchangeIndex();
  index.sync(b.frames);
  return { b, index, echo, echoRes, slow, slowRes, list, bad, log, line };
}

function shown(f: Partial<LogFilter> & { search?: string }) {
  const s = session();
  const q = parseQuery(f.search ?? "");
  if (!q.ok) throw new Error(q.error);
  const filter = { ...DEFAULT_FILTER, ...f, query: q.query };
  return { s, seqs: s.b.frames.filter((fr) => matchesFilter(fr, filter, s.index)).map((fr) => fr.seq) };
}

describe("matchesFilter", () => {
  it("searches text in the summary and the message, case-insensitively", () => {
    const { s, seqs } = shown({ search: "HELLO" });
    expect(seqs).toEqual([s.echo.seq, s.echoRes.seq]);
    // A response's label names its request's method.
    expect(shown({ search: "error tools/list" }).seqs).toEqual([s.bad.seq]);
  });
  it("searches a JSON path", () => {
    const { s, seqs } = shown({ search: '$.params.name == "echo"' });
    expect(seqs).toEqual([s.echo.seq]);
    expect(shown({ search: "params.arguments.message" }).seqs).toEqual([s.echo.seq]);
  });
  it("filters by method (responses count as their request's), direction, kind, errors and slowness", () => {
    const { s } = shown({});
    expect(shown({ methods: ["tools/list"] }).seqs).toEqual([s.list.seq, s.bad.seq]);
    expect(shown({ direction: "client->server" }).seqs).toEqual([s.echo.seq, s.slow.seq, s.list.seq]);
    expect(shown({ kinds: new Set(["stderr", "notification"] as const) }).seqs).toEqual([s.log.seq, s.line.seq]);
    expect(shown({ errorsOnly: true }).seqs).toEqual([s.slowRes.seq, s.bad.seq]);
    expect(shown({ slowOnly: true, slowMs: 1000 }).seqs).toEqual([s.slow.seq, s.slowRes.seq]);
    expect(shown({ slowOnly: true, slowMs: 10 }).seqs).toEqual([s.echo.seq, s.echoRes.seq, s.slow.seq, s.slowRes.seq, s.list.seq, s.bad.seq]);
  });
});

describe("slow only", () => {
  it("shows the slow request and its response, not its progress notifications", () => {
    const b = builder();
    const call = b.req(7, "tools/call", { name: "slow_task", _meta: { progressToken: 1 } }, 0);
    b.note("server->client", "notifications/progress", { progressToken: 1, progress: 1 });
    const res = b.res(7, { content: [] }, 5000);
    const index = new ExchangeIndex();
    index.sync(b.frames);
    const filter = { ...DEFAULT_FILTER, slowOnly: true, slowMs: 1000 };
    expect(b.frames.filter((f) => matchesFilter(f, filter, index))).toEqual([call, res]);
  });
});

describe("FilteredFrames", () => {
  it("tests only new frames on append, and re-runs a narrowing filter when a pairing changes", () => {
    const b = builder();
    const index = new ExchangeIndex();
    const view = new FilteredFrames();
    const filter: LogFilter = { ...DEFAULT_FILTER, slowOnly: true, slowMs: 100 };
    const call = b.req(1, "tools/call", { name: "x" }, 0);
    let frames = b.frames.slice();
    index.sync(frames);
    expect(view.sync(frames, filter, index)).toEqual([]);
    // The response makes the earlier request slow: it must appear, before its response.
    const res = b.res(1, {}, 500);
    frames = b.frames.slice();
    index.sync(frames);
    expect(view.sync(frames, filter, index)).toEqual([call, res]);
  });
  it("returns the same array while nothing it shows changed", () => {
    const b = builder();
    const index = new ExchangeIndex();
    const view = new FilteredFrames();
    const filter: LogFilter = { ...DEFAULT_FILTER, kinds: new Set(["stderr"] as const) };
    b.stderr("one");
    let frames = b.frames.slice();
    index.sync(frames);
    const first = view.sync(frames, filter, index);
    b.note("server->client", "notifications/message");
    frames = b.frames.slice();
    index.sync(frames);
    expect(view.sync(frames, filter, index)).toBe(first);
    b.stderr("two");
    frames = b.frames.slice();
    index.sync(frames);
    expect(view.sync(frames, filter, index).map((f) => f.seq)).toEqual([1, 3]);
  });
  it("keeps up with 100,000 frames appended in batches", () => {
    const b = builder();
    const index = new ExchangeIndex();
    const view = new FilteredFrames();
    const q = parseQuery("line 99999");
    if (!q.ok) throw new Error(q.error);
    const filter: LogFilter = { ...DEFAULT_FILTER, query: q.query };
    let result: readonly unknown[] = [];
    for (let batch = 0; batch < 100; batch++) {
      for (let i = 0; i < 1000; i++) b.note("server->client", "notifications/message", { level: "info", data: `line ${batch * 1000 + i}` });
      const frames = b.frames.slice();
      index.sync(frames);
      result = view.sync(frames, filter, index);
    }
    expect(result).toHaveLength(1);
  });
  it("re-filters 100,000 frames in slices: the previous rows until every frame is read, then every match in order", () => {
    const b = builder();
    for (let i = 0; i < 100_000; i++) b.note("server->client", "notifications/message", { level: "info", data: `line ${i}` });
    const frames = b.frames.slice();
    const index = new ExchangeIndex();
    index.sync(frames);
    const view = new FilteredFrames();
    const all = view.sync(frames, DEFAULT_FILTER, index);
    expect(all).toHaveLength(100_000);
    const q = parseQuery("line 5432");
    if (!q.ok) throw new Error(q.error);
    const filter: LogFilter = { ...DEFAULT_FILTER, query: q.query };
    // A zero budget: each step reads one clock-check's worth of frames, as a loaded page would.
    let steps = 0;
    let step = view.step(frames, filter, index, 0);
    while (!step.done) {
      expect(step.rows).toBe(all); // never a half-filtered log
      steps++;
      step = view.step(frames, filter, index, 0);
    }
    expect(steps).toBeGreaterThan(100);
    expect(step.rows.map((f) => f.seq)).toEqual(frames.filter((f) => f.kind === "message" && JSON.stringify(f.msg).includes("line 5432")).map((f) => f.seq));
    expect(step.rows).toHaveLength(11);
    // Frames arriving after the run finished are tested alone, in the same call.
    b.note("server->client", "notifications/message", { level: "info", data: "line 5432 again" });
    const more = b.frames.slice();
    index.sync(more);
    expect(view.step(more, filter, index, 0)).toMatchObject({ done: true, rows: [...step.rows, more.at(-1)] });
  });
});
