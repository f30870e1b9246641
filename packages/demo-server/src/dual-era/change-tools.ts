// Tools that change what the server offers, so clients see notifications: a resource update (touch_resource), a
// tool list change (toggle_extra_tool) and a resource list change (add_note). In 2026-07-28 these reach the client only
// on a subscriptions/listen stream that asked for them; in the 2025 era list changes are unsolicited.
import type { McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";
import type { DualEraApp } from "./app.js";
import type { CounterNotifier } from "./resources.js";

export function registerChangeTools(server: McpServer, app: DualEraApp, counterChanged: CounterNotifier): void {
  const { state } = app;
  const changes = { readOnlyHint: false, destructiveHint: false, openWorldHint: false };

  server.registerTool(
    "touch_resource",
    {
      title: "Change demo://counter",
      description: "Increments demo://counter and announces notifications/resources/updated for it.",
      inputSchema: z.object({}),
      outputSchema: z.object({ counter: z.number() }),
      annotations: changes,
    },
    async () => {
      state.counter += 1;
      await counterChanged();
      return { content: [{ type: "text", text: `demo://counter is now ${state.counter}` }], structuredContent: { counter: state.counter } };
    },
  );

  // The SDK sends tools/list_changed itself when a registered tool is enabled or disabled.
  const extra = server.registerTool(
    "extra",
    { title: "Extra", description: "Exists only while toggle_extra_tool has it switched on.", inputSchema: z.object({}) },
    () => ({ content: [{ type: "text", text: "extra tool says hi" }] }),
  );
  if (!state.extraTool) extra.disable();

  server.registerTool(
    "toggle_extra_tool",
    {
      title: "Toggle the extra tool",
      description: "Adds or removes the `extra` tool, which changes tools/list (notifications/tools/list_changed).",
      inputSchema: z.object({}),
      outputSchema: z.object({ extraTool: z.boolean() }),
      annotations: changes,
    },
    () => {
      state.extraTool = !state.extraTool;
      if (state.extraTool) extra.enable();
      else extra.disable();
      // Per-request instances (HTTP) die with this call; the next one is built from state, the handler tells the streams.
      app.notifier?.toolsChanged();
      return {
        content: [{ type: "text", text: `extra tool is now ${state.extraTool ? "on" : "off"}` }],
        structuredContent: { extraTool: state.extraTool },
      };
    },
  );

  server.registerTool(
    "add_note",
    {
      title: "Add a note",
      description: "Adds demo://notes/<n>, which changes resources/list (notifications/resources/list_changed).",
      inputSchema: z.object({ text: z.string().min(1).describe("What the note says") }),
      outputSchema: z.object({ uri: z.string() }),
      annotations: changes,
    },
    ({ text }) => {
      state.notes.push(text);
      const uri = `demo://notes/${state.notes.length}`;
      // Template instances are not registrations, so the SDK cannot see this change: announce it.
      if (app.notifier) app.notifier.resourcesChanged();
      else server.sendResourceListChanged();
      return { content: [{ type: "resource_link", uri, name: `note ${state.notes.length}`, mimeType: "text/plain" }], structuredContent: { uri } };
    },
  );
}
