import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer } from "../build-server";
import { InspectSession } from "../session";
import { tempDir, testHeader } from "./fixtures";

/**
 * SECURITY-TESTS: every finding of the attack review (issue 18), what is defended, and the test that
 * defends it (file from the repository root, and the test's title). The check below fails when a
 * named test is renamed or gone; entries without a file are placeholders still to be filled in.
 */
const SECURITY_TESTS: { finding: string; defended: string; file?: string; test?: string }[] = [
  // The front door (this file).
  { finding: "API without the token", defended: "every route refuses a missing, wrong or cookie-only token", file: "packages/server/src/__tests__/security.test.ts", test: "no token, a wrong token of any length, and a token only in a cookie" },
  { finding: "DNS rebinding, cross-site requests", defended: "foreign Origin and non-loopback Host refused, even with the token", file: "packages/server/src/__tests__/security.test.ts", test: "a foreign Origin or a non-loopback Host, even with the right token" },
  // Issue 18, through the other doors.
  { finding: "code injection through a shared session file", defended: "every header field checked against its grammar on read; one-line error naming the field", file: "packages/core/src/fixture/__tests__/vitest-file-injection.test.ts", test: "env key names must be variable names: the newline of the original finding is refused, naming the field" },
  { finding: "code injection through a shared session file", defended: "the Vitest generator writes values only as escaped literals/comments (fuzzed, parsed with TypeScript)", file: "packages/core/src/fixture/__tests__/vitest-file-injection.test.ts", test: "every field, any hostile value: either a one-line error naming the field, or a header whose generated test is safe" },
  { finding: "code injection through a shared session file", defended: "mcp-inspect export refuses the hostile file with a usage error", file: "apps/cli/src/export/__tests__/export-command.test.ts", test: "an env key with a newline (issue 18, code injection): a one-line usage error naming the field, no file written" },
  { finding: "catastrophic regex in a server's schema freezes the backend", defended: "server patterns run on RE2 (linear time) in the protocol checker", file: "packages/core/src/checks/__tests__/regex-patterns.test.ts", test: "validating a value against a catastrophic pattern finishes, and still rejects it" },
  { finding: "catastrophic regex in a server's schema freezes the backend", defended: "the slow pattern is a finding naming the tool and the JSON path", file: "packages/core/src/checks/__tests__/regex-patterns.test.ts", test: "the checker survives the hostile tool: slow patterns are findings naming tool and path, a lookahead is skipped and reported" },
  { finding: "catastrophic regex in a server's schema freezes the backend", defended: "doctor calls the tool and reports the pattern instead of hanging", file: "e2e/tests/hostile-servers.spec.ts", test: "doctor calls the tool with the catastrophic pattern and reports it, instead of hanging" },
  { finding: "catastrophic regex in an inputSchema freezes the browser tab", defended: "the forms' validators run patterns on RE2", file: "apps/web/src/features/forms/__tests__/hostile-patterns.test.ts", test: "RJSF's validator (defaults, oneOf branch picking) finishes on the form of the tool" },
  { finding: "catastrophic regex in an inputSchema freezes the browser tab", defended: "the tool opens, the page stays responsive, the finding shows (real Chromium)", file: "e2e/tests/hostile-servers.spec.ts", test: "a catastrophic pattern in both schemas freezes neither the tab nor the backend, and is a finding" },
  { finding: "a remote server's huge error body", defended: "read only up to the 4000 characters kept, then cancelled; the SDK gets the same", file: "packages/server/src/__tests__/huge-bodies.test.ts", test: "an error body: the frame keeps 4000 characters, the SDK gets the same, the rest is never read" },
  { finding: "a huge OAuth metadata document", defended: "every non-message document fails past 1 MiB", file: "packages/server/src/__tests__/huge-bodies.test.ts", test: "a document other than an MCP message (OAuth metadata): reading fails past 1 MiB, the rest is never read" },
  { finding: "huge bodies on the SDK's paths", defended: "initialize's error and OAuth discovery end in an error, not a dead process", file: "packages/server/src/__tests__/huge-bodies.test.ts", test: "through the SDK: a 500 answer to initialize and an OAuth metadata document of 2 GiB end in an error, not a dead process" },
  { finding: "the inspector's token reaches the inspected server", defended: "MCP_INSPECT_* never in a target's environment (nor in config ${VAR} expansion)", file: "apps/cli/src/inspect/__tests__/launchers.test.ts", test: "a spawned server sees neither MCP_INSPECT_TOKEN nor any other MCP_INSPECT_* variable, but sees the rest and -e" },
  { finding: "secrets in --url are recorded", defended: "user:pass@ and key/token/secret/password/auth query values masked", file: "packages/core/src/__tests__/mask-url.test.ts", test: "masks user:password@ and secret-looking query values, keeping everything else as written" },
  { finding: "secrets in --url are recorded", defended: "user:pass@ becomes Authorization: Basic and leaves the URL", file: "apps/cli/src/target/__tests__/inspect-options.test.ts", test: "turns user:password@ into an Authorization: Basic header and takes it out of the URL (issue 18)" },
  { finding: "secrets in --url are recorded", defended: "http and process frames show the URL masked", file: "packages/server/src/__tests__/http-target.test.ts", test: "masks a key in the URL's query in every frame, while the server gets it (issue 18)" },
  { finding: "secrets in --url are recorded", defended: "session file, terminal and /api/servers, end to end", file: "e2e/tests/cli-hostile.spec.ts", test: "secrets in --url: user:pass@ becomes Basic auth, api_key is masked in the session file, terminal and API" },
  { finding: "terminal escape injection", defended: "one helper strips ESC sequences and C0/C1 from everything printed", file: "apps/cli/src/common/__tests__/terminal-text.test.ts", test: "strips CSI (clear screen), OSC 8 links and titles, BEL, CR, NUL and C1, keeping the words" },
  { finding: "terminal escape injection", defended: "a real server's error body through call and doctor", file: "e2e/tests/cli-hostile.spec.ts", test: "escape sequences in a remote server's error body never reach the terminal (call, doctor)" },
  { finding: "memory: a wide array's depth check allocates per element", defended: "the depth is read from the text before parsing, with no allocation per element", file: "packages/server/src/__tests__/json-depth.test.ts", test: "a 60 MiB wide array: answers without allocating per element" },
  { finding: "memory: every reconnect re-serialises the unbounded history", defended: "history in bounded pieces from file and memory, no frame lost, memory bounded", file: "packages/server/src/__tests__/relay-history.test.ts", test: "a reconnecting tab gets every frame, in pieces, from the file and memory, with no gap before live frames" },
  { finding: "planted files in the recordings folder", defended: "FIFO, dangling symlink, symlink out of the folder, non-session file: not listed, not served, no hang", file: "packages/server/src/__tests__/session-api.test.ts", test: "a FIFO, a dangling symlink, a symlink out of the folder and a non-session file: not listed, not served, no hang, no 500" },
  { finding: "planted files in the recordings folder", defended: "the recorder never follows a symlink at its path", file: "packages/server/src/__tests__/recorder.test.ts", test: "does not follow a symlink planted at the path" },
  { finding: "markdown images make the browser fetch any URL", defended: "a placeholder names the URL; loaded only on request", file: "apps/web/src/features/content/__tests__/markdown-images.test.tsx", test: "does not load a remote image until the person asks: a placeholder names the URL" },
  { finding: "markdown images make the browser fetch any URL", defended: "no request leaves the page until the person asks (real Chromium)", file: "e2e/tests/hostile-servers.spec.ts", test: "a remote image in a server's Markdown is not fetched until the person asks" },
  { finding: "no Content-Security-Policy for the UI", defended: "script-src 'self', connect-src 'self', no framing, no plugins, no base URL", file: "packages/server/src/__tests__/content-security-policy.test.ts", test: "allows only the UI's own scripts and connections, no framing, no plugins, no base URL" },
  { finding: "a long serverInfo.version overflows the header", defended: "name, title and version cut with a tooltip; tabs stay clickable", file: "e2e/tests/hostile-servers.spec.ts", test: "a 500-character server version is cut in the header, and the tabs stay clickable" },
  { finding: "typed arguments remembered by the server's self-chosen name", defended: "keyed by the target too: an impersonating server gets none", file: "apps/web/src/features/tools/__tests__/tool-arguments-editor.test.tsx", test: "keys remembered arguments by the target too: another server that calls itself the same gets none" },
  { finding: "typed arguments remembered by the server's self-chosen name", defended: "secret-looking fields stay out of storage unless asked", file: "apps/web/src/features/tools/__tests__/tool-arguments-editor.test.tsx", test: "keeps fields that look secret out of storage unless 'Remember secrets' is ticked" },
  { finding: "the conformance bridge has no token", defended: "a per-run token in the endpoint's path; Host/Origin checked first", file: "packages/server/src/__tests__/http-bridge.test.ts", test: "refuses any local process that was not given the per-run URL, and spawns nothing for it (issue 18)" },
  { finding: "a busy default port silently falls back", defended: "stderr names both ports", file: "e2e/tests/cli-hostile.spec.ts", test: "a busy default port: the terminal says so, with both ports" },
  { finding: "--record appends to an existing file", defended: "refused unless --append/--force; 0600 either way", file: "packages/server/src/__tests__/recorder.test.ts", test: "refuses an existing file by default, and leaves it as it was" },
  { finding: "--record appends to an existing file", defended: "the same through the CLI", file: "e2e/tests/cli-hostile.spec.ts", test: "--record refuses an existing file unless --append or --force, and records 0600" },
  // Issue 16: MCP Apps run code a server ships, inside the inspector's page.
  { finding: "an MCP App reaches the inspector's page, storage, token or API", defended: "apps render on a second loopback origin with a token of its own and Host checks; the page frames only it", file: "packages/server/src/__tests__/app-sandbox.test.ts", test: "serves the proxy page only with its token, for the inspector's origin, under the inspector's Host names" },
  { finding: "an MCP App reaches the inspector's page, storage, token or API", defended: "the app's CSP is built only from declared origins: nothing spliced in, nothing reachable by default", file: "packages/server/src/__tests__/app-sandbox.test.ts", test: "takes only origins from the declared domains: nothing can be spliced into the policy" },
  { finding: "an MCP App reaches the inspector's page, storage, token or API", defended: "a real app's frame cannot read the page, its URL, storage, or fetch the API (real Chromium)", file: "e2e/tests/apps.spec.ts", test: "server-basic-react: get-time shows its app, whose button makes a second tools/call that reaches the server" },
  { finding: "an MCP App reaches the inspector's page, storage, token or API", defended: "a hostile app's 14 attempts (DOM, URLs, storage, cookies, API with and without credentials, relay WebSocket, popups, top navigation) are all blocked in the real inspector", file: "e2e/tests/apps.spec.ts", test: "a hostile app reaches nothing of the inspector: page, URL, storage, cookies, API, relay, popups, top navigation" },
];

