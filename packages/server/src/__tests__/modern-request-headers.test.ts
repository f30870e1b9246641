import { describe, expect, it } from "vitest";
import { modernRequestHeaders } from "../modern-request-headers";

const envelope = { "io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientInfo": { name: "c", version: "1" } };
const body = (message: Record<string, unknown>) => JSON.stringify({ jsonrpc: "2.0", ...message });

describe("modernRequestHeaders (the SEP-2243 headers a 2026-07-28 request body implies)", () => {
  it("a request with the envelope gets MCP-Protocol-Version and Mcp-Method, and Mcp-Name where the method names its object", () => {
    expect(modernRequestHeaders(body({ id: 1, method: "server/discover", params: { _meta: envelope } }))).toEqual({ "mcp-protocol-version": "2026-07-28", "mcp-method": "server/discover" });
    expect(modernRequestHeaders(body({ id: 2, method: "tools/call", params: { name: "add", arguments: {}, _meta: envelope } }))).toEqual({ "mcp-protocol-version": "2026-07-28", "mcp-method": "tools/call", "mcp-name": "add" });
    expect(modernRequestHeaders(body({ id: 3, method: "resources/read", params: { uri: "demo://readme", _meta: envelope } }))["mcp-name"]).toBe("demo://readme");
  });

  it("a name that is not plain printable ASCII travels base64-wrapped", () => {
    const headers = modernRequestHeaders(body({ id: 4, method: "prompts/get", params: { name: "grüße", _meta: envelope } }));
    expect(headers["mcp-name"]).toBe(`=?base64?${Buffer.from("grüße").toString("base64")}?=`);
  });

  it("2025-era messages, notifications and bodies that are not JSON get nothing: the relay stays as it was", () => {
    expect(modernRequestHeaders(body({ id: 1, method: "initialize", params: { protocolVersion: "2025-11-25" } }))).toEqual({});
    expect(modernRequestHeaders(body({ id: 2, method: "tools/call", params: { name: "add" } }))).toEqual({});
    expect(modernRequestHeaders(body({ method: "notifications/cancelled", params: { requestId: 1, _meta: envelope } }))).toEqual({});
    expect(modernRequestHeaders("not json")).toEqual({});
    expect(modernRequestHeaders(undefined)).toEqual({});
  });
});
