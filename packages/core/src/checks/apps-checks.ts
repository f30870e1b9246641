import { APP_MIME_TYPE, FLAT_APP_URI_KEY, toolAppUri, toolAppVisibility } from "../app-meta";
import type { AppFrame, MessageFrame } from "../frame";
import { cspProblems } from "./apps-csp";
import { templateCouldMatch, type AppTool } from "./apps-state";
import { isObject, type OpenRequest, type ProcessState } from "./checker-state";
import { finding, preview } from "./finding";
import type { RuleId } from "./rules";
import type { Finding } from "./types";

/**
 * The MCP Apps checks (io.modelcontextprotocol/ui, SEP-1865) on the server's answers to the client: tools that
 * name app resources, the resources and templates the server lists, the reads of app resources. `request` is the
 * client request `frame` answers; `error` is set on an error answer.
 */
export function appsResponseFindings(state: ProcessState, frame: MessageFrame, request: OpenRequest, error: boolean): Finding[] {
  if (request.frame.dir !== "client->server") return [];
  const result = isObject(frame.msg.result) ? frame.msg.result : undefined;
  const params = isObject(request.frame.msg.params) ? request.frame.msg.params : {};
  const firstPage = params.cursor === undefined;
  const complete = result !== undefined && (result.nextCursor === undefined || result.nextCursor === null);
  const apps = state.apps;
  switch (request.method) {
    case "tools/list":
      return result && !error ? toolsPage(state, frame, result, firstPage, complete) : [];
    case "resources/list": {
      if (!result || error) return [];
      if (firstPage) apps.listingResources = new Set();
      const out: Finding[] = [];
      if (Array.isArray(result.resources)) {
        result.resources.forEach((resource: unknown, i) => {
          if (!isObject(resource) || typeof resource.uri !== "string") return;
          apps.listingResources.add(resource.uri);
          out.push(...cspFindings(state, frame, resource._meta, `/result/resources/${i}`, resource.uri));
        });
      }
      if (complete) apps.resources = apps.listingResources;
      return complete ? [...out, ...missingFindings(state, frame)] : out;
    }
    case "resources/templates/list": {
      // An error answer (-32601 most often): the server has no templates, so none can match.
      if (error) apps.templates = [];
      if (error || !result) return error ? missingFindings(state, frame) : [];
      if (firstPage) apps.listingTemplates = [];
      if (Array.isArray(result.resourceTemplates)) {
        for (const t of result.resourceTemplates) if (isObject(t) && typeof t.uriTemplate === "string") apps.listingTemplates.push(t.uriTemplate);
      }
      if (complete) apps.templates = apps.listingTemplates;
      return complete ? missingFindings(state, frame) : [];
    }
    case "resources/read":
      return typeof params.uri === "string" ? readFindings(state, frame, params.uri, result, error) : [];
    default:
      return [];
  }
}

/** One page of tools/list: each tool's app resource URI (scheme, deprecated key) and visibility, remembered. */
function toolsPage(state: ProcessState, frame: MessageFrame, result: Record<string, unknown>, firstPage: boolean, complete: boolean): Finding[] {
  const apps = state.apps;
  if (firstPage) {
    apps.listingTools = new Map();
    apps.listingAppUris = new Map();
  }
  const out: Finding[] = [];
  if (Array.isArray(result.tools)) {
    result.tools.forEach((tool: unknown, i) => {
      if (!isObject(tool) || typeof tool.name !== "string") return;
      const at = `/result/tools/${i}`;
      const meta = isObject(tool._meta) ? tool._meta : {};
      const ui = isObject(meta.ui) ? meta.ui : {};
      const visibility = toolAppVisibility(meta);
      const entry: AppTool = visibility ? { visibility } : {};
      apps.listingTools.set(tool.name, entry);
      const nested = ui.resourceUri;
      const flat = meta[FLAT_APP_URI_KEY];
      const label = `tool ${preview(tool.name)}`;
      for (const [uri, path, where] of [[nested, `${at}/_meta/ui/resourceUri`, "_meta.ui.resourceUri"], [flat, `${at}/_meta/${FLAT_APP_URI_KEY.replace("/", "~1")}`, `_meta["${FLAT_APP_URI_KEY}"]`]] as const) {
        if (uri === undefined) continue;
        if (typeof uri !== "string" || !uri.startsWith("ui://")) {
          out.push(...once(state, "apps/resource-uri-scheme", tool.name + where, `${label}: ${where} is ${preview(uri)}, which is not a ui:// URI`, frame.seq, path));
        }
      }
      if (nested === undefined && flat !== undefined) {
        out.push(...once(state, "apps/deprecated-resource-uri-key", tool.name, `${label} names its app only in the deprecated _meta["${FLAT_APP_URI_KEY}"], not in _meta.ui.resourceUri`, frame.seq, `${at}/_meta`));
      }
      const uri = toolAppUri(meta);
      if (uri !== undefined && !apps.listingAppUris.has(uri)) apps.listingAppUris.set(uri, tool.name);
    });
  }
  if (!complete) return out;
  apps.tools = apps.listingTools;
  apps.appUris = apps.listingAppUris;
  return [...out, ...missingFindings(state, frame)];
}

