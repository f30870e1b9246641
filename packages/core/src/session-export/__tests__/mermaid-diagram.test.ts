import mermaid from "mermaid";
import { describe, expect, it } from "vitest";
import { mermaidText, sessionToMermaid } from "../mermaid-diagram";
import { appSessionFrames, hostileSession, httpSession, legacySession, modernSession } from "./export-sessions";

/** Mermaid's own parser (mermaid.parse runs in node without a DOM): throws on a diagram it cannot read. */
async function parses(diagram: string): Promise<string> {
  const result = await mermaid.parse(diagram);
  return (result as { diagramType: string }).diagramType;
}

describe("sessionToMermaid", () => {
  it("draws the dual-era demo sessions as sequence diagrams Mermaid parses, with each request and its answer", async () => {
    for (const session of [modernSession, legacySession]) {
      const diagram = sessionToMermaid(session.frames);
      expect(await parses(diagram)).toBe("sequence");
      expect(diagram).toMatch(/^sequenceDiagram\n  participant C as Client/);
      expect(diagram).toContain("participant S as Server mcp-inspect-demo-v2");
      expect(diagram).toMatch(/C->>S: tools\/call echo \[\d+\]/);
      expect(diagram).toMatch(/S-->>C: result \[\d+\] \(\d+ ms\)/);
    }
    expect(sessionToMermaid(legacySession.frames)).toContain("C-)S: notifications/initialized");
  });

  it("draws an HTTP session too", async () => {
    expect(await parses(sessionToMermaid(httpSession().frames))).toBe("sequence");
  });

  it("adds the App as a third participant when the session has MCP App frames", async () => {
    const diagram = sessionToMermaid(appSessionFrames().frames);
    expect(await parses(diagram)).toBe("sequence");
    expect(diagram).toContain("participant A as App");
    expect(diagram).toContain("A->>C: ui/initialize [1]");
    expect(diagram).toContain("C-)A: ui/notifications/tool-result");
  });

  it("escapes names a server chose, so they cannot break or inject into the diagram; errors are crossed arrows", async () => {
    const { frames } = hostileSession();
    const diagram = sessionToMermaid(frames);
    expect(await parses(diagram)).toBe("sequence");
    // Every arrow and participant stays one line; nothing of the server's text reads as syntax.
    const texts = diagram.split("\n").slice(1, -1).map((line) => line.replace(/^  (participant \w as |[CSA][-x>)]+[CSA]: )/, ""));
    expect(texts).toHaveLength(frames.filter((f) => f.kind === "message").length + 2);
    for (const text of texts) expect(text.replace(/#\d+;/g, "")).not.toMatch(/[<>;:#]/);
    expect(diagram.split("\n").filter((line) => line.startsWith("  Note"))).toHaveLength(0);
    expect(diagram).toMatch(/S--xC: error -32002 \[2\]/);
    // The same text unescaped is not a diagram Mermaid accepts: the escaping is what keeps it valid.
    await expect(parses(`sequenceDiagram\n  C->>S: evil\nend\n`)).rejects.toThrow();
  });

  it("caps a long session with a note saying how many messages were left out", async () => {
    const diagram = sessionToMermaid(modernSession.frames, { maxMessages: 3 });
    expect(await parses(diagram)).toBe("sequence");
    const arrows = diagram.split("\n").filter((line) => /^  [CSA]-/.test(line));
    expect(arrows).toHaveLength(3);
    const total = modernSession.frames.filter((f) => f.kind === "message").length;
    expect(diagram).toContain(`Note over C,S: ${total - 3} more messages not shown (of ${total})`);
  });

  it("mermaidText keeps plain words and turns the rest into entity codes", () => {
    expect(mermaidText("tools/call echo [1]")).toBe("tools/call echo [1]");
    expect(mermaidText("#1")).toBe("#35;1");
    expect(mermaidText("a;b\n<c>")).toBe("a#59;b #60;c#62;");
  });
});
