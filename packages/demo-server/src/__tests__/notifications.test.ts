// Progress and cancellation, logging levels, resource subscriptions, list changes and the process-level tools.
import type { CallToolResult, Progress } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { call, connect, textOf, waitFor, type Harness } from "./harness.js";

let h: Harness;
afterEach(async () => h.close());

describe("slow_task", () => {
  it("sends a progress notification per step", async () => {
    h = await connect();
    const progress: Progress[] = [];
    const result = (await h.client.callTool({ name: "slow_task", arguments: { steps: 3, delayMs: 5 } }, undefined, {
      onprogress: (p) => progress.push(p),
    })) as CallToolResult;
    expect(textOf(result)).toBe("Finished 3 steps of 5 ms");
    expect(progress).toEqual([1, 2, 3].map((step) => ({ progress: step, total: 3, message: `Step ${step} of 3` })));
  });

  it("stops early when the client aborts the request", async () => {
    h = await connect();
    const controller = new AbortController();
    const pending = h.client.callTool({ name: "slow_task", arguments: { steps: 100, delayMs: 20 } }, undefined, {
      signal: controller.signal,
      onprogress: (p) => {
        if (p.progress === 2) controller.abort("user pressed stop");
      },
    });
    await expect(pending).rejects.toThrow(/user pressed stop|abort/i);
    await waitFor(() => h.logs.some((log) => log.logger === "slow_task"));
    expect(h.logs.find((log) => log.logger === "slow_task")).toMatchObject({ level: "warning", data: expect.stringMatching(/cancelled after 2 of 100 steps/) });
  });
});

describe("logging", () => {
  it("logs once at info level after initialization", async () => {
    h = await connect();
    await waitFor(() => h.logs.length > 0);
    expect(h.logs[0]).toMatchObject({ level: "info", logger: "lifecycle", data: expect.stringContaining("demo-server-test") });
  });

  it("log_message honours logging/setLevel", async () => {
    h = await connect();
    await waitFor(() => h.logs.length > 0);
    h.logs.length = 0;
    await h.client.setLoggingLevel("warning");
    const quiet = await call(h.client, "log_message", { level: "info", message: "too quiet" });
    expect(textOf(quiet)).toMatch(/Not sent: info is below the level "warning"/);
    const loud = await call(h.client, "log_message", { level: "error", message: "loud enough", logger: "test" });
    expect(textOf(loud)).toBe("Sent a error message");
    await waitFor(() => h.logs.length > 0);
    expect(h.logs).toEqual([{ level: "error", logger: "test", data: "loud enough" }]);
  });
});

describe("resources/subscribe", () => {
  it("touch_resource notifies subscribers of demo://counter, and only them", async () => {
    h = await connect();
    await h.client.subscribeResource({ uri: "demo://counter" });
    expect(textOf(await call(h.client, "touch_resource", { delta: 5 }))).toMatch(/is now 5 \(sent notifications/);
    await waitFor(() => h.updatedUris.length > 0);
    expect(h.updatedUris).toEqual(["demo://counter"]);
    const read = await h.client.readResource({ uri: "demo://counter" });
    expect(JSON.parse("text" in read.contents[0]! ? read.contents[0].text : "")).toMatchObject({ value: 5 });
    await h.client.unsubscribeResource({ uri: "demo://counter" });
    expect(textOf(await call(h.client, "touch_resource"))).toMatch(/is now 6 \(nobody is subscribed/);
    expect(h.updatedUris).toHaveLength(1);
  });
});

describe("toggle_extra_tool", () => {
  it("adds and removes the extra tool, sending tools/list_changed each time", async () => {
    h = await connect();
    expect(textOf(await call(h.client, "toggle_extra_tool"))).toBe('Added tool "extra"');
    await waitFor(() => h.toolListChanges === 1);
    expect((await h.client.listTools()).tools.map((tool) => tool.name)).toContain("extra");
    expect(textOf(await call(h.client, "extra"))).toBe("Hello from the extra tool");
    expect(textOf(await call(h.client, "toggle_extra_tool"))).toBe('Removed tool "extra"');
    await waitFor(() => h.toolListChanges === 2);
    expect((await h.client.listTools()).tools.map((tool) => tool.name)).not.toContain("extra");
  });
});

describe("process-level tools (with injected stdout, stderr and exit)", () => {
  it("write_stderr, write_stdout_noise and crash write where they should", async () => {
    h = await connect();
    expect(textOf(await call(h.client, "write_stderr", { line: "to stderr" }))).toBe("ok");
    expect(h.stderr).toEqual(["to stderr\n"]);
    await call(h.client, "write_stdout_noise");
    expect(h.stdout).toEqual(["DEBUG: this log line went to stdout by mistake\n"]);
    await call(h.client, "crash");
    expect(h.exitCodes).toEqual([3]);
    expect(h.stderr[1]).toMatch(/crashing on purpose with exit code 3/);
  });
});
