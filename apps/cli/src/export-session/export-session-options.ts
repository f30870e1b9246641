import { UsageError } from "../common/usage-error";

export const EXPORT_FORMATS = ["html", "mermaid", "har", "otlp"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * `--otlp-url`: an OTLP/HTTP collector on this machine only (127.0.0.0/8, ::1, localhost). Spans carry tool names,
 * errors and targets: they are sent nowhere the person did not start themselves.
 */
export function checkCollectorUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--otlp-url is not a URL: "${value}" (e.g. http://127.0.0.1:4318/v1/traces)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`--otlp-url must be http(s), got "${url.protocol}"`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const loopback = host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  if (!loopback) throw new UsageError(`--otlp-url must be a collector on loopback (127.0.0.1, ::1, localhost), not ${url.hostname}`);
  if (url.username || url.password) throw new UsageError("--otlp-url must not carry a user name or password");
  return url;
}
