// Server-to-client requests: the client answers sampling, elicitation and roots, and the tools return its answers.
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  type CreateMessageRequest,
  type ElicitRequest,
} from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { call, connect, textOf, type Harness } from "./harness.js";

let h: Harness;
afterEach(async () => h.close());

const ALL_CAPABILITIES = { sampling: {}, elicitation: { form: {} }, roots: { listChanged: true } };

describe("with the client capabilities declared", () => {
  it("sample_llm returns what the client's model answered", async () => {
    const seen: CreateMessageRequest["params"][] = [];
    h = await connect({}, ALL_CAPABILITIES, (client) =>
      client.setRequestHandler(CreateMessageRequestSchema, (request) => {
        seen.push(request.params);
        return { model: "test-model", role: "assistant", content: { type: "text", text: "Forty-two." }, stopReason: "endTurn" };
      }),
    );
    const result = await call(h.client, "sample_llm", { prompt: "What is six times seven?", maxTokens: 50 });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe("Forty-two.\n(model: test-model, stopReason: endTurn)");
    expect(seen[0]).toMatchObject({ maxTokens: 50, messages: [{ role: "user", content: { type: "text", text: "What is six times seven?" } }] });
  });

  it("ask_user returns the action and the form content", async () => {
    const seen: ElicitRequest["params"][] = [];
    h = await connect({}, ALL_CAPABILITIES, (client) =>
      client.setRequestHandler(ElicitRequestSchema, (request) => {
        seen.push(request.params);
        return { action: "accept", content: { name: "Ada", age: 36, color: "blue", subscribe: true } };
      }),
    );
    const result = await call(h.client, "ask_user", { message: "Who are you?" });
    const answer = { action: "accept", content: { name: "Ada", age: 36, color: "blue", subscribe: true } };
    expect(result.structuredContent).toEqual(answer);
    expect(JSON.parse(textOf(result))).toEqual(answer);
    expect(seen[0]).toMatchObject({ mode: "form", message: "Who are you?", requestedSchema: { required: ["name"] } });
  });

  it("ask_user reports a declined form", async () => {
    h = await connect({}, ALL_CAPABILITIES, (client) => client.setRequestHandler(ElicitRequestSchema, () => ({ action: "decline" })));
    expect((await call(h.client, "ask_user")).structuredContent).toEqual({ action: "decline", content: null });
  });

  it("list_roots returns the client's roots", async () => {
    const roots = [{ uri: "file:///home/ada/project", name: "project" }, { uri: "file:///tmp" }];
    h = await connect({}, ALL_CAPABILITIES, (client) => client.setRequestHandler(ListRootsRequestSchema, () => ({ roots })));
    const result = await call(h.client, "list_roots");
    expect(result.structuredContent).toEqual({ roots });
    expect(JSON.parse(textOf(result))).toEqual(roots);
  });

  it("turns a client-side failure into isError", async () => {
    h = await connect({}, ALL_CAPABILITIES, (client) =>
      client.setRequestHandler(CreateMessageRequestSchema, () => {
        throw new Error("user rejected the sampling request");
      }),
    );
    const result = await call(h.client, "sample_llm", { prompt: "hi" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/sampling\/createMessage failed: .*user rejected the sampling request/);
  });
});

describe("without the client capabilities", () => {
  it.each([
    ["sample_llm", { prompt: "hi" }, "sampling"],
    ["ask_user", {}, "elicitation"],
    ["list_roots", {}, "roots"],
  ])("%s answers isError naming the missing capability", async (tool, args, capability) => {
    h = await connect();
    const result = await call(h.client, tool, args);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(`did not declare the "${capability}" capability`);
  });
});
