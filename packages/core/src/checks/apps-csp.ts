import { isCspOrigin } from "../app-csp-origin";
import { isObject } from "./checker-state";

/** The lists of origins `_meta.ui.csp` may carry (McpUiResourceCsp). */
const CSP_KEYS = ["connectDomains", "resourceDomains", "frameDomains", "baseUriDomains"] as const;

/** One malformed entry of a resource's `_meta.ui.csp`: where (a JSON pointer under `base`) and why. */
export interface CspProblem {
  path: string;
  message: string;
}

/** The malformed entries of `meta` (a resource's `_meta`): each list must be an array of origins. */
export function cspProblems(meta: unknown, base: string): CspProblem[] {
  const csp = isObject(meta) && isObject(meta.ui) ? meta.ui.csp : undefined;
  if (csp === undefined) return [];
  if (!isObject(csp)) return [{ path: `${base}/_meta/ui/csp`, message: "_meta.ui.csp is not an object" }];
  const out: CspProblem[] = [];
  for (const key of CSP_KEYS) {
    const list = csp[key];
    if (list === undefined) continue;
    const at = `${base}/_meta/ui/csp/${key}`;
    if (!Array.isArray(list)) {
      out.push({ path: at, message: `_meta.ui.csp.${key} is not an array of origins` });
      continue;
    }
    list.forEach((entry: unknown, i) => {
      if (isCspOrigin(entry)) return;
      const shown = typeof entry === "string" ? JSON.stringify(entry.length > 80 ? `${entry.slice(0, 79)}…` : entry) : JSON.stringify(entry) ?? String(entry);
      out.push({ path: `${at}/${i}`, message: `_meta.ui.csp.${key}[${i}] ${shown} is not an origin like "https://example.com" or "https://*.example.com"` });
    });
  }
  return out;
}
