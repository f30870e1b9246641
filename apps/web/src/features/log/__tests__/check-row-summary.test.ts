import { describe, expect, it } from "vitest";
import { summarizeFrame } from "../log-row-summary";
import { check } from "../../../test-support/check-frames";

describe("summarizeFrame of a check frame (shown with the log's checks chip)", () => {
  it("names the rule, the message and the frame it is about, toned by severity", () => {
    expect(summarizeFrame(check("stdio/stdout-noise", 4, "error", { message: "not JSON" }), undefined)).toEqual({
      arrow: "",
      label: "check stdio/stdout-noise",
      detail: "not JSON (frame 4)",
      tone: "error",
    });
    expect(summarizeFrame(check("timing/never-answered", undefined, "warning", { message: "no answer" }), undefined)).toMatchObject({ detail: "no answer", tone: "warning" });
    expect(summarizeFrame(check("tools/missing-description", 1, "info"), undefined).tone).toBe("process");
  });
});
