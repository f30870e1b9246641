import { SdkError, SdkErrorCode } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { explainClosed, setCloseReason } from "../close-reason";

describe("explainClosed", () => {
  it("replaces the SDK's Connection closed with why the client was closed", () => {
    const client = {};
    setCloseReason(client, "server exited with code 7");
    const explained = explainClosed(client, new SdkError(SdkErrorCode.ConnectionClosed, "Connection closed"));
    expect(explained).toBeInstanceOf(Error);
    expect((explained as Error).message).toBe("server exited with code 7");
  });

  it("keeps every other error, and Connection closed of a client closed for no recorded reason", () => {
    const client = {};
    setCloseReason(client, "server exited with code 7");
    const timeout = new SdkError(SdkErrorCode.RequestTimeout, "Request timed out");
    expect(explainClosed(client, timeout)).toBe(timeout);
    const closed = new SdkError(SdkErrorCode.ConnectionClosed, "Connection closed");
    expect(explainClosed({}, closed)).toBe(closed);
  });
});
