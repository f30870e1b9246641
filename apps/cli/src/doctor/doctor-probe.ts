import { ProtocolError, ProtocolErrorCode, SdkError, SdkErrorCode, type Client } from "@modelcontextprotocol/client";
import type { Finding } from "@mcp-inspect/core/checks";
import { z } from "zod";
import type { DoctorStep } from "./doctor-result";
import { doctorRule } from "./doctor-rules";
import { toolArgsSkeleton } from "./doctor-tool-args";

/** Any result: the checker judges shapes from the frames; the SDK must not reject them first. */
const AnyResult = z.looseObject({});
type Item = Record<string, unknown>;

export interface ProbeOptions {
  callTools: boolean;
  timeoutMs: number;
  /** The answer clients drop (see core's droppedAnswer) to the last request of `method`, if any. */
  droppedAnswer?: (method: string) => { problem: string } | undefined;
}

export interface Inventory {
  tools: Item[];
  resources: Item[];
  resourceTemplates: Item[];
  prompts: Item[];
}

const MAX_PAGES = 100;
const MAX_READS = 20;
const MAX_COMPLETIONS = 50;
const TOOL_CALL_MS = 10_000;

/**
 * Walks everything the server declared, the way a careful client would: every list page, a
 * completion per template variable and prompt argument, reads, prompts without required
 * arguments, ping, and (only when asked) each tool with skeleton arguments. Never stops at the
 * first failure: each one becomes a step and, where it means something, a finding.
 */
