import { anyResult } from "../../../client/any-result";
// @vitest-environment jsdom
import type { Frame, MessageFrame } from "@mcp-inspect/core";
import type { Client } from "@modelcontextprotocol/client";
import { ProtocolError, ProtocolErrorCode} from "@modelcontextprotocol/client";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChecksContext, type ChecksValue } from "../../checks";
import { SessionContext, type SessionValue } from "../../../client/session-context";
import { renderWithMantine } from "../../../test-support/render";
import { ToolDetail } from "../../tools";
import { useFocusTarget } from "../../log";
import { RestartBanner } from "../RestartBanner";

const call: MessageFrame = {
  seq: 3,
  t: 30,
  kind: "message",
  dir: "client->server",
  msg: { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: { message: "hi" }, _meta: { progressToken: 5 } } },
};
const before: Frame[] = [
  { seq: 1, t: 0, kind: "process", event: "spawn", pid: 10, command: "node", args: ["server.js"] } as Frame,
  { seq: 2, t: 20, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 1, method: "tools/list" } },
  call,
  { seq: 4, t: 40, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 2, result: { content: [] } } },
];
const restart: Frame = { seq: 5, t: 50, kind: "process", event: "restart", reason: "change in src/tools.js" };
const respawn: Frame = { seq: 6, t: 60, kind: "process", event: "spawn", pid: 11, command: "node", args: ["server.js"] } as Frame;

interface Pending {
  request: unknown;
  schema: unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

function fakeClient() {
  const sent: Pending[] = [];
  const client = {
    request: (request: unknown, schema: unknown) => new Promise((resolve, reject) => sent.push({ request, schema, resolve, reject })),
  } as unknown as Client;
  return { client, sent };
}

/** The banner inside a session whose frames, client and client key the test sets, and a log whose showFrame it watches. */
function setup(sessionId = "session-a") {
  const { client, sent } = fakeClient();
  const showFrame = vi.fn();
  const checks = { showFrame } as unknown as ChecksValue;
  const ui = (frames: Frame[], ready: { client?: Client; clientKey?: number }): ReactElement => {
    const session = { snapshot: { frames, header: { id: sessionId }, connection: { phase: ready.client ? "ready" : "starting" }, ...ready }, restart: () => {}, token: "t", server: "s1" } as unknown as SessionValue;
    return (
      <ChecksContext.Provider value={checks}>
        <SessionContext.Provider value={session}>
          <RestartBanner />
        </SessionContext.Provider>
      </ChecksContext.Provider>
    );
  };
  return { client, sent, showFrame, ui };
}

describe("RestartBanner", () => {
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });

  it("stays hidden until the server started after the restart is ready", () => {
    const { client, ui } = setup();
    const view = renderWithMantine(ui(before, { client, clientKey: 1 }));
    expect(screen.queryByTestId("restart-banner")).toBeNull(); // no restart yet
    view.rerender(ui([...before, restart], { client, clientKey: 1 })); // the old client, not yet closed
    expect(screen.queryByTestId("restart-banner")).toBeNull();
    view.rerender(ui([...before, restart, respawn], {})); // spawned, initializing
    expect(screen.queryByTestId("restart-banner")).toBeNull();
    view.rerender(ui([...before, restart, respawn], { client, clientKey: 6 }));
    expect(screen.getByTestId("restart-banner-text").textContent).toBe("Server restarted (change in src/tools.js)");
    expect(screen.getByTestId("rerun-button").textContent).toBe("Re-run tools/call echo");
  });

