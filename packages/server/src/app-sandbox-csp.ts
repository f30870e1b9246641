import { isCspOrigin } from "@mcp-inspect/core";

/** The domains an app's resource declares in `_meta.ui.csp` (the io.modelcontextprotocol/ui extension). */
export interface AppCsp {
  connectDomains?: string[];
  resourceDomains?: string[];
  frameDomains?: string[];
  baseUriDomains?: string[];
}


/** The declared sources that are origins; anything else (quotes, keywords, paths, ';') is dropped, never spliced in. */
export function validSources(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values.filter(isCspOrigin);
}

/**
 * The policy the sandbox proxy page is served with, which its inner app frame inherits (a srcdoc document takes its
 * parent's policy): inline scripts and styles run (apps are single HTML files), nothing is fetched or framed from
 * elsewhere unless the resource declared it, and only the inspector (and this proxy) may frame it.
 */
export function appSandboxPolicy(csp: AppCsp, frameAncestors: readonly string[]): string {
  const resources = validSources(csp.resourceDomains);
  const connect = validSources(csp.connectDomains);
  const frames = validSources(csp.frameDomains);
  const bases = validSources(csp.baseUriDomains);
  const list = (values: string[], fallback: string) => (values.length ? values.join(" ") : fallback);
  const loaded = ["'self'", "data:", "blob:", ...resources].join(" ");
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: data: ${resources.join(" ")}`.trim(),
    `style-src 'self' 'unsafe-inline' ${loaded}`,
    `img-src ${loaded}`,
    `font-src ${loaded}`,
    `media-src ${loaded}`,
    `connect-src ${list(connect, "'none'")}`,
    `frame-src ${list(frames, "'none'")}`,
    `worker-src 'self' blob:`,
    `base-uri ${list(bases, "'none'")}`,
    "object-src 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
  ].join("; ");
}
