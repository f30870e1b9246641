import { describe, expect, it } from "vitest";
import { checkHost, collectEnv, collectHeader, envFromFlags, parsePort, remoteFromFlags } from "../inspect-options";
import { UsageError } from "../../common/usage-error";

describe("inspect options", () => {
  it("parses -e pairs, keeping '=' in values", () => {
    const pairs = collectEnv("B=x=y", collectEnv("A=1", []));
    expect(envFromFlags(pairs)).toEqual({ A: "1", B: "x=y" });
    expect(() => collectEnv("=nope", [])).toThrow(UsageError);
  });

  it("accepts ports 0..65535 only", () => {
    expect(parsePort("0")).toBe(0);
    expect(() => parsePort("65536")).toThrow("--port must be an integer from 0 to 65535");
    expect(() => parsePort("abc")).toThrow(UsageError);
  });

  it("refuses non-loopback hosts without --allow-remote", () => {
    expect(() => checkHost("127.0.0.1", false)).not.toThrow();
    expect(() => checkHost("::1", false)).not.toThrow();
    expect(() => checkHost("0.0.0.0", false)).toThrow(/--allow-remote/);
    expect(() => checkHost("0.0.0.0", true)).not.toThrow();
  });
});

describe("remoteFromFlags", () => {
  it("reads --url, --transport and repeated --header", () => {
    const headers = collectHeader("X-Tag:  a:b ", collectHeader("Authorization: Bearer t", []));
    expect(remoteFromFlags({ url: "http://127.0.0.1:3001/mcp", transport: "sse", header: headers }, [])).toEqual({
      url: "http://127.0.0.1:3001/mcp",
      transport: "sse",
      headers: { Authorization: "Bearer t", "X-Tag": "a:b" },
    });
    expect(remoteFromFlags({ url: "https://example.com", header: [] }, [])).toMatchObject({ url: "https://example.com/", transport: "auto" });
    expect(remoteFromFlags({ header: [] }, ["node", "server.js"])).toBeUndefined();
  });

  it("turns user:password@ into an Authorization: Basic header and takes it out of the URL (issue 18)", () => {
    expect(remoteFromFlags({ url: "https://al%40ice:p%3Ass@api.example.com/mcp?api_key=k", header: [] }, [])).toEqual({
      url: "https://api.example.com/mcp?api_key=k",
      transport: "auto",
      headers: { Authorization: `Basic ${Buffer.from("al@ice:p:ss").toString("base64")}` },
    });
    expect(() => remoteFromFlags({ url: "https://u:p@h/mcp", header: ["Authorization: Bearer t"] }, [])).toThrow(/keep one of them/);
    // A usage error about the URL shows it masked.
    expect(() => remoteFromFlags({ url: "ftp://u:SECRET@h/?token=SECRET2", header: [] }, [])).toThrow(/"ftp:\/\/\*\*\*\*:\*\*\*\*@h\/\?token=\*\*\*\*"/);
  });

  it("refuses what cannot work, saying why", () => {
    expect(() => collectHeader("Authorization Bearer t", [])).toThrow(/--header takes "Name: value"/);
    expect(() => collectHeader(": v", [])).toThrow(UsageError);
    expect(() => remoteFromFlags({ url: "localhost:3001", header: [] }, [])).toThrow(/did you mean http:\/\/localhost:3001/);
    expect(() => remoteFromFlags({ url: "not a url", header: [] }, [])).toThrow(/absolute http\(s\) URL/);
    expect(() => remoteFromFlags({ url: "http://x/mcp", header: [] }, ["node", "s.js"])).toThrow(/either --url or a command/);
    expect(() => remoteFromFlags({ transport: "sse", header: [] }, [])).toThrow(/need --url/);
  });
});