export async function probeServer(client: Client, options: ProbeOptions, steps: DoctorStep[], findings: Finding[]): Promise<Inventory> {
  const caps = client.getServerCapabilities() ?? {};
  const inventory: Inventory = { tools: [], resources: [], resourceTemplates: [], prompts: [] };
  let closed = false;
  const request = async (method: string, params: Item | undefined, timeout = options.timeoutMs) => {
    if (closed) throw new Error("the server is gone");
    try {
      return await client.request({ method, ...(params ? { params } : {}) }, AnyResult, { timeout });
    } catch (error) {
      if (error instanceof SdkError && error.code === SdkErrorCode.ConnectionClosed) closed = true;
      // The SDK waited for an answer it had discarded: say what the server did send.
      const dropped = error instanceof SdkError && error.code === SdkErrorCode.RequestTimeout ? options.droppedAnswer?.(method) : undefined;
      if (dropped) throw new DroppedAnswerError(dropped.problem);
      throw error;
    }
  };
  const fail = (rule: string, message: string, error?: unknown) => {
    if (error instanceof DroppedAnswerError) return; // the checker's finding on the answer says it better
    const r = doctorRule(rule);
    findings.push({ rule, severity: r.severity, message, hint: r.hint });
  };

  const listAll = async (method: string, key: keyof Inventory, noun: string) => {
    let cursor: string | undefined;
    const seen = new Set<string>();
    let pages = 0;
    try {
      do {
        const result = await request(method, cursor === undefined ? undefined : { cursor });
        pages++;
        inventory[key].push(...((Array.isArray(result[key]) ? result[key] : []) as Item[]));
        cursor = typeof result.nextCursor === "string" ? result.nextCursor : undefined;
        if (cursor !== undefined && seen.has(cursor)) throw new Error(`nextCursor ${JSON.stringify(cursor)} repeats: pagination never ends`);
        if (cursor !== undefined) seen.add(cursor);
      } while (cursor !== undefined && pages < MAX_PAGES);
      steps.push({ name: method, ok: true, detail: `${inventory[key].length} ${noun}${pages > 1 ? ` in ${pages} pages` : ""}` });
    } catch (error) {
      steps.push({ name: method, ok: false, detail: describe(error) });
      fail("doctor/list-failed", `${method} failed${pages ? ` on page ${pages + 1}` : ""}: ${describe(error)}`, error);
    }
  };

  if (caps.tools) await listAll("tools/list", "tools", "tools");
  if (caps.resources) {
    await listAll("resources/list", "resources", "resources");
    await listAll("resources/templates/list", "resourceTemplates", "resource templates");
  }
  if (caps.prompts) await listAll("prompts/list", "prompts", "prompts");

  const attempt = async (name: string, method: string, params: Item, rule: string, ok: (r: Item) => string) => {
    try {
      steps.push({ name, ok: true, detail: ok(await request(method, params)) });
    } catch (error) {
      steps.push({ name, ok: false, detail: describe(error) });
      fail(rule, `${name} failed: ${describe(error)}`, error);
    }
  };

  if (caps.completions) {
    const asks: [Item, string][] = [
      ...inventory.resourceTemplates.flatMap((t) => templateVariables(String(t.uriTemplate)).map((v): [Item, string] => [{ type: "ref/resource", uri: t.uriTemplate }, v])),
      ...inventory.prompts.flatMap((p) => args(p).map((a): [Item, string] => [{ type: "ref/prompt", name: p.name }, String(a.name)])),
    ];
    for (const [ref, name] of asks.slice(0, MAX_COMPLETIONS)) {
      const label = `completion/complete ${ref.type === "ref/prompt" ? `prompt "${ref.name}"` : ref.uri} ${name}`;
      await attempt(label, "completion/complete", { ref, argument: { name, value: "" } }, "doctor/request-failed", (r) => `${((r.completion as Item | undefined)?.values as unknown[] | undefined)?.length ?? 0} values`);
    }
  }
  for (const resource of inventory.resources.slice(0, MAX_READS)) {
    await attempt(`resources/read ${resource.uri}`, "resources/read", { uri: resource.uri }, "doctor/request-failed", (r) => `${(r.contents as unknown[] | undefined)?.length ?? 0} contents`);
  }
  for (const prompt of inventory.prompts.filter((p) => !args(p).some((a) => a.required === true)).slice(0, MAX_READS)) {
    await attempt(`prompts/get ${prompt.name}`, "prompts/get", { name: prompt.name }, "doctor/request-failed", (r) => `${(r.messages as unknown[] | undefined)?.length ?? 0} messages`);
  }
  // 2026-07-28 has no ping (each request stands alone); before it, a server must answer one.
  if (client.getProtocolEra() !== "modern") await attempt("ping", "ping", {}, "doctor/ping-failed", () => "answered");

  if (options.callTools) {
    for (const tool of inventory.tools) {
      const name = `tools/call ${tool.name}`;
      try {
        const result = await request("tools/call", { name: tool.name, arguments: toolArgsSkeleton(tool.inputSchema) }, Math.min(options.timeoutMs, TOOL_CALL_MS));
        steps.push({ name, ok: true, detail: result.isError === true ? "answered with isError (skeleton arguments)" : "answered" });
      } catch (error) {
        // Invalid params is a fair answer to skeleton arguments.
        const fair = error instanceof ProtocolError && error.code === ProtocolErrorCode.InvalidParams;
        steps.push({ name, ok: fair, detail: describe(error) });
        if (!fair) fail("doctor/tool-call-failed", `${name} failed: ${describe(error)}`, error);
      }
    }
  }
  return inventory;
}

/** The server answered, but the SDK discarded the answer and timed out: a step, not a timeout. */
class DroppedAnswerError extends Error {
  constructor(problem: string) {
    super(`answered, but with a message clients drop: ${problem} (see the finding)`);
  }
}

function args(prompt: Item): Item[] {
  return Array.isArray(prompt.arguments) ? (prompt.arguments as Item[]) : [];
}

/** Variable names of an RFC 6570 URI template: {id}, {+path}, {?q,page}, {list*}, {name:3}. */
export function templateVariables(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(/\{[+#./;?&]?([^}]+)\}/g)) {
    for (const part of match[1]!.split(",")) names.push(part.replace(/(\*|:\d+)$/, "").trim());
  }
  return names.filter(Boolean);
}

function describe(error: unknown): string {
  if (error instanceof SdkError && error.code === SdkErrorCode.RequestTimeout) return "no answer in time (timeout)";
  if (error instanceof SdkError && error.code === SdkErrorCode.ConnectionClosed) return "the server closed the connection (did it exit?)";
  if (error instanceof ProtocolError) return `error ${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
