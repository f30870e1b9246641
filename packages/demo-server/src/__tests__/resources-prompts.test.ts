// Reading resources and templates, getting prompts, and completion/complete for both.
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { connect, type Harness } from "./harness.js";

let h: Harness;
afterEach(async () => h.close());

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe("resources", () => {
  it("reads text, JSON and blob resources", async () => {
    h = await connect();
    const readme = only((await h.client.readResource({ uri: "demo://readme" })).contents);
    expect(readme).toMatchObject({ uri: "demo://readme", mimeType: "text/markdown", text: expect.stringContaining("# mcp-inspect demo server") });
    const config = only((await h.client.readResource({ uri: "demo://config" })).contents);
    expect(JSON.parse("text" in config ? config.text : "")).toMatchObject({ server: "mcp-inspect-demo" });
    const logo = only((await h.client.readResource({ uri: "demo://images/logo.png" })).contents);
    expect(Buffer.from("blob" in logo ? logo.blob : "", "base64").subarray(1, 4).toString()).toBe("PNG");
    const bytes = only((await h.client.readResource({ uri: "demo://binary/bytes.bin" })).contents);
    expect([...Buffer.from("blob" in bytes ? bytes.blob : "", "base64").subarray(0, 4)]).toEqual([0, 1, 2, 3]);
  });

  it("reads templated resources, including a {+path} with slashes", async () => {
    h = await connect();
    const alice = only((await h.client.readResource({ uri: "demo://users/alice" })).contents);
    expect(JSON.parse("text" in alice ? alice.text : "")).toMatchObject({ id: "alice", email: "alice@example.com" });
    const file = only((await h.client.readResource({ uri: "demo://files/src/util/strings.ts" })).contents);
    expect(file).toMatchObject({ mimeType: "text/plain", text: expect.stringContaining("toUpperCase") });
  });

  it("answers unknown resources with the spec's -32002", async () => {
    h = await connect();
    await expect(h.client.readResource({ uri: "demo://users/nobody" })).rejects.toMatchObject({ code: -32002 });
    await expect(h.client.subscribeResource({ uri: "demo://nope" })).rejects.toMatchObject({ code: -32002 });
  });
});

describe("prompts", () => {
  it("greeting uses its arguments and insists on the required one", async () => {
    h = await connect();
    const result = await h.client.getPrompt({ name: "greeting", arguments: { name: "Grace", style: "pirate" } });
    const message = only(result.messages);
    expect(message.role).toBe("user");
    expect(message.content).toMatchObject({ type: "text", text: expect.stringContaining("Ahoy, Grace!") });
    await expect(h.client.getPrompt({ name: "greeting", arguments: { style: "formal" } })).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
    });
  });

  it("code_review wraps the code in a fenced block for the language", async () => {
    h = await connect();
    const result = await h.client.getPrompt({ name: "code_review", arguments: { code: "let x = 1", language: "rust" } });
    expect(only(result.messages).content).toMatchObject({ text: expect.stringContaining("```rust\nlet x = 1\n```") });
  });

  it("show_and_tell returns user and assistant turns with an image and an embedded resource", async () => {
    h = await connect();
    const { messages } = await h.client.getPrompt({ name: "show_and_tell", arguments: { topic: "logos" } });
    expect(messages.map((m) => `${m.role}:${m.content.type}`)).toEqual([
      "user:text",
      "user:image",
      "assistant:text",
      "user:resource",
      "assistant:text",
    ]);
    expect(messages[1]?.content).toMatchObject({ mimeType: "image/png" });
    expect(messages[3]?.content).toMatchObject({ resource: { uri: "demo://readme" } });
  });
});

describe("completion/complete", () => {
  it("completes prompt arguments by prefix", async () => {
    h = await connect();
    const style = await h.client.complete({ ref: { type: "ref/prompt", name: "greeting" }, argument: { name: "style", value: "p" } });
    expect(style.completion).toEqual({ values: ["pirate"], total: 1, hasMore: false });
    const language = await h.client.complete({ ref: { type: "ref/prompt", name: "code_review" }, argument: { name: "language", value: "JA" } });
    expect(language.completion.values).toEqual(["javascript", "java"]);
  });

  it("completes resource template variables", async () => {
    h = await connect();
    const users = await h.client.complete({ ref: { type: "ref/resource", uri: "demo://users/{userId}" }, argument: { name: "userId", value: "" } });
    expect(users.completion.values).toEqual(["alice", "bob", "carol", "dave", "erin"]);
    const files = await h.client.complete({ ref: { type: "ref/resource", uri: "demo://files/{+path}" }, argument: { name: "path", value: "src/" } });
    expect(files.completion.values).toEqual(["src/index.ts", "src/greet.ts", "src/util/strings.ts"]);
  });
});
