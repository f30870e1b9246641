// Exports of a recorded session for people and tools outside mcp-inspect; pure functions of (header, frames).
export { sessionToHtml, escapeHtml } from "./html-report";
export { sessionToMermaid, mermaidText, DEFAULT_MERMAID_MAX, type MermaidOptions } from "./mermaid-diagram";
export { sessionToHar, ExportError } from "./har-export";
export { sessionToOtlp, traceparentOf, type OtlpTraces, type OtlpSpan, type OtlpAttribute } from "./otlp-export";
export { exchangesOf, methodStats, maskJson, type Exchange, type MethodStats } from "./session-view";
