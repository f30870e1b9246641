import type { AppRef } from "@mcp-inspect/core";

/** A new app instance's name, unique in the session (several tabs may run apps at once, so not a counter alone). */
export function newAppRef(uri: string, tool?: string): AppRef {
  const id = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  return { instance: `app-${id}`, uri, ...(tool !== undefined && { tool }) };
}

/** The sandbox proxy page for one app: its token'd URL, this page as the host, and the resource's declared CSP. */
export function sandboxPageUrl(appSandboxUrl: string, hostOrigin: string, csp: unknown): string {
  const url = new URL(appSandboxUrl);
  url.searchParams.set("host", hostOrigin);
  url.searchParams.set("csp", JSON.stringify(csp ?? {}));
  return url.toString();
}

/** Granted permissions of those the resource asks for, as the `allow` attribute of the frame that delegates them. */
const ALLOW_NAMES: Record<string, string> = { camera: "camera", microphone: "microphone", geolocation: "geolocation", clipboardWrite: "clipboard-write" };

export function allowAttribute(granted: readonly string[]): string {
  return granted.flatMap((name) => (ALLOW_NAMES[name] ? [ALLOW_NAMES[name]] : [])).join("; ");
}

export function permissionNames(permissions: Record<string, unknown> | undefined): string[] {
  return Object.keys(permissions ?? {}).filter((name) => name in ALLOW_NAMES);
}
