import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSessionFile } from "@mcp-inspect/core";
import { expect, test, type Page } from "@playwright/test";
import { cliPath, everythingServerPath, repoRoot, startInspector, type RunningInspector } from "./inspector";
import { freePort, startHttpServer, stopHttpServers } from "./http-servers";
import { callTool } from "./ui-actions";

const headerEchoPath = join(repoRoot, "e2e/fixtures/header-echo-server.mjs");
const SECRET = "Bearer e2e-s3cret-token-42";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
  stopHttpServers();
});

test("inspects server-everything over Streamable HTTP through the backend", async ({ page }) => {
  const port = await startHttpServer([everythingServerPath, "streamableHttp"]);
  const url = `http://127.0.0.1:${port}/mcp`;
  inspector = await startInspector(["--url", url]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText(/everything/i);
  await callTool(page, "echo", { message: "hello over streamable http" });
  await expect(page.getByTestId("tool-result")).toContainText("hello over streamable http");

  const log = page.getByTestId("message-log");
  await expect(log.getByTestId("log-row").filter({ hasText: "tools/call" }).first()).toBeVisible();
  await expect(log.getByTestId("log-row").filter({ hasText: "HTTP POST 200" }).first()).toBeVisible();
  await expect(log.getByTestId("log-row").filter({ hasText: "connect" }).first()).toBeVisible();

  await page.getByRole("tab", { name: "Server" }).click();
  await expect(page.getByTestId("target-url")).toHaveText(url);
  await expect(page.getByTestId("http-transport")).toHaveText("Streamable HTTP");
  await expect(page.getByTestId("http-session-id")).toHaveText(/^[0-9a-f-]{36}$/);
  await expect(page.getByTestId("http-protocol-version")).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId("http-stream")).toContainText("open (GET)");

  // Restart = disconnect (DELETE the session) and connect again: a new client, a new HTTP session.
  const firstSession = await page.getByTestId("http-session-id").textContent();
  await page.getByRole("button", { name: "Restart server" }).click();
  await expect(page.getByTestId("http-session-id")).not.toHaveText(firstSession!);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  // The recording saw every frame, the HTTP facts among them.
  const session = parseSessionFile(readFileSync(inspector.recordPath, "utf8"));
  expect(session.header.target).toEqual({ type: "http", url, transport: "auto", headerNames: [] });
  expect(session.frames.some((f) => f.kind === "message" && f.msg.method === "tools/call")).toBe(true);
  expect(session.frames.some((f) => f.kind === "http" && f.event === "response" && f.sessionId)).toBe(true);
});

test("inspects server-everything over SSE, detected from a 404 to the Streamable HTTP POST", async ({ page }) => {
  const port = await startHttpServer([everythingServerPath, "sse"]);
  inspector = await startInspector(["--url", `http://127.0.0.1:${port}/sse`]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText(/everything/i);
  await callTool(page, "get-sum", { a: 20, b: 22 });
  await expect(page.getByTestId("tool-result")).toContainText("42");
  const log = page.getByTestId("message-log");
  await expect(log.getByTestId("log-row").filter({ hasText: "HTTP fallback to SSE" })).toBeVisible();
  await expect(log.getByTestId("log-row").filter({ hasText: "HTTP GET 200" }).first()).toBeVisible();
  await page.getByRole("tab", { name: "Server" }).click();
  await expect(page.getByTestId("http-transport")).toContainText("HTTP+SSE");
  await expect(page.getByTestId("http-transport")).toContainText("fell back from Streamable HTTP");
});

test("--transport sse connects without trying Streamable HTTP first", async ({ page }) => {
  const port = await startHttpServer([everythingServerPath, "sse"]);
  inspector = await startInspector(["--url", `http://127.0.0.1:${port}/sse`, "--transport", "sse"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "initialize" }).first()).toBeVisible();
  const frames = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames;
  expect(frames.some((f) => f.kind === "http" && f.event === "fallback")).toBe(false);
  expect(frames.some((f) => f.kind === "http" && f.event === "response" && f.method === "POST" && f.status === 404)).toBe(false);
});

