import { describe, expect, it } from "vitest";
import { escapeXmlAttr, escapeXmlText, toJUnitXml } from "../junit-report";

describe("toJUnitXml", () => {
  it("escapes markup, quotes and control characters so any server output parses", () => {
    expect(escapeXmlText(`a < b && c > "d"`)).toBe(`a &lt; b &amp;&amp; c &gt; "d"`);
    expect(escapeXmlAttr(`say "hi" & 'bye'\nnext\tcol`)).toBe("say &quot;hi&quot; &amp; &apos;bye&apos;&#10;next&#9;col");
    expect(escapeXmlText("bell\u0007 esc\u001b[31m nul\u0000")).toBe("bell\uFFFD esc\uFFFD[31m nul\uFFFD");
    expect(escapeXmlText("lone \uD800 surrogate, pair 😀")).toBe("lone \uFFFD surrogate, pair 😀");
  });

  it("has a test case per rule and a failure per error finding; warnings go to system-out", () => {
    const xml = toJUnitXml({
      suite: "mcp-inspect doctor",
      rules: ["stdio/stdout-noise", "tools/name-invalid", "jsonrpc/version"],
      findings: [
        { rule: "stdio/stdout-noise", severity: "error", message: 'stdout line "<ok>" is not JSON', hint: "log to stderr", about: 3, where: "stdout, frame #3" },
        { rule: "stdio/stdout-noise", severity: "error", message: "again", hint: "log to stderr" },
        { rule: "tools/name-invalid", severity: "warning", message: "tool a b", hint: "rename" },
      ],
      timeSeconds: 1.5,
    });
    expect(xml).toContain('<testsuite name="mcp-inspect doctor" tests="3" failures="1" errors="0" skipped="0" time="1.5">');
    expect(xml).toContain('<failure message="stdout line &quot;&lt;ok&gt;&quot; is not JSON" type="stdio/stdout-noise">stdout line "&lt;ok&gt;" is not JSON\nat stdout, frame #3\nfix: log to stderr</failure>');
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain("<system-out>warning: tool a b\nfix: rename</system-out>");
    expect(xml).toContain('<testcase classname="mcp-inspect doctor" name="jsonrpc/version"/>');
  });
});
