import { describe, expect, it } from "vitest";
import { DEFAULT_TIMEOUTS, parseTimeouts, requestTimeoutOptions, serializeTimeouts, totalTimeLimitMs } from "../call-settings";

describe("call timeouts", () => {
  it("default to 5 minutes, no total limit", () => {
    expect(parseTimeouts(null)).toEqual({ timeoutS: 300, maxTotalS: undefined });
    expect(requestTimeoutOptions(DEFAULT_TIMEOUTS)).toEqual({ timeout: 300_000, resetTimeoutOnProgress: true });
  });

  it("round-trip through storage, and fall back on junk", () => {
    expect(parseTimeouts(serializeTimeouts({ timeoutS: 10, maxTotalS: 60 }))).toEqual({ timeoutS: 10, maxTotalS: 60 });
    expect(parseTimeouts("{not json")).toEqual(DEFAULT_TIMEOUTS);
    expect(parseTimeouts(JSON.stringify({ timeoutS: -1, maxTotalS: "x" }))).toEqual(DEFAULT_TIMEOUTS);
  });

  it("cap the per-request timeout by the total limit, which the SDK only checks on progress", () => {
    expect(requestTimeoutOptions({ timeoutS: 300, maxTotalS: 2 })).toEqual({ timeout: 2000, resetTimeoutOnProgress: true });
    expect(requestTimeoutOptions({ timeoutS: 1, maxTotalS: 60 })).toEqual({ timeout: 1000, resetTimeoutOnProgress: true });
    expect(totalTimeLimitMs({ timeoutS: 1, maxTotalS: 60 })).toBe(60_000);
    expect(totalTimeLimitMs(DEFAULT_TIMEOUTS)).toBeUndefined();
  });
});
