import type { Client, ReadResourceResult } from "@modelcontextprotocol/client";
import type { McpUiResourceCsp, McpUiResourcePermissions } from "@modelcontextprotocol/ext-apps/app-bridge";
import { useQuery } from "@tanstack/react-query";
import { APP_MIME_TYPE } from "./app-meta";

/** An app's HTML and what its resource declares for the sandbox. */
export interface AppResource {
  html: string;
  mimeType: string | undefined;
  csp?: McpUiResourceCsp;
  permissions?: McpUiResourcePermissions;
  prefersBorder?: boolean;
}

/** The first content of a `ui://` resource as an app: text or base64 HTML, and its `_meta.ui`. */
export function appResourceOf(result: ReadResourceResult): AppResource {
  const content = result.contents[0];
  if (!content) throw new Error("The server returned no content for this ui:// resource");
  const html = "text" in content ? content.text : new TextDecoder().decode(Uint8Array.from(atob(content.blob), (c) => c.charCodeAt(0)));
  const ui = (content._meta?.["ui"] ?? {}) as { csp?: McpUiResourceCsp; permissions?: McpUiResourcePermissions; prefersBorder?: boolean };
  return {
    html,
    mimeType: content.mimeType,
    ...(ui.csp && { csp: ui.csp }),
    ...(ui.permissions && { permissions: ui.permissions }),
    ...(ui.prefersBorder !== undefined && { prefersBorder: ui.prefersBorder }),
  };
}

/** What is wrong with how the resource is served, if anything (the app still renders: this is a debugger). */
export function appResourceProblem(resource: AppResource): string | undefined {
  if (resource.mimeType !== APP_MIME_TYPE) return `Served as ${resource.mimeType ?? "no MIME type"}, not ${APP_MIME_TYPE}: hosts may refuse to render it.`;
  return undefined;
}

/** resources/read of the app's `ui://` resource, once per server process. */
export function useAppResource(client: Client | undefined, clientKey: number | undefined, uri: string) {
  return useQuery({
    queryKey: ["app-resource", clientKey, uri],
    queryFn: async () => appResourceOf(await client!.readResource({ uri })),
    enabled: client !== undefined,
    staleTime: Infinity,
    retry: false,
  });
}
