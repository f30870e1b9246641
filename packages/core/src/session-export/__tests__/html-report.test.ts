import { describe, expect, it } from "vitest";
import { escapeHtml, sessionToHtml } from "../html-report";
import { appHeader, appSessionFrames, hostileSession, httpSession, legacySession } from "./export-sessions";

const rows = (html: string) => html.match(/data-testid="log-row"/g)?.length ?? 0;

describe("sessionToHtml", () => {
  it("writes one self-contained page: header, findings, stats and every frame of the log, with nothing loaded from outside", () => {
    const { header, frames } = httpSession();
    const html = sessionToHtml(header, frames);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`default-src 'none'`);
    // No script, no external resource: no src=/href= to anything but the page's own anchors.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=/i);
    expect(html.match(/href="([^"]*)"/g)?.every((h) => h.startsWith('href="#f-'))).toBe(true);
    expect(rows(html)).toBe(frames.filter((f) => f.kind !== "check").length);
    expect(html).toContain("2025-11-25 (legacy era)");
    expect(html).toContain("http://127.0.0.1:38217/mcp?api_key=****");
    // The finding the doctor recorded, and its stats row.
    const finding = frames.find((f) => f.kind === "check")!;
    expect(html).toContain(escapeHtml(finding.kind === "check" ? finding.rule : ""));
    expect(html).toMatch(/<tr><td>tools\/list<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">[\d.]+<\/td><td class="num">[\d.]+<\/td><\/tr>/);
    expect(html).toContain("Bearer ****");
    expect(html).not.toMatch(/SEKRET/);
  });

  it("pairs answers with their requests and names the protocol era", () => {
    const html = sessionToHtml(legacySession.header, legacySession.frames);
    expect(html).toMatch(/answered by #\d+<\/a> in [\d.]+ ms/);
    expect(html).toMatch(/answers #\d+<\/a> \(tools\/call, [\d.]+ ms\)/);
    expect(html).toMatch(/\(legacy era\)/);
  });

  it("escapes everything a server wrote and masks secrets: no markup gets through, no password, no URL credentials, no env values", () => {
    const { header, frames } = hostileSession();
    const html = sessionToHtml(header, frames);
    expect(html).not.toMatch(/<script>|<img /);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("hunter2");
    expect(html).toContain('&quot;password&quot;: &quot;****&quot;');
    expect(html).toContain("https://****:****@example.test/x?token=****");
    expect(html).toContain("https://****:****@host.test/?api_key=****");
    expect(html).not.toMatch(/zzz|:pw@|token=abc/);
    expect(html).toContain("API_KEY (values not recorded)");
    expect(html).toMatch(/data-testid="finding"[^>]*><td>warning<\/td><td>tools\/bad-name<\/td>/);
    expect(html).toContain('<a href="#f-5">#5</a>');
  });

  it("shows an MCP App's frames in the log, with their app", () => {
    const { frames } = appSessionFrames();
    const html = sessionToHtml(appHeader, frames);
    expect(html).toContain("app-&gt;host (ui://get-time/mcp-app.html)");
    expect(html).toContain("request ui/initialize #1");
  });
});
