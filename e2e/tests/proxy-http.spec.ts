// `mcp-inspect proxy --url --listen` with real parts only: server-everything's Streamable HTTP mode upstream, the
// SDK's own client pointed at the proxy, then the recording opened in the UI with `mcp-inspect open`.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { parseSessionFile } from "@mcp-inspect/core";
import { expect, test } from "@playwright/test";
import { cliPath, everythingServerPath, tempDir } from "./inspector";
import { startHttpServer, stopHttpServers } from "./http-servers";

test.afterEach(() => stopHttpServers());

/** A CLI process that prints a URL once ready; `pattern`'s first group is it. */
function startCli(args: string[], pattern: RegExp) {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = new Promise<string>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    void exited.then((code) => reject(new Error(`mcp-inspect ${args[0]} exited (${code}): ${output}`)));
  });
  return { child, url, exited, output: () => output };
}

test("the SDK's client through proxy --url to server-everything: relayed, recorded with secrets masked, and shown by open", async ({ page }) => {
  test.setTimeout(180_000);
  const port = await startHttpServer([everythingServerPath, "streamableHttp"]);
  const upstream = `http://127.0.0.1:${port}/mcp`;
  const record = join(tempDir(), "proxied.jsonl");
  const proxy = startCli(["proxy", "--url", upstream, "--listen", "127.0.0.1:0", "--header", "X-Api-Key: e2e-key-7731", "--record", record], /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp) /);
  try {
    const client = new Client({ name: "e2e-sdk-client", version: "3.1.4" }, { versionNegotiation: { mode: "legacy" } });
    await client.connect(new StreamableHTTPClientTransport(new URL(await proxy.url), { requestInit: { headers: { Authorization: "Bearer e2e-token-5521" } } }));
    expect((await client.listTools()).tools.map((t) => t.name)).toContain("echo");
    const echoed = await client.callTool({ name: "echo", arguments: { message: "via the http proxy" } });
    expect(JSON.stringify(echoed.content)).toContain("via the http proxy");
    // Progress notifications come on the call's SSE answer, before its result.
    const progress: number[] = [];
    await client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 1, steps: 2 } }, { onprogress: (p) => void progress.push(p.progress) });
    expect(progress).toEqual([1, 2]);
    await client.close();
  } finally {
    proxy.child.kill("SIGTERM");
  }
  expect(await proxy.exited).toBe(0);
  expect(proxy.output()).toContain("session in");

  const text = readFileSync(record, "utf8");
  expect(text).not.toContain("e2e-token-5521");
  expect(text).not.toContain("e2e-key-7731");
  const { header, frames } = parseSessionFile(text);
  expect(header.target).toMatchObject({ type: "http", url: upstream, headerNames: ["X-Api-Key"] });
  expect(frames).toContainEqual(expect.objectContaining({ kind: "message", dir: "client->server", msg: expect.objectContaining({ method: "initialize", params: expect.objectContaining({ clientInfo: { name: "e2e-sdk-client", version: "3.1.4" } }) }) }));
  expect(frames).toContainEqual(expect.objectContaining({ kind: "http", event: "response", method: "POST", requestHeaders: expect.objectContaining({ authorization: "Bearer ****", "x-api-key": "****" }) }));

  const opened = startCli(["open", record, "--no-open", "--port", "0"], /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/);
  try {
    await page.goto(await opened.url);
    await expect(page.getByTestId("readonly-banner")).toContainText("proxied.jsonl");
    const rows = page.getByTestId("message-log").getByTestId("log-row");
    await expect(rows.filter({ hasText: "result initialize" })).toHaveCount(1, { timeout: 30_000 });
    await expect(rows.filter({ hasText: "HTTP POST 200" }).first()).toBeVisible();
    await expect(rows.filter({ hasText: "notifications/progress" }).first()).toBeVisible();
    await page.getByLabel("Search messages").fill("via the http proxy");
    await expect(rows.filter({ hasText: "tools/call" })).toHaveCount(2);
  } finally {
    opened.child.kill("SIGINT");
  }
  expect(await opened.exited).toBe(0);
});
