import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { basicReactAppServerPath, pdfAppServerPath, repoRoot, startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

// MCP Apps (io.modelcontextprotocol/ui) against real app servers from npm: the app renders in the sandbox origin,
// the inspector is its host, and what the app asks of the server reaches it through the inspector's client.
let inspector: RunningInspector;
test.afterEach(async () => {
  await inspector.stop();
});

/** The app's own document: the frame inside the sandbox proxy's frame. */
async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url() === "about:srcdoc")).toBe(true);
  return page.frames().find((f) => f.url() === "about:srcdoc")!;
}

function toolCalls(recordPath: string): string[] {
  return parseSessionFile(readFileSync(recordPath, "utf8")).frames.flatMap((f) =>
    f.kind === "message" && f.dir === "client->server" && f.msg.method === "tools/call" ? [String((f.msg.params as { name: string }).name)] : [],
  );
}

test("server-basic-react: get-time shows its app, whose button makes a second tools/call that reaches the server", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, basicReactAppServerPath, "--stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("tool-entry").filter({ hasText: "get-time" }).getByTestId("app-badge")).toBeVisible();
  await callTool(page, "get-time", {});
  await expect(page.getByTestId("app-state")).toHaveText("initialized");
  const app = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await expect(app.getByText("Server Time:")).toBeVisible();
  const shown = (await app.getByText(/^\d{4}-\d\d-\d\dT/).first().textContent()) ?? "";

  await app.getByRole("button", { name: "Get Server Time" }).click();
  // The app's own call went to the server: a second tools/call row, and a newer time in the app.
  // The search finds the app's request to its host (an app row) and the two tools/call the inspector sent the server.
  await page.getByLabel("Search messages").fill('$.method == "tools/call"');
  const calls = page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "tools/call" });
  await expect(calls).toHaveCount(3);
  await expect(page.getByTestId("message-log").locator('[data-testid="log-row"][data-kind="app"]').filter({ hasText: "tools/call" })).toHaveCount(1);
  await expect(app.getByText(/^\d{4}-\d\d-\d\dT/).first()).not.toHaveText(shown);

  // The app cannot reach the inspector's page: another origin, opaque and sandboxed.
  const frame = await appFrame(page);
  const probes = await frame.evaluate(async (api) => {
    const attempt = async (what: () => unknown) => {
      try {
        return `ALLOWED: ${String(await what()).slice(0, 80)}`;
      } catch (error) {
        return `blocked: ${(error as Error).name}`;
      }
    };
    return {
      parentDocument: await attempt(() => window.parent.document.title),
      topDocument: await attempt(() => window.top!.document.body.innerHTML),
      topLocation: await attempt(() => window.top!.location.href),
      storage: await attempt(() => window.localStorage.length),
      api: await attempt(() => fetch(api).then((r) => r.status)),
    };
  }, new URL("/api/info", inspector.url).toString());
  for (const [what, outcome] of Object.entries(probes)) expect(outcome, what).toMatch(/^blocked/);

  await inspector.stop();
  expect(toolCalls(inspector.recordPath)).toEqual(["get-time", "get-time"]);
});

/** The recorded app frames: direction and method (or "answer"), in order. */
function appMessages(recordPath: string): { dir: string; method: string; params?: Record<string, unknown> }[] {
  return parseSessionFile(readFileSync(recordPath, "utf8")).frames.flatMap((f) =>
    f.kind === "app" ? [{ dir: f.dir, method: typeof f.msg.method === "string" ? f.msg.method : "answer", params: f.msg.params as Record<string, unknown> | undefined }] : [],
  );
}

