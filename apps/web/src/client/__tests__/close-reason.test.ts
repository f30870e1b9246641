import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { explainClosed, setCloseReason } from "../close-reason";

describe("explainClosed", () => {
  it("replaces the SDK's Connection closed with why the client was closed", () => {
    const client = {};
    setCloseReason(client, "server exited with code 7");
    const explained = explainClosed(client, new McpError(ErrorCode.ConnectionClosed, "Connection closed"));
    expect(explained).toBeInstanceOf(Error);
    expect((explained as Error).message).toBe("server exited with code 7");
  });

  it("keeps every other error, and Connection closed of a client closed for no recorded reason", () => {
    const client = {};
    setCloseReason(client, "server exited with code 7");
    const timeout = new McpError(ErrorCode.RequestTimeout, "Request timed out");
    expect(explainClosed(client, timeout)).toBe(timeout);
    const closed = new McpError(ErrorCode.ConnectionClosed, "Connection closed");
    expect(explainClosed({}, closed)).toBe(closed);
  });
});
