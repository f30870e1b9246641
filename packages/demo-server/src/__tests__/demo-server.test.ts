// Lists, plain tools, resources, prompts and completions, over a real SDK Client on an in-memory transport.
import { ErrorCode, McpError, type Tool } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { call, connect, textOf, type Harness } from "./harness.js";

const ALL_TOOLS = [
  "echo", "add", "get_image", "get_audio", "get_resource_links", "fail", "throw_error", "create_order", "bad_structured_output", "slow_task",
  "write_stderr", "write_stdout_noise", "crash", "log_message", "touch_resource", "toggle_extra_tool",
  "sample_llm", "ask_user", "list_roots",
];
const ORDER = {
  customer: { name: "Ada", email: "ada@example.com", address: { street: "1 Main St", city: "Springfield", zip: "12345" } },
  items: [{ sku: "ABC-123", quantity: 2, price: 9.99 }, { sku: "XYZ-999", quantity: 1, price: 0.05 }],
  priority: "high",
  payment: { method: "card", cardNumber: "4111111111111111" },
  note: null,
  deliveryDate: "2030-01-31",
  tags: ["gift"],
  metadata: { source: "test" },
};

let h: Harness;
afterEach(async () => h.close());

async function allPages<T>(fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await fetch(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

describe("initialize and lists", () => {
  it("reports name, title, version, instructions and capabilities", async () => {
    h = await connect();
    expect(h.client.getServerVersion()).toMatchObject({ name: "mcp-inspect-demo", title: "mcp-inspect demo server", version: "0.1.0" });
    expect(h.client.getInstructions()).toMatch(/demo server/);
    expect(h.client.getServerCapabilities()).toEqual({
      tools: { listChanged: true },
      resources: { subscribe: true, listChanged: true },
      prompts: { listChanged: true },
      logging: {},
      completions: {},
    });
  });

  it("lists every tool on one page by default, each with a title, description and annotations", async () => {
    h = await connect();
    const { tools, nextCursor } = await h.client.listTools();
    expect(nextCursor).toBeUndefined();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...ALL_TOOLS].sort());
    for (const tool of tools) expect([tool.title, tool.description, tool.annotations]).not.toContain(undefined);
  });

  it("shows create_order's JSON Schema constructs literally", async () => {
    h = await connect();
    const { tools } = await h.client.listTools();
    const schema = tools.find((tool) => tool.name === "create_order")?.inputSchema as Tool["inputSchema"] & Record<string, any>;
    expect(Object.keys(schema["$defs"])).toEqual(["address", "item"]);
    expect(schema.properties?.["customer"]).toMatchObject({ properties: { address: { $ref: "#/$defs/address" }, email: { format: "email" } } });
    expect(schema.properties?.["items"]).toMatchObject({ items: { $ref: "#/$defs/item" } });
    expect(schema["$defs"].item.properties.price.multipleOf).toBe(0.01);
    expect(schema.properties?.["priority"]).toMatchObject({ default: "normal", oneOf: [{ const: "low" }, { const: "normal" }, { const: "high" }] });
    expect(schema.properties?.["payment"]).toMatchObject({ oneOf: [{ properties: { method: { const: "card" } } }, { properties: { method: { const: "invoice" } } }] });
    expect(schema.properties?.["note"]).toMatchObject({ type: ["string", "null"] });
    expect(schema.properties?.["schemaVersion"]).toMatchObject({ readOnly: true, const: 1 });
    expect(schema.properties?.["metadata"]).toMatchObject({ additionalProperties: { type: "string" } });
    expect(schema.properties?.["deliveryDate"]).toMatchObject({ format: "date" });
    expect(schema.properties?.["callbackUrl"]).toMatchObject({ format: "uri" });
  });

  it("paginates tools and prompts when a page size is set, and rejects a bad cursor", async () => {
    h = await connect({ pageSize: 5 });
    const tools = await allPages(async (cursor) => {
      const page = await h.client.listTools({ cursor });
      return { items: page.tools, nextCursor: page.nextCursor };
    });
    expect(tools.pages).toBe(4);
    expect(tools.items.map((tool) => tool.name).sort()).toEqual([...ALL_TOOLS].sort());
    const prompts = await allPages(async (cursor) => {
      const page = await h.client.listPrompts({ cursor });
      return { items: page.prompts, nextCursor: page.nextCursor };
    });
    expect(prompts.items.map((prompt) => prompt.name)).toEqual(["greeting", "code_review", "show_and_tell", "quick_start"]);
    await expect(h.client.listTools({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: ErrorCode.InvalidParams });
  });

  it("paginates resources 10 at a time and lists the templates", async () => {
    h = await connect();
    const first = await h.client.listResources();
    expect(first.resources).toHaveLength(10);
    expect(first.nextCursor).toBeTypeOf("string");
    const all = await allPages(async (cursor) => {
      const page = await h.client.listResources({ cursor });
      return { items: page.resources, nextCursor: page.nextCursor };
    });
    expect(all.pages).toBe(3);
    expect(all.items.length).toBeGreaterThanOrEqual(25);
    expect(new Set(all.items.map((r) => r.uri)).size).toBe(all.items.length);
    const byUri = new Map(all.items.map((r) => [r.uri, r]));
    expect(byUri.get("demo://readme")).toMatchObject({ mimeType: "text/markdown", title: "README", annotations: { priority: 1 } });
    expect(byUri.get("demo://config")?.mimeType).toBe("application/json");
    expect(byUri.get("demo://images/logo.png")).toMatchObject({ mimeType: "image/png", size: expect.any(Number) });
    expect(byUri.get("demo://binary/bytes.bin")).toMatchObject({ mimeType: "application/octet-stream", size: 256 });
    expect(byUri.has("demo://counter")).toBe(true);
    const { resourceTemplates } = await h.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(["demo://users/{userId}", "demo://files/{+path}"]);
  });
});

describe("tools", () => {
  it("echo and add, with add's structuredContent", async () => {
    h = await connect();
    await h.client.listTools(); // lets the client validate structuredContent against outputSchema
    expect(textOf(await call(h.client, "echo", { message: "hi there" }))).toBe("hi there");
    const sum = await call(h.client, "add", { a: 2, b: 40.5 });
    expect(textOf(sum)).toBe("42.5");
    expect(sum.structuredContent).toEqual({ sum: 42.5 });
  });

  it("reports bad arguments as a tool error", async () => {
    h = await connect();
    const result = await call(h.client, "add", { a: "two" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Invalid arguments for add/);
  });

  it("create_order validates against its schema and returns structured output", async () => {
    h = await connect();
    await h.client.listTools();
    const ok = await call(h.client, "create_order", ORDER);
    expect(ok.isError).toBeFalsy();
    expect(textOf(ok)).toContain("Order ORD-0001 accepted for Ada (Springfield)");
    expect(ok.structuredContent).toMatchObject({ orderId: "ORD-0001", total: 20.03, itemCount: 3, priority: "high", paymentMethod: "card" });
    const bad = await call(h.client, "create_order", { ...ORDER, customer: { ...ORDER.customer, email: "nope" }, payment: { method: "cash" } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/email/);
  });

  it("returns a real PNG, a real WAV, resource links and an embedded resource", async () => {
    h = await connect();
    const image = (await call(h.client, "get_image")).content.find((block) => block.type === "image");
    expect(image?.type === "image" && image.mimeType).toBe("image/png");
    const png = Buffer.from(image?.type === "image" ? image.data : "", "base64");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(16); // IHDR width
    const audio = (await call(h.client, "get_audio")).content.find((block) => block.type === "audio");
    const wav = Buffer.from(audio?.type === "audio" ? audio.data : "", "base64");
    expect(audio?.type === "audio" && audio.mimeType).toBe("audio/wav");
    expect([wav.toString("ascii", 0, 4), wav.toString("ascii", 8, 12)]).toEqual(["RIFF", "WAVE"]);
    expect(wav.readUInt32LE(40) / wav.readUInt32LE(28)).toBeCloseTo(0.25); // data bytes / byte rate = seconds
    const links = (await call(h.client, "get_resource_links")).content;
    expect(links.filter((block) => block.type === "resource_link").map((block) => block.type === "resource_link" && block.uri)).toContain("demo://readme");
    expect(links.find((block) => block.type === "resource")).toMatchObject({ resource: { uri: "demo://readme", mimeType: "text/markdown" } });
  });

  it("fail gives isError; throw_error and unknown tools give JSON-RPC errors", async () => {
    h = await connect();
    const failed = await call(h.client, "fail", { message: "nope" });
    expect(failed).toMatchObject({ isError: true, content: [{ type: "text", text: "nope" }] });
    const thrown = await call(h.client, "throw_error", { code: -32099 }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(McpError);
    expect(thrown).toMatchObject({ code: -32099, data: { tool: "throw_error" } });
    await expect(call(h.client, "no_such_tool")).rejects.toMatchObject({ code: ErrorCode.InvalidParams });
  });
});
