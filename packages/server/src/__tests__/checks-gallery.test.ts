import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { InspectSession } from "../session";
import { checkedSession, findings, ScriptedClient } from "./scripted-client";

const gallery = fileURLToPath(new URL("../../../../e2e/fixtures/broken-servers/", import.meta.url));

/** Each server of the gallery, and exactly the rules the checker must name for it. */
const EXPECTED: Record<string, string[]> = {
  "correct-server.mjs": [],
  "logs-to-stdout.mjs": ["stdio/stdout-noise"],
  "wrong-response-id.mjs": ["jsonrpc/unknown-response-id", "timing/never-answered"],
  "invalid-input-schema.mjs": ["tools/input-schema-invalid"],
  "non-object-root-schema.mjs": ["tools/input-schema-not-object"],
  "bad-tool-names.mjs": ["tools/name-duplicate", "tools/name-invalid"],
  "answers-notifications.mjs": ["jsonrpc/response-to-notification"],
  "wrong-protocol-version.mjs": ["lifecycle/unsupported-protocol-version"],
  "output-schema-mismatch.mjs": ["tools/structured-content-mismatch"],
  "undeclared-capability.mjs": ["capability/undeclared"],
  "jsonrpc-1.0.mjs": ["jsonrpc/version"],
  "crash-on-start.mjs": ["lifecycle/exit-before-initialize", "timing/never-answered"],
  "never-answers-initialize.mjs": ["timing/never-answered"],
  "slow-response.mjs": ["timing/slow-response"],
  "batch-response.mjs": ["jsonrpc/batch", "timing/never-answered"],
  "missing-newline.mjs": ["stdio/missing-newline"],
  "pretty-printed.mjs": ["stdio/embedded-newline", "stdio/stdout-noise", "timing/never-answered"],
  "result-and-error.mjs": ["jsonrpc/result-and-error"],
  "tool-answers-jsonrpc-1.0.mjs": ["jsonrpc/version"],
  "ping-error.mjs": ["lifecycle/ping-error"],
  "tools-without-description.mjs": ["tools/missing-description"],
};

let session: InspectSession | undefined;
afterEach(() => session?.stop());

/** What a client does first: initialize, initialized, tools/list, one call. It stops where a real client would. */
async function script(client: ScriptedClient, pings: boolean): Promise<void> {
  const init = await client.initialize();
  if (!init || "error" in init) return;
  const listed = await client.request("tools/list");
  const tools = (listed?.result as { tools?: { name: string }[] } | undefined)?.tools ?? [];
  if (tools[0]) await client.request("tools/call", { name: tools[0].name, arguments: { text: "hi" } }, 2000);
  if (pings) await client.request("ping", undefined, 2000);
}

describe("the broken-servers gallery", () => {
  for (const [file, rules] of Object.entries(EXPECTED)) {
    it(`${file}: ${rules.join(", ") || "nothing"}`, async () => {
      // Only the slow server gets a low threshold: under load, a healthy initialize can take 300 ms.
      session = checkedSession(process.execPath, [gallery + file], file === "slow-response.mjs" ? 300 : 5000);
      const client = new ScriptedClient(session);
      session.start();
      // Most gallery servers answer any unknown method (ping too) with an error: only the ping server is pinged.
      await script(client, file === "ping-error.mjs");
      await session.stop();
      const found = findings(session);
      const ids = [...new Set(found.map((f) => f.rule))].sort();
      expect(ids, JSON.stringify(found, null, 1)).toEqual(rules);
      // Every finding points at a frame of the session.
      const seqs = new Set(session.history().map((f) => f.seq));
      for (const f of found) expect(seqs.has(f.about!)).toBe(true);
    }, 10_000);
  }
});
