import type { SessionTarget } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { absolutePath, claudeAddCommand, claudeAddProxyCommand, mcpJsonEntry, slugifyServerName } from "../claude-add-command";

const stdio = (command: string, args: string[], envKeys: string[] = []): SessionTarget => ({ type: "stdio", command, args, cwd: "/home/me/proj", envKeys });

describe("claudeAddCommand", () => {
  it("makes relative script paths absolute against the session cwd and keeps node as node", () => {
    expect(claudeAddCommand("weather", stdio("node", ["dist/server.js", "--port", "3"]))).toBe("claude mcp add --scope user weather -- node /home/me/proj/dist/server.js --port 3");
    expect(claudeAddCommand("py", stdio("python3", ["server.py"]))).toBe("claude mcp add --scope user py -- python3 /home/me/proj/server.py");
    expect(claudeAddCommand("sh", stdio("./run.sh", ["../data/x.json", "stdio", "@scope/pkg"]))).toBe("claude mcp add --scope user sh -- /home/me/proj/run.sh /home/me/data/x.json stdio @scope/pkg");
  });

  it("adds -e placeholders with names only, never values", () => {
    expect(claudeAddCommand("gh", stdio("npx", ["-y", "server-github"], ["GITHUB_TOKEN", "LOG"]))).toBe('claude mcp add --scope user gh -e GITHUB_TOKEN="$GITHUB_TOKEN" -e LOG="$LOG" -- npx -y server-github');
  });

  it("quotes arguments with spaces", () => {
    expect(claudeAddCommand("s", stdio("node", ["/My Files/s.js"]))).toBe("claude mcp add --scope user s -- node '/My Files/s.js'");
  });

  it("builds the remote form with --transport and header names", () => {
    const target: SessionTarget = { type: "http", url: "https://api.example.com/mcp", transport: "auto", headerNames: ["Authorization"] };
    expect(claudeAddCommand("api", target)).toBe('claude mcp add --scope user --transport http api https://api.example.com/mcp --header "Authorization: Bearer $TOKEN"');
    expect(claudeAddCommand("k", { ...target, headerNames: ["X-Api-Key", "X-$odd"] })).toBe('claude mcp add --scope user --transport http k https://api.example.com/mcp --header "X-Api-Key: $X_API_KEY" --header "X-\\$odd: $X_ODD"');
    expect(claudeAddCommand("old", { ...target, transport: "sse", headerNames: [] })).toBe("claude mcp add --scope user --transport sse old https://api.example.com/mcp");
  });
});

describe("claudeAddProxyCommand", () => {
  it("runs the same absolute command line behind mcp-inspect proxy, env names only; none for a remote server", () => {
    expect(claudeAddProxyCommand("weather", stdio("node", ["dist/server.js"], ["API_KEY"]))).toBe(
      'claude mcp add --scope user weather -e API_KEY="$API_KEY" -- npx mcp-inspect proxy --name weather -- node /home/me/proj/dist/server.js',
    );
    expect(claudeAddProxyCommand("r", { type: "http", url: "http://127.0.0.1:1/mcp", transport: "streamable-http", headerNames: [] } as SessionTarget)).toBeUndefined();
  });
});

describe("mcpJsonEntry", () => {
  it("writes absolute paths and ${VAR} for env values", () => {
    expect(mcpJsonEntry("w", stdio("node", ["./s.js"], ["KEY"]))).toEqual({ mcpServers: { w: { command: "node", args: ["/home/me/proj/s.js"], env: { KEY: "${KEY}" } } } });
  });

  it("writes remote entries with header variables", () => {
    expect(mcpJsonEntry("r", { type: "http", url: "http://h/mcp", transport: "streamable-http", headerNames: ["X-Api-Key"] })).toEqual({ mcpServers: { r: { type: "http", url: "http://h/mcp", headers: { "X-Api-Key": "${X_API_KEY}" } } } });
    expect(mcpJsonEntry("a", { type: "http", url: "http://h/mcp", transport: "streamable-http", headerNames: ["Authorization"] }).mcpServers.a).toMatchObject({ headers: { Authorization: "Bearer ${TOKEN}" } });
  });
});

describe("helpers", () => {
  it("slugifies the server's name", () => {
    expect(slugifyServerName("My Weather Server!")).toBe("my-weather-server");
    expect(slugifyServerName("@scope/pkg")).toBe("scope-pkg");
    expect(slugifyServerName(undefined)).toBe("my-server");
  });

  it("folds . and .. in absolute paths", () => {
    expect(absolutePath("../b/./c.js", "/x/y")).toBe("/x/b/c.js");
    expect(absolutePath("/abs.js", "/x")).toBe("/abs.js");
  });
});
