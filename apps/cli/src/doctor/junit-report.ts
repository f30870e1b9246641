import type { Finding } from "@mcp-inspect/core/checks";

export interface JUnitOptions {
  suite: string;
  /** One test case per rule id; a rule without error findings passes. */
  rules: readonly string[];
  findings: readonly (Finding & { where?: string })[];
  timeSeconds?: number;
}

/**
 * JUnit XML as CI systems read it (GitLab, Jenkins, GitHub test reporters): one testsuite, one
 * testcase per rule, a <failure> per error finding; warnings and info go to <system-out> so they
 * are visible without failing the build.
 */
export function toJUnitXml({ suite, rules, findings, timeSeconds = 0 }: JUnitOptions): string {
  const ids = [...new Set([...rules, ...findings.map((f) => f.rule)])];
  const failed = ids.filter((id) => findings.some((f) => f.rule === id && f.severity === "error")).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name=${attr(suite)} tests="${ids.length}" failures="${failed}" errors="0" time="${timeSeconds}">`,
    `  <testsuite name=${attr(suite)} tests="${ids.length}" failures="${failed}" errors="0" skipped="0" time="${timeSeconds}">`,
  ];
  for (const id of ids) {
    const mine = findings.filter((f) => f.rule === id);
    const errors = mine.filter((f) => f.severity === "error");
    const notes = mine.filter((f) => f.severity !== "error");
    if (!errors.length && !notes.length) {
      lines.push(`    <testcase classname=${attr(suite)} name=${attr(id)}/>`);
      continue;
    }
    lines.push(`    <testcase classname=${attr(suite)} name=${attr(id)}>`);
    for (const f of errors) lines.push(`      <failure message=${attr(f.message)} type=${attr(f.rule)}>${text(detail(f))}</failure>`);
    if (notes.length) lines.push(`      <system-out>${text(notes.map((f) => `${f.severity}: ${detail(f)}`).join("\n\n"))}</system-out>`);
    lines.push("    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>");
  return lines.join("\n") + "\n";
}

function detail(f: Finding & { where?: string }): string {
  return [f.message, f.where ? `at ${f.where}` : undefined, `fix: ${f.hint}`].filter(Boolean).join("\n");
}

/**
 * XML 1.0 cannot carry most control characters even escaped, and servers' stdout noise is exactly
 * where they show up: replace them so the file always parses.
 */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

export function escapeXmlText(value: string): string {
  return clean(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttr(value: string): string {
  return escapeXmlText(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

const attr = (value: string) => `"${escapeXmlAttr(value)}"`;
const text = (value: string) => escapeXmlText(value);
