import { describe, expect, it } from "vitest";
import { terminalJson, terminalSafe } from "../terminal-text";

/** What a hostile server puts in an error body or on stderr (issue 18: terminal escape injection). */
const PAYLOAD = "before\u001b[2J\u001b[H\u001b]8;;https://evil.example/\u0007click me\u001b]8;;\u0007\u0007\u001b]0;pwned title\u001b\\\r\u001b[31mred\u001b[0m\u009b2J\u0000after";

describe("terminalSafe", () => {
  it("strips CSI (clear screen), OSC 8 links and titles, BEL, CR, NUL and C1, keeping the words", () => {
    expect(terminalSafe(PAYLOAD)).toBe("beforeclick meredafter");
  });

  it("keeps newlines, tabs and any printable text, Unicode included", () => {
    expect(terminalSafe("✖ line 1\n\tline 2 — é 漢字 🙂")).toBe("✖ line 1\n\tline 2 — é 漢字 🙂");
  });

  it("an unterminated OSC cannot swallow the rest of the output's lines past the next escape", () => {
    expect(terminalSafe("a\u001b]8;;http://x\nb\u001b[1mc")).toBe("ac");
  });
});

describe("terminalJson", () => {
  it("the same document, with DEL and C1 escaped (JSON.stringify leaves them raw)", () => {
    const value = { text: PAYLOAD, del: "\u007f" };
    const json = terminalJson(value);
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