describe("SECURITY-TESTS list", () => {
  const root = fileURLToPath(new URL("../../../../", import.meta.url));
  for (const entry of SECURITY_TESTS) {
    if (!entry.file || !entry.test) {
      it.todo(`${entry.finding}: ${entry.defended}`);
      continue;
    }
    it(`${entry.finding}: ${entry.defended}`, () => {
      const file = join(root, entry.file!);
      expect(existsSync(file), entry.file).toBe(true);
      expect(readFileSync(file, "utf8"), `${entry.file} has no test "${entry.test}"`).toContain(JSON.stringify(entry.test));
    });
  }
});

const TOKEN = "security-token-0123456789";
let app: FastifyInstance;
let host: string;

beforeAll(async () => {
  const webRoot = join(tempDir(), "web");
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>mcp-inspect</title>");
  app = await buildServer({ session: new InspectSession({ header: testHeader() }), token: TOKEN, webRoot });
  await app.listen({ host: "127.0.0.1", port: 0 });
  host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(() => app.close());

/**
 * Every registered route, read from Fastify's own route tree, so a route added later is checked
 * without anyone remembering to list it here.
 */
function registeredRoutes(tree: string): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (stack[depth - 1] ?? "") + match[2]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of match[3]?.split(", ") ?? []) if (method !== "HEAD") routes.push({ method, url: path });
  }
  return routes;
}

