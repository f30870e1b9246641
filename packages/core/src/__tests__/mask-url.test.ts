import { describe, expect, it } from "vitest";
import { maskUrl } from "../mask-url";

describe("maskUrl (issue 18: secrets in --url were recorded and shown)", () => {
  it("masks user:password@ and secret-looking query values, keeping everything else as written", () => {
    expect(maskUrl("https://alice:s3cr3t@api.example.com/mcp")).toBe("https://****:****@api.example.com/mcp");
    expect(maskUrl("https://tok@api.example.com/mcp")).toBe("https://****@api.example.com/mcp");
    expect(maskUrl("http://127.0.0.1:3001/mcp?api_key=abc&region=eu%20west&token=t&x=1#frag")).toBe("http://127.0.0.1:3001/mcp?api_key=****&region=eu%20west&token=****&x=1#frag");
    for (const name of ["apiKey", "key", "access_token", "client_secret", "password", "passwd", "pwd", "auth", "Authorization", "sig", "signature", "code", "X-Api-Key", "jwt", "credentials"]) {
      expect(maskUrl(`http://h/mcp?${name}=SECRET`), name).toBe(`http://h/mcp?${name}=****`);
    }
  });

  it("leaves URLs without secrets untouched", () => {
    for (const url of ["http://127.0.0.1:3001/mcp", "http://h/sse?sessionId=abc", "http://h/mcp?q=a+b&flag", "https://h/a/b/"]) expect(maskUrl(url)).toBe(url);
  });
});
