import { describe, expect, it } from "vitest";
import { expandUriTemplate, otherValues, templateVariables } from "../uri-template";

describe("templateVariables", () => {
  it("finds simple, reserved, query, path-segment and fragment variables with their operators", () => {
    expect(templateVariables("demo://users/{userId}")).toEqual([{ name: "userId", operator: "", explode: false }]);
    expect(templateVariables("demo://files/{+path}")).toEqual([{ name: "path", operator: "+", explode: false }]);
    expect(templateVariables("x://s{/seg}{?q,lang}{#frag}").map((v) => `${v.operator}${v.name}`)).toEqual(["/seg", "?q", "?lang", "#frag"]);
  });

  it("reads explode and prefix modifiers and lists a repeated variable once", () => {
    expect(templateVariables("x://{list*}/{id:3}/{id}")).toEqual([
      { name: "list", operator: "", explode: true },
      { name: "id", operator: "", explode: false, maxLength: 3 },
    ]);
  });

  it("returns nothing for a plain URI", () => {
    expect(templateVariables("file:///etc/hosts")).toEqual([]);
  });

  it("names what is wrong with a malformed template", () => {
    expect(() => templateVariables("x://{id")).toThrow('unclosed "{" at position 4 of x://{id');
    expect(() => templateVariables("x://id}")).toThrow('unmatched "}"');
    expect(() => templateVariables("x://{}")).toThrow("empty expression");
    expect(() => templateVariables("x://{a b}")).toThrow('invalid variable name "a b"');
    expect(() => templateVariables("x://{id:0}")).toThrow('invalid prefix length "0"');
  });
});

describe("expandUriTemplate", () => {
  it("encodes '/' in a simple variable but keeps it in reserved expansion", () => {
    expect(expandUriTemplate("demo://users/{userId}", { userId: "a/b" })).toBe("demo://users/a%2Fb");
    expect(expandUriTemplate("demo://files/{+path}", { path: "src/util/strings.ts" })).toBe("demo://files/src/util/strings.ts");
  });

  it("percent-encodes spaces and unicode as UTF-8", () => {
    expect(expandUriTemplate("demo://users/{userId}", { userId: "Zoë Ünal" })).toBe("demo://users/Zo%C3%AB%20%C3%9Cnal");
    expect(expandUriTemplate("demo://files/{+path}", { path: "docs/my notes/日本.md" })).toBe("demo://files/docs/my%20notes/%E6%97%A5%E6%9C%AC.md");
  });

  it("expands query, path-segment and fragment operators, leaving empty values out", () => {
    expect(expandUriTemplate("x://search{?q,lang}", { q: "a&b c", lang: "" })).toBe("x://search?q=a%26b%20c");
    expect(expandUriTemplate("x://root{/seg}", { seg: "a/b" })).toBe("x://root/a%2Fb");
    expect(expandUriTemplate("x://doc{#section}", { section: "part 2/a" })).toBe("x://doc#part%202/a");
  });

  it("keeps already percent-encoded triplets in reserved expansion only", () => {
    expect(expandUriTemplate("x://{+p}", { p: "a%20b" })).toBe("x://a%20b");
    expect(expandUriTemplate("x://{p}", { p: "a%20b" })).toBe("x://a%2520b");
  });

  it("throws on a malformed template rather than guessing", () => {
    expect(() => expandUriTemplate("x://{id", { id: "1" })).toThrow("unclosed");
  });
});

describe("otherValues", () => {
  it("is the other filled-in variables, for completion context", () => {
    expect(otherValues({ a: "1", b: "", c: "3" }, "a")).toEqual({ c: "3" });
  });
});
