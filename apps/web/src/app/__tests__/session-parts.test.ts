import { describe, expect, it } from "vitest";
import { extensionCapabilities } from "../../client/client-extension";
import { createSessionParts } from "../session-parts";

describe("createSessionParts", () => {
  it("advertises what the inspector answers: roots with changes, sampling with tools, both elicitation modes, MCP Apps", () => {
    expect(extensionCapabilities(createSessionParts().extensions)).toEqual({
      roots: { listChanged: true },
      sampling: { tools: {} },
      elicitation: { form: {}, url: {} },
      extensions: { "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } },
    });
  });

  it("gives each server its own stores", () => {
    const a = createSessionParts();
    const b = createSessionParts();
    expect(a.stores.requests).not.toBe(b.stores.requests);
    expect(a.stores.taskRuns).not.toBe(b.stores.taskRuns);
  });
});