/** A concrete URL for a route pattern: parameters get a value their schema accepts. */
const concrete = (url: string) => url.replace(/:(\w+)/g, "sample.jsonl");

describe("route enumeration", () => {
  it("finds every API route, the new ones included", () => {
    const urls = registeredRoutes(app.printRoutes({ commonPrefix: false })).map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(expect.arrayContaining(["GET /api/info", "POST /api/restart", "GET /api/relay", "GET /api/sessions", "GET /api/sessions/:id", "POST /api/export"]));
    // Only the static UI lives outside /api, and it holds no data.
    expect(urls.filter((u) => !u.includes(" /api/")).every((u) => u.includes("*"))).toBe(true);
  });
});

describe("every API route refuses", () => {
  const routes = () => registeredRoutes(app.printRoutes({ commonPrefix: false })).filter((r) => r.url.startsWith("/api/"));
  const call = (route: { method: string; url: string }, headers: Record<string, string>) =>
    app.inject({ method: route.method as "GET", url: concrete(route.url), headers: { host, ...headers }, ...(route.method === "POST" ? { payload: {} } : {}) });

  it("no token, a wrong token of any length, and a token only in a cookie", async () => {
    const checked = routes();
    expect(checked.length).toBeGreaterThanOrEqual(6);
    for (const route of checked) {
      const none = await call(route, {});
      expect(none.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(none.json().error.code).toBe("MCPI_MISSING_TOKEN");
      for (const wrong of ["x", TOKEN + "x", TOKEN.slice(0, -1) + "8", ""]) {
        const res = await call(route, { authorization: `Bearer ${wrong}` });
        expect(res.statusCode, `${route.method} ${route.url} with "${wrong}"`).toBe(401);
      }
      // No cookie auth: a cookie the browser would attach to a cross-site request carries no power.
      const cookie = await call(route, { cookie: `token=${TOKEN}; mcp-inspect-token=${TOKEN}` });
      expect(cookie.statusCode, `${route.method} ${route.url} with a cookie`).toBe(401);
      const crossSite = await call(route, { cookie: `token=${TOKEN}`, origin: "https://evil.example" });
      expect(crossSite.statusCode).toBe(403);
    }
  });

  it("a foreign Origin or a non-loopback Host, even with the right token", async () => {
    const port = host.split(":")[1];
    for (const route of routes()) {
      for (const origin of ["http://evil.example", "null", `http://localhost.evil.example:${port}`, `http://127.0.0.1:${Number(port) + 1}`]) {
        const res = await call(route, { authorization: `Bearer ${TOKEN}`, origin });
        expect(res.statusCode, `${route.method} ${route.url} from ${origin}`).toBe(403);
        expect(res.json().error.code).toBe("MCPI_FOREIGN_ORIGIN");
      }
      for (const badHost of [`evil.example:${port}`, `192.168.1.2:${port}`, `0.0.0.0:${port}`, "127.0.0.1"]) {
        const res = await app.inject({ method: route.method as "GET", url: concrete(route.url), headers: { host: badHost, authorization: `Bearer ${TOKEN}` } });
        expect(res.statusCode, `${route.method} ${route.url} Host ${badHost}`).toBe(403);
        expect(res.json().error.code).toBe("MCPI_FOREIGN_HOST");
      }
    }
  });

  it("lets the right token through on the same routes (the refusals are not the routes failing)", async () => {
    const relayFree = routes().filter((r) => !r.url.endsWith("/relay"));
    for (const route of relayFree) {
      const res = await call(route, { authorization: `Bearer ${TOKEN}`, origin: `http://${host}` });
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode);
    }
  });
});
