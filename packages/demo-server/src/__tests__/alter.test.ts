import { afterEach, describe, expect, it } from "vitest";
import { connect, type Harness } from "./harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  delete process.env["DEMO_ALTER"];
});

const echo = async (harness: Harness) => {
  const result = await harness.client.callTool({ name: "echo", arguments: { message: "hi" } });
  return (result.content as { text: string }[])[0]?.text;
};

// Replay's tests need a server whose answer changed: DEMO_ALTER=echo (or the alter option) makes echo append "!".
describe("alter", () => {
  it("echo appends ! when altered, by option or by DEMO_ALTER, and not otherwise", async () => {
    h = await connect();
    expect(await echo(h)).toBe("hi");
    await h.close();
    h = await connect({ alter: "echo" });
    expect(await echo(h)).toBe("hi!");
    await h.close();
    process.env["DEMO_ALTER"] = "echo";
    h = await connect();
    expect(await echo(h)).toBe("hi!");
  });
});
