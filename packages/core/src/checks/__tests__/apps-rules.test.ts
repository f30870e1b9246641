import { describe, expect, it } from "vitest";
import { createProtocolChecker } from "../create-protocol-checker";
import { AppsState, templateCouldMatch } from "../apps-state";
import { APP_MIME, APP_URI, appSessionFrames, appTool } from "../../__tests__/app-session";
import { check, Script } from "./frames";
import type { Finding } from "../types";

const RESOURCES = { tools: {}, resources: {} };
const PDF_URI = "ui://pdf-viewer/mcp-app.html";
/** server-pdf's shape: display_pdf shows the app; read_pdf_bytes is for the app only. */
const displayPdf = { name: "display_pdf", description: "Show a PDF", inputSchema: { type: "object" }, _meta: { ui: { resourceUri: PDF_URI } } };
const readBytes = { name: "read_pdf_bytes", description: "Bytes of a PDF", inputSchema: { type: "object" }, _meta: { ui: { visibility: ["app"] } } };
const modelOnly = { name: "summarise", description: "Model only", inputSchema: { type: "object" }, _meta: { ui: { visibility: ["model"] } } };

const apps = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("apps/"));

/** A session whose server lists `tools`; ids from 10 on are free. */
function listed(tools: unknown[]) {
  return new Script().handshake(RESOURCES, "2025-11-25").client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools } });
}

/** One message between the page and the app of display_pdf. */
function app(s: Script, dir: "app->host" | "host->app", msg: Record<string, unknown>) {
  return s.raw({ kind: "app", dir, app: { instance: "app-1", uri: PDF_URI, tool: "display_pdf" }, msg: { jsonrpc: "2.0", ...msg } });
}

function read(s: Script, id: number, uri: string, contents: unknown[]) {
  return s.client({ id, method: "resources/read", params: { uri } }).server({ id, result: { contents } });
}

