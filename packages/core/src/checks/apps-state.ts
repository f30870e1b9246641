/** What a tool's `_meta.ui` says (MCP Apps, the io.modelcontextprotocol/ui extension). */
export interface AppTool {
  /** `_meta.ui.visibility` when it is an array: who may call the tool ("model", "app"); absent means both. */
  visibility?: readonly unknown[];
}

/** An app request (app->host tools/call) that the checks found wrong, kept until the host answers it. */
export interface AppCall {
  seq: number;
  tool: string;
  hidden: boolean;
}

/** Bound on the app calls waiting for the host's answer: an app that never gets one must not grow the state. */
const MAX_PENDING_APP_CALLS = 1000;

/**
 * What the MCP Apps checks know about one server process: the tools of the last complete tools/list, the app
 * resources they name, the resources and templates of the last complete listings, and the app calls waiting for the
 * host's answer. Everything is keyed, so a frame costs a few map lookups, never a walk over the log.
 */
export class AppsState {
  /** The last complete tools listing (undefined until one completed), and the one in progress. */
  tools: Map<string, AppTool> | undefined;
  listingTools = new Map<string, AppTool>();
  /** App resource URIs named by tools (across the pages of the listing), to the first tool naming each. */
  appUris = new Map<string, string>();
  listingAppUris = new Map<string, string>();
  /** The last complete resources listing's URIs, and the one in progress. */
  resources: Set<string> | undefined;
  listingResources = new Set<string>();
  /** The last complete templates listing ([] when the server answered templates/list with an error: it has none). */
  templates: string[] | undefined;
  listingTemplates: string[] = [];
  readonly #calls = new Map<string, AppCall>();

  remember(instance: string, id: unknown, call: AppCall): void {
    if (this.#calls.size >= MAX_PENDING_APP_CALLS) this.#calls.delete(this.#calls.keys().next().value!);
    this.#calls.set(callKey(instance, id), call);
  }

  /** The app call this host answer answers, if the checks kept it (it is forgotten). */
  answered(instance: string, id: unknown): AppCall | undefined {
    const key = callKey(instance, id);
    const call = this.#calls.get(key);
    this.#calls.delete(key);
    return call;
  }
}

function callKey(instance: string, id: unknown): string {
  return `${instance}|${typeof id}:${String(id)}`;
}

/**
 * Whether a URI template (RFC 6570) could expand to `uri`: its literal parts in order, any expression matching any
 * text. Lenient on purpose (it says "could"), and linear: a glob match with indexOf, no regular expression.
 */
export function templateCouldMatch(template: string, uri: string): boolean {
  const literals = template.split(/\{[^}]*\}/);
  if (literals.length === 1) return template === uri;
  const first = literals[0]!;
  const last = literals[literals.length - 1]!;
  if (!uri.startsWith(first) || !uri.endsWith(last) || first.length + last.length > uri.length) return false;
  let at = first.length;
  const end = uri.length - last.length;
  for (const literal of literals.slice(1, -1)) {
    const found = uri.indexOf(literal, at);
    if (found < 0 || found + literal.length > end) return false;
    at = found + literal.length;
  }
  return true;
}
