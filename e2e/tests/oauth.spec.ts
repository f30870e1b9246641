import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSessionFile } from "@mcp-inspect/core";
import { expect, test, type Page } from "@playwright/test";
import { repoRoot, startInspector, type RunningInspector } from "./inspector";
import { startHttpServer, stopHttpServers } from "./http-servers";
import { callTool } from "./ui-actions";

const oauthServerPath = join(repoRoot, "e2e/fixtures/oauth-server.mjs");
const shots = process.env.E2E_SHOTS; // a folder: screenshots of the auth banner and after, light and dark

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
  stopHttpServers();
});

/** The OAuth fixture (AS + protected MCP server) on a free loopback port; resolves with its origin. */
const startOAuthServer = async () => `http://127.0.0.1:${await startHttpServer([oauthServerPath])}`;

interface Secrets {
  accessTokens: string[];
  refreshTokens: string[];
  codes: string[];
  codeVerifiers: string[];
}
const fixtureJson = async (origin: string, path: string) => (await fetch(`${origin}${path}`)).json();
/** What the protected /mcp answers a bare POST with this access token: 401 once it expired. */
const statusWith = async (origin: string, token: string) =>
  (await fetch(`${origin}/mcp`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{}" })).status;

/** Clicks Authorize; the fixture approves at once, so the popup lands on the inspector's callback. Returns the popup, open. */
async function authorizeInPopup(page: Page): Promise<Page> {
  const popupOpened = page.waitForEvent("popup");
  await page.getByTestId("oauth-authorize").click();
  const popup = await popupOpened;
  await expect(popup.getByTestId("oauth-callback-result")).toHaveText("Authorized", { timeout: 20_000 });
  return popup;
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(shots, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("authorizes with OAuth 2.1 in a popup, connects, refreshes the expired token by itself, and records no secret", async ({ page }) => {
  const origin = await startOAuthServer();
  inspector = await startInspector(["--url", `${origin}/mcp`]);
  await page.goto(inspector.url);

  // The server answered 401: the log tells the discovery and registration, the banner offers Authorize.
  const authorize = page.getByTestId("oauth-authorize");
  await expect(authorize).toBeVisible({ timeout: 20_000 });
  await expect(authorize).toHaveAttribute("href", new RegExp(`^${origin}/authorize\\?`));
  const rows = page.getByTestId("message-log").getByTestId("log-row");
  await expect(rows.filter({ hasText: "HTTP POST 401" }).first()).toContainText('resource_metadata="' + `${origin}/.well-known/oauth-protected-resource/mcp"`);
  await expect(rows.filter({ hasText: "OAuth required" }).first()).toBeVisible();
  const fetched = (label: string, path: string) => rows.filter({ hasText: label }).filter({ hasText: path }).first();
  await expect(fetched("HTTP GET 200", "/.well-known/oauth-protected-resource/mcp")).toBeVisible();
  await expect(fetched("HTTP GET 200", "/.well-known/oauth-authorization-server")).toBeVisible();
  await expect(fetched("HTTP POST 201", "/register")).toBeVisible();
  await expect(rows.filter({ hasText: "OAuth registered" })).toContainText("dynamic client registration");
  await expect(rows.filter({ hasText: "OAuth authorize" })).toBeVisible();
  // Waiting for approval is not a dead server: the lists say what to do.
  await expect(page.getByTestId("connection-state")).toHaveText("needs authorization");
  await expect(page.getByText("Waiting for authorization. Use Authorize above to list its tools.")).toBeVisible();
  await screenshot(page, "oauth-authorize");

  // The fixture approves at once: the popup lands on the inspector's callback, which exchanges the code.
  const popup = await authorizeInPopup(page);
  expect(new URL(popup.url()).pathname).toBe("/oauth/callback");
  await popup.close();

  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  await expect(page.getByTestId("server-name")).toHaveText("oauth-demo");
  await expect(rows.filter({ hasText: "OAuth authorized" })).toContainText("PKCE");
  await expect(page.getByTestId("oauth-authorize")).toHaveCount(0);
  await callTool(page, "whoami", {});
  await expect(page.getByTestId("tool-result")).toContainText("token #1");
  await screenshot(page, "oauth-authorized");

  // Once token #1 has expired the server answers 401 and the inspector refreshes without asking anyone.
  const [firstToken] = ((await fixtureJson(origin, "/test/tokens")) as Secrets).accessTokens;
  await fetch(`${origin}/test/expire`, { method: "POST" });
  expect(await statusWith(origin, firstToken!)).toBe(401);
  await callTool(page, "whoami", {});
  await expect(page.getByTestId("tool-result")).toContainText("token #2", { timeout: 20_000 });
  await expect(rows.filter({ hasText: "HTTP POST 401" }).filter({ hasText: "access token expired" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "OAuth refreshed" })).toContainText("renewed with the refresh token");
  await screenshot(page, "oauth-refreshed");
  expect(await fixtureJson(origin, "/test/stats")).toEqual({ registrations: 1, authorizations: 1, tokenGrants: { authorization_code: 1, refresh_token: 1 } });

  // No secret the fixture handed out or received is on the page or in the session file.
  const secrets = (await fixtureJson(origin, "/test/tokens")) as Secrets;
  const all = [...secrets.accessTokens, ...secrets.refreshTokens, ...secrets.codes, ...secrets.codeVerifiers];
  expect(secrets.accessTokens).toHaveLength(2);
  expect(secrets.codeVerifiers).toHaveLength(1);
  const recorded = readFileSync(inspector.recordPath, "utf8");
  expect(recorded).toContain('"event":"auth"');
  // Discovery ran once: the refresh went straight to the token endpoint.
  const responses = parseSessionFile(recorded).frames.flatMap((f) => (f.kind === "http" && f.event === "response" ? [new URL(f.url).pathname] : []));
  expect(responses.filter((path) => path.startsWith("/.well-known/oauth-protected-resource"))).toHaveLength(1);
  expect(responses.filter((path) => path === "/token")).toHaveLength(2);
  const body = await page.locator("body").innerText();
  for (const secret of all) {
    expect(recorded).not.toContain(secret);
    expect(body).not.toContain(secret);
  }
});

test("the OAuth callback refuses a state the inspector is not waiting for, without needing the inspector token", async ({ page }) => {
  const origin = await startOAuthServer();
  inspector = await startInspector(["--url", `${origin}/mcp`]);
  const callback = `http://127.0.0.1:${inspector.port}/oauth/callback`;

  // A real authorization is pending, yet a made-up state cannot finish it. The request carries no inspector
  // token (nor does the authorization server's redirect): the answer is 400 with a page that says why, not 401.
  await page.goto(inspector.url);
  await expect(page.getByTestId("oauth-authorize")).toBeVisible({ timeout: 20_000 });
  const wrong = await fetch(`${callback}?code=x&state=wrong`);
  expect(wrong.status).toBe(400);
  const text = await wrong.text();
  expect(text).toContain("Unknown authorization");
  expect(text).toContain("not waiting for this authorization");
  expect((await fixtureJson(origin, "/test/stats")).tokenGrants.authorization_code).toBe(0);

  // ...and the right one does, once: replaying the same callback URL is refused.
  const popup = await authorizeInPopup(page);
  const replayed = await fetch(popup.url());
  expect(replayed.status).toBe(400);
  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  expect((await fixtureJson(origin, "/test/stats")).tokenGrants.authorization_code).toBe(1);
});

test("authorizes an HTTP+SSE server the same way: the stream opens with the token and tool calls carry it", async ({ page }) => {
  const origin = await startOAuthServer();
  inspector = await startInspector(["--url", `${origin}/mcp/sse`, "--transport", "sse"]);
  await page.goto(inspector.url);

  // The GET that opens the event stream is what the server refuses; discovery starts from its WWW-Authenticate.
  const authorize = page.getByTestId("oauth-authorize");
  await expect(authorize).toBeVisible({ timeout: 20_000 });
  const rows = page.getByTestId("message-log").getByTestId("log-row");
  await expect(rows.filter({ hasText: "HTTP GET 401" }).filter({ hasText: "/mcp/sse" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "OAuth registered" })).toBeVisible();

  await (await authorizeInPopup(page)).close();

  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  await expect(page.getByTestId("server-name")).toHaveText("oauth-demo");
  await expect(rows.filter({ hasText: "HTTP GET 200" }).filter({ hasText: "/mcp/sse" }).filter({ hasText: "stream open" }).first()).toBeVisible();
  await callTool(page, "whoami", {});
  await expect(page.getByTestId("tool-result")).toContainText("token #1");
  // The POSTs went to the endpoint the stream named, with the token (the server would answer 401 otherwise).
  await expect(rows.filter({ hasText: "HTTP POST 202" }).filter({ hasText: "/mcp/messages" }).first()).toBeVisible();
  expect(await fixtureJson(origin, "/test/stats")).toEqual({ registrations: 1, authorizations: 1, tokenGrants: { authorization_code: 1, refresh_token: 0 } });
});

test("the OAuth fixture itself is right by the SDK's own OAuth client (so the tests above do not grade us against our own reading)", () => {
  const run = spawnSync(process.execPath, [join(repoRoot, "e2e/fixtures/oauth-server-selftest.mjs")], { encoding: "utf8", timeout: 30_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
});
