import { describe, expect, it } from "vitest";
import { samplingResult, SAMPLING_REJECTED } from "../sampling-reply";
import { addRule, findRule, parseRules, SamplingRulesStore } from "../sampling-rules";
import { elicitResult, openableUrl } from "../elicit-response";

const reply = { text: "42", model: "m", stopReason: "endTurn" };

describe("sampling rules", () => {
  it("keeps one rule per server, newest wins", () => {
    const rules = addRule(addRule([], { id: "a", server: "s", reply, createdAt: 1 }), { id: "b", server: "s", reply: { ...reply, text: "43" }, createdAt: 2 });
    expect(rules).toHaveLength(1);
    expect(findRule(rules, "s")?.reply.text).toBe("43");
    expect(findRule(rules, "other")).toBeUndefined();
  });
  it("persists, and ignores malformed stored rules", () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    const store = new SamplingRulesStore(storage);
    const rule = store.add("demo", reply, 10);
    expect(new SamplingRulesStore(storage).forServer("demo")?.reply).toEqual(reply);
    store.remove(rule.id);
    expect(new SamplingRulesStore(storage).get()).toEqual([]);
    expect(parseRules('[{"id":"x"},{"id":"y","server":"s","createdAt":1,"reply":{"text":"t","model":"m","stopReason":"endTurn"}}]')).toHaveLength(1);
    expect(parseRules("{")).toEqual([]);
  });
  it("builds the createMessage result, with defaults for blank fields", () => {
    expect(samplingResult({ text: "hi", model: " ", stopReason: "" })).toEqual({
      role: "assistant", content: { type: "text", text: "hi" }, model: "mcp-inspect-human", stopReason: "endTurn",
    });
    expect(SAMPLING_REJECTED).toEqual({ code: -1, message: "User rejected sampling request" });
  });
});

describe("elicitation answers", () => {
  it("sends content only with accept", () => {
    expect(elicitResult("accept", { a: 1 })).toEqual({ action: "accept", content: { a: 1 } });
    expect(elicitResult("decline", { a: 1 })).toEqual({ action: "decline" });
    expect(elicitResult("cancel")).toEqual({ action: "cancel" });
  });
  it("opens only http(s) URLs", () => {
    expect(openableUrl("https://example.com/x")).toBe("https://example.com/x");
    expect(openableUrl("javascript:alert(1)")).toBeUndefined();
    expect(openableUrl("not a url")).toBeUndefined();
  });
});
