import { describe, expect, it } from "vitest";
import { headerNameProblem } from "../header-name";
import { emptyDraft, planHeaders, type HeadersDraft } from "../headers-draft";

describe("headerNameProblem", () => {
  it("accepts RFC 9110 tokens", () => {
    for (const name of ["Authorization", "X-Team", "x_api.key", "A!#$%&'*+-.^_`|~9"]) expect(headerNameProblem(name)).toBeUndefined();
  });

  it("names the first character that is not allowed", () => {
    expect(headerNameProblem("X Team")).toMatch(/^Not a valid header name: a space is not allowed/);
    expect(headerNameProblem("Authorization: Bearer x")).toMatch(/^Not a valid header name: ":" \(type the value in its own field\)/);
    expect(headerNameProblem("X-Tëam")).toMatch(/^Not a valid header name: "ë" is not allowed/);
    expect(headerNameProblem("X(1)")).toMatch(/"\(" is not allowed.*RFC 9110 token/);
    expect(headerNameProblem("")).toBe("Type the header's name");
  });
});

const draft = (d: Partial<HeadersDraft>): HeadersDraft => ({ ...emptyDraft, ...d });

describe("planHeaders", () => {
  const current = ["Authorization", "X-Client-Tag"];

  it("sends nothing for an untouched draft or blank rows", () => {
    expect(planHeaders(current, emptyDraft)).toEqual({ change: {}, problems: new Map() });
    expect(planHeaders(current, draft({ values: { Authorization: "" }, added: [{ key: 1, name: "", value: "" }] })).change).toEqual({});
  });

  it("sets typed values, removes removed headers, keeps the rest by leaving them out", () => {
    const plan = planHeaders(current, draft({ values: { Authorization: "Bearer two" }, removed: new Set(["X-Client-Tag"]), added: [{ key: 1, name: " X-Team ", value: "blue" }] }));
    expect(plan.change).toEqual({ Authorization: "Bearer two", "X-Client-Tag": null, "X-Team": "blue" });
    expect(plan.problems.size).toBe(0);
  });

  it("a removed header's typed value is not sent", () => {
    expect(planHeaders(current, draft({ values: { Authorization: "x" }, removed: new Set(["Authorization"]) })).change).toEqual({ Authorization: null });
  });

  it("says what is wrong with an added row, and sends none of it", () => {
    const plan = planHeaders(current, draft({
      added: [
        { key: 1, name: "Bad Name", value: "v" },
        { key: 2, name: "authorization", value: "v" },
        { key: 3, name: "X-Team", value: "" },
        { key: 4, name: "", value: "v" },
        { key: 5, name: "X-One", value: "1" },
        { key: 6, name: "x-one", value: "2" },
      ],
    }));
    expect(plan.problems.get(1)).toMatch(/^Not a valid header name: a space/);
    expect(plan.problems.get(2)).toBe("Authorization is already set: type its new value above");
    expect(plan.problems.get(3)).toBe("Type the value of X-Team");
    expect(plan.problems.get(4)).toBe("Type the header's name");
    expect(plan.problems.has(5)).toBe(false);
    expect(plan.problems.get(6)).toBe("x-one is listed twice");
    expect(plan.change).toEqual({ "X-One": "1" });
  });
});
