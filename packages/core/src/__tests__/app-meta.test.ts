import { describe, expect, it } from "vitest";
import { toolAppUri, toolAppVisibility } from "../app-meta";

describe("a tool's app, as its _meta names it", () => {
  it("reads _meta.ui.resourceUri first, the deprecated flat key otherwise, and only strings", () => {
    expect(toolAppUri({ ui: { resourceUri: "ui://a/x.html" }, "ui/resourceUri": "ui://b/y.html" })).toBe("ui://a/x.html");
    expect(toolAppUri({ "ui/resourceUri": "ui://b/y.html" })).toBe("ui://b/y.html");
    expect(toolAppUri({ ui: { resourceUri: 7 }, "ui/resourceUri": "ui://b/y.html" })).toBe("ui://b/y.html");
    expect(toolAppUri({ ui: { resourceUri: "https://x.example/app.html" } })).toBe("https://x.example/app.html");
    expect(toolAppUri(undefined)).toBeUndefined();
    expect(toolAppUri({ ui: [] })).toBeUndefined();
  });

  it("reads visibility only when it is an array (absent means model and app)", () => {
    expect(toolAppVisibility({ ui: { visibility: ["app"] } })).toEqual(["app"]);
    expect(toolAppVisibility({ ui: { visibility: "app" } })).toBeUndefined();
    expect(toolAppVisibility({})).toBeUndefined();
  });
});