  it("re-runs the last request through the new client, without the old progress token, and shows it in the log", async () => {
    const { client, sent, showFrame, ui } = setup();
    const frames = [...before, restart, respawn];
    const view = renderWithMantine(ui(frames, { client, clientKey: 6 }));
    fireEvent.click(screen.getByTestId("rerun-button"));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.request).toEqual({ method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
    expect(sent[0]!.schema).toBe(anyResult);

    // The exchange reaches the log (with the wire's own id), then the answer reaches the client.
    const rerun: MessageFrame = { seq: 9, t: 90, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 41, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } } };
    view.rerender(ui([...frames, rerun], { client, clientKey: 6 }));
    await act(async () => sent[0]!.resolve({ content: [{ type: "text", text: "hi" }] }));
    expect(screen.getByTestId("rerun-outcome").textContent).toMatch(/^ok in \d+ ms$/);
    fireEvent.click(screen.getByTestId("rerun-show-in-log"));
    expect(showFrame).toHaveBeenCalledWith(9);
  });

  it("shows a re-run tool call's result where the tool's result goes, and opens that tool", async () => {
    const { client, sent } = setup();
    const frames = [...before, restart, respawn];
    const server = { name: "rerun-srv", version: "1", protocolVersion: "2025-06-18", capabilities: { tools: {} } };
    const session = { snapshot: { frames, header: { id: "s" }, connection: { phase: "ready", pid: 11, server }, client, clientKey: 6 }, restart: () => {}, token: "t", server: "s1" } as unknown as SessionValue;
    let focused: string | undefined;
    function Focus() {
      focused = useFocusTarget("tools")?.name;
      return null;
    }
    renderWithMantine(
      <ChecksContext.Provider value={{ showFrame: vi.fn() } as unknown as ChecksValue}>
        <SessionContext.Provider value={session}>
          <RestartBanner />
          <Focus />
          <ToolDetail tool={{ name: "echo", inputSchema: { type: "object", properties: { message: { type: "string" } } } }} />
        </SessionContext.Provider>
      </ChecksContext.Provider>,
    );
    expect(screen.queryByTestId("tool-result")).toBeNull();
    fireEvent.click(screen.getByTestId("rerun-button"));
    await act(async () => sent[0]!.resolve({ content: [{ type: "text", text: "echo after restart" }] }));
    expect((await screen.findByTestId("tool-result")).textContent).toContain("echo after restart");
    expect(screen.getByTestId("tool-result").dataset.status).toBe("ok");
    expect(focused).toBe("echo");
  });

  it("shows the error a re-run got", async () => {
    const { client, sent, ui } = setup();
    renderWithMantine(ui([...before, restart, respawn], { client, clientKey: 6 }));
    fireEvent.click(screen.getByTestId("rerun-button"));
    await act(async () => sent[0]!.reject(new ProtocolError(ProtocolErrorCode.InvalidParams, "Unknown tool: echo")));
    expect(screen.getByTestId("rerun-outcome").textContent).toMatch(/^failed after \d+ ms: JSON-RPC error -32602: Unknown tool: echo$/);
    expect(screen.queryByTestId("rerun-show-in-log")).toBeNull(); // nothing matching reached the log
  });

  it("says only that the server restarted when there is nothing to re-run", () => {
    const { client, ui } = setup();
    const plain: Frame = { seq: 5, t: 50, kind: "process", event: "restart" };
    renderWithMantine(ui([before[0]!, before[1]!, plain, respawn], { client, clientKey: 6 }));
    expect(screen.getByTestId("restart-banner-text").textContent).toBe("Server restarted");
    expect(screen.queryByTestId("rerun-button")).toBeNull();
  });

  it("is dismissed until the next restart", () => {
    const { client, ui } = setup();
    const frames = [...before, restart, respawn];
    const view = renderWithMantine(ui(frames, { client, clientKey: 6 }));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("restart-banner")).toBeNull();
    const again: Frame[] = [...frames, { seq: 7, t: 70, kind: "process", event: "restart" }, { ...respawn, seq: 8 } as Frame];
    view.rerender(ui(again, { client, clientKey: 8 }));
    expect(screen.getByTestId("restart-banner-text").textContent).toBe("Server restarted");
    expect(screen.getByTestId("rerun-button").textContent).toBe("Re-run tools/call echo");
  });

  it("stays dismissed after a page reload of the same session, not in another session", () => {
    const frames = [...before, restart, respawn];
    const first = setup("session-a");
    renderWithMantine(first.ui(frames, { client: first.client, clientKey: 6 }));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    cleanup(); // the page goes away; a reload mounts the banner again over the same replayed frames

    const reloaded = setup("session-a");
    renderWithMantine(reloaded.ui(frames, { client: reloaded.client, clientKey: 6 }));
    expect(screen.queryByTestId("restart-banner")).toBeNull();
    cleanup();

    const other = setup("session-b");
    renderWithMantine(other.ui(frames, { client: other.client, clientKey: 6 }));
    expect(screen.getByTestId("restart-banner-text").textContent).toBe("Server restarted (change in src/tools.js)");
  });
});
