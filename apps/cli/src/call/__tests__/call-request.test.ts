import { describe, expect, it } from "vitest";
import { buildCallParams } from "../call-request";

describe("buildCallParams", () => {
  it("builds tools/call and prompts/get params from --name and --args-json", () => {
    expect(buildCallParams("tools/call", { name: "add", argsJson: '{"a":1,"b":2}' })).toEqual({ name: "add", arguments: { a: 1, b: 2 } });
    expect(buildCallParams("prompts/get", { name: "greeting" })).toEqual({ name: "greeting" });
  });

  it("takes --uri for resources, and --args-json as params for any other method", () => {
    expect(buildCallParams("resources/read", { uri: "demo://readme" })).toEqual({ uri: "demo://readme" });
    expect(buildCallParams("tools/list", { argsJson: '{"cursor":"10"}' })).toEqual({ cursor: "10" });
    expect(buildCallParams("ping", {})).toBeUndefined();
  });

  it("says which flag is missing or wrong", () => {
    expect(() => buildCallParams("tools/call", {})).toThrow("tools/call needs --name <tool>");
    expect(() => buildCallParams("resources/read", {})).toThrow("resources/read needs --uri <uri>");
    expect(() => buildCallParams("tools/call", { name: "x", argsJson: "{oops" })).toThrow(/--args-json is not valid JSON/);
    expect(() => buildCallParams("tools/call", { name: "x", argsJson: "[1]" })).toThrow("--args-json must be a JSON object");
    expect(() => buildCallParams("ping", { name: "x" })).toThrow(/--name and --uri apply to/);
  });
});