test("--header reaches the server, is masked in the UI, and never reaches the session file", async ({ page }) => {
  const port = await startHttpServer([headerEchoPath]);
  inspector = await startInspector(["--url", `http://127.0.0.1:${port}/mcp`, "--header", `Authorization: ${SECRET}`, "--header", "X-Client-Tag: tag-7"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("server-name")).toHaveText("header-echo");
  await callTool(page, "echo_header", { name: "x-client-tag" });
  await expect(page.getByTestId("tool-result")).toContainText("x-client-tag: tag-7");
  // The server got the exact secret: it answers with its digest, so the secret itself is never echoed.
  await callTool(page, "auth_digest", {});
  await expect(page.getByTestId("tool-result")).toContainText(`sha256:${createHash("sha256").update(SECRET).digest("hex")}`);

  const log = page.getByTestId("message-log");
  await expect(log.getByTestId("log-row").filter({ hasText: "authorization: Bearer ****" }).first()).toBeVisible();
  await page.getByRole("tab", { name: "Server" }).click();
  await expect(page.getByTestId("http-headers")).toContainText("authorization: Bearer ****");
  await expect(page.getByTestId("http-headers")).toContainText("x-client-tag: ****");
  await expect(page.locator("body")).not.toContainText("e2e-s3cret");

  const recorded = readFileSync(inspector.recordPath, "utf8");
  expect(parseSessionFile(recorded).header.target).toMatchObject({ type: "http", headerNames: ["Authorization", "X-Client-Tag"] });
  expect(recorded).not.toContain("e2e-s3cret");
  expect(recorded).toContain("Bearer ****");
});

test("mcp-inspect call --url and doctor --url work against Streamable HTTP and SSE servers", async () => {
  const http = await startHttpServer([everythingServerPath, "streamableHttp"]);
  const sse = await startHttpServer([everythingServerPath, "sse"]);
  const run = (args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 30_000 });

  const call = run(["call", "tools/call", "--name", "echo", "--args-json", '{"message":"from the cli"}', "--url", `http://127.0.0.1:${http}/mcp`]);
  expect(call.status, call.stderr).toBe(0);
  expect(JSON.parse(call.stdout).content[0].text).toContain("from the cli");

  const overSse = run(["call", "tools/list", "--url", `http://127.0.0.1:${sse}/sse`, "--transport", "sse"]);
  expect(overSse.status, overSse.stderr).toBe(0);
  expect(JSON.parse(overSse.stdout).tools.length).toBeGreaterThan(5);

  const doctor = run(["doctor", "--json", "--url", `http://127.0.0.1:${http}/mcp`]);
  expect(doctor.status, doctor.stderr).toBe(0);
  const report = JSON.parse(doctor.stdout);
  expect(report).toMatchObject({ initialized: true, command: [`http://127.0.0.1:${http}/mcp`], server: { name: expect.stringMatching(/everything/i) } });
  expect(report.counts.tools).toBeGreaterThan(5);

  const nobody = run(["doctor", "--url", `http://127.0.0.1:${await freePort()}/mcp`]);
  expect(nobody.status).toBe(2);
  expect(nobody.stdout).toContain("start/connect-failed");
  expect(nobody.stdout).toContain("ECONNREFUSED");
});

test("a session recorded against a --url server replays against it with mcp-inspect replay --url", async ({ page }) => {
  const port = await startHttpServer([everythingServerPath, "streamableHttp"]);
  const url = `http://127.0.0.1:${port}/mcp`;
  inspector = await startInspector(["--url", url]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "replayed over http" });
  await expect(page.getByTestId("tool-result")).toContainText("replayed over http");
  await inspector.stop();
  const recordPath = inspector.recordPath;
  inspector = undefined;

  const replay = spawnSync(process.execPath, [cliPath, "replay", recordPath, "--url", url], { encoding: "utf8", timeout: 60_000 });
  expect(replay.status, replay.stdout + replay.stderr).toBe(0);
  expect(replay.stdout).toContain("replay ok");
  const both = spawnSync(process.execPath, [cliPath, "replay", recordPath, "--url", url, "--", "node", "x.js"], { encoding: "utf8", timeout: 10_000 });
  expect(both.status).toBe(2);
  expect(both.stderr).toContain("give either --url or a command");
});