describe("MCP Apps rules", () => {
  it("a real-shaped app session (server-basic-react's get-time, its app, its proxied call) finds nothing", () => {
    const s = new Script();
    for (const f of appSessionFrames().frames) s.raw(f as unknown as Record<string, unknown>);
    expect(check(s)).toEqual([]);
  });

  it("apps/resource-uri-scheme: a tool's app URI that is not ui://, nested or flat", () => {
    const bad = { ...displayPdf, _meta: { ui: { resourceUri: "https://example.com/app.html" } } };
    const flat = { ...displayPdf, name: "flat", _meta: { ui: { resourceUri: PDF_URI }, "ui/resourceUri": "pdf-viewer.html" } };
    expect(apps(check(listed([bad, flat])))).toMatchObject([
      { rule: "apps/resource-uri-scheme", severity: "error", about: 5, path: "/result/tools/0/_meta/ui/resourceUri", message: 'tool "display_pdf": _meta.ui.resourceUri is "https://example.com/app.html", which is not a ui:// URI' },
      { rule: "apps/resource-uri-scheme", path: "/result/tools/1/_meta/ui~1resourceUri", message: expect.stringContaining('_meta["ui/resourceUri"] is "pdf-viewer.html"') },
    ]);
    // Said once per process, not at every re-list.
    const s = listed([bad]).client({ id: 2, method: "tools/list" }).server({ id: 2, result: { tools: [bad] } });
    expect(apps(check(s))).toHaveLength(1);
  });

  it("apps/resource-mime-type: the read of a ui:// resource, or of a URI a tool names, in another MIME type (naming both)", () => {
    const named = { ...displayPdf, _meta: { ui: { resourceUri: "https://example.com/app.html" } } };
    const s = listed([named]);
    read(s, 2, "ui://other/app.html", [{ uri: "ui://other/app.html", mimeType: "text/html", text: "<html></html>" }]);
    read(s, 3, "https://example.com/app.html", [{ uri: "https://example.com/app.html", text: "<html></html>" }]);
    read(s, 4, "file:///readme.md", [{ uri: "file:///readme.md", mimeType: "text/markdown", text: "# hi" }]);
    read(s, 5, PDF_URI, [{ uri: PDF_URI, mimeType: APP_MIME, text: "<html></html>" }]);
    const found = apps(check(s)).filter((f) => f.rule === "apps/resource-mime-type");
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", about: 7, path: "/result/contents/0/mimeType", message: 'resources/read of "ui://other/app.html": content 0 has mimeType "text/html", not "text/html;profile=mcp-app"' }),
      expect.objectContaining({ about: 9, message: 'resources/read of "https://example.com/app.html" (the app of tool "display_pdf"): content 0 has mimeType undefined, not "text/html;profile=mcp-app"' }),
    ]);
  });

  it("apps/resource-missing: resources/read of a tool's app answers an error", () => {
    const s = listed([displayPdf]).client({ id: 2, method: "resources/read", params: { uri: PDF_URI } });
    s.server({ id: 2, error: { code: -32002, message: "Resource not found" } });
    expect(apps(check(s))).toEqual([
      expect.objectContaining({ rule: "apps/resource-missing", severity: "warning", about: 7, message: 'tool "display_pdf" names the app resource "ui://pdf-viewer/mcp-app.html", but resources/read answered error -32002: "Resource not found"' }),
    ]);
  });

  it("apps/resource-missing: complete listings without it and no template that matches, whichever completes last", () => {
    const s = listed([displayPdf]);
    s.client({ id: 2, method: "resources/list" }).server({ id: 2, result: { resources: [{ uri: "ui://elsewhere/app.html", name: "x" }], nextCursor: "p2" } });
    s.client({ id: 3, method: "resources/list", params: { cursor: "p2" } }).server({ id: 3, result: { resources: [{ uri: "file:///a", name: "a" }] } });
    // Until templates are known, a template might serve it: nothing yet.
    const before = apps(check(s));
    s.client({ id: 4, method: "resources/templates/list" }).server({ id: 4, result: { resourceTemplates: [{ uriTemplate: "ui://viewer/{name}.html", name: "v" }] } });
    expect(before).toEqual([]);
    expect(apps(check(s))).toEqual([
      expect.objectContaining({ rule: "apps/resource-missing", about: 11, message: 'tool "display_pdf" names the app resource "ui://pdf-viewer/mcp-app.html", which the server\'s resources/list does not contain nor match any of its 1 resource template' }),
    ]);
  });

  it("apps/resource-missing: not when a later page lists it, a template matches it, or templates/list was refused and it is listed", () => {
    const paged = listed([displayPdf]).client({ id: 4, method: "resources/templates/list" }).server({ id: 4, error: { code: -32601, message: "Method not found" } });
    paged.client({ id: 2, method: "resources/list" }).server({ id: 2, result: { resources: [], nextCursor: "p2" } });
    paged.client({ id: 3, method: "resources/list", params: { cursor: "p2" } }).server({ id: 3, result: { resources: [{ uri: PDF_URI, name: "viewer", mimeType: APP_MIME }] } });
    expect(apps(check(paged))).toEqual([]);
    const templated = listed([displayPdf]).client({ id: 2, method: "resources/list" }).server({ id: 2, result: { resources: [] } });
    templated.client({ id: 3, method: "resources/templates/list" }).server({ id: 3, result: { resourceTemplates: [{ uriTemplate: "ui://pdf-viewer/{file}", name: "v" }] } });
    expect(apps(check(templated))).toEqual([]);
    // The same listings with templates refused: now nothing can serve it.
    const refused = listed([displayPdf]).client({ id: 2, method: "resources/list" }).server({ id: 2, result: { resources: [] } });
    refused.client({ id: 3, method: "resources/templates/list" }).server({ id: 3, error: { code: -32601, message: "Method not found" } });
    expect(apps(check(refused)).map((f) => f.rule)).toEqual(["apps/resource-missing"]);
  });

  it("apps/tool-not-visible-to-app and apps/host-ran-hidden-tool: an app calls a model-only tool; the host's answer decides the second", () => {
    const s = listed([displayPdf, readBytes, modelOnly]);
    app(s, "app->host", { id: 1, method: "tools/call", params: { name: "summarise", arguments: {} } }); // 6
    app(s, "host->app", { id: 1, error: { code: -32000, message: "not visible to apps" } });
    app(s, "app->host", { id: 2, method: "tools/call", params: { name: "summarise", arguments: {} } }); // 8
    app(s, "host->app", { id: 2, result: { content: [] } }); // 9
    app(s, "app->host", { id: 3, method: "tools/call", params: { name: "read_pdf_bytes", arguments: {} } });
    app(s, "host->app", { id: 3, result: { content: [] } });
    expect(apps(check(s))).toEqual([
      expect.objectContaining({ rule: "apps/tool-not-visible-to-app", severity: "error", about: 6, path: "/params/name", message: 'app "app-1" ("ui://pdf-viewer/mcp-app.html") called tools/call "summarise", whose _meta.ui.visibility ["model"] does not include "app"' }),
      expect.objectContaining({ rule: "apps/tool-not-visible-to-app", about: 8 }),
      expect.objectContaining({ rule: "apps/host-ran-hidden-tool", severity: "error", about: 9, message: 'the host answered app "app-1" ("ui://pdf-viewer/mcp-app.html")\'s tools/call of "summarise" (frame 8) with a result, though the tool is not visible to apps' }),
    ]);
  });

  it("apps/tool-not-listed: an app calls a tool the server does not list; not before any listing completed", () => {
    const s = listed([displayPdf]);
    app(s, "app->host", { id: 1, method: "tools/call", params: { name: "read_pdf_byte", arguments: {} } });
    expect(apps(check(s))).toMatchObject([{ rule: "apps/tool-not-listed", about: 6, message: 'app "app-1" ("ui://pdf-viewer/mcp-app.html") called tools/call "read_pdf_byte", a tool the server does not list in tools/list' }]);
    const early = new Script().handshake(RESOURCES, "2025-11-25");
    app(early, "app->host", { id: 1, method: "tools/call", params: { name: "anything" } });
    expect(apps(check(early))).toEqual([]);
    // Only a complete listing counts: the first page of two does not.
    const paged = new Script().handshake(RESOURCES).client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [displayPdf], nextCursor: "2" } });
    app(paged, "app->host", { id: 1, method: "tools/call", params: { name: "read_pdf_bytes" } });
    expect(apps(check(paged))).toEqual([]);
  });

  it("apps/csp-malformed: entries of _meta.ui.csp that are not origins (warning), on resources/read and resources/list", () => {
    const csp = {
      connectDomains: ["https://api.example.com", "wss://rt.example.com:8443", "http://localhost:3000", "api.example.com", "https://example.com/v1/data"],
      resourceDomains: ["https://*.cloudflare.com", "'self'", 7],
      frameDomains: "https://www.youtube.com",
    };
    const s = listed([displayPdf]);
    read(s, 2, PDF_URI, [{ uri: PDF_URI, mimeType: APP_MIME, text: "<html></html>", _meta: { ui: { csp } } }]);
    const found = apps(check(s));
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ["warning", "/result/contents/0/_meta/ui/csp/connectDomains/3"],
      ["warning", "/result/contents/0/_meta/ui/csp/connectDomains/4"],
      ["warning", "/result/contents/0/_meta/ui/csp/resourceDomains/1"],
      ["warning", "/result/contents/0/_meta/ui/csp/resourceDomains/2"],
      ["warning", "/result/contents/0/_meta/ui/csp/frameDomains"],
    ]);
    expect(found[0]!.message).toBe('resource "ui://pdf-viewer/mcp-app.html": _meta.ui.csp.connectDomains[3] "api.example.com" is not an origin like "https://example.com" or "https://*.example.com"');
    const listing = listed([]).client({ id: 2, method: "resources/list" }).server({ id: 2, result: { resources: [{ uri: PDF_URI, name: "v", _meta: { ui: { csp: { connectDomains: ["ftp://x"] } } } }] } });
    expect(apps(check(listing))).toMatchObject([{ rule: "apps/csp-malformed", path: "/result/resources/0/_meta/ui/csp/connectDomains/0" }]);
  });

  it("apps/deprecated-resource-uri-key: only the flat key (info); with both keys nothing", () => {
    const flatOnly = { ...displayPdf, _meta: { "ui/resourceUri": PDF_URI } };
    expect(apps(check(listed([flatOnly])))).toMatchObject([{ rule: "apps/deprecated-resource-uri-key", severity: "info", path: "/result/tools/0/_meta" }]);
    expect(apps(check(listed([appTool])))).toEqual([]);
  });

  it("app frames never disturb the server conversation's checks (ids are the app's own)", () => {
    const s = listed([displayPdf]);
    // The app's request id 1 repeats the client's; its answer is no "response to an unknown id".
    app(s, "app->host", { id: 1, method: "ui/initialize", params: {} });
    app(s, "host->app", { id: 1, result: {} });
    app(s, "host->app", { id: 99, result: {} });
    expect(check(s)).toEqual([]);
    const checker = createProtocolChecker();
    for (const f of s.frames) checker.check(f);
    expect(checker.finish()).toEqual([]);
  });
});

