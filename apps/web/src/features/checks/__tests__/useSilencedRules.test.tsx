// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { silencedRulesKey } from "../silenced-rules";
import { useSilencedRules } from "../useSilencedRules";

describe("useSilencedRules", () => {
  beforeEach(() => localStorage.clear());

  it("persists per session id and reloads that session's list", () => {
    const { result, rerender } = renderHook(({ id }: { id: string | undefined }) => useSilencedRules(id), { initialProps: { id: undefined as string | undefined } });
    expect(result.current[0].size).toBe(0);

    rerender({ id: "s1" });
    act(() => result.current[1]("stdio/stdout-noise", true));
    expect([...result.current[0]]).toEqual(["stdio/stdout-noise"]);
    expect(localStorage.getItem(silencedRulesKey("s1"))).toBe('["stdio/stdout-noise"]');

    // Another session starts with nothing silenced; coming back restores the first one's list.
    rerender({ id: "s2" });
    expect(result.current[0].size).toBe(0);
    rerender({ id: "s1" });
    expect([...result.current[0]]).toEqual(["stdio/stdout-noise"]);

    act(() => result.current[1]("stdio/stdout-noise", false));
    expect(localStorage.getItem(silencedRulesKey("s1"))).toBe("[]");
  });

  it("starts from what is stored (a reload)", () => {
    localStorage.setItem(silencedRulesKey("s9"), '["tools/name-invalid"]');
    const { result } = renderHook(() => useSilencedRules("s9"));
    expect([...result.current[0]]).toEqual(["tools/name-invalid"]);
  });
});
