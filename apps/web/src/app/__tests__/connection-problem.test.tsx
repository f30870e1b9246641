// @vitest-environment jsdom
import { connectionReducer, initialConnectionState, type ConnectionState, type ProcessFrame, type SessionTarget } from "@mcp-inspect/core";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SessionContext, type SessionValue } from "../../client/session-context";
import { renderWithMantine } from "../../test-support/render";
import { ConnectionProblem } from "../ConnectionProblem";
import { ListStatus } from "../../features/connection";

let seq = 0;
const frame = (event: Record<string, unknown>) => ({ seq: ++seq, t: seq, kind: "process", ...event }) as ProcessFrame;

/** The state the backend's frames lead to, through the same reducer the page uses. */
function stateAfter(...events: Record<string, unknown>[]): ConnectionState {
  return events.reduce<ConnectionState>((s, e) => connectionReducer(s, { type: "process", frame: frame(e) }), initialConnectionState);
}

function renderFor(connection: ConnectionState, target: SessionTarget) {
  const session = {
    snapshot: { connection, header: { target }, frames: [], relay: { state: "open" } },
    restart: () => {},
    token: "t",
  } as unknown as SessionValue;
  renderWithMantine(
    <SessionContext.Provider value={session}>
      <ConnectionProblem />
      <ListStatus what="tools" phase={connection.phase} supported isLoading={false} error={undefined} empty={false} />
    </SessionContext.Provider>,
  );
}

const remote: SessionTarget = { type: "http", url: "http://127.0.0.1:9/mcp", transport: "auto", headerNames: [] };
const stdio = { command: "node", args: ["server.js"], cwd: "/" } as unknown as SessionTarget;

describe("why the server is not usable", () => {
  afterEach(() => cleanup());

  it("says what happened to the HTTP connection of a --url target, not stdio's words", () => {
    const refused = stateAfter({
      event: "error",
      code: "MCPI_HTTP_UNREACHABLE",
      message: "could not reach http://127.0.0.1:9/mcp (sending initialize): fetch failed: connect ECONNREFUSED 127.0.0.1:9",
      stderrTail: [],
    });
    renderFor(refused, remote);
    const problem = screen.getByTestId("connection-problem");
    expect(problem.textContent).toContain("connection refused");
    expect(problem.textContent).not.toContain("stderr");
    expect(screen.getByRole("button", { name: "Reconnect" })).toBeTruthy();
    expect(document.body.textContent).toContain("Not connected to the server (connection refused");
    expect(document.body.textContent).not.toContain("not running");
  });

  it("names the HTTP status, DNS and TLS failures", () => {
    renderFor(stateAfter({ event: "error", code: "MCPI_HTTP_ERROR", message: "http://x/mcp answered HTTP 503 (sending initialize): Service Unavailable", stderrTail: [] }), remote);
    expect(screen.getByTestId("connection-problem-http").textContent).toContain("answered HTTP 503");
    cleanup();
    renderFor(stateAfter({ event: "error", code: "MCPI_HTTP_UNREACHABLE", message: "could not reach https://nope.invalid/mcp: fetch failed: getaddrinfo ENOTFOUND nope.invalid", stderrTail: [] }), remote);
    expect(screen.getByTestId("connection-problem-http").textContent).toContain("DNS lookup failed");
    cleanup();
    renderFor(stateAfter({ event: "error", code: "MCPI_HTTP_UNREACHABLE", message: "could not reach https://self.signed/mcp: fetch failed: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)", stderrTail: [] }), remote);
    expect(screen.getByTestId("connection-problem-http").textContent).toContain("TLS handshake failed");
  });

  it("after --init-timeout fires: a failed state with the reason, and the lists stop waiting", () => {
    const timedOut = stateAfter({ event: "spawn", pid: 7, command: "node", args: [], cwd: "/" }, { event: "init-timeout", timeoutMs: 2000, stderrTail: ["booting"] });
    expect(timedOut.phase).toBe("failed");
    renderFor(timedOut, stdio);
    expect(screen.getByTestId("connection-problem").textContent).toContain("no answer to initialize within 2 s");
    expect(screen.getByTestId("connection-problem-stderr").textContent).toBe("booting");
    expect(document.body.textContent).toContain("did not answer the handshake (server/discover or initialize) in time");
    expect(document.body.textContent).not.toContain("Waiting for the server to initialize");
  });
});
