import { describe, expect, it } from "vitest";
import { checkHost, collectEnv, envFromFlags, parsePort } from "../inspect-options";
import { UsageError } from "../usage-error";

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
