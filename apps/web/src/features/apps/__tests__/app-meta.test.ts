import { describe, expect, it } from "vitest";
import { appCallRefusal, appResourceUri, toolVisibility } from "../app-meta";
import { allowAttribute, newAppRef, permissionNames, sandboxPageUrl } from "../app-instance";
import { recorded } from "../logged-transport";
import { appResourceOf, appResourceProblem } from "../useAppResource";
import { extensionCapabilities } from "../../../client/client-extension";
import { appsExtension } from "../app-extension";

const tool = (meta?: Record<string, unknown>) => ({ name: "t", ...(meta && { _meta: meta }) });

describe("a tool's app and visibility", () => {
  it("reads _meta.ui.resourceUri, falls back to the deprecated flat key, and takes only ui:// URIs", () => {
    expect(appResourceUri(tool({ ui: { resourceUri: "ui://a/app.html" } }))).toBe("ui://a/app.html");
    expect(appResourceUri(tool({ "ui/resourceUri": "ui://b/app.html" }))).toBe("ui://b/app.html");
    expect(appResourceUri(tool({ ui: { resourceUri: "https://evil.example/app.html" } }))).toBeUndefined();
    expect(appResourceUri(tool())).toBeUndefined();
  });

  it("is visible to both without a visibility, else to whom it names", () => {
    expect(toolVisibility(tool())).toEqual({ model: true, app: true });
    expect(toolVisibility(tool({ ui: { visibility: ["app"] } }))).toEqual({ model: false, app: true });
    expect(toolVisibility(tool({ ui: { visibility: ["model"] } }))).toEqual({ model: true, app: false });
  });

  it("refuses an app's call to a tool it may not see or the server does not list, and lets the server answer when the list is unknown", () => {
    const tools = [{ name: "open", _meta: {} }, { name: "model-only", _meta: { ui: { visibility: ["model"] } } }, { name: "app-only", _meta: { ui: { visibility: ["app"] } } }];
    expect(appCallRefusal("open", tools)).toBeUndefined();
    expect(appCallRefusal("app-only", tools)).toBeUndefined();
    expect(appCallRefusal("model-only", tools)).toMatch(/not visible to apps/);
    expect(appCallRefusal("missing", tools)).toMatch(/lists no tool "missing"/);
    expect(appCallRefusal("anything", undefined)).toBeUndefined();
  });
});

describe("an app instance", () => {
  it("loads the proxy page with its token, this page as the host and the declared CSP", () => {
    const url = new URL(sandboxPageUrl("http://127.0.0.1:9000/sandbox?t=abc", "http://127.0.0.1:8000", { connectDomains: ["https://api.example"] }));
    expect(url.origin).toBe("http://127.0.0.1:9000");
    expect(url.searchParams.get("t")).toBe("abc");
    expect(url.searchParams.get("host")).toBe("http://127.0.0.1:8000");
    expect(JSON.parse(url.searchParams.get("csp")!)).toEqual({ connectDomains: ["https://api.example"] });
  });

  it("delegates only granted permissions the extension knows", () => {
    expect(permissionNames({ camera: {}, clipboardWrite: {}, teleport: {} })).toEqual(["camera", "clipboardWrite"]);
    expect(allowAttribute(["camera", "clipboardWrite"])).toBe("camera; clipboard-write");
    expect(allowAttribute([])).toBe("");
  });

  it("has a name unique in the session, with its resource and tool", () => {
    const a = newAppRef("ui://x", "t");
    expect(a).toMatchObject({ uri: "ui://x", tool: "t", instance: expect.stringMatching(/^app-/) });
    expect(newAppRef("ui://x").instance).not.toBe(a.instance);
  });

  it("records the HTML handed to the proxy by its size only", () => {
    const message = { jsonrpc: "2.0", method: "ui/notifications/sandbox-resource-ready", params: { html: "<p>héllo</p>", csp: {} } };
    expect(recorded(message)).toEqual({ ...message, params: { html: "(13 bytes of HTML, from resources/read)", csp: {} } });
    const other = { jsonrpc: "2.0", method: "ui/notifications/tool-input", params: { arguments: {} } };
    expect(recorded(other)).toBe(other);
  });
});

describe("an app's resource", () => {
  it("takes text or base64 HTML and the resource's _meta.ui, and says when the MIME type is wrong", () => {
    const text = appResourceOf({ contents: [{ uri: "ui://a", mimeType: "text/html;profile=mcp-app", text: "<p>x</p>", _meta: { ui: { csp: { connectDomains: ["https://a.example"] }, permissions: { camera: {} } } } }] });
    expect(text).toEqual({ html: "<p>x</p>", mimeType: "text/html;profile=mcp-app", csp: { connectDomains: ["https://a.example"] }, permissions: { camera: {} } });
    expect(appResourceProblem(text)).toBeUndefined();
    const blob = appResourceOf({ contents: [{ uri: "ui://a", mimeType: "text/html", blob: btoa("<p>y</p>") }] });
    expect(blob.html).toBe("<p>y</p>");
    expect(appResourceProblem(blob)).toMatch(/Served as text\/html, not text\/html;profile=mcp-app/);
    expect(() => appResourceOf({ contents: [] })).toThrow(/no content/);
  });
});

describe("the client's capabilities", () => {
  it("declare io.modelcontextprotocol/ui beside other extensions' entries", () => {
    const other = { capabilities: { extensions: { "example/x": {} }, sampling: {} } as never, register: () => {} };
    expect(extensionCapabilities([other, appsExtension()])).toEqual({
      sampling: {},
      extensions: { "example/x": {}, "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } },
    });
  });
});