test("the host side by hand: theme and locale changes, ui/message, a link opened only after confirmation, all recorded", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, basicReactAppServerPath, "--stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "get-time", {});
  await expect(page.getByTestId("app-state")).toHaveText("initialized");
  const app = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await page.getByTestId("app-theme").getByText("Dark").click();
  await page.getByTestId("app-locale").click();
  await page.getByRole("option", { name: "fr-FR" }).click();
  await page.getByTestId("app-display-mode").getByText("Fullscreen").click();
  await expect(page.getByRole("button", { name: "Back inline" })).toBeVisible();
  await page.getByRole("button", { name: "Back inline" }).click();
  // Picture-in-picture: a small frame pinned to the bottom right of the window, over the page, still live.
  await page.getByTestId("app-display-mode").getByText("Picture-in-picture").click();
  const viewport = page.viewportSize()!;
  await expect(async () => {
    const box = (await page.getByTestId("app-frame").boundingBox())!;
    expect(box.width).toBeLessThan(viewport.width / 2);
    expect(box.x + box.width).toBeGreaterThan(viewport.width - 40);
    expect(box.y + box.height).toBeGreaterThan(viewport.height - 40);
  }).toPass();
  await expect(app.getByRole("button", { name: "Send Message" })).toBeVisible();
  await page.getByRole("button", { name: "Back inline" }).click();

  await app.getByRole("button", { name: "Send Message" }).click();
  await expect(page.getByTestId("app-event").filter({ hasText: "This is message text." })).toHaveAttribute("data-kind", "message");
  await app.getByRole("button", { name: "Open Link" }).click();
  await expect(page.getByTestId("app-link-url")).toHaveText("https://modelcontextprotocol.io/");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("app-event").filter({ hasText: "https://modelcontextprotocol.io/" })).toHaveAttribute("data-kind", "open-link");

  await inspector.stop();
  const messages = appMessages(inspector.recordPath);
  const methods = messages.map((m) => `${m.dir} ${m.method}`);
  expect(methods).toEqual(
    expect.arrayContaining(["app->host ui/initialize", "host->app answer", "app->host ui/notifications/initialized", "host->app ui/notifications/tool-input", "host->app ui/notifications/tool-result", "app->host ui/message", "app->host ui/open-link"]),
  );
  const changes = messages.filter((m) => m.method === "ui/notifications/host-context-changed").map((m) => m.params);
  expect(changes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ theme: "dark" }),
      expect.objectContaining({ locale: "fr-FR" }),
      expect.objectContaining({ displayMode: "fullscreen" }),
      expect.objectContaining({ displayMode: "pip" }),
      expect.objectContaining({ displayMode: "inline" }),
    ]),
  );
  // The HTML handed to the sandbox is recorded by its size; the log has the resources/read that fetched it.
  const ready = messages.find((m) => m.method === "ui/notifications/sandbox-resource-ready");
  expect(String(ready?.params?.["html"])).toMatch(/^\(\d+ bytes of HTML, from resources\/read\)$/);
});

test("a hostile app reaches nothing of the inspector: page, URL, storage, cookies, API, relay, popups, top navigation", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, join(repoRoot, "e2e/fixtures/hostile-app-server.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "probe", { port: Number(new URL(inspector.url).port) });
  await expect(page.getByTestId("app-event").filter({ hasText: '"attempt":"done"' })).toBeVisible({ timeout: 30_000 });
  // Its last attempt navigates the top page: the inspector stays where it is, and working.
  await expect(page.getByTestId("app-event").filter({ hasText: '"attempt":"top navigation"' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(inspector.url).origin);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await inspector.stop();
  const reports = appMessages(inspector.recordPath).flatMap((m) =>
    m.method === "notifications/message" ? [(m.params?.["data"] ?? {}) as { attempt: string; outcome: string }] : [],
  );
  const outcomes = Object.fromEntries(reports.map((r) => [r.attempt, r.outcome]));
  expect(outcomes["done"]).toMatch(/^0 ALLOWED/);
  expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(14);
  for (const [attempt, outcome] of Object.entries(outcomes)) if (attempt !== "done") expect(outcome, attempt).toMatch(/^blocked/);
});

test("server-pdf: display_pdf renders the viewer, which reads the PDF through an app-only tool", async ({ page }) => {
  test.setTimeout(90_000);
  const pdf = join(repoRoot, "e2e/fixtures/two-pages.pdf");
  inspector = await startInspector(["--", process.execPath, pdfAppServerPath, "--stdio", pdf]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  // App-only tools are listed for the developer, marked as such.
  await expect(page.getByTestId("tool-entry").filter({ hasText: "read_pdf_bytes" }).getByTestId("app-only-badge")).toBeVisible();
  await callTool(page, "display_pdf", { url: pdf });
  await expect(page.getByTestId("app-state")).toHaveText("initialized", { timeout: 20_000 });
  // Chromium does not paint a cross-origin frame out of view, and pdf.js waits for a paint: look at it, as a person would.
  // The log grows under the call and can push the frame back out of view, so keep it in view while the PDF loads.
  const app = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await expect(async () => {
    await page.getByTestId("app-frame").scrollIntoViewIfNeeded();
    await expect(app.locator("body")).toContainText(/of\s*2/, { timeout: 2_000 });
  }).toPass({ timeout: 40_000 });
  await expect(app.locator("canvas").first()).toBeVisible();
  // The viewer told its host what it shows (ui/update-model-context).
  await expect(page.getByTestId("app-model-context")).toContainText("PDF viewer");
  await inspector.stop();
  expect(toolCalls(inspector.recordPath)).toContain("read_pdf_bytes");
});

test("a ui:// resource opens as an app from the Resources tab", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, basicReactAppServerPath, "--stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Resources" }).click();
  await page.getByRole("button", { name: /get-time/i }).first().click();
  await expect(page.getByTestId("app-view")).toHaveAttribute("data-uri", "ui://get-time/mcp-app.html");
  await expect(page.getByTestId("app-state")).toHaveText("initialized");
  await expect(page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe").getByRole("button", { name: "Get Server Time" })).toBeVisible();
});
