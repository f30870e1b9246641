// Test-only: a fetch standing in for the backend's /api/servers routes, recording what the page asked.
import type { LauncherInfo, LiveServerInfo, ServersResponse } from "@mcp-inspect/core";

export const launchers: LauncherInfo[] = [
  { id: "config:demo", name: "demo", description: "node demo.js", source: "config" },
  { id: "config:memory", name: "memory", description: "node memory.js", source: "config" },
  { id: "config:remote", name: "remote", description: "https://example.test/mcp", source: "config" },
];

export function liveServer(id: string, name: string, launcher = `config:${name}`): LiveServerInfo {
  return {
    id,
    name,
    launcher,
    header: { format: "mcp-inspect-session", version: 1, id: `session-${id}`, target: { type: "stdio", command: "node", args: [`${name}.js`] }, inspector: { name: "mcp-inspect", version: "0" }, startedAt: "2025-01-01T00:00:00Z" },
    sessionFile: `/rec/${id}.jsonl`,
  } as LiveServerInfo;
}

export interface FakeBackend {
  fetch: typeof fetch;
  requests: { method: string; url: string; auth: string | null; body?: unknown }[];
}

/**
 * Answers like the backend: GET lists, POST starts `s<n>` from a known launcher, DELETE stops. `status`
 * forces every answer's status; launchers in `gone` are listed but unknown to POST (as a stale page's could be).
 */
export function fakeBackend(initial: Partial<ServersResponse> = {}, { status, gone = [] }: { status?: number; gone?: string[] } = {}): FakeBackend {
  const state: ServersResponse = { servers: [], launchers, configFile: "/work/.mcp.json", ...initial };
  let next = state.servers.length + 1;
  const requests: FakeBackend["requests"] = [];
  const json = (body: unknown, code = 200) => new Response(JSON.stringify(body), { status: status ?? code, headers: { "Content-Type": "application/json" } });
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? "GET";
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    requests.push({ method, url, auth: new Headers(init.headers).get("Authorization"), ...(body ? { body } : {}) });
    if (method === "GET" && url === "/api/servers") return json(state);
    if (method === "POST" && url === "/api/servers") {
      const launcher = state.launchers.find((l) => l.id === body.launcher && !gone.includes(l.id));
      if (!launcher) return json({ error: { code: "unknown-launcher", message: `no launcher "${body.launcher}"` } }, 404);
      const server = liveServer(`s${next++}`, launcher.name, launcher.id);
      state.servers = [...state.servers, server];
      return json({ server }, 201);
    }
    const closing = /^\/api\/servers\/(.+)$/.exec(url);
    if (method === "DELETE" && closing) {
      state.servers = state.servers.filter((s) => s.id !== closing[1]);
      return json({ closed: true });
    }
    return json({ error: { code: "not-found", message: url } }, 404);
  };
  return { fetch: fake as typeof fetch, requests };
}
