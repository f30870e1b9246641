import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { startInspector, tempDir, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

// Sampling, elicitation and roots against the demo server: the person answers in the Requests drawer.
let inspector: RunningInspector;
test.beforeEach(async () => {
  inspector = await startInspector([], { cwd: tempDir() }); // the bundled demo server, in a fresh directory
});
test.afterEach(async () => {
  await inspector.stop();
});

async function open(page: Page) {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
}

/** The client's response frame to the server's request `method`, from the session file. */
function responseTo(method: string): Record<string, unknown> | undefined {
  const frames = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames;
  const request = frames.find((f) => f.kind === "message" && f.dir === "server->client" && f.msg.method === method);
  if (request?.kind !== "message") return undefined;
  const response = frames.find((f) => f.kind === "message" && f.dir === "client->server" && f.msg.id === request.msg.id && !("method" in f.msg));
  return response?.kind === "message" ? (response.msg as Record<string, unknown>) : undefined;
}

test("answers a sampling request as the model, and the server gets the reply", async ({ page }) => {
  await open(page);
  await callTool(page, "sample_llm", { prompt: "What is six times seven?", maxTokens: 50 });
  await expect(page.getByTestId("pending-requests")).toHaveText("1");
  const card = page.getByTestId("client-request").first();
  await expect(card).toHaveAttribute("data-status", "pending");
  await expect(card.getByTestId("sampling-message")).toContainText("What is six times seven?");
  await expect(card.getByTestId("sampling-system-prompt")).toContainText("mcp-inspect demo server");
  await expect(card).toContainText("max tokens");
  await expect(card.getByTestId("request-age")).toContainText(/\d+ s ago/);
  await card.getByLabel("Reply (as the model)").fill("Forty-two.");
  await card.getByLabel("Model", { exact: true }).fill("human-1");
  await card.getByRole("button", { name: "Send reply" }).click();
  await expect(card).toHaveAttribute("data-status", "answered");
  await expect(page.getByTestId("pending-requests")).toHaveText("0");
  await expect(page.getByTestId("tool-result")).toContainText("Forty-two.");
  await expect(page.getByTestId("tool-result")).toContainText("model: human-1, stopReason: endTurn");
  await expect.poll(() => responseTo("sampling/createMessage")?.result).toEqual({
    role: "assistant", content: { type: "text", text: "Forty-two." }, model: "human-1", stopReason: "endTurn",
  });
});

test("rejects a sampling request with error -1", async ({ page }) => {
  await open(page);
  await callTool(page, "sample_llm", { prompt: "no thanks" });
  const card = page.getByTestId("client-request").first();
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card).toHaveAttribute("data-status", "rejected");
  await expect(page.getByTestId("tool-result")).toContainText("User rejected sampling request");
  await expect.poll(() => responseTo("sampling/createMessage")?.error).toEqual({ code: -1, message: "User rejected sampling request" });
});

test("a remembered reply answers the next sampling request by rule, until the rule is removed", async ({ page }) => {
  await open(page);
  await callTool(page, "sample_llm", { prompt: "first" });
  const first = page.getByTestId("client-request").first();
  await first.getByLabel("Reply (as the model)").fill("Always this.");
  await first.getByLabel(/Always reply this to/).check();
  await first.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("Always this.");

  await page.getByRole("button", { name: "Call tool" }).click(); // same tool, second run
  await expect(page.getByTestId("answered-by-rule")).toHaveCount(1);
  await expect(page.getByTestId("pending-requests")).toHaveText("0");
  await expect(page.getByTestId("tool-result")).toContainText("Always this.");

  await page.getByRole("tab", { name: "Sampling rules" }).click();
  await expect(page.getByTestId("sampling-rule")).toContainText("mcp-inspect-demo");
  await page.getByRole("button", { name: /Remove the rule for/ }).click();
  await expect(page.getByTestId("sampling-rule")).toHaveCount(0);
  await page.getByRole("tab", { name: "Requests", exact: true }).click();
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("pending-requests")).toHaveText("1");
});

test("a request left unanswered past the timeout expires and can no longer be answered", async ({ page }) => {
  await open(page);
  await page.getByTestId("requests-button").click();
  await page.getByTestId("request-timeout").fill("2");
  await page.getByTestId("requests-button").click();
  await callTool(page, "sample_llm", { prompt: "too slow" });
  const card = page.getByTestId("client-request").first();
  await expect(card).toHaveAttribute("data-status", "expired", { timeout: 10_000 });
  await expect(page.getByTestId("pending-requests")).toHaveText("0");
  await expect(page.getByTestId("tool-result")).toContainText("-32001");
  await expect(card.getByRole("button", { name: "Send reply" })).toHaveCount(0);
});

test("answers an elicitation form, and declines another", async ({ page }) => {
  await open(page);
  await callTool(page, "ask_user", { message: "Who are you?" });
  const card = page.getByTestId("client-request").first();
  await expect(card.getByTestId("elicitation-message")).toHaveText("Who are you?");
  // Accept with the required name missing: the form says so, and Send anyway stays possible.
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(card.getByTestId("invalid-elicitation")).toContainText("is required");
  await card.getByLabel(/Your name/).fill("Ada");
  await card.getByLabel(/Age/).fill("36");
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(card).toHaveAttribute("data-status", "answered");
  await expect(page.getByTestId("tool-result")).toContainText('"action": "accept"');
  await expect(page.getByTestId("tool-result")).toContainText('"name": "Ada"');
  await expect.poll(() => (responseTo("elicitation/create")?.result as { content?: unknown })?.content).toMatchObject({ name: "Ada", age: 36 });

  await page.getByRole("button", { name: "Call tool" }).click();
  await page.getByTestId("client-request").first().getByRole("button", { name: "Decline" }).click();
  await expect(page.getByTestId("tool-result")).toContainText('"action": "decline"');
});

test("edits the roots; the server sees them in roots/list", async ({ page }) => {
  await open(page);
  await callTool(page, "list_roots", {});
  await expect(page.getByTestId("tool-result")).toContainText("file:///tmp/mcp-inspect-e2e-");
  await page.getByTestId("requests-button").click();
  await page.getByRole("tab", { name: "Roots" }).click();
  await page.getByLabel("New root (absolute path or file:// URI)").fill("relative/path");
  await page.getByRole("button", { name: "Add root" }).click();
  await expect(page.getByTestId("roots-editor")).toContainText("must be a file:// URI");
  await page.getByLabel("New root (absolute path or file:// URI)").fill("/srv/my project");
  await page.getByLabel("New root name").fill("project");
  await page.getByRole("button", { name: "Add root" }).click();
  await expect(page.getByTestId("root-uri").last()).toHaveText("file:///srv/my%20project");
  await page.getByRole("button", { name: /^Remove file:\/\/\/tmp/ }).click();
  await expect(page.getByTestId("root-row")).toHaveCount(1);
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("file:///srv/my%20project");
  await expect(page.getByTestId("tool-result")).not.toContainText("mcp-inspect-e2e-");
  // Every edit told the server.
  const sent = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames.filter(
    (f) => f.kind === "message" && f.dir === "client->server" && f.msg.method === "notifications/roots/list_changed",
  );
  expect(sent.length).toBeGreaterThanOrEqual(2);
  // Saved for this target: a reload keeps them.
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByTestId("requests-button").click();
  await page.getByRole("tab", { name: "Roots" }).click();
  await expect(page.getByTestId("root-uri")).toHaveText(["file:///srv/my%20project"]);
});
