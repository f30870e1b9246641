// bad_structured_output breaks its own outputSchema on purpose: the SDK client's callTool rejects it,
// a raw tools/call gets it as sent.
import { CallToolResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, expect, it } from "vitest";
import { connect, type Harness } from "./harness.js";

let h: Harness;
afterEach(async () => h.close());

it("declares { sum: number } as its outputSchema", async () => {
  h = await connect();
  const { tools } = await h.client.listTools();
  const tool = tools.find((t) => t.name === "bad_structured_output");
  expect(tool?.outputSchema).toMatchObject({ type: "object", properties: { sum: { type: "number" } }, required: ["sum"] });
});

it("returns structuredContent whose sum is a string", async () => {
  h = await connect();
  const result = await h.client.request({ method: "tools/call", params: { name: "bad_structured_output", arguments: {} } }, CallToolResultSchema);
  expect(result.isError).toBeUndefined();
  expect(result.structuredContent).toEqual({ sum: "not a number" });
});

it("is rejected by the SDK's own output validation", async () => {
  h = await connect();
  await h.client.listTools(); // the client validates only tools it has listed
  await expect(h.client.callTool({ name: "bad_structured_output", arguments: {} })).rejects.toThrow(/structured content does not match/i);
});