/** A read of an app resource: the server could not give it, or its content has the wrong MIME type; its CSP. */
function readFindings(state: ProcessState, frame: MessageFrame, uri: string, result: Record<string, unknown> | undefined, error: boolean): Finding[] {
  const tool = state.apps.appUris.get(uri);
  if (error) {
    if (tool === undefined) return [];
    const e = isObject(frame.msg.error) ? frame.msg.error : {};
    return once(state, "apps/resource-missing", uri, `tool ${preview(tool)} names the app resource ${preview(uri)}, but resources/read answered error ${preview(e.code)}: ${preview(e.message, 80)}`, frame.seq);
  }
  if (!result || !Array.isArray(result.contents) || (tool === undefined && !uri.startsWith("ui://"))) return [];
  const out: Finding[] = [];
  const whose = tool === undefined ? "" : ` (the app of tool ${preview(tool)})`;
  result.contents.forEach((content: unknown, i) => {
    if (!isObject(content)) return;
    if (content.mimeType !== APP_MIME_TYPE) {
      const message = `resources/read of ${preview(uri)}${whose}: content ${i} has mimeType ${preview(content.mimeType)}, not ${JSON.stringify(APP_MIME_TYPE)}`;
      out.push(...once(state, "apps/resource-mime-type", `${uri}|${i}`, message, frame.seq, `/result/contents/${i}/mimeType`));
    }
    out.push(...cspFindings(state, frame, content._meta, `/result/contents/${i}`, uri));
  });
  return out;
}

function cspFindings(state: ProcessState, frame: MessageFrame, meta: unknown, base: string, uri: string): Finding[] {
  return cspProblems(meta, base).flatMap((p) => once(state, "apps/csp-malformed", `${uri}|${p.message}`, `resource ${preview(uri)}: ${p.message}`, frame.seq, p.path));
}

/**
 * App resources that tools name and the server does not have: judged once the tools, the resources and the templates
 * have each been listed completely (or templates/list refused), whichever completes last.
 */
function missingFindings(state: ProcessState, frame: MessageFrame): Finding[] {
  const { apps } = state;
  const { resources, templates } = apps;
  if (!apps.tools || !resources || !templates) return [];
  const out: Finding[] = [];
  for (const [uri, tool] of apps.appUris) {
    if (resources.has(uri) || templates.some((t) => templateCouldMatch(t, uri))) continue;
    const how = templates.length ? ` nor match any of its ${templates.length} resource template${templates.length === 1 ? "" : "s"}` : "";
    out.push(...once(state, "apps/resource-missing", uri, `tool ${preview(tool)} names the app resource ${preview(uri)}, which the server's resources/list does not contain${how}`, frame.seq));
  }
  return out;
}

/**
 * A message between an app and the page as its host: an app's tools/call of a tool it may not call (hidden from
 * apps by `_meta.ui.visibility`, or not listed by the server), and the host's answer to such a call.
 */
export function appFrameFindings(state: ProcessState, frame: AppFrame): Finding[] {
  const msg = frame.msg;
  const { apps } = state;
  const who = `app ${preview(frame.app.instance)} (${preview(frame.app.uri)})`;
  if (frame.dir === "host->app") {
    if (msg.method !== undefined || msg.id === undefined) return [];
    // Forgotten whatever the answer: refusing (an error) is what the host must do with a hidden tool.
    const call = apps.answered(frame.app.instance, msg.id);
    if (!call?.hidden || !("result" in msg) || "error" in msg) return [];
    return [finding("apps/host-ran-hidden-tool", `the host answered ${who}'s tools/call of ${preview(call.tool)} (frame ${call.seq}) with a result, though the tool is not visible to apps`, { about: frame.seq })];
  }
  if (msg.method !== "tools/call" || msg.id === undefined || !apps.tools) return [];
  const params = isObject(msg.params) ? msg.params : {};
  if (typeof params.name !== "string") return [];
  const tool = apps.tools.get(params.name);
  if (!tool) {
    apps.remember(frame.app.instance, msg.id, { seq: frame.seq, tool: params.name, hidden: false });
    return [finding("apps/tool-not-listed", `${who} called tools/call ${preview(params.name)}, a tool the server does not list in tools/list`, { about: frame.seq, path: "/params/name" })];
  }
  if (tool.visibility === undefined || tool.visibility.includes("app")) return [];
  apps.remember(frame.app.instance, msg.id, { seq: frame.seq, tool: params.name, hidden: true });
  const message = `${who} called tools/call ${preview(params.name)}, whose _meta.ui.visibility ${preview(tool.visibility)} does not include "app"`;
  return [finding("apps/tool-not-visible-to-app", message, { about: frame.seq, path: "/params/name" })];
}

/** A definition finding once per process: every re-list and re-read would repeat it. */
function once(state: ProcessState, rule: RuleId, subject: string, message: string, about: number, path?: string): Finding[] {
  const key = `${rule}|${subject}|${path ?? ""}`.replace(/\/result\/(tools|resources|contents)\/\d+/, "");
  if (state.reported.has(key)) return [];
  state.reported.add(key);
  return [finding(rule, message, { about, ...(path === undefined ? {} : { path }) })];
}