describe("templateCouldMatch", () => {
  it("matches literal parts in order, any expression standing for any text", () => {
    expect(templateCouldMatch("ui://pdf/{file}", "ui://pdf/a.html")).toBe(true);
    expect(templateCouldMatch("ui://{app}/view-{n}.html", "ui://x/view-3.html")).toBe(true);
    expect(templateCouldMatch("ui://{app}/view-{n}.html", "ui://x/page-3.html")).toBe(false);
    expect(templateCouldMatch("ui://a/{x}", "ui://b/1")).toBe(false);
    expect(templateCouldMatch("ui://exact", "ui://exact")).toBe(true);
    expect(templateCouldMatch("ab{x}ba", "aba")).toBe(false);
  });
});

describe("AppsState", () => {
  it("keeps at most 1000 app calls waiting for the host: an app whose calls are never answered does not grow it", () => {
    const state = new AppsState();
    for (let id = 0; id < 1001; id++) state.remember("app-1", id, { seq: id, tool: "t", hidden: true });
    expect(state.answered("app-1", 0)).toBeUndefined();
    expect(state.answered("app-1", 1)).toMatchObject({ seq: 1 });
    expect(state.answered("app-1", 1)).toBeUndefined();
    // Ids are per app instance, and keep their type.
    state.remember("app-2", 5, { seq: 9, tool: "t", hidden: false });
    expect(state.answered("app-1", 5)).toMatchObject({ seq: 5 });
    expect(state.answered("app-2", "5")).toBeUndefined();
    expect(state.answered("app-2", 5)).toMatchObject({ seq: 9 });
  });
});
